import { load } from 'cheerio/slim'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPlan, cleanHtml, type Block, type CleanResult } from 'textwash'
import { articleBlocks, articleBodyBound, findArticleBody, MIN_ARTICLE_BODY } from '../../src/adapters/html/json-ld-body.js'
import { readMarkupBody } from '../../src/adapters/html/json-ld-markup.js'
import { PARSE_OPTIONS } from '../../src/adapters/html/dom.js'
import { markupMetadata } from '../../src/adapters/html/metadata.js'

// Four paragraphs of a made-up local story, about 560 non-space characters together.
const PARAS = [
  'The ferry company said on Monday that its two oldest boats would leave service at the end of the summer, after forty years on the island route.',
  'Passengers will see a new timetable from October, with fewer sailings on weekdays but two extra crossings on Saturday mornings, when demand peaks.',
  'The replacement boats are longer and wider, so the berth at the north pier has to be dredged before the first of them can dock there in spring.',
  'Islanders asked at a meeting in the village hall whether the fares would rise; the company said prices stay frozen until the end of next year.',
]
const SHELL = '<div id="root"><p>Loading…</p></div>'

/**
 * How a site may write the JSON: as JSON.stringify does but for `</` (which would end the script), as PHP's
 * json_encode does by default, or with tags hex-escaped.
 */
