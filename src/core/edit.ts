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
 * An edit that cuts into an earlier edit absorbs it whole, so a reported change never splits another;
 * the rule ids are then joined with `+`.
 *
 * @param block the block to edit; it is not mutated
 * @param edits non-overlapping edits of `block.text`
 * @returns a new block, or the same block when nothing changed
 * @example editBlock(block, [{ from: 3, to: 4, text: ' ', rule: 'normalize/space' }])
 */
export function editBlock(block: Block, edits: readonly TextEdit[]): Block {
  if (edits.length === 0) return block
  const real = realEdits(edits)
  if (real.length === 0) return block
  // Sort a copy: `real` is the caller's array when every edit was real.
  const sorted = inOrder(real) ? real : [...real].sort((a, b) => a.from - b.from || a.to - b.to)
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!
    const cur = sorted[i]!
    if (cur.from < prev.to) throw new RangeError(`overlapping edits at ${cur.from} (${prev.rule}, ${cur.rule})`)
  }
  const w = new EditWalk(block, sorted)
  for (const e of sorted) w.apply(e)
  w.emitUpTo(Infinity)
  return w.finish()
}

/** Whether an edit changes anything: it replaces some text or inserts some. */
function isReal(e: TextEdit): boolean {
  return e.to > e.from || e.text.length > 0
}

