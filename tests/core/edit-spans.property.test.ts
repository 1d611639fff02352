import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPlan, cleanHtml, createDoc, editBlock, toResult, type Block, type Piece, type TextEdit } from 'textwash'

// Pieces as adapters make them: one to one with their span (text input, plain runs of HTML text), or not
// (HTML text with `&amp;` decoded or white space collapsed, a JSON escape): then the text is shorter or
// longer than the span. A source is built around them, with markup-like gaps between some.
const pieceSpec = fc.record({
  text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '”'), maxLength: 6 }),
  skew: fc.constantFrom(0, 0, 0, -1, 1, 4),
  gap: fc.constantFrom(0, 0, 0, 3),
})
const editSpec = fc.record({
  at: fc.nat(),
  len: fc.constantFrom(0, 0, 1, 2, 5),
  // null: the text already there, an edit that changes nothing.
  text: fc.constantFrom('', 'x', '”, ', 'ab', null),
  rule: fc.constantFrom('r/a', 'r/b', 'r/a+r/c'),
  removal: fc.boolean(),
})
const rounds = fc.array(fc.tuple(fc.array(editSpec, { maxLength: 8 }), fc.boolean()), { minLength: 1, maxLength: 4 })

interface Setup {
  readonly source: string
  readonly block: Block
}

/** A source and a block over it: one-to-one pieces are their source span; the others span a reference. */
function setup(specs: ReadonlyArray<{ text: string; skew: number; gap: number }>): Setup {
  let source = '<p>'
  const pieces: Piece[] = []
  for (const { text, skew, gap } of specs) {
    source += '<b>'.slice(0, gap)
    const start = source.length
    // A piece with text spans some source: only an edit's insertion has an empty span.
    const length = Math.max(text.length > 0 ? 1 : 0, text.length + skew)
    source += length === text.length ? text : '&'.repeat(length)
    pieces.push({ start, end: source.length, text })
  }
  source += '</p>'
  const text = pieces.map((p) => p.text).join('')
  const start = pieces[0]?.start ?? 3
  const end = pieces[pieces.length - 1]?.end ?? 3
  const block: Block = {
    index: 0, start, end, text, pieces, verdict: 'body', rule: undefined, kind: undefined, lang: undefined, features: undefined,
    paragraphStart: undefined, joinNext: undefined, data: undefined,
  }
  return { source, block }
}

/** Non-overlapping edits of `text` from the specs, in order. */
function editsOf(text: string, specs: ReadonlyArray<{ at: number; len: number; text: string | null; rule: string; removal: boolean }>): TextEdit[] {
  const n = text.length
  const edits: TextEdit[] = []
  let floor = 0
  for (const s of [...specs].sort((x, y) => x.at - y.at)) {
    const from = floor + (n + 1 - floor > 0 ? s.at % (n + 1 - floor) : 0)
    if (from > n) break
    const to = Math.min(n, from + s.len)
    // Two insertions at one offset have no order once sorted: rules never make them.
    const prev = edits[edits.length - 1]
    if (to === from && prev !== undefined && prev.from === from && prev.to === from) continue
    edits.push({ from, to, text: s.text ?? text.slice(from, to), rule: s.rule, removal: s.removal })
    floor = to
  }
  return edits
}

const oneToOne = (p: Piece): boolean => p.end - p.start === p.text.length

/**
 * The text the original pieces give for the source span `[start, end)`: whole pieces inside it, the
 * overlapping part of a one-to-one piece. A span that cuts into a piece that is not one to one fails.
 */
function decoded(original: readonly Piece[], start: number, end: number): string {
  let out = ''
  for (const p of original) {
    if (p.end <= start && p.start < start) continue
    if (p.start >= end && p.end > end) continue
    if (p.start === p.end && (p.start < start || p.start > end)) continue
    if (oneToOne(p)) out += p.text.slice(Math.max(0, start - p.start), Math.max(0, Math.min(p.end, end) - p.start))
    else {
      expect(start <= p.start && p.end <= end, `span [${start}, ${end}) cuts into atomic piece [${p.start}, ${p.end})`).toBe(true)
      out += p.text
    }
  }
  return out
}

/** What holds of an edited block, whatever the edits: see the describe block below. */
function checkSpans(original: Block, source: string, edited: Block): void {
  const pieces = edited.pieces
  expect(pieces.map((p) => p.text).join('')).toBe(edited.text)
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!
    expect(p.start, `piece ${i} starts after it ends`).toBeLessThanOrEqual(p.end)
    if (i > 0) expect(pieces[i - 1]!.end, `piece ${i} overlaps the one before`).toBeLessThanOrEqual(p.start)
    if (p.rule !== undefined) continue
    // A verbatim piece is an original piece that is not one to one, whole, or exact offsets into the source.
    if (oneToOne(p)) expect(source.slice(p.start, p.end)).toBe(p.text)
    else expect(original.pieces).toContainEqual(p)
  }
  // Undoing every change in the text (its span's original text back) gives the original text.
  let undone = ''
  for (const p of pieces) undone += p.rule === undefined ? p.text : decoded(original.pieces, p.start, p.end)
  expect(undone).toBe(original.text)
  // The document's plan: changes read their `before` in the source and apply without overlapping.
  const result = toResult({ ...createDoc(source), blocks: [edited] })
  for (const c of result.changes) expect(source.slice(c.start, c.end)).toBe(c.before)
  expect(() => applyPlan(source, result)).not.toThrow()
  // For one-to-one pieces (text input), the plan rebuilds the text once what lies around and between the
  // pieces (and no change took) is removed.
  if (!original.pieces.every(oneToOne)) return
  const outside = [{ start: 0, end: original.start }, { start: original.end, end: source.length }]
  for (let i = 1; i < original.pieces.length; i++) outside.push({ start: original.pieces[i - 1]!.end, end: original.pieces[i]!.start })
  const removed = outside
    .filter((g) => g.end > g.start && ![...result.changes, ...result.removed].some((c) => g.start < c.end && c.start < g.end))
    .map((g) => ({ ...g, text: source.slice(g.start, g.end), rule: 'test/gap' }))
  expect(applyPlan(source, { removed: [...result.removed, ...removed], changes: result.changes })).toBe(edited.text)
}