const ENCODERS: Record<string, (json: unknown) => string> = {
  plain: (json) => JSON.stringify(json).replace(/<\//g, '<\\/'),
  php: (json) => JSON.stringify(json).replace(/\//g, '\\/').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  hexTag: (json) => JSON.stringify(json).replace(/[<>&']/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
}

const article = (articleBody: string): object => ({ '@type': 'NewsArticle', headline: 'Ferries', articleBody })
const page = (json: string, body = SHELL): string =>
  `<html><head><title>Ferries</title><script type="application/ld+json">${json}</script></head><body>${body}</body></html>`
const usedJsonLd = (r: CleanResult): boolean => (r.warnings ?? []).some((w) => w.startsWith('html/json-ld-body'))
const noSpace = (s: string): string => s.replace(/\s+/gu, '')

/** The found body of a page, read as cleanHtml reads it. */
function found(html: string) {
  return findArticleBody(markupMetadata(load(html, PARSE_OPTIONS).root()[0]!, html).jsonLd, html)
}

/** HTML text as a browser reads it: references decoded. */
const htmlText = (s: string): string => load(`<p>${s}</p>`)('p').text()

/**
 * Check that each piece of the blocks is what its span in the page reads as: its source, or the JSON escape,
 * the character reference or the run of white space it stands for, or nothing (a line break or space the
 * markup puts between two texts).
 */
function expectPiecesMapped(html: string, blocks: readonly Block[]): void {
  for (const b of blocks) {
    expect(b.pieces.map((p) => p.text).join('')).toBe(b.text)
    for (let i = 1; i < b.pieces.length; i++) expect(b.pieces[i]!.start).toBeGreaterThanOrEqual(b.pieces[i - 1]!.end)
    for (const p of b.pieces) {
      const src = html.slice(p.start, p.end)
      if (src.length === 0) expect([' ', '\n']).toContain(p.text)
      else if (src.length === p.text.length) expect(src).toBe(p.text)
      else {
        const decoded = JSON.parse(`"${src}"`) as string
        // The parser reads a stray end tag as nothing inside a text node, which then stays one piece.
        if (decoded.includes('</')) continue
        const read = htmlText(decoded)
        expect(read === p.text || (p.text === ' ' && /^[\t\n\f\r ]+$/.test(read))).toBe(true)
      }
    }
  }
}

/**
 * Check that a result taken from a JSON-LD body written in HTML accounts for the page: removals exact and
 * apart, the plan applies, and the string literal with the removals and changes inside it applied (each
 * change's text written back as HTML in JSON) reads, as JSON and then as HTML, as the body.
 */
function expectAccounted(html: string, r: CleanResult): void {
  const body = found(html)!
  expect(usedJsonLd(r)).toBe(true)
  for (let i = 1; i < r.removed.length; i++) expect(r.removed[i]!.start).toBeGreaterThanOrEqual(r.removed[i - 1]!.end)
  for (const x of [...r.removed, ...r.changes]) {
    expect(html.slice(x.start, x.end)).toBe('text' in x ? x.text : x.before)
    // Inside the literal or outside it, never across its ends.
    expect(x.end <= body.start || x.start >= body.end || (x.start >= body.start && x.end <= body.end)).toBe(true)
  }
  expect(() => applyPlan(html, r)).not.toThrow()
  const inside = <T extends { start: number; end: number }>(xs: readonly T[]): T[] =>
    xs.filter((x) => x.start >= body.start && x.end <= body.end).map((x) => ({ ...x, start: x.start - body.start, end: x.end - body.start }))
  const writeBack = (s: string): string => JSON.stringify(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).slice(1, -1)
  const literal = applyPlan(html.slice(body.start, body.end), {
    removed: inside(r.removed),
    changes: inside(r.changes).map((c) => ({ ...c, after: writeBack(c.after) })),
  })
  expect(noSpace(load(JSON.parse(`"${literal}"`) as string).root().text())).toBe(noSpace(r.body))
}

describe('reading a JSON-LD articleBody written in HTML', () => {
  for (const [name, encode] of Object.entries(ENCODERS)) {
    it(`should make a paragraph per <p> and per <br><br>, a line break per <br>, pieces mapped to the page (${name} JSON)`, () => {
      const markup = `<p>${PARAS[0]}</p><p>${PARAS[1]}<br>Timetables are at the pier.<br><br>${PARAS[2]}</p>\n<p>${PARAS[3]}</p>`
      const html = page(encode(article(markup)))
      const body = found(html)!
      expect(body.markup).toBeDefined()
      const blocks = articleBlocks(body)
      expect(blocks.map((b) => b.text)).toEqual([PARAS[0], `${PARAS[1]}\nTimetables are at the pier.`, PARAS[2], PARAS[3]])
      expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3])
      expectPiecesMapped(html, blocks)
      // A paragraph element's block spans the element in the page, its tags as the JSON writes them.
      const first = html.slice(blocks[0]!.start, blocks[0]!.end)
      expect(htmlText(JSON.parse(`"${first}"`) as string)).toBe(PARAS[0])
      expect(first.startsWith(name === 'hexTag' ? '\\u003cp\\u003e' : '<p>')).toBe(true)
      for (const b of blocks) expect(b.start >= body.start && b.end <= body.end).toBe(true)
    })
  }

  it('should decode the character references of the markup and keep the text of links and emphasis', () => {
    const markup = `<p>${PARAS[0]} Fares &amp; times: see <a href="/timetable">the new timetable</a>.</p><p><em>Caf&eacute;</em> &#8220;Harbour&#8221; opens at 7&nbsp;am.</p><p>${PARAS[1]} ${PARAS[2]}</p>`
    const html = page(ENCODERS['php']!(article(markup)))
    const blocks = articleBlocks(found(html)!)
    expect(blocks.map((b) => b.text)).toEqual([`${PARAS[0]} Fares & times: see the new timetable.`, 'Café \u201cHarbour\u201d opens at 7\u00a0am.', `${PARAS[1]} ${PARAS[2]}`])
    expectPiecesMapped(html, blocks)
    // A reference written through a JSON escape spans the escape and the rest of the reference.
    const amp = blocks[0]!.pieces.find((p) => p.text === '&')!
    expect(html.slice(amp.start, amp.end)).toBe('&amp;')
    const quote = blocks[1]!.pieces.find((p) => p.text === '\u201c')!
    expect(html.slice(quote.start, quote.end)).toBe('&#8220;')
  })

  it('should give headings, list items and quotes their kinds', () => {
    const markup = `<p>${PARAS[0]}</p><h2>What changes</h2><ul><li>${PARAS[1]}</li><li>${PARAS[2]}</li></ul><blockquote><p>${PARAS[3]}</p></blockquote>`
    const blocks = articleBlocks(found(page(JSON.stringify(article(markup))))!)
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'list-item', 'list-item', 'quote'])
  })

  it('should drop scripts, embeds and captions of the markup, each removed under its own rule with its span in the page', () => {
    const embeds = '<script src="https://social.example.org/w.js"></script><iframe src="https://video.example.org/e/1"></iframe>'
    const figure = '<figure><img src="/boat.jpg" alt=""><figcaption>The older of the two boats at the north pier.</figcaption></figure>'
    const markup = `<p>${PARAS[0]}</p>${embeds}<p>${PARAS[1]}</p>${figure}<p>${PARAS[2]}</p><p>${PARAS[3]}</p>`
    const html = page(ENCODERS['php']!(article(markup)))
    const body = found(html)!
    expect(articleBlocks(body).map((b) => b.text)).toEqual(PARAS)
    expect(body.markup!.removed.map((r) => [r.rule, JSON.parse(`"${r.text}"`)])).toEqual([
      ['html/script', '<script src="https://social.example.org/w.js"></script>'],
      ['html/embedded', '<iframe src="https://video.example.org/e/1"></iframe>'],
      ['html/caption', '<figcaption>The older of the two boats at the north pier.</figcaption>'],
    ])
    for (const r of body.markup!.removed) expect(html.slice(r.start, r.end)).toBe(r.text)
    // Captions go only at the strict level, as in the DOM extraction: `focus: 'recall'` and `disable` keep them.
    for (const options of [{ focus: 'recall' as const }, { disable: ['html/caption'] }]) {
      const r = cleanHtml(html, options)
      expect(r.body).toContain('The older of the two boats')
      expect(r.body).not.toContain('social.example')
    }
    expect(cleanHtml(html).body).not.toContain('The older of the two boats')
  })

  it('should start a paragraph at a blank line of the markup, not at a single line break or inside pre', () => {
    const markup = `${PARAS[0]} See <a href="/t">the timetable</a>.\n\n${PARAS[1]}\r\n \r\n<em>${PARAS[2]}</em>\n${PARAS[3]}<pre>a\n\nb</pre>`
    const blocks = articleBlocks(found(page(JSON.stringify(article(markup))))!)
    expect(blocks.map((b) => b.text)).toEqual([`${PARAS[0]} See the timetable.`, PARAS[1], `${PARAS[2]} ${PARAS[3]}`, 'a\n\nb'])
  })

  it('should read markup escaped for HTML as HTML, its pieces spanning the references', () => {
    const escaped = PARAS.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('')
    const html = page(JSON.stringify(article(escaped)))
    const blocks = articleBlocks(found(html)!)
    expect(blocks.map((b) => b.text)).toEqual(PARAS)
    expect(html.slice(blocks[0]!.start, blocks[0]!.end)).toBe(`&lt;p&gt;${PARAS[0]}&lt;/p&gt;`)
  })

  it('should measure a body written in HTML by its text, not its tags', () => {
    const tagged = `<p class="story-paragraph story-paragraph--lead" data-tracking="article-body-paragraph-1">${PARAS[0]}</p>`.repeat(2)
    expect(noSpace(tagged).length).toBeGreaterThanOrEqual(MIN_ARTICLE_BODY)
    expect(noSpace(PARAS[0]!).length * 2).toBeLessThan(MIN_ARTICLE_BODY)
    expect(found(page(JSON.stringify(article(tagged))))).toBeUndefined()
    expect(usedJsonLd(cleanHtml(page(JSON.stringify(article(tagged)))))).toBe(false)
  })

  it('should take one article written in HTML in one script and as plain text in another as one, and two articles as none', () => {
    const markup = PARAS.map((p) => `<p>${p}</p>`).join('\n')
    const plain = PARAS.join('\n\n')
    const both = `${JSON.stringify(article(markup))}</script><script type="application/ld+json">${JSON.stringify(article(plain))}`
    expect(articleBlocks(found(page(both))!).map((b) => b.text)).toEqual(PARAS)
    const other = `${JSON.stringify(article(markup))}</script><script type="application/ld+json">${JSON.stringify(article(plain.replaceAll('ferry', 'bus')))}`
    expect(found(page(other))).toBeUndefined()
  })

  it('should map offsets through the pieces it is given', () => {
    // A string decoded from `<p>x\u00e9y</p>` at offset 100: the escape is one piece, the rest one to one.
    const map = [{ start: 100, end: 104, text: '<p>x' }, { start: 104, end: 110, text: '\u00e9' }, { start: 110, end: 115, text: 'y</p>' }]
    const source = `${' '.repeat(100)}<p>x\\u00e9y</p>`
    const { blocks } = readMarkupBody('<p>x\u00e9y</p>', map, source)
    expect(blocks.map((b) => [b.start, b.end, b.text])).toEqual([[100, 115, 'x\u00e9y']])
    expect(blocks[0]!.pieces).toEqual([{ start: 103, end: 104, text: 'x' }, { start: 104, end: 110, text: '\u00e9' }, { start: 110, end: 111, text: 'y' }])
  })
})

