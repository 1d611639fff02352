import type { Block, Piece, RuleId } from '../types.js'
import { newBlock, withText } from './block.js'

/** An edit of a block's current text: `[from, to)` becomes `text`, by `rule`. */
export interface TextEdit {
  readonly from: number
  readonly to: number
  readonly text: string
  readonly rule: RuleId
  /** The edit drops content (reported in `removed`) instead of repairing it (reported in `changes`). */
  readonly removal?: boolean
}

/**
 * Apply edits to a block, keeping every piece mapped to its source span.
 *
 * Edits are in the coordinates of the block's current text, must not overlap, and are applied together.
 * A piece that cannot be cut at a source offset is atomic: a changed piece, and a piece whose text is not
 * one to one with its span (HTML text with `&amp;` decoded or white space collapsed, a JSON escape). An
 * edit that cuts into an atomic piece takes it whole: the change spans the whole piece in the source, its
 * text is the piece's text with every edit inside it applied, and the rule ids are joined with `+`.
 * Offsets inside one-to-one pieces stay exact.
 *
 * @param block the block to edit; it is not mutated
 * @param edits non-overlapping edits of `block.text`
 * @returns a new block, or the same block when nothing changed
 * @example editBlock(block, [{ from: 3, to: 4, text: ' ', rule: 'normalize/space' }])
 */
export function editBlock(block: Block, edits: readonly TextEdit[]): Block {
  if (edits.length === 0) return block
  const real = edits.filter((e) => e.to > e.from || e.text.length > 0)
  if (real.length === 0) return block
  const sorted = inOrder(real) ? real : real.sort((a, b) => a.from - b.from || a.to - b.to)
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!
    const cur = sorted[i]!
    if (cur.from < prev.to) throw new RangeError(`overlapping edits at ${cur.from} (${prev.rule}, ${cur.rule})`)
  }
  const current = block.text
  const pieces = splitAt(block.pieces, sorted)
  const out: Piece[] = []
  let pi = 0
  let pos = 0
  for (let first = 0; first < sorted.length; ) {
    const from = sorted[first]!.from
    // Pieces that end at or before the edit stay as they are (one-to-one pieces were split at `from`).
    while (pi < pieces.length && pos + pieces[pi]!.text.length <= from) {
      const p = pieces[pi++]!
      out.push(p)
      pos += p.text.length
    }
    // The pieces the edit reaches into, from `pos`: only an atomic piece can straddle `from` or `to`, and it
    // is taken whole, with the next edits that start inside what is taken.
    const replaced: Piece[] = []
    let end = pos
    let last = first
    for (;;) {
      const to = sorted[last]!.to
      while (pi < pieces.length && end < to) {
        const p = pieces[pi++]!
        replaced.push(p)
        end += p.text.length
      }
      const next = sorted[last + 1]
      if (next === undefined || next.from >= end) break
      last++
    }
    let text = ''
    let at = pos
    const rules: RuleId[] = []
    for (const p of replaced) if (p.rule !== undefined) for (const r of p.rule.split('+')) if (!rules.includes(r)) rules.push(r)
    let removal = false
    for (let k = first; k <= last; k++) {
      const e = sorted[k]!
      text += current.slice(at, e.from) + e.text
      at = e.to
      if (!rules.includes(e.rule)) rules.push(e.rule)
      if (e.removal === true) removal = true
    }
    text += current.slice(at, end)
    removal = text.length === 0 && (removal || replaced.some((p) => p.removal === true))
    const sourcePos = replaced.length > 0 ? replaced[0]!.start : out.length > 0 ? out[out.length - 1]!.end : block.start
    const sourceEnd = replaced.length > 0 ? replaced[replaced.length - 1]!.end : sourcePos
    const verbatim = replaced.every((p) => p.rule === undefined) && replaced.map((p) => p.text).join('') === text
    if (verbatim) out.push(...replaced)
    else out.push(removal ? { start: sourcePos, end: sourceEnd, text, rule: rules.join('+'), removal } : { start: sourcePos, end: sourceEnd, text, rule: rules.join('+') })
    pos = end
    first = last + 1
  }
  while (pi < pieces.length) out.push(pieces[pi++]!)
  const merged = mergeVerbatim(out)
  return withText(block, merged.map((p) => p.text).join(''), merged)
}

