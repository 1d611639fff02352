import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPlan, clean, cleanHtml } from 'textwash'

// Markup fragments that stress the parser and the extractor: unclosed and stray tags, entities,
// comments, scripts, tables, <br> runs and text in scripts the lexicons know.
const fragment = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div class="content">', '<div class="share">', '</div>', '<br>', '<br/>', '<table><tr><td>', '</td><td>', '</tr></table>',
    '<ul><li>', '</li></ul>', '<h2>', '</h2>', '<pre>', '</pre>', '<script>', '</script>', '<style>', '<!--', '-->', '<a href="/x">', '</a>',
    '&amp;', '&lt;', '&#x1F600;', '&nbsp;', '&bogus;', '<![CDATA[', ']]>', '<nav>', '</nav>', '<article>', '</article>', '<meta charset="gbk">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":', '<time datetime="2020-01-02">',
  ),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('The river rose overnight, flooding the town. ', '河水一夜之间上涨，淹没了城镇。', 'Nước sông dâng cao trong đêm. '),
)
// cleanHtml turns an internal error into an `html/failed` warning; that must never happen either.
const failed = (w: readonly string[] | undefined): boolean => (w ?? []).some((x) => x.startsWith('html/failed'))

const markup = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''))

describe('cleanHtml properties', () => {
  it('should never throw on arbitrary markup', () => {
    fc.assert(fc.property(markup, (html) => {
      const r = cleanHtml(html)
      expect(typeof r.body).toBe('string')
      expect(failed(r.warnings)).toBe(false)
    }), { numRuns: 300 })
  })

  it('should never throw on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => {
      const r = cleanHtml(s)
      expect(typeof r.body).toBe('string')
      expect(failed(r.warnings)).toBe(false)
    }), { numRuns: 300 })
  })

  it('should never throw on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 800 }), (bytes) => {
      const r = cleanHtml(bytes)
      expect(typeof r.metadata.charset).toBe('string')
      expect(failed(r.warnings)).toBe(false)
    }), { numRuns: 200 })
  })

  it('should leave no tags of the input markup in the body', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<div>', '</div>', 'word ', 'Another sentence here. '), { maxLength: 40 }), (parts) => {
      expect(cleanHtml(parts.join('')).body).not.toMatch(/<\/?(?:p|b|div)>/)
    }), { numRuns: 200 })
  })

  it('should give a body that is stable through clean()', () => {
    fc.assert(fc.property(markup, (html) => {
      const once = clean(cleanHtml(html).body).body
      expect(clean(once).body).toBe(once)
    }), { numRuns: 200 })
  })

  it('should be deterministic', () => {
    fc.assert(fc.property(markup, (html) => {
      expect(cleanHtml(html)).toEqual(cleanHtml(html))
    }), { numRuns: 100 })
  })

  it('should report removals whose text is the decoded HTML at their offsets', () => {
    fc.assert(fc.property(markup, (html) => {
      for (const r of cleanHtml(html).removed) expect(html.slice(r.start, r.end)).toBe(r.text)
    }), { numRuns: 200 })
  })

  // A JavaScript shell whose article is a JSON-LD articleBody: long enough, with escapes, line breaks of
  // every kind and characters written as \uXXXX, so the body's pieces are not one to one with the HTML.
  const lead = 'The river rose by two metres overnight, flooding the lower town and closing the old bridge. '.repeat(6)
  const articleText = fc.array(fc.oneof(
    fc.constantFrom('Volunteers filled sandbags. ', '"Quoted," she said. ', 'back\\slash ', 'café ', '\n', '\n\n', '\r\n', '\u2028', '\t', '  ', '\u00a0', 'a < b ', 'Sign up for our newsletter. ', '😀 ', 'fish &amp; chips ', '&#8217;', '&bogus;'),
    fc.string({ maxLength: 20 }),
  ), { maxLength: 30 }).map((parts) => lead + parts.join(''))
  const shellPage = articleText.map((text) => {
    const literal = JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    return [text, `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":${literal}}</script></head><body><div id="app">Loading…</div></body></html>`] as const
  })

  it('should account exactly for a body taken from JSON-LD', () => {
    fc.assert(fc.property(shellPage, ([text, html]) => {
      const r = cleanHtml(html)
      expect(failed(r.warnings)).toBe(false)
      // Only an articleBody that holds tags is passed over.
      expect((r.warnings ?? []).some((w) => w.startsWith('html/json-ld-body')) || /<\/?[a-z][^<>]*>/i.test(text)).toBe(true)
      for (const x of r.removed) expect(html.slice(x.start, x.end)).toBe(x.text)
      for (const c of r.changes) expect(html.slice(c.start, c.end)).toBe(c.before)
      // Removals and changes do not overlap, so the plan applies to the HTML.
      expect(() => applyPlan(html, r)).not.toThrow()
      const once = clean(r.body).body
      expect(clean(once).body).toBe(once)
    }), { numRuns: 200 })
  })
})
