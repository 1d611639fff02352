import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { load } from 'cheerio/slim'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPlan, cleanHtml, type CleanResult } from 'textwash'

const BENCH = join(import.meta.dirname, '../../fixtures/bench/article-extraction-benchmark/html')
const FIXTURES = join(import.meta.dirname, '../../fixtures/html')

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const noSpace = (s: string): string => s.replace(/\s+/gu, '')

/**
 * Check that a result accounts for its page: removals do not overlap, the plan applies to the HTML, and
 * what it leaves, read as HTML, is the body (white space aside: the body lays blocks out as paragraphs).
 * Replacement text is written as HTML first, since a change's `after` is text, not markup.
 */
function expectAccounted(html: string, r: CleanResult): void {
  for (let i = 1; i < r.removed.length; i++) {
    const [a, b] = [r.removed[i - 1]!, r.removed[i]!]
    expect(b.start, `${a.rule} [${a.start}, ${a.end}) and ${b.rule} [${b.start}, ${b.end})`).toBeGreaterThanOrEqual(a.end)
  }
  for (const x of r.removed) expect(html.slice(x.start, x.end)).toBe(x.text)
  expect(() => applyPlan(html, r)).not.toThrow()
  if ((r.warnings ?? []).some((w) => w.startsWith('html/json-ld-body'))) return
  const applied = applyPlan(html, { removed: r.removed, changes: r.changes.map((c) => ({ ...c, after: escapeHtml(c.after) })) })
  expect(noSpace(load(applied).root().text())).toBe(noSpace(r.body))
}

describe('cleanHtml plan', () => {
  it('should report a block that holds an element dropped at DOM level around that element', () => {
    const html = '<html><body><article><h1>Port reopens</h1><div class="meta"><style>p{}</style><span class="author">Minh Anh</span> ' +
      '<time datetime="2024-04-29T11:39:42+07:00">29/04/2024 11:39</time></div>' +
      '<p>The river rose by two metres overnight, flooding the lower town and closing the old bridge for the day.</p>'.repeat(3) +
      '</article></body></html>'
    const r = cleanHtml(html)
    expectAccounted(html, r)
    const inMeta = r.removed.filter((x) => x.start >= html.indexOf('<div class="meta">') && x.end <= html.indexOf('<p>'))
    // The block's own tags and text under its rule, each nested element once under its own.
    expect(inMeta.map((x) => x.rule)).toEqual(['metadata/date', 'html/style', 'html/byline', 'metadata/date'])
    expect(inMeta.map((x) => x.text).join('')).toBe(html.slice(html.indexOf('<div class="meta">'), html.indexOf('<p>')))
  })

  it('should give a repair after a line break the offsets of the character it repairs', () => {
    const para = '<p>The river rose by two metres overnight, flooding the lower town and closing the old bridge to traffic.</p>'
    const html = `<html><body><article>${para}<p>The school opened its hall.<br>Water rose\u00a0two metres in the night. </p>${para}</article></body></html>`
    const at = html.indexOf('\u00a0')
    expect(cleanHtml(html).changes).toEqual([{ start: at, end: at + 1, before: '\u00a0', after: ' ', rule: 'normalize/spaces' }])
  })

  it('should leave an element dropped inside a repair that spans it to the repair', () => {
    const para = '<p>The river rose by two metres overnight, flooding the lower town and closing the old bridge to traffic.</p>'
    const html = `<html><body><article>${para}<p>Water rose&nbsp;<style>p{}</style>  two metres.</p>${para}</article></body></html>`
    const r = cleanHtml(html)
    expectAccounted(html, r)
    const change = r.changes.find((c) => c.before.includes('<style>'))
    expect(change).toMatchObject({ before: '&nbsp;<style>p{}</style>  ', after: ' ' })
    expect(r.removed.some((x) => x.rule === 'html/style')).toBe(false)
  })

  it('should end an element closed by the next start tag before that tag', () => {
    const html = '<html><body><article><table><tr><td>Share this article</td><tr class="x"><td>' +
      'The river rose by two metres overnight, flooding the lower town and closing the old bridge to traffic.</td></table></article></body></html>'
    const r = cleanHtml(html)
    expectAccounted(html, r)
    for (const x of r.removed) expect(x.text.endsWith('<tr ')).toBe(false)
  })

  for (const name of readdirSync(BENCH).filter((f) => f.endsWith('.html.gz')).sort()) {
    it(`should account for every removal and change of benchmark page ${name.slice(0, 12)}`, () => {
      const html = gunzipSync(readFileSync(join(BENCH, name))).toString('utf8')
      expectAccounted(html, cleanHtml(html))
    })
  }

  for (const name of readdirSync(FIXTURES).sort()) {
    it(`should account for every removal and change of fixture page ${name}`, () => {
      const bytes = readFileSync(join(FIXTURES, name, 'source.html'))
      const r = cleanHtml(bytes)
      expectAccounted(new TextDecoder(r.metadata.charset ?? 'utf-8').decode(bytes), r)
    })
  }

  // Datelines, credits and footers that the text stages remove, around elements the DOM step drops.
  const part = fc.constantFrom(
    '<p>', '</p>', '<div>', '</div>', '<span>', '</span>', '<br>', ' ',
    'Published 12 March 2021', 'Updated 29/04/2024 11:39', '© 2021 The Harbour Gazette. All rights reserved.', 'Share this article',
    '<span class="byline">By Anna Berg</span>', '<style>p{color:red}</style>', '<script>var x = 1</script>', '<span class="share">Tweet</span>',
    '<span style="display:none">hidden</span>', '<time datetime="2021-03-12">12 March 2021</time>', '&amp;', '&nbsp;', '\u00a0', '  ', '\n',
    '<table><tr><td>', '</td><td>', '</td></tr><tr><td>', '</td></tr></table>', '<tr style="display:none"><td>hidden</td></tr>', '<pre>', '</pre>',
    'The river rose by two metres overnight, flooding the lower town and closing the old bridge. ',
  )
  const page = fc.array(part, { maxLength: 40 }).map((parts) => `<html><body><article>${parts.join('')}</article></body></html>`)

  it('should give plans that apply and account for the body on generated pages', () => {
    fc.assert(fc.property(page, (html) => expectAccounted(html, cleanHtml(html))), { numRuns: 500 })
  })
})