/** Whether edits are already sorted by start, then end (rules find them left to right). */
function inOrder(edits: readonly TextEdit[]): boolean {
  for (let i = 1; i < edits.length; i++) {
    const a = edits[i - 1]!
    const b = edits[i]!
    if (b.from < a.from || (b.from === a.from && b.to < a.to)) return false
  }
  return true
}

/** Split one-to-one pieces at every edit boundary, so edits only ever replace whole pieces. */
function splitAt(pieces: readonly Piece[], edits: readonly TextEdit[]): Piece[] {
  const cuts: number[] = []
  for (const e of edits) cuts.push(e.from, e.to)
  const out: Piece[] = []
  let pos = 0
  let ci = 0
  for (const p of pieces) {
    const len = p.text.length
    while (ci < cuts.length && cuts[ci]! <= pos) ci++
    if (p.rule !== undefined || len === 0 || !isOneToOne(p)) {
      out.push(p)
      pos += len
      continue
    }
    let from = 0
    let k = ci
    while (k < cuts.length && cuts[k]! < pos + len) {
      const at = cuts[k]! - pos
      if (at > from) {
        out.push(verbatimSlice(p, from, at))
        from = at
      }
      k++
    }
    out.push(from === 0 ? p : verbatimSlice(p, from, len))
    pos += len
  }
  return out
}

/**
 * Whether a verbatim piece maps one to one onto its source span, so that it can be cut at any offset. An
 * adapter's piece whose text is as long as its span is taken to be so (text input's always are): decoding
 * an HTML reference or collapsing a run of white space shortens a text node's text, and a lone tab or line
 * read as a space keeps each character at its source offset.
 */
export function isOneToOne(p: Piece): boolean {
  return p.end - p.start === p.text.length
}

/** A slice of a one-to-one piece: the same slice of its span. */
export function verbatimSlice(p: Piece, from: number, to: number): Piece {
  return { start: p.start + from, end: p.start + to, text: p.text.slice(from, to) }
}

/** Join neighbouring verbatim pieces that are contiguous in the source, to keep piece lists short. */
function mergeVerbatim(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = []
  for (const p of pieces) {
    const last = out[out.length - 1]
    if (
      last !== undefined &&
      last.rule === undefined &&
      p.rule === undefined &&
      last.end === p.start &&
      isOneToOne(last) &&
      isOneToOne(p)
    ) {
      out[out.length - 1] = { start: last.start, end: p.end, text: last.text + p.text }
    } else out.push(p)
  }
  return out
}

/**
 * Make a block from a verbatim span of the source.
 *
 * @param source the whole input
 * @param index the block's position in the document
 * @param start offset of the first code unit
 * @param end offset just past the last code unit
 * @returns a body block with one verbatim piece
 */
export function blockFromSpan(source: string, index: number, start: number, end: number): Block {
  const text = source.slice(start, end)
  return newBlock(index, start, end, text, [{ start, end, text }])
}

/**
 * Apply edits found by a regular expression: every match of `re` in the block's text is replaced by
 * what `replace` returns (return `undefined` to leave a match alone).
 *
 * @param block the block to edit
 * @param re a global regular expression
 * @param rule the rule id to record
 * @param replace maps a match to its replacement
 * @returns the edited block (the same object when nothing matched)
 */
export function editMatches(
  block: Block,
  re: RegExp,
  rule: RuleId,
  replace: (m: RegExpExecArray) => string | undefined,
  removal = false,
): Block {
  if (!re.global) throw new TypeError('editMatches needs a global regular expression')
  const edits: TextEdit[] = []
  re.lastIndex = 0
  for (let m = re.exec(block.text); m !== null; m = re.exec(block.text)) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    const text = replace(m)
    if (text !== undefined && text !== m[0]) edits.push({ from: m.index, to: m.index + m[0].length, text, rule, removal })
  }
  return editBlock(block, edits)
}