describe('cleanHtml with a JSON-LD articleBody written in HTML', () => {
  it('should take the body from it, run the text stages and account for every span', () => {
    const markup = `<p>${PARAS[0]}</p>\n<p>${PARAS[1]!.replace('two extra', 'two&nbsp; extra')}</p>\n<script>track("story")</script>\n` +
      `<p>${PARAS[2]}</p><p>${PARAS[3]}</p><p>Sign up for our newsletter to get the latest news delivered to your inbox.</p>`
    for (const encode of Object.values(ENCODERS)) {
      const html = page(encode(article(markup)))
      const r = cleanHtml(html)
      expect(r.body).toBe(PARAS.join('\n\n'))
      expectAccounted(html, r)
      expect(r.removed.find((x) => x.rule === 'html/script')).toBeDefined()
      const line = r.removed.find((x) => x.rule.startsWith('boilerplate/'))!
      expect(htmlText(JSON.parse(`"${line.text}"`) as string)).toContain('Sign up for our newsletter')
      const nbsp = r.changes.find((c) => c.rule === 'normalize/spaces')!
      expect(nbsp.after).toBe(' ')
      expect(htmlText(JSON.parse(`"${nbsp.before}"`) as string)).toMatch(/^\u00a0 ?$/)
    }
  })

  it('should keep a DOM body that renders the article, markup in the JSON-LD or not', () => {
    const dom = `<article>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article>`
    const r = cleanHtml(page(JSON.stringify(article(PARAS.map((p) => `<p>${p}</p>`).join(''))), dom))
    expect(usedJsonLd(r)).toBe(false)
    expect(r.body).toBe(PARAS.join('\n\n'))
  })

  // Markup as sites write it: paragraphs, breaks, references, links, embeds and blank lines around PARAS' sentences.
  const part = fc.constantFrom(
    '<p>', '</p>', '<br>', '<br><br>', '\n\n', '\n', ' ', '  ', '<a href="/x">', '</a>', '<em>', '</em>', '<h2>', '</h2>', '<ul><li>', '</li><li>', '</li></ul>',
    '&amp;', '&nbsp;', '&#8217;', '&eacute;', '\u00e9', '"quoted"', '<script>var a = "</p>"</script>', '<style>p{}</style>', '<figure><figcaption>Cap</figcaption></figure>',
    ...PARAS.flatMap((p) => p.split(/(?<=[,;.]) /)),
  )

  it('should account for every span of generated bodies, whatever JSON escaping the site uses', () => {
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 40 }), fc.constantFrom(...Object.keys(ENCODERS)), (parts, encoder) => {
      const markup = `<p>${PARAS.join(' ')}</p>${parts.join('')}`
      const html = page(ENCODERS[encoder]!(article(markup)))
      const body = found(html)
      expect(body?.markup).toBeDefined()
      expect(articleBodyBound(markupMetadata(load(html, PARSE_OPTIONS).root()[0]!, html).jsonLd)).toBeGreaterThanOrEqual(body!.weight)
      expectPiecesMapped(html, articleBlocks(body!))
      expectAccounted(html, cleanHtml(html))
    }), { numRuns: 300 })
  })
})
