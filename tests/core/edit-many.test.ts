import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockFromSpan, editBlock, type Block, type Piece, type RuleId, type TextEdit } from 'textwash'

// `editBlock` walks the pieces once, splitting and joining as it goes. These tests hold it to the
// three-pass version it replaced (split verbatim pieces at every edit boundary, replace whole pieces,
// join neighbouring verbatim pieces), kept here as the reference: same text, same pieces, field for field.

/** The reference: the former `editBlock`, returning the new text and pieces. */
function reference(block: Block, edits: readonly TextEdit[]): { text: string; pieces: readonly Piece[] } {
  const real = edits.filter((e) => e.to > e.from || e.text.length > 0)
  if (real.length === 0) return { text: block.text, pieces: block.pieces }
  const sorted = [...real].sort((a, b) => a.from - b.from || a.to - b.to)
  const current = block.text
  const pieces = splitAt(block.pieces, sorted)
  const out: Piece[] = []
  let pi = 0
  let pos = 0
  for (const e of sorted) {
    if (e.from < pos) continue
    while (pi < pieces.length && pos + pieces[pi]!.text.length <= e.from) {
      const p = pieces[pi++]!
      out.push(p)
      pos += p.text.length
    }
    const a = pos < e.from ? pos : e.from
    let b = e.to
    const replaced: Piece[] = []
    let end = pos
    while (pi < pieces.length && end < b) {
      const p = pieces[pi++]!
      replaced.push(p)
      end += p.text.length
      if (end > b) b = end
    }
    const sourcePos = replaced.length > 0 ? replaced[0]!.start : out.length > 0 ? out[out.length - 1]!.end : block.start
    const sourceEnd = replaced.length > 0 ? replaced[replaced.length - 1]!.end : sourcePos
    const text = current.slice(a, e.from) + e.text + current.slice(e.to, b)
    const rules: RuleId[] = []
    for (const p of replaced) if (p.rule !== undefined) for (const r of p.rule.split('+')) if (!rules.includes(r)) rules.push(r)
    if (!rules.includes(e.rule)) rules.push(e.rule)
    const removal = text.length === 0 && (e.removal === true || replaced.some((p) => p.removal === true))
    const verbatim = replaced.every((p) => p.rule === undefined) && replaced.map((p) => p.text).join('') === text
    if (verbatim) out.push(...replaced)
    else out.push(removal ? { start: sourcePos, end: sourceEnd, text, rule: rules.join('+'), removal } : { start: sourcePos, end: sourceEnd, text, rule: rules.join('+') })
    pos = end
  }
  while (pi < pieces.length) out.push(pieces[pi++]!)
  const merged = mergeVerbatim(out)
  return { text: merged.map((p) => p.text).join(''), pieces: merged }
}

/** Reference: split verbatim pieces at every edit boundary. */
function splitAt(pieces: readonly Piece[], edits: readonly TextEdit[]): Piece[] {
  const cuts: number[] = []
  for (const e of edits) cuts.push(e.from, e.to)
  const out: Piece[] = []
  let pos = 0
  let ci = 0
  for (const p of pieces) {
    const len = p.text.length
    while (ci < cuts.length && cuts[ci]! <= pos) ci++
    if (p.rule !== undefined || len === 0) {
      out.push(p)
      pos += len
      continue
    }
    let from = 0
    for (let k = ci; k < cuts.length && cuts[k]! < pos + len; k++) {
      const at = cuts[k]! - pos
      if (at > from) {
        out.push(slice(p, from, at))
        from = at
      }
    }
    out.push(from === 0 ? p : slice(p, from, len))
    pos += len
  }
  return out
}

/** Reference: a slice of a verbatim piece (the whole span when the piece is not one to one). */
function slice(p: Piece, from: number, to: number): Piece {
  if (p.end - p.start !== p.text.length) return { start: p.start, end: p.end, text: p.text.slice(from, to) }
  return { start: p.start + from, end: p.start + to, text: p.text.slice(from, to) }
}

