import { load } from 'cheerio/slim'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanHtml, editBlock, type Block } from 'textwash'
import { buildBlocks, domDoc } from '../../src/adapters/html/blocks.js'
import { textPieces } from '../../src/adapters/html/text-pieces.js'

const P1 = 'The river rose by two metres overnight, flooding the lower town and closing the old bridge to traffic.'
const P2 = 'Volunteers filled sandbags at the fire station until dawn, and the school opened its hall to families who had to leave.'
const page = (inner: string): string => `<html><body><article><p>${P1}</p>${inner}<p>${P2}</p></article></body></html>`

const PARSE = { withStartIndices: true, withEndIndices: true } as Parameters<typeof load>[1]

/** The blocks of `html` as cleanHtml hands them to the stages. */
function blocksOf(html: string): { blocks: readonly Block[] } {
  return { blocks: domDoc(html, buildBlocks([load(html, PARSE).root()[0]!], () => undefined, html), [], []).blocks }
}

/** `[source, text]` of each piece of a block. */
const spans = (html: string, b: Block): string[][] => b.pieces.map((p) => [html.slice(p.start, p.end), p.text])

describe('HTML text pieces', () => {
  it('should give a repair in a paragraph with a reference the offsets of the characters it repairs', () => {
    const html = page('<p>The Rock &amp; Roll Hall of Fame inducted the band on Friday,\u00a0years after its first nomination.</p>')
    const at = html.indexOf('\u00a0')
    expect(cleanHtml(html).changes).toEqual([{ start: at, end: at + 1, before: '\u00a0', after: ' ', rule: 'normalize/spaces' }])
  })

  it('should give a repair that touches a reference the span of that reference only', () => {
    const html = page('<p>The Rock &amp; Roll Hall of Fame says the hall was kept at 17&nbsp;°C all through the ceremony.</p>')
    const at = html.indexOf('&nbsp;')
    expect(cleanHtml(html).changes).toEqual([{ start: at, end: at + 6, before: '&nbsp;', after: ' ', rule: 'normalize/spaces' }])
  })

  it('should give a repair inside text whose white space was collapsed exact offsets', () => {
    const html = page('<p>\n    The council met on Friday\u00a0and\n    voted to rebuild the old bridge before the winter.\n  </p>')
    const at = html.indexOf('\u00a0')
    expect(cleanHtml(html).changes).toEqual([{ start: at, end: at + 1, before: '\u00a0', after: ' ', rule: 'normalize/spaces' }])
  })

  it('should cut a text node into its runs, references and collapsed white space', () => {
    const html = '<p>One &amp; two\n   three&#8217;s\tfour&nbsp;five </p>'
    const { blocks: [b] } = blocksOf(html)
    expect(spans(html, b!)).toEqual([
      ['One ', 'One '], ['&amp;', '&'], [' two', ' two'], ['\n   ', ' '], ['three', 'three'], ['&#8217;', '\u2019'], ['s\tfour', 's four'],
      ['&nbsp;', '\u00a0'], ['five', 'five'],
    ])
  })

  it('should keep white space that a block drops at its ends out of its pieces, and the block its span', () => {
    const html = '<div>\n  A &amp; B\n  <br><br>\n  C &lt; D\n</div>'
    const { blocks } = blocksOf(html)
    expect(blocks.map((b) => spans(html, b))).toEqual([
      [['A ', 'A '], ['&amp;', '&'], [' B', ' B']],
      [['C ', 'C '], ['&lt;', '<'], [' D', ' D']],
    ])
    // A block without an element of its own spans its text nodes whole.
    expect(blocks.map((b) => [html.slice(b.start, b.end), b.text])).toEqual([['\n  A &amp; B\n  ', 'A & B'], ['\n  C &lt; D\n', 'C < D']])
  })

  it('should keep white space inside pre and cut only at references', () => {
    const html = '<pre>a &lt;  b\n\tc &amp;\n  </pre>'
    const { blocks: [b] } = blocksOf(html)
    expect(spans(html, b!)).toEqual([['a ', 'a '], ['&lt;', '<'], ['  b\n\tc ', '  b\n\tc '], ['&amp;', '&']])
  })

  it('should read each reference as the parser decoded it, legacy ones without a semicolon too', () => {
    const read = (raw: string): string[][] | undefined => {
      const data = load(`<p>${raw}</p>`)('p').text()
      return textPieces(raw, 0, raw.length, data, true)?.map((p) => [raw.slice(p.start, p.end), p.text])
    }
    expect(read('&notit; x')).toEqual([['&not', '\u00ac'], ['it; x', 'it; x']])
    expect(read('AT&T &amp;amp; &ampx')).toEqual([['AT&T ', 'AT&T '], ['&amp;', '&'], ['amp; ', 'amp; '], ['&amp', '&'], ['x', 'x']])
    expect(read('&#65x &#x1F600; &bogus; &#; &#xg')).toEqual([['&#65', 'A'], ['x ', 'x '], ['&#x1F600;', '\u{1F600}'], [' &bogus; &#; &#xg', ' &bogus; &#; &#xg']])
    expect(read('&copy2024 &frac12;&NotEqualTilde;')).toEqual([['&copy', '\u00a9'], ['2024 ', '2024 '], ['&frac12;', '\u00bd'], ['&NotEqualTilde;', '\u2242\u0338']])
  })

  it('should keep a text node whole when its source does not read as its text', () => {
    expect(textPieces('a &amp; b', 0, 9, 'a & c', false)).toBeUndefined()
    expect(textPieces('a b', 0, 3, 'a c', false)).toBeUndefined()
  })

  // Paragraphs of words, references and white space, with a model of the text and source span of each part.
  interface Part { readonly src: string; readonly text: string; readonly atomic: boolean }
  const word: fc.Arbitrary<Part> = fc.constantFrom('river', 'rose', 'by', 'two', 'metres', 'x', 'Ab').map((w) => ({ src: w, text: w, atomic: false }))
  const reference: fc.Arbitrary<Part> = fc.constantFrom<[string, string]>(
    ['&amp;', '&'], ['&lt;', '<'], ['&nbsp;', '\u00a0'], ['&#8217;', '\u2019'], ['&#x1F600;', '\u{1F600}'], ['&eacute;', '\u00e9'], ['&copy', '\u00a9'],
  ).map(([src, text]) => ({ src, text, atomic: true }))
  const space: fc.Arbitrary<Part> = fc.constantFrom(' ', '\n', '\t', '  ', '\n   ', ' \t\r\n').map((s) => ({ src: s, text: ' ', atomic: s.length > 1 }))
  const literal: fc.Arbitrary<Part> = fc.constantFrom('\u00a0', '&', 'a&b').map((s) => ({ src: s, text: s, atomic: false }))
  // White space never follows white space: two runs in a row would be one.
  const paragraph = fc.array(fc.tuple(fc.oneof(word, reference, literal), fc.option(space, { nil: undefined })), { minLength: 1, maxLength: 12 })
    .map((pairs) => pairs.flatMap(([p, s]) => (s === undefined ? [p] : [p, s])))
    .filter((parts) => parts[0]!.text.trimStart() === parts[0]!.text && parts[parts.length - 1]!.text.trimEnd() === parts[parts.length - 1]!.text)
  // The same with white space between every two parts, so that no repair but the spaces' has words to join.
  const spaced = fc.array(fc.tuple(fc.oneof(word, reference, literal), space), { minLength: 1, maxLength: 12 }).map((pairs) => pairs.flat())

  it('should change exactly the edited characters and the references and white-space runs the edit touches', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom('', '#', '##'))
    fc.assert(fc.property(paragraph, edit, (parts, [at, len, text]) => {
      const html = `<p>${parts.map((p) => p.src).join('')}</p>`
      const { blocks: [b] } = blocksOf(html)
      expect(b!.text).toBe(parts.map((p) => p.text).join(''))
      const from = at % (b!.text.length + 1)
      const to = Math.min(b!.text.length, from + len)
      if (to === from && text.length === 0) return
      // Each part's span in the text and in the HTML; an edit that reaches into an atomic part takes it whole.
      let t = 0
      let s = 3
      let start = -1
      let end = -1
      for (const p of parts) {
        const [t1, s1] = [t + p.text.length, s + p.src.length]
        const touched = to > from ? from < t1 && to > t : from > t && from < t1
        if (p.atomic && touched) {
          if (start < 0) start = s
          end = s1
        } else {
          if (start < 0 && from >= t && from < t1) start = s + from - t
          if (to > t && to <= t1) end = s + to - t
        }
        t = t1
        s = s1
      }
      if (start < 0) start = s
      if (end < 0 || to === from) end = Math.max(start, end)
      // An insertion before all the text is made at the block's start.
      if (to === 0) [start, end] = [b!.start, b!.start]
      const edited = editBlock(b!, [{ from, to, text, rule: 'test/edit' }])
      const changed = edited.pieces.filter((p) => p.rule !== undefined)
      expect(changed.map((p) => [p.start, p.end])).toEqual([[start, end]])
      expect(edited.text).toBe(b!.text.slice(0, from) + text + b!.text.slice(to))
    }), { numRuns: 1000 })
  })

  it('should give every change of cleanHtml its HTML as before and no more of it than the repair and the references it touches', () => {
    fc.assert(fc.property(spaced, (parts) => {
      const html = page(`<p>The council met on Friday and said ${parts.map((p) => p.src).join('')}before the vote.</p>`)
      const r = cleanHtml(html)
      for (const c of r.changes) {
        expect(html.slice(c.start, c.end)).toBe(c.before)
        // Here only spaces are repaired: a change holds white space and references to spaces, nothing else.
        expect(c.rule).toBe('normalize/spaces')
        expect(c.before).toMatch(/^(?:[\t\n\f\r \u00a0]|&nbsp;)+$/)
      }
    }), { numRuns: 500 })
  })

  it('should give pieces in order that are their source or one reference or run', () => {
    const part = fc.constantFrom('<p>', '</p>', '<br>', '<table><tr><td>', '</td><td>', '</td></tr></table>', '<pre>', '</pre>', '<i>', '</i>', '<div>', '</div>',
      ' ', '  ', '\n', '\r\n', '\t', 'a', 'bc', '&amp;', '&nbsp;', '&#10;', '&#x20;', '&lt;', '&copy', '&bogus;', '\u00a0', 'word ', ' word')
    fc.assert(fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
      const html = parts.join('')
      const { blocks } = blocksOf(html)
      for (const b of blocks) {
        expect(html.slice(b.start, b.end).length).toBeGreaterThan(0)
        expect(b.pieces.map((x) => x.text).join('')).toBe(b.text)
        for (let i = 1; i < b.pieces.length; i++) expect(b.pieces[i]!.start).toBeGreaterThanOrEqual(b.pieces[i - 1]!.end)
        for (const x of b.pieces) {
          const src = html.slice(x.start, x.end)
          // The line break or space the markup puts before a text node is empty in the source.
          if (src.length === 0) expect([' ', '\n']).toContain(x.text)
          else if (x.text.length === src.length) {
            for (let i = 0; i < src.length; i++) expect(x.text[i] === src[i] || (x.text[i] === ' ' && /[ \t\n\f\r]/.test(src[i]!))).toBe(true)
          } else if (!/^&[#a-z0-9]+;?$/i.test(src) && !(x.text === ' ' && /^[ \t\n\f\r]+$/.test(src))) {
            // A text node left whole: a reference to white space (`&#10;`) joins the runs around it, and the
            // parser reads a stray end tag as nothing inside a text node.
            expect(src).toMatch(/&#(?:10|x20);|<\//)
          }
        }
      }
    }), { numRuns: 500 })
  })
})
