import { load } from 'cheerio/slim'
import type { AnyNode, Element } from 'domhandler'
import type { Block, Piece, Removal } from '../../types.js'
import { newBlock, withJoinNext } from '../../core/block.js'
import { isOneToOne, verbatimSlice } from '../../core/edit.js'
import { buildBlocks } from './blocks.js'
import { isElement, PARSE_OPTIONS, spanOf } from './dom.js'
import { dropRule, LEVELS, neverTextRule, pageStats, type Level } from './prune.js'

/**
 * An `articleBody` written in HTML, read: its paragraphs and the elements it drops, with offsets into the
 * page. A piece as long as its span is its source text: a lone line break or tab, which HTML reads as a
 * space, can only come from a JSON escape (JSON has no raw control characters), a piece spanning the escape.
 */
export interface MarkupBody {
  /** Body blocks, one per paragraph-like element, heading, list item, `<br><br>` or blank line. */
  readonly blocks: readonly Block[]
  /** The elements it drops (`script`, `iframe`, a caption, a box named `related`), each under its rule. */
  readonly removed: readonly Removal[]
}

/** How the markup is pruned: with the heuristics of one of the DOM extraction's levels, and the rules left on. */
export interface MarkupPruning {
  readonly level: Level
  /** Whether a rule id is on (the user's `disable` option); never-text rules always are. */
  readonly enabled: (rule: string) => boolean
}

/** The DOM extraction's strict level with every rule on. */
export const STRICT_PRUNING: MarkupPruning = Object.freeze({ level: LEVELS[0]!, enabled: () => true })

/**
 * Read a decoded `articleBody` that holds HTML markup as the DOM path reads a page's content: parsed with
 * cheerio, one block per paragraph-like element, heading, list item or table row, two `<br>` starting a
 * new one, elements dropped as the DOM extraction drops them inside its content (`dropRule`: never-text
 * elements, and at the strict level captions, furniture and boilerplate names). A blank line in the text (a run of white space with two
 * line breaks, outside `pre`) also starts a new paragraph: such bodies often keep the paragraphs of the
 * post as it was typed and mark up only links and emphasis. Offsets are mapped through `map` to the page.
 *
 * @param markup the decoded string, HTML
 * @param map the string as pieces that map it to the page: runs one to one with their span, and escapes
 *   (`\u003c`, `\"`) or character references, each a piece spanning it; contiguous and in order
 * @param source the page
 * @param pruning the level whose heuristics drop elements, and the rules left on
 * @returns the blocks and the removals, offsets into `source`
 * @example readMarkupBody('<p>One.</p><p>Two.</p>', literalPieces, html).blocks.map((b) => b.text) // ['One.', 'Two.']
 */
export function readMarkupBody(markup: string, map: readonly Piece[], source: string, pruning: MarkupPruning = STRICT_PRUNING): MarkupBody {
  const root = load(markup, PARSE_OPTIONS).root()[0]!
  const at = new SourceMap(map)
  const stats = pageStats(root)
  const skip = (el: Element): string | undefined => {
    const rule = dropRule(el, pruning.level, stats)
    return rule !== undefined && (pruning.enabled(rule) || neverTextRule(el) !== undefined) ? rule : undefined
  }
  const blocks = buildBlocks([root], skip, markup)
    .flatMap((b) => (b.kind === 'pre' ? [b] : splitBlankLines(markup, b)))
    .map((b, i) => mapBlock(at, b, i))
  const removed: Removal[] = []
  const stack: AnyNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    const rule = isElement(node) ? skip(node) : undefined
    if (rule !== undefined) {
      const [s, e] = spanOf(node)
      const start = at.start(s)
      const end = e > s ? at.end(e) : start
      if (end > start) removed.push({ start, end, text: source.slice(start, end), rule })
    } else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return { blocks, removed }
}

// A run of HTML white space with two line breaks or more: a blank line.
const BLANK_LINE = /\n[\t\f\r ]*\n/

/**
 * A block cut in two or more at each run of white space read as one space whose source holds a blank line.
 * The parts keep the block's kind; the first starts at the block's start, the last ends at its end.
 */