/** Reference: join neighbouring one-to-one verbatim pieces contiguous in the source. */
function mergeVerbatim(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = []
  for (const p of pieces) {
    const last = out[out.length - 1]
    const joinable = (q: Piece): boolean => q.rule === undefined && q.end - q.start === q.text.length
    if (last !== undefined && joinable(last) && joinable(p) && last.end === p.start) out[out.length - 1] = { start: last.start, end: p.end, text: last.text + p.text }
    else out.push(p)
  }
  return out
}

/** `editBlock` and the reference agree on `block` and `edits`; returns editBlock's block. */
function agree(block: Block, edits: readonly TextEdit[]): Block {
  const want = reference(block, edits)
  const got = editBlock(block, edits)
  expect({ text: got.text, pieces: got.pieces }).toStrictEqual(want)
  return got
}

/** A block of `text` made of the given pieces. */
function blockOf(pieces: readonly Piece[]): Block {
  const text = pieces.map((p) => p.text).join('')
  const start = pieces.length > 0 ? pieces[0]!.start : 0
  const end = pieces.length > 0 ? pieces[pieces.length - 1]!.end : 0
  return { ...blockFromSpan(text, 0, 0, text.length), start, end, pieces }
}

const src = 'Hello, wonderful world'

/** 'Hi, big world' with two changed pieces: 'Hi' (r/a, from 'Hello') and 'big' (r/b, from 'wonderful'). */
function twoChanges(): Block {
  return editBlock(blockFromSpan(src, 0, 0, src.length), [
    { from: 0, to: 5, text: 'Hi', rule: 'r/a' },
    { from: 7, to: 16, text: 'big', rule: 'r/b' },
  ])
}

describe('editBlock absorbing changed pieces', () => {
  it('should absorb changed pieces straddling both ends of an edit, joining their rule ids in order', () => {
    const b = agree(twoChanges(), [{ from: 1, to: 6, text: 'ey, lon', rule: 'r/c' }])
    expect(b.text).toBe('Hey, long world')
    expect(b.pieces).toStrictEqual([
      { start: 0, end: 16, text: 'Hey, long', rule: 'r/a+r/b+r/c' },
      { start: 16, end: 22, text: ' world' },
    ])
  })

  it('should drop an edit that starts inside a changed piece an earlier edit absorbed', () => {
    const b = agree(twoChanges(), [
      { from: 3, to: 5, text: 'Z', rule: 'r/d' },
      { from: 5, to: 6, text: 'Q', rule: 'r/e' },
    ])
    expect(b.text).toBe('Hi,Zig world')
    expect(b.pieces).toStrictEqual([
      { start: 0, end: 5, text: 'Hi', rule: 'r/a' },
      { start: 5, end: 6, text: ',' },
      { start: 6, end: 16, text: 'Zig', rule: 'r/b+r/d' },
      { start: 16, end: 22, text: ' world' },
    ])
  })

  it('should not repeat a rule id already among the absorbed ones', () => {
    const b = agree(twoChanges(), [{ from: 0, to: 7, text: 'So tiny', rule: 'r/b' }])
    expect(b.pieces[0]).toStrictEqual({ start: 0, end: 16, text: 'So tiny', rule: 'r/a+r/b' })
  })

  it('should keep a removal flag only when the absorbing edit leaves no text', () => {
    const cut = editBlock(blockFromSpan(src, 0, 0, src.length), [{ from: 5, to: 7, text: '', rule: 'r/cut', removal: true }])
    // 'Hellowonderful world', with an empty removal piece between 'Hello' and 'wonderful'.
    expect(cut.pieces[1]).toStrictEqual({ start: 5, end: 7, text: '', rule: 'r/cut', removal: true })
    // An edit at the removal piece's place leaves it apart.
    const apart = agree(cut, [{ from: 5, to: 5, text: '! ', rule: 'r/ins' }])
    expect(apart.pieces[1]).toStrictEqual(cut.pieces[1])
    // An edit around it that leaves no text is still a removal, though the edit itself was not one...
    const removed = agree(cut, [{ from: 4, to: 6, text: '', rule: 'r/x' }])
    expect(removed.pieces[1]).toStrictEqual({ start: 4, end: 8, text: '', rule: 'r/cut+r/x', removal: true })
    // ...and one that leaves text is a change.
    const changed = agree(cut, [{ from: 4, to: 6, text: 'o, W', rule: 'r/w' }])
    expect(changed.pieces[1]).toStrictEqual({ start: 4, end: 8, text: 'o, W', rule: 'r/cut+r/w' })
  })

  it('should keep verbatim pieces an edit replaces by their own text, and join them back', () => {
    const b = agree(blockFromSpan(src, 0, 0, src.length), [{ from: 7, to: 16, text: 'wonderful', rule: 'r/same' }])
    expect(b.pieces).toStrictEqual([{ start: 0, end: 22, text: src }])
  })
})

