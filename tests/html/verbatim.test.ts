import { load } from 'cheerio/slim'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanHtml, createContext, createDoc, DEFAULT_STAGES, segment, type Doc } from 'textwash'
import { buildBlocks, domDoc } from '../../src/adapters/html/blocks.js'
import { articleBlocks, findArticleBody } from '../../src/adapters/html/json-ld-body.js'
import { markupMetadata } from '../../src/adapters/html/metadata.js'
import { isVerbatim } from '../../src/core/scan.js'

// A text node read in the source as it stands makes a block with one piece as long as its span: one after a
// block element inside its parent, or after two `<br>` (a block element's own span takes its tags in).
const P1 = 'The river rose by two metres overnight, flooding the lower town and closing the old bridge to traffic.'
const P2 = 'Volunteers filled sandbags at the fire station until dawn, and the school opened its hall to families who had to leave.'
const afterBlock = (text: string): string => `<html><head><title>Flood</title></head><body><article><div><p>${P1}</p>${text}</div><p>${P2}</p></article></body></html>`
const afterBreaks = (text: string): string => `<html><head><title>Flood</title></head><body><article><p>${P1}<br><br>${text}</p><p>${P2}</p></article></body></html>`

/** The blocks of `html` as cleanHtml builds them, from the whole document. */
function domDocOf(html: string): Doc {
  const $ = load(html, { withStartIndices: true, withEndIndices: true } as Parameters<typeof load>[1])
  return domDoc(html, buildBlocks([$.root()[0]!], () => undefined, html), [], [])
}

/** Every document the default stages make from `doc`, the first included. */
function stagesOf(doc: Doc): Doc[] {
  const ctx = createContext()
  const docs = [doc]
  for (const stage of DEFAULT_STAGES) docs.push(stage(docs[docs.length - 1]!, ctx))
  return docs
}

/** The blocks of a document taken as verbatim whose text is not their source span (none, when the test is exact). */
function falselyVerbatim(doc: Doc): string[] {
  return doc.blocks.filter((b) => isVerbatim(doc, b) && b.text !== doc.source.slice(b.start, b.end)).map((b) => b.text)
}

describe('cleanHtml on a tab or line break inside a text node', () => {
  for (const [name, page] of [['after a block element', afterBlock], ['after two <br>', afterBreaks]] as const) {
    it(`should mend a word broken across it as one broken across a space (${name})`, () => {
      for (const space of ['\n', '\t']) {
        const r = cleanHtml(page(`The informa${space}tion was passed on to the council, which met on Friday.`))
        expect(r.body).toContain('The information was passed on')
        expect(r.body).toBe(cleanHtml(page('The informa tion was passed on to the council, which met on Friday.')).body)
        expect(r.changes).toContainEqual(expect.objectContaining({ before: space, after: '', rule: 'repair/broken-words' }))
      }
    })

    it(`should give an orphan closing quote after it its opening quote, as after a space (${name})`, () => {
      const r = cleanHtml(page('The firm said it would do so Cloud office\n” and then left the meeting early.'))
      expect(r.body).toContain('do so “Cloud office')
      expect(r.body).toBe(cleanHtml(page('The firm said it would do so Cloud office ” and then left the meeting early.')).body)
    })
  }
})

describe('isVerbatim', () => {
  it('should not take an HTML block whose line break reads as a space for its source span', () => {
    const html = '<div><p>One.</p>a\nb</div>'
    const doc = domDocOf(html)
    const b = doc.blocks[1]!
    // One piece as long as its span, as a verbatim block has: only the characters differ.
    expect([b.text, b.pieces.length, b.end - b.start, html.slice(b.start, b.end)]).toEqual(['a b', 1, 3, 'a\nb'])
    expect(isVerbatim(doc, b)).toBe(false)
  })

  it('should take an unedited line of text input for its source span', () => {
    const doc = segment(createDoc('first line\n\tsecond\tline  \n'))
    expect(doc.blocks.map((b) => isVerbatim(doc, b))).toEqual([true, true])
  })
})

