import { load } from 'cheerio/slim'
import { describe, expect, it, vi } from 'vitest'
import { applyPlan, cleanHtml, type CleanResult } from 'textwash'
import { articleBlocks, decodeEntities, decodeString, findArticleBody, locateString, MIN_ARTICLE_BODY } from '../../src/adapters/html/json-ld-body.js'
import { markupMetadata } from '../../src/adapters/html/metadata.js'

// Five distinct paragraphs, about 500 non-space characters: enough to be an article.
const PARAS = [
  'The river rose by two metres overnight, flooding the lower town and closing the old bridge to traffic.',
  'Volunteers filled sandbags at the fire station until dawn, and the school opened its hall to families.',
  'The water is expected to fall slowly over the weekend, the regional authority said in a statement.',
  'Insurers said claims would be handled quickly, and the mayor asked residents to photograph any damage.',
  'The old bridge will stay closed until engineers have checked its piers, which could take several days.',
]
const ARTICLE = PARAS.join('\n\n')
const SHELL = '<div id="app"><p>Loading…</p></div>'
const DOM_TEXT = 'A page that renders its own article in the markup keeps it, whatever the JSON-LD carries beside it.'

const ldScript = (json: unknown): string => `<script type="application/ld+json">${typeof json === 'string' ? json : JSON.stringify(json)}</script>`
const page = (scripts: string, body: string): string => `<html><head><title>Flood</title>${scripts}</head><body>${body}</body></html>`
const article = (articleBody: unknown, type: unknown = 'NewsArticle'): { '@type': unknown; headline: string; articleBody: unknown } => ({ '@type': type, headline: 'Flood', articleBody })
const usedJsonLd = (r: CleanResult): boolean => (r.warnings ?? []).some((w) => w.startsWith('html/json-ld-body'))

/** The found `articleBody` of a page, parsed as cleanHtml parses it. */
function found(html: string) {
  const $ = load(html, { withStartIndices: true, withEndIndices: true } as Parameters<typeof load>[1])
  return findArticleBody(markupMetadata($.root()[0]!, html).jsonLd, html)
}

describe('JSON string literals mapped to their source', () => {
  it('should decode escapes and give each one a piece whose span is the escape', () => {
    const text = String.raw`{"k": "Caf\u00e9 \"Roma\"\nis open"}`
    const literal = decodeString(text, text.indexOf('"', 5))!
    expect(literal.value).toBe('Café "Roma"\nis open')
    expect(literal.value).toBe((JSON.parse(text) as { k: string }).k)
    expect(text.slice(literal.start - 1, literal.end + 1)).toBe(String.raw`"Caf\u00e9 \"Roma\"\nis open"`)
    expect(literal.pieces.map((p) => [text.slice(p.start, p.end), p.text])).toEqual([
      ['Caf', 'Caf'], [String.raw`\u00e9`, 'é'], [' ', ' '], [String.raw`\"`, '"'], ['Roma', 'Roma'], [String.raw`\"`, '"'], [String.raw`\n`, '\n'], ['is open', 'is open'],
    ])
  })

  it('should decode every JSON escape as JSON.parse does', () => {
    const text = String.raw`"a\/b\\c\td\be\ff\rg\u0041\ud83d\ude00"`
    const literal = decodeString(text, 0)!
    expect(literal.value).toBe(JSON.parse(text))
    expect(literal.pieces.map((p) => p.text).join('')).toBe(literal.value)
    expect(literal.end).toBe(text.length - 1)
  })

  it('should reject an invalid escape or an unterminated string', () => {
    expect(decodeString(String.raw`"a\x"`, 0)).toBeUndefined()
    expect(decodeString(String.raw`"a\u12"`, 0)).toBeUndefined()
    expect(decodeString('"open', 0)).toBeUndefined()
  })

  it('should find the member value, not the same text elsewhere', () => {
    const text = '{"headline": "same", "articleBody" : "same", "x": ["articleBody", "same"]}'
    const literal = locateString(text, 'articleBody', 'same')!
    expect(literal.start).toBe(text.indexOf('"same"', text.indexOf(':', 22)) + 1)
    expect(locateString('{"x": "articleBody", "y": "same"}', 'articleBody', 'same')).toBeUndefined()
  })

  it('should decode HTML character references into pieces that span them', () => {
    const text = 'Europa&apos;s plume &amp; its moons &#8217;&#x2019; &bogus; &#0; & more'
    const pieces = decodeEntities([{ start: 10, end: 10 + text.length, text }])
    expect(pieces.map((p) => p.text).join('')).toBe("Europa's plume & its moons \u2019\u2019 &bogus; &#0; & more")
    for (const p of pieces) {
      const raw = text.slice(p.start - 10, p.end - 10)
      expect(raw.startsWith('&') && raw.endsWith(';') && raw.length > 1 ? raw.length > p.text.length : raw === p.text).toBe(true)
    }
    expect(pieces.find((p) => p.text === "'")).toMatchObject({ start: 16, end: 22 })
  })

  it('should split paragraphs at line breaks with pieces at their offsets in the HTML', () => {
    const html = page(ldScript(article(`  ${PARAS[0]}\r\n\r\n${PARAS[1]}\n${PARAS[2]} caf\u00e9\u2028${PARAS[3]}\n\n\n${PARAS[4]}  `)), SHELL)
    const body = found(html)!
    const blocks = articleBlocks(body)
    expect(blocks.map((b) => b.text)).toEqual([PARAS[0], PARAS[1], `${PARAS[2]} café`, PARAS[3], PARAS[4]])
    for (const b of blocks) {
      expect(b.start).toBeGreaterThanOrEqual(body.start)
      expect(b.end).toBeLessThanOrEqual(body.end)
      for (const p of b.pieces) {
        const raw = html.slice(p.start, p.end)
        // Plain runs are one to one; an escape's piece spans the escape.
        if (raw.startsWith('\\')) expect(JSON.parse(`"${raw}"`)).toBe(p.text)
        else expect(raw).toBe(p.text)
      }
    }
    // JSON.stringify writes U+2028 raw: the run around it is split at its offset.
    expect(html.slice(blocks[3]!.start, blocks[3]!.end)).toBe(PARAS[3])
    expect(html.slice(blocks[0]!.start, blocks[0]!.end)).toBe(PARAS[0])
  })
})