describe('editBlock with many edits', () => {
  it('should give the pieces of the reference on 20 000 edits in one block', () => {
    const text = 'word Cap”'.repeat(5000)
    const edits: TextEdit[] = []
    for (let i = 0; i < text.length; i += 9) {
      edits.push({ from: i + 5, to: i + 8, text: 'cap', rule: 'r/case' })
      edits.push({ from: i + 8, to: i + 8, text: ' ', rule: 'r/space' })
      edits.push({ from: i + 8, to: i + 9, text: '', rule: 'r/drop', removal: i % 2 === 0 })
      if (i % 4 === 0) edits.push({ from: i + 9, to: i + 9, text: '', rule: 'r/none' })
    }
    let b = agree(blockFromSpan(text, 0, 0, text.length), edits)
    // A second round over the 35 000 pieces, cutting into the changed ones.
    const again: TextEdit[] = []
    for (let i = 0; i + 4 <= b.text.length; i += 13) again.push({ from: i + 1, to: i + 4, text: 'xy', rule: 'r/again' })
    b = agree(b, again.reverse())
    expect(b.pieces.length).toBeGreaterThan(5000)
  })

  it('should give the pieces of the reference on random pieces and rounds of random edits', () => {
    const pieceSpec = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '”'), maxLength: 6 }),
      // Not one to one (HTML text): the span is longer or shorter than the text.
      skew: fc.constantFrom(0, 0, 0, -1, 1, 3),
      gap: fc.constantFrom(0, 0, 0, 2),
    })
    const editSpec = fc.record({
      at: fc.nat(),
      len: fc.constantFrom(0, 0, 1, 2, 5),
      text: fc.constantFrom('', 'x', '”, ', 'ab', null),
      rule: fc.constantFrom('r/a', 'r/b', 'r/a+r/c'),
      removal: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(pieceSpec, { maxLength: 8 }), fc.array(fc.tuple(fc.array(editSpec, { maxLength: 8 }), fc.boolean()), { maxLength: 4 }), (specs, rounds) => {
        let source = 3
        const pieces: Piece[] = specs.map(({ text, skew, gap }) => {
          const start = source + gap
          const end = Math.max(start, start + text.length + skew)
          source = end
          return { start, end, text }
        })
        let block = blockOf(pieces)
        for (const [specsOfRound, reversed] of rounds) {
          const n = block.text.length
          const edits: TextEdit[] = []
          let floor = 0
          for (const s of [...specsOfRound].sort((x, y) => x.at - y.at)) {
            const from = floor + (n + 1 - floor > 0 ? s.at % (n + 1 - floor) : 0)
            if (from > n) break
            const to = Math.min(n, from + s.len)
            // null: the text already there, an edit that changes nothing.
            edits.push({ from, to, text: s.text ?? block.text.slice(from, to), rule: s.rule, removal: s.removal })
            floor = to
          }
          block = agree(block, reversed ? edits.reverse() : edits)
        }
      }),
      { numRuns: 2000 },
    )
  })
})