// Words with what the stages read around white space: broken words, an orphan closing quote, spaces before
// punctuation, byline, date, trail and footer words, accented and Han text, and entities.
const word = fc.constantFrom(
  'The', 'council', 'informa', 'tion', 'govern', 'ment', 'do', 'so', 'Cloud', 'office', '”', '“Hi', ',', '.', 'By', 'John', 'Smith',
  'Posted', 'March', '3,', '2019', 'Home', '>', 'News', '©', 'Copyright', 'Comments', 'Source:', 'Reuters', 'über', 'Straße.', '河水上涨。',
  'thecat', 'onthe', 'mat', '&amp;', '&nbsp;', 'U.S.', 'www.example.com',
)
const htmlSpace = fc.constantFrom(' ', ' ', '\n', '\t', '\r', '\f')
const sentence = fc.array(fc.tuple(word, htmlSpace), { minLength: 1, maxLength: 12 }).map((ws) => ws.map(([w, s]) => w + s).join('').trimEnd())
const layout = fc.constantFrom(afterBlock, afterBreaks, (t: string) => `<p>${t}</p>`, (t: string) => `<ul><li>${P1}</li></ul>${t}<br>${t}`)
const html = fc.array(fc.tuple(layout, sentence), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([l, s]) => l(s)).join(''))

describe('isVerbatim properties', () => {
  it('should hold only for blocks whose text is their source span, through every stage (HTML)', () => {
    fc.assert(fc.property(html, (h) => {
      for (const doc of stagesOf(domDocOf(h))) expect(falselyVerbatim(doc)).toEqual([])
    }), { numRuns: 150 })
  })

  it('should hold only for blocks whose text is their source span, through every stage (JSON-LD articleBody)', () => {
    // JSON escapes between words (a tab, a space, a quote, a line break) and paragraphs long enough for a body.
    const paragraph = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '\\t', '\\u0020', '\\"', '\\n')), { minLength: 1, maxLength: 12 })
      .map((ws) => ws.map(([w, s]) => w + s).join(''))
    const body = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => [P1, P2, P1, P2, P1, P2, ...ps].join('\\n\\n'))
    fc.assert(fc.property(body, (text) => {
      const h = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${text}"}</script></head><body></body></html>`
      const $ = load(h, { withStartIndices: true, withEndIndices: true } as Parameters<typeof load>[1])
      const found = findArticleBody(markupMetadata($.root()[0]!, h).jsonLd, h)
      expect(found).toBeDefined()
      if (found === undefined) return
      // The document cleanHtml makes of a JSON-LD body: its pieces are exact slices or decoded escapes.
      const doc: Doc = { source: h, blocks: articleBlocks(found), metadata: {}, removed: [], warnings: [] }
      for (const d of stagesOf(doc)) expect(falselyVerbatim(d)).toEqual([])
    }), { numRuns: 100 })
  })

  it('should hold only for blocks whose text is their source span, through every stage (text)', () => {
    const line = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', '')), { maxLength: 12 }).map((ws) => ws.map(([w, s]) => w + s).join(''))
    const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' \n\t')), { minLength: 1, maxLength: 10 }).map((ls) => ls.map(([l, s]) => l + s).join(''))
    fc.assert(fc.property(text, (t) => {
      for (const doc of stagesOf(segment(createDoc(t)))) expect(falselyVerbatim(doc)).toEqual([])
    }), { numRuns: 150 })
  })

  it('should clean words apart by any one white space character of a text node as words apart by a space', () => {
    // Few words, so that broken words and orphan quotes come often, inside an English sentence.
    const few = fc.constantFrom('informa', 'tion', 'govern', 'ment', 'do', 'so', 'Cloud', 'office', '”', ',', 'By', 'John')
    const spaced = fc.array(fc.tuple(few, htmlSpace), { minLength: 1, maxLength: 12 })
    const inSentence = (ws: string): string => `The firm said ${ws} and then left the meeting early.`
    // One white space character between words: a run of them is collapsed to one space, which shortens the text.
    const join = (ws: ReadonlyArray<readonly [string, string]>): string => ws.map(([w, s], i) => (i === ws.length - 1 ? w : w + s)).join('')
    const page = fc.tuple(layout, spaced).map(([l, ws]) => [l(inSentence(join(ws))), l(inSentence(ws.map(([w]) => w).join(' ')))] as const)
    fc.assert(fc.property(page, ([withSpaces, plain]) => {
      const a = cleanHtml(withSpaces)
      const b = cleanHtml(plain)
      expect(a.body).toBe(b.body)
      expect(a.metadata).toEqual(b.metadata)
    }), { numRuns: 200 })
  })
})