/** The edits that change anything; the array itself when all do (the usual case), to spare a copy. */
function realEdits(edits: readonly TextEdit[]): readonly TextEdit[] {
  for (const e of edits) if (!isReal(e)) return edits.filter(isReal)
  return edits
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

/**
 * One `editBlock` call: a cursor over the block's pieces and the output piece list.
 *
 * The result is what three passes used to build: verbatim pieces split at every edit boundary, each edit
 * replacing the whole pieces it covers, then neighbouring verbatim pieces contiguous in the source joined
 * again. Here it is one pass that splits lazily and joins as it goes, so the slices that the join would
 * undo are never made: with 100k+ edits in a block (adversarial input) the old passes spent most of their
 * time making and collecting those objects. Pieces in the block's text are laid end to end (the text is
 * their texts joined), so a run of joined verbatim pieces is one slice of the current text.
 */
class EditWalk {
  private readonly pieces: readonly Piece[]
  private readonly current: string
  /** The edits, in order: verbatim pieces are split at every `from` and `to`. */
  private readonly edits: readonly TextEdit[]
  /** Cursor: the piece, the offset inside it, and the position in the current text. */
  private pi = 0
  private off = 0
  private pos = 0
  /** First cut that may lie after the cursor. */
  private ci = 0
  private readonly out: Piece[] = []
  /**
   * The new text: joined chunks, the parts of the next chunk, and how far the current text is in them.
   * Every piece but a new changed one is laid where it was in the current text, so the new text is the
   * current text with each changed piece's text put in; this is a few parts per edit, not one per piece.
   */
  private textDone = 0
  private readonly chunks: string[] = []
  private readonly parts: string[] = []
  /** Source end of the last piece output (before joining; a join keeps it), or the block start. */
  private lastEnd: number
  /** The pending run of joinable verbatim pieces: source span, span in the current text, and its one piece. */
  private runOpen = false
  private runStart = 0
  private runEnd = 0
  private runFrom = 0
  private runTo = 0
  private runPiece: Piece | undefined = undefined
  /** The segment `take` last passed: its offsets in its piece, and its source span. */
  private segFrom = 0
  private segTo = 0
  private segStart = 0
  private segEnd = 0
  /** A cursor noted by `save`. */
  private savedPi = 0
  private savedOff = 0
  private savedPos = 0
  private savedCi = 0

  constructor(
    private readonly block: Block,
    edits: readonly TextEdit[],
  ) {
    this.pieces = block.pieces
    this.current = block.text
    this.lastEnd = block.start
    this.edits = edits
  }

  /** Apply one edit (in order); an edit inside a changed piece an earlier edit absorbed is dropped. */
  apply(e: TextEdit): void {
    // An earlier edit absorbed a changed piece reaching past this edit's start: that edit already
    // rewrote this text from the current version, so this one has nothing left to apply to.
    if (e.from < this.pos) return
    // Segments that end at or before the edit stay as they are (verbatim pieces are split at `from`).
    this.emitUpTo(e.from)
    // Only a changed piece can straddle `from`; it is absorbed whole, as is one straddling `to`.
    const a = this.pos
    this.save()
    let b = e.to
    let count = 0
    let sourcePos = this.lastEnd
    let sourceEnd = sourcePos
    let absorbed: string[] | undefined
    let removal = false
    while (this.pi < this.pieces.length && this.pos < b) {
      const p = this.take(this.segmentEnd())
      if (count === 0) sourcePos = this.segStart
      sourceEnd = this.segEnd
      if (p.rule !== undefined) (absorbed ??= []).push(p.rule)
      if (p.removal === true && this.segFrom === 0 && this.segTo === p.text.length) removal = true
      count++
      if (this.pos > b) b = this.pos
    }
    if (count === 0) sourceEnd = sourcePos
    const current = this.current
    const text = a === e.from && b === e.to ? e.text : current.slice(a, e.from) + e.text + current.slice(e.to, b)
    // Verbatim pieces replaced by their own text stay as they were.
    if (absorbed === undefined && text.length === this.pos - a && current.startsWith(text, a)) {
      this.restore()
      for (let i = 0; i < count; i++) this.emitTaken(this.take(this.segmentEnd()))
      return
    }
    const rule = absorbed === undefined ? e.rule : joinRules(absorbed, e.rule)
    removal = text.length === 0 && (e.removal === true || removal)
    this.push(removal ? { start: sourcePos, end: sourceEnd, text, rule, removal } : { start: sourcePos, end: sourceEnd, text, rule })
    // The new text: the current text up to here, then this piece's.
    if (this.textDone < a) this.addText(current.slice(this.textDone, a))
    this.addText(text)
    this.textDone = this.pos
  }

  /** Output the segments at the cursor that end at or before `to`. */
  emitUpTo(to: number): void {
    while (this.pi < this.pieces.length) {
      const end = this.segmentEnd()
      if (end > to) return
      this.emitTaken(this.take(end))
    }
  }

  /** The new block. */
  finish(): Block {
    this.closeRun()
    if (this.textDone < this.current.length) this.addText(this.current.slice(this.textDone))
    this.chunks.push(this.parts.join(''))
    return withText(this.block, this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join(''), this.out)
  }

  /** End of the segment at the cursor, in the current text: a changed or empty piece is one segment, a verbatim piece is split at every cut inside it. */
  private segmentEnd(): number {
    const p = this.pieces[this.pi]!
    const pieceEnd = this.pos - this.off + p.text.length
    if (p.rule !== undefined || p.text.length === 0) return pieceEnd
    // Cut `2i` is edit i's `from`, cut `2i + 1` its `to`.
    const edits = this.edits
    const n = 2 * edits.length
    let ci = this.ci
    while (ci < n && this.cut(ci) <= this.pos) ci++
    this.ci = ci
    if (ci === n) return pieceEnd
    const cut = this.cut(ci)
    return cut < pieceEnd ? cut : pieceEnd
  }

  /** Cut `ci`: the `from` (even) or `to` (odd) of edit `ci >> 1`. */
  private cut(ci: number): number {
    const e = this.edits[ci >> 1]!
    return (ci & 1) === 0 ? e.from : e.to
  }

  /** Move the cursor past the segment ending at `end`, noting it in the `seg` fields; returns its piece. */
  private take(end: number): Piece {
    const p = this.pieces[this.pi]!
    const from = this.off
    const to = from + end - this.pos
    this.segFrom = from
    this.segTo = to
    const whole = from === 0 && to === p.text.length
    // A slice of a piece that is not one to one with its span keeps the span whole (see verbatimSlice).
    const spanWhole = whole || p.end - p.start !== p.text.length
    this.segStart = spanWhole ? p.start : p.start + from
    this.segEnd = spanWhole ? p.end : p.start + to
    if (to === p.text.length) {
      this.pi++
      this.off = 0
    } else this.off = to
    this.pos = end
    return p
  }

  /** Output the segment `take` just passed (the cursor is at its end). */
  private emitTaken(p: Piece): void {
    const from = this.segFrom
    const to = this.segTo
    if (from === 0 && to === p.text.length) this.pushVerbatimOr(p, this.pos - to)
    else if (p.end - p.start === p.text.length) this.addToRun(this.segStart, this.segEnd, this.pos - (to - from), this.pos, undefined)
    else this.pushVerbatimOr(verbatimSlice(p, from, to), this.pos - (to - from))
  }

  /** Output a piece at `at` in the current text: a one-to-one verbatim piece joins the run, any other is pushed. */
  private pushVerbatimOr(p: Piece, at: number): void {
    if (p.rule === undefined && p.end - p.start === p.text.length) this.addToRun(p.start, p.end, at, at + p.text.length, p)
    else this.push(p)
  }

  /** Output a piece that no neighbour joins. */
  private push(p: Piece): void {
    this.closeRun()
    this.out.push(p)
    this.lastEnd = p.end
  }

  /** Add a one-to-one verbatim piece (source `[start, end)`, current text `[from, to)`) to the run, or start one. */
  private addToRun(start: number, end: number, from: number, to: number, piece: Piece | undefined): void {
    if (this.runOpen && this.runEnd === start) {
      this.runEnd = end
      this.runTo = to
      this.runPiece = undefined
    } else {
      this.closeRun()
      this.runOpen = true
      this.runStart = start
      this.runEnd = end
      this.runFrom = from
      this.runTo = to
      this.runPiece = piece
    }
    this.lastEnd = end
  }

  /** Add to the new text. Parts are joined a chunk at a time: one join of 100k+ short parts is slower. */
  private addText(text: string): void {
    const parts = this.parts
    parts.push(text)
    if (parts.length === 4096) {
      this.chunks.push(parts.join(''))
      parts.length = 0
    }
  }

  /** Output the pending run as one piece: the piece itself when it is one, else a slice of the current text. */
  private closeRun(): void {
    if (!this.runOpen) return
    this.runOpen = false
    const p = this.runPiece ?? { start: this.runStart, end: this.runEnd, text: this.current.slice(this.runFrom, this.runTo) }
    this.out.push(p)
    // Right after a new changed piece, the run's text is the next part: no second slice of the same text.
    if (this.runFrom === this.textDone) {
      this.addText(p.text)
      this.textDone = this.runTo
    }
  }

  /** Note the cursor, to come back to. */
  private save(): void {
    this.savedPi = this.pi
    this.savedOff = this.off
    this.savedPos = this.pos
    this.savedCi = this.ci
  }

  /** Come back to the noted cursor. */
  private restore(): void {
    this.pi = this.savedPi
    this.off = this.savedOff
    this.pos = this.savedPos
    this.ci = this.savedCi
  }
}

/** The rule ids of absorbed changed pieces and of the absorbing edit, each once, in order, joined with `+`. */
function joinRules(absorbed: readonly RuleId[], rule: RuleId): RuleId {
  const rules: RuleId[] = []
  for (const joined of absorbed) for (const r of joined.split('+')) if (!rules.includes(r)) rules.push(r)
  if (!rules.includes(rule)) rules.push(rule)
  return rules.join('+')
}

/** Verbatim pieces map one to one onto the source, so a slice of the text is the same slice of the span. */
function verbatimSlice(p: Piece, from: number, to: number): Piece {
  // Adapter-derived pieces (HTML text) may not be one to one; keep their span whole rather than guess.
  if (p.end - p.start !== p.text.length) return { start: p.start, end: p.end, text: p.text.slice(from, to) }
  return { start: p.start + from, end: p.start + to, text: p.text.slice(from, to) }
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