describe('cleanHtml body from JSON-LD articleBody', () => {
  it('should take the body from articleBody when the DOM is a shell', () => {
    const r = cleanHtml(page(ldScript(article(ARTICLE)), SHELL))
    expect(r.body).toBe(PARAS.join('\n\n'))
    expect(usedJsonLd(r)).toBe(true)
    expect(r.removed.some((x) => x.rule === 'html/json-ld-body' && x.text.includes('Loading'))).toBe(true)
  })

  it('should keep removals off the string literal and exact, with changes at the escapes they edit', () => {
    const lit = JSON.stringify(`${PARAS[0]}\u00a0 Extra  spaces.\n\n${PARAS.slice(1).join('\n\n')}`).replace('\u00a0', '\\u00a0')
    const html = page(ldScript(`{"@type":"Article","articleBody":${lit}}`), SHELL)
    const r = cleanHtml(html)
    expect(usedJsonLd(r)).toBe(true)
    const start = html.indexOf(lit) + 1
    const end = start + lit.length - 2
    for (const x of r.removed) {
      expect(html.slice(x.start, x.end)).toBe(x.text)
      expect(x.end <= start || x.start >= end).toBe(true)
    }
    // The head is split around the literal, quotes included in the parts.
    expect(r.removed.filter((x) => x.rule === 'html/head').map((x) => [x.end === start, x.start === end])).toEqual([[true, false], [false, true]])
    const nbsp = r.changes.find((c) => c.before.startsWith('\\u00a0'))!
    expect(nbsp).toMatchObject({ before: '\\u00a0 ', after: ' ', rule: 'normalize/spaces' })
    expect(html.slice(nbsp.start, nbsp.end)).toBe(nbsp.before)
    // Removals and changes never overlap: the plan applies.
    expect(() => applyPlan(html, r)).not.toThrow()
  })

  it('should run the text stages on the paragraphs: boilerplate lines go, with their span', () => {
    const html = page(ldScript(article(`${ARTICLE}\n\nSign up for our newsletter to get the latest news delivered to your inbox.`)), SHELL)
    const r = cleanHtml(html)
    expect(r.body).toBe(PARAS.join('\n\n'))
    const line = r.removed.find((x) => x.text.startsWith('Sign up'))!
    expect(line.rule).toMatch(/^boilerplate\//)
    expect(html.slice(line.start, line.end)).toBe(line.text)
  })

  it('should cut the removal of the unused content around the elements dropped inside it, each under its own rule', () => {
    const content = '<article><h1>Flood</h1><p>The river rose in the night.</p><noscript><p>Turn on JavaScript to read on.</p></noscript>' +
      '<p>Subscribers can read the whole story.</p></article>'
    const html = page(ldScript(article(ARTICLE)), content)
    const r = cleanHtml(html)
    expect(usedJsonLd(r)).toBe(true)
    const from = html.indexOf('<article>')
    const inContent = r.removed.filter((x) => x.start >= from && x.end <= from + content.length)
    expect(inContent.map((x) => x.rule)).toEqual(['html/json-ld-body', 'html/script', 'html/json-ld-body'])
    expect(inContent.map((x) => x.text).join('')).toBe(content)
  })

  it('should split a removal of the script in the body around the literal', () => {
    const html = `<html><body><div id="app">Loading…</div>${ldScript(article(ARTICLE))}</body></html>`
    const r = cleanHtml(html)
    expect(usedJsonLd(r)).toBe(true)
    const start = html.indexOf(JSON.stringify(ARTICLE)) + 1
    const end = start + JSON.stringify(ARTICLE).length - 2
    expect(r.removed.every((x) => x.end <= start || x.start >= end)).toBe(true)
    expect(r.removed.some((x) => x.end === start)).toBe(true)
    expect(r.removed.some((x) => x.start === end)).toBe(true)
  })

  it('should keep a DOM body that holds the article, articleBody or not', () => {
    const dom = `<article>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article>`
    const r = cleanHtml(page(ldScript(article(`${ARTICLE}\n\nA further paragraph only the JSON-LD carries, which must not matter here.`)), dom))
    expect(r.body).toBe(PARAS.join('\n\n'))
    expect(usedJsonLd(r)).toBe(false)
    expect(r.removed.some((x) => x.rule === 'html/json-ld-body')).toBe(false)
  })

  it('should keep a DOM body of a third of articleBody or more, and replace a shorter one', () => {
    const long = `${ARTICLE}\n\n${ARTICLE.replaceAll('The ', 'This ')}`
    const weight = (s: string): number => s.replace(/\s/g, '').length
    const variants = ['A page', 'Another page', 'One more page', 'A fourth page'].map((v) => `<p>${DOM_TEXT.replace('A page', v)}</p>`)
    const third = cleanHtml(page(ldScript(article(long)), `<article>${variants.join('')}</article>`))
    expect(weight(third.body) * 3).toBeGreaterThanOrEqual(weight(long))
    expect(third.body).toContain(DOM_TEXT)
    expect(usedJsonLd(third)).toBe(false)
    const teaser = cleanHtml(page(ldScript(article(long)), `<article>${variants.slice(0, 3).join('')}</article>`))
    expect(weight(DOM_TEXT) * 3 * 3).toBeLessThan(weight(long))
    expect(teaser.body).not.toContain(DOM_TEXT)
    expect(usedJsonLd(teaser)).toBe(true)
  })

  it('should never let a short articleBody replace anything', () => {
    const short = PARAS.slice(0, 3).join('\n\n')
    expect(short.replace(/\s/g, '').length).toBeLessThan(MIN_ARTICLE_BODY)
    const r = cleanHtml(page(ldScript(article(short)), SHELL))
    expect(r.body).toBe('Loading…')
    expect(usedJsonLd(r)).toBe(false)
  })

  it('should be turned off by disable', () => {
    const html = page(ldScript(article(ARTICLE)), SHELL)
    for (const disable of [['html/json-ld-body'], ['html/']]) {
      const r = cleanHtml(html, { disable })
      expect(r.body).not.toContain(PARAS[0])
      expect(usedJsonLd(r)).toBe(false)
    }
  })

  it('should ignore malformed JSON-LD and never fail', () => {
    const broken = `{"@type":"NewsArticle","articleBody":${JSON.stringify(ARTICLE)},}`
    for (const json of [broken, `${JSON.stringify(article(ARTICLE)).slice(0, -1)}`, '<!-- {"articleBody": "x"} -->']) {
      const r = cleanHtml(page(ldScript(json), SHELL))
      expect(r.body).toBe('Loading…')
      expect(usedJsonLd(r)).toBe(false)
      expect((r.warnings ?? []).some((w) => w.startsWith('html/failed'))).toBe(false)
    }
  })

  it('should ignore an articleBody that is not a string', () => {
    for (const value of [PARAS, { text: ARTICLE }, 42, null, true]) {
      const r = cleanHtml(page(ldScript(article(value)), SHELL))
      expect(usedJsonLd(r)).toBe(false)
      expect(r.body).toBe('Loading…')
    }
  })

  it('should read an articleBody written in HTML as HTML, and skip one of an object that is not an article', () => {
    const markup = PARAS.map((p) => `<p>${p}</p>`).join('')
    const r = cleanHtml(page(ldScript(article(markup)), SHELL))
    expect(usedJsonLd(r)).toBe(true)
    expect(r.body).toBe(PARAS.join('\n\n'))
    expect(usedJsonLd(cleanHtml(page(ldScript(article(ARTICLE, 'Product')), SHELL)))).toBe(false)
    // A lone `<` in prose is not markup.
    expect(usedJsonLd(cleanHtml(page(ldScript(article(`${ARTICLE}\n\nRates fell to < 2 per cent.`)), SHELL)))).toBe(true)
  })

  it('should read prose with angle brackets that name no element as text, losing nothing between them', () => {
    const prose = ['The rule holds when x<y and y>z, the engineers said.', 'Stalls sold them for <$5 a kilo> before the flood.', 'Her notes read <important: call the mayor>.']
    const r = cleanHtml(page(ldScript(article([...PARAS, ...prose].join('\n\n'))), SHELL))
    expect(usedJsonLd(r)).toBe(true)
    expect(r.body).toBe([...PARAS, ...prose].join('\n\n'))
    // Tags of real elements, in any case and with attributes or a self-closing slash, still make markup.
    for (const tag of ['<B>', '<br/>', '<a href="/x">', '<strong class="k">', '<span\n>']) {
      const body = cleanHtml(page(ldScript(article([`${tag}Flood</x> warning`, ...PARAS].join('\n\n'))), SHELL)).body
      expect(body.startsWith('Flood'), tag).toBe(true)
      expect(body, tag).not.toContain('<')
    }
  })

  it('should decode character references a site left in articleBody, and read markup escaped for HTML as HTML', () => {
    const r = cleanHtml(page(ldScript(article(ARTICLE.replace('The river', 'Europa&apos;s river &amp; the canal'))), SHELL))
    expect(r.body).toContain("Europa's river & the canal")
    const escaped = cleanHtml(page(ldScript(article(PARAS.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join(''))), SHELL))
    expect(usedJsonLd(escaped)).toBe(true)
    expect(escaped.body).toBe(PARAS.join('\n\n'))
  })

  it('should find the article in a @graph, in an array, beside other objects and other scripts', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'The Paper' }, article(ARTICLE, ['BlogPosting'])] }
    const array = [{ '@type': 'Organization', name: 'The Paper' }, article(ARTICLE, 'Article')]
    const two = ldScript({ '@type': 'BreadcrumbList', itemListElement: [] }) + ldScript(article(ARTICLE))
    for (const scripts of [ldScript(graph), ldScript(array), two, ldScript(article(ARTICLE)) + ldScript(article(ARTICLE))]) {
      const r = cleanHtml(page(scripts, SHELL))
      expect(r.body).toBe(PARAS.join('\n\n'))
      expect(usedJsonLd(r)).toBe(true)
    }
  })

  it('should not choose between two different articles (a listing page)', () => {
    const other = ARTICLE.replaceAll('river', 'canal')
    for (const scripts of [ldScript([article(ARTICLE), article(other)]), ldScript(article(ARTICLE)) + ldScript(article(other))]) {
      const r = cleanHtml(page(scripts, SHELL))
      expect(usedJsonLd(r)).toBe(false)
    }
  })

  it('should parse each JSON-LD script once for the metadata and the body', () => {
    const scripts = [JSON.stringify({ '@type': 'WebSite', name: 'The Paper' }), JSON.stringify(article(ARTICLE))]
    const parse = vi.spyOn(JSON, 'parse')
    try {
      const r = cleanHtml(page(scripts.map(ldScript).join(''), SHELL))
      expect(usedJsonLd(r)).toBe(true)
      expect(r.metadata.title).toBe('Flood')
      for (const text of scripts) expect(parse.mock.calls.filter(([arg]) => arg === text)).toHaveLength(1)
    } finally {
      parse.mockRestore()
    }
  })

  it('should say where the body came from in one warning, and no DOM warning', () => {
    const r = cleanHtml(page(ldScript(article(ARTICLE)), SHELL))
    expect(r.warnings).toEqual([expect.stringMatching(/^html\/json-ld-body: .*articleBody/)])
  })
})