describe('editBlock source spans, on random pieces (one to one or not) and random edits', () => {
  it('should keep pieces in order, each start <= end, neighbours apart, and changes mapped to what they replaced', () => {
    fc.assert(
      fc.property(fc.array(pieceSpec, { maxLength: 8 }), rounds, (specs, editRounds) => {
        const { source, block } = setup(specs)
        let b = block
        for (const [specsOfRound, reversed] of editRounds) {
          const edits = editsOf(b.text, specsOfRound)
          const expected = applyEdits(b.text, edits)
          b = editBlock(b, reversed ? edits.reverse() : edits)
          // Every edit is applied: none is lost to a piece that an earlier one took whole.
          expect(b.text).toBe(expected)
          checkSpans(block, source, b)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

/** The text with non-overlapping, sorted edits applied. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = ''
  let pos = 0
  for (const e of edits) {
    out += text.slice(pos, e.from) + e.text
    pos = e.to
  }
  return out + text.slice(pos)
}

describe('editBlock on pieces that are not one to one with their span', () => {
  // '<p>fish &amp; chips at 17&nbsp;°C</p>' as the HTML adapter reads it: a text node per piece.
  const source = '<p>fish <b>&amp;</b> chips at 17&nbsp;°C</p>'
  const pieces: Piece[] = [
    { start: 3, end: 8, text: 'fish ' },
    { start: 11, end: 16, text: '&' },
    { start: 20, end: 40, text: ' chips at 17\u00a0°C' },
  ]
  const block = setup([]).block
  const html: Block = { ...block, start: 3, end: 40, text: pieces.map((p) => p.text).join(''), pieces }
  const changes = (b: Block): unknown => toResult({ ...createDoc(source), blocks: [b] }).changes.map((c) => [c.start, c.end, c.before, c.after, c.rule])

  it('should report a change inside a reference as the whole piece, its HTML before and its text after', () => {
    const b = editBlock(html, [{ from: 18, to: 19, text: ' ', rule: 'r/space' }])
    expect(b.text).toBe('fish & chips at 17 °C')
    expect(changes(b)).toEqual([[20, 40, ' chips at 17&nbsp;°C', ' chips at 17 °C', 'r/space']])
    expect(b.pieces.slice(0, 2)).toStrictEqual(pieces.slice(0, 2))
  })

  it('should apply every edit inside one such piece, in one change with the rule ids joined', () => {
    const b = editBlock(html, [
      { from: 9, to: 9, text: '-', rule: 'r/a' },
      { from: 13, to: 14, text: 'A', rule: 'r/b' },
      { from: 18, to: 19, text: ' ', rule: 'r/a' },
    ])
    expect(b.text).toBe('fish & ch-ips At 17 °C')
    expect(changes(b)).toEqual([[20, 40, ' chips at 17&nbsp;°C', ' ch-ips At 17 °C', 'r/a+r/b']])
  })

  it('should keep exact offsets in one-to-one text up to the piece an edit cuts into', () => {
    const b = editBlock(html, [{ from: 2, to: 6, text: 'sh and', rule: 'r/and' }])
    expect(b.text).toBe('fish and chips at 17\u00a0°C')
    expect(changes(b)).toEqual([[5, 16, 'sh <b>&amp;', 'sh and', 'r/and']])
    expect(b.pieces[0]).toStrictEqual({ start: 3, end: 5, text: 'fi' })
  })
})

describe('cleanHtml changes on text with references and collapsed white space', () => {
  const word = fc.constantFrom('The', 'river', 'rose', 'overnight', 'fish', 'chips', 'ratio', '17', '°C', 'a', 'b')
  const glue = fc.constantFrom(' ', ' ', '&nbsp;', '&amp;', ' &amp; ', '\n  ', '  ', '&#8217;', ' ,', '<b>', '</b>', ' <i>x</i> ')
  const paragraph = fc.array(fc.tuple(word, glue), { minLength: 12, maxLength: 40 }).map((ws) => `<p>${ws.flat().join('')}.</p>`)
  const page = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((ps) => `<html><body><article>${ps.join('\n')}</article></body></html>`)

  it('should report changes whose before is the HTML at their offsets, none overlapping another', () => {
    fc.assert(fc.property(page, (html) => {
      const r = cleanHtml(html)
      for (const c of r.changes) expect(html.slice(c.start, c.end)).toBe(c.before)
      for (let i = 1; i < r.changes.length; i++) expect(r.changes[i - 1]!.end).toBeLessThanOrEqual(r.changes[i]!.start)
      expect(() => applyPlan(html, r)).not.toThrow()
    }), { numRuns: 300 })
  })
})