function splitBlankLines(markup: string, b: Block): Block[] {
  const cuts: number[] = []
  b.pieces.forEach((p, i) => {
    if (p.text === ' ' && p.end - p.start > 1 && BLANK_LINE.test(markup.slice(p.start, p.end))) cuts.push(i)
  })
  if (cuts.length === 0) return [b]
  const out: Block[] = []
  let from = 0
  for (const cut of [...cuts, b.pieces.length]) {
    const pieces = trimEnds(b.pieces.slice(from, cut))
    if (pieces.length > 0) {
      const start = from === 0 ? b.start : pieces[0]!.start
      const end = cut === b.pieces.length ? b.end : pieces[pieces.length - 1]!.end
      out.push(newBlock(0, start, end, pieces.map((p) => p.text).join(''), pieces, true, b.kind))
    }
    from = cut + 1
  }
  if (out.length > 0 && b.joinNext !== undefined) out[out.length - 1] = withJoinNext(out[out.length - 1]!, b.joinNext)
  return out
}

/** Pieces without white space at either end: pieces left empty go, a one-to-one one is cut with its span. */
function trimEnds(pieces: readonly Piece[]): Piece[] {
  const out = [...pieces]
  while (out.length > 0 && out[0]!.text.trim().length === 0) out.shift()
  while (out.length > 0 && out[out.length - 1]!.text.trim().length === 0) out.pop()
  if (out.length === 0) return out
  const first = out[0]!
  const head = first.text.length - first.text.trimStart().length
  if (head > 0) out[0] = cutPiece(first, head, first.text.length)
  const last = out[out.length - 1]!
  const kept = last.text.trimEnd().length
  if (kept < last.text.length) out[out.length - 1] = cutPiece(last, 0, kept)
  return out
}

/** The text `[from, to)` of a piece: a one-to-one piece's span is cut with it, another keeps its span. */
function cutPiece(p: Piece, from: number, to: number): Piece {
  return isOneToOne(p) ? verbatimSlice(p, from, to) : { start: p.start, end: p.end, text: p.text.slice(from, to) }
}

/** A block of the markup with its span and pieces in the page, numbered `index`. */
function mapBlock(at: SourceMap, b: Block, index: number): Block {
  const start = at.start(b.start)
  const end = b.end > b.start ? at.end(b.end) : start
  const pieces: Piece[] = []
  for (const p of b.pieces) at.piece(p, pieces)
  const out = newBlock(index, start, end, b.text, pieces, true, b.kind)
  return b.joinNext === undefined ? out : withJoinNext(out, b.joinNext)
}

/** Offsets in a decoded string mapped to the page through the pieces it was decoded from. */
class SourceMap {
  /** The offset in the string of each piece's first character. */
  private readonly at: number[] = []
  private readonly length: number

  constructor(private readonly map: readonly Piece[]) {
    let n = 0
    for (const p of map) {
      this.at.push(n)
      n += p.text.length
    }
    this.length = n
  }

  /** The page offset where the string's character `k` starts (the end of the string for `k` at its length). */
  start(k: number): number {
    if (k >= this.length) return this.map.length === 0 ? 0 : this.map[this.map.length - 1]!.end
    const i = this.holding(k)
    const m = this.map[i]!
    return isOneToOne(m) ? m.start + k - this.at[i]! : m.start
  }

  /** The page offset just past the string's character `k - 1`. */
  end(k: number): number {
    if (k <= 0) return this.start(0)
    const i = this.holding(k - 1)
    const m = this.map[i]!
    return isOneToOne(m) ? m.start + k - this.at[i]! : m.end
  }

  /**
   * A piece of the string mapped to the page, into `out`. A piece one to one with its span in the string
   * is cut at the escapes and references inside it, each a piece spanning it, the rest one to one; any
   * other piece (a reference of the markup, a collapsed run of white space) spans from its first
   * character's source to its last's. Two parts of one escape are one piece.
   */
  piece(p: Piece, out: Piece[]): void {
    if (p.end === p.start || !isOneToOne(p)) {
      const start = this.start(p.start)
      out.push({ start, end: p.end > p.start ? this.end(p.end) : start, text: p.text })
      return
    }
    for (let i = this.holding(p.start); i < this.map.length && this.at[i]! < p.end; i++) {
      const m = this.map[i]!
      const lo = Math.max(p.start, this.at[i]!)
      const hi = Math.min(p.end, this.at[i]! + m.text.length)
      const text = p.text.slice(lo - p.start, hi - p.start)
      const last = out[out.length - 1]
      if (isOneToOne(m)) out.push({ start: m.start + lo - this.at[i]!, end: m.start + hi - this.at[i]!, text })
      else if (last !== undefined && last.start === m.start && last.end === m.end) out[out.length - 1] = { ...last, text: last.text + text }
      else out.push({ start: m.start, end: m.end, text })
    }
  }

  /** The index of the piece that holds the string's character `k`. */
  private holding(k: number): number {
    let lo = 0
    let hi = this.map.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.at[mid]! <= k) lo = mid
      else hi = mid - 1
    }
    return lo
  }
}
