import type { AnyNode, Element } from 'domhandler'
import type { Block, Doc, Piece, Removal } from '../../types.js'
import { collapse, isElement, spanOf } from './dom.js'
import { BLOCK_TAGS, KIND_OF } from './tags.js'
import { textPieces } from './text-pieces.js'
import { newBlock, withJoinNext } from '../../core/block.js'
import { isOneToOne, verbatimSlice } from '../../core/edit.js'

/** A block under construction. */
interface Draft {
  parts: Part[]
  text: string
  kind: string
  /** The block element the draft belongs to, while nothing else was flushed inside it. */
  owner: Element | undefined
}

/**
 * Turn content elements into blocks: one per paragraph-like element, heading, list item or table row,
 * with each text node's text cut as fine as its source allows (`textPieces`): runs of text one to one
 * with the HTML, one piece per character reference and one per collapsed run of white space, so that a
 * change inside text that is its HTML gets exact offsets and one that touches a reference spans just the
 * reference. A text node's lone tab or line break reads as a space in place, so a piece can be as long as
 * its span without being its source text (see `domDoc`); a node whose source does not read as its text
 * stays one piece spanning the node. A line break or space that the markup puts before a node's text is
 * a piece of its own, empty in the source. A block without an element of its own spans its first to last
 * text node (the whole node when it is not one to one), white space dropped at its ends included.
 * A `<br>` becomes a line break inside the block; two in a row start a new block. Rows of a data table
 * are joined by line breaks (`joinNext`, rule `html/table-row`).
 *
 * @param roots the content elements, in document order
 * @param skip the rule that drops an element, or undefined to keep it
 * @param source the HTML the roots were parsed from, with start and end indices
 * @returns the blocks, in document order
 * @example buildBlocks([root], neverTextRule, html)
 */
export function buildBlocks(roots: readonly AnyNode[], skip: (el: Element) => string | undefined, source: string): Block[] {
  const blocks: Block[] = []
  let draft: Draft = { parts: [], text: '', kind: 'paragraph', owner: undefined }
  // What to put before the next text: nothing, a space (between table cells) or line breaks (from <br>).
  let breaks = 0
  let space = false
  let preDepth = 0
  const kinds: string[] = []
  // Which table each row block belongs to, so rows of one table are laid out as lines.
  const tables: number[] = []
  let tableCount = 0
  const rowTable = new Map<number, number>()

  const flush = (span?: [number, number]): void => {
    breaks = 0
    space = false
    const parts = trimParts(draft.parts)
    const kind = inherited(kinds)
    if (parts.length > 0) {
      const text = parts.map((p) => p.piece.text).join('')
      const start = span?.[0] ?? parts[0]!.piece.start
      const end = span?.[1] ?? parts[parts.length - 1]!.piece.end
      if (draft.kind === 'table-row' && tables.length > 0) rowTable.set(blocks.length, tables[tables.length - 1]!)
      blocks.push(newBlock(blocks.length, start, end, text, parts.flatMap((p) => finerPieces(source, p)), true, draft.kind))
    }
    draft = { parts: [], text: '', kind, owner: undefined }
  }

  const addText = (start: number, end: number, raw: string): void => {
    const text = preDepth > 0 ? raw : collapse(raw)
    const empty = draft.text.length === 0
    const t = preDepth === 0 && (empty || draft.text.endsWith(' ') || draft.text.endsWith('\n') || breaks > 0) ? text.trimStart() : text
    if (t.length === 0) return
    // Text one to one with its span (no reference decoded, no run of white space collapsed) keeps exact
    // offsets when its leading space is dropped.
    const oneToOne = isOneToOne({ start, end, text })
    const from = oneToOne ? start + text.length - t.length : start
    let separator = ''
    if (!empty && breaks > 0) separator = '\n'
    else if (!empty && space && !draft.text.endsWith(' ')) separator = ' '
    breaks = 0
    space = false
    // The markup's line break or space is a piece of its own, empty in the source at the node's start:
    // inside the node's piece it would shift the node's text by a character against its span.
    if (separator.length > 0) draft.parts.push({ piece: { start: from, end: from, text: separator }, node: undefined })
    // Not one to one: cut finer against the source once the block's ends are trimmed.
    const node = oneToOne ? undefined : { data: raw, pre: preDepth > 0, head: text.length - t.length }
    draft.parts.push({ piece: { start: from, end, text: t }, node })
    draft.text += separator + t
  }

  const stack: Array<[AnyNode, boolean]> = []
  for (let i = roots.length - 1; i >= 0; i--) stack.push([roots[i]!, false])
  while (stack.length > 0) {
    const [node, exit] = stack.pop()!
    if (node.type === 'text') {
      const [s, e] = spanOf(node)
      addText(s, e, node.data)
      continue
    }
    if (!isElement(node)) {
      // The document root and CDATA hold nodes too; comments and directives hold no text.
      if (!exit && 'children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, false])
      continue
    }
    const tag = node.name
    if (exit) {
      if (tag === 'pre') preDepth--
      if (tag === 'table') tables.pop()
      if (tag in KIND_OF) kinds.pop()
      if (BLOCK_TAGS.has(tag) && !(tag === 'td' || tag === 'th') || tag === 'tr') flush(draft.owner === node ? spanOf(node) : undefined)
      continue
    }
    if (skip(node) !== undefined) continue
    if (tag === 'br') {
      if (breaks > 0 && preDepth === 0) flush()
      else if (draft.text.length > 0) breaks++
      continue
    }
    if (tag === 'td' || tag === 'th') space = true
    if (BLOCK_TAGS.has(tag) && !((tag === 'td' || tag === 'th') && draft.kind === 'table-row')) {
      flush()
      draft.owner = node
    }
    const kind = KIND_OF[tag]
    if (kind !== undefined) {
      kinds.push(kind)
      draft.kind = kind
    } else if (BLOCK_TAGS.has(tag) && draft.kind === 'table-row' && tag !== 'td' && tag !== 'th') draft.kind = inherited(kinds)
    if (tag === 'pre') preDepth++
    if (tag === 'table') tables.push(tableCount++)
    stack.push([node, true])
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, false])
  }
  flush()
  return joinRows(blocks, rowTable)
}

/** Rows of one table are lines of one paragraph: join each to the next row of its table with a line break. */
function joinRows(blocks: Block[], rowTable: ReadonlyMap<number, number>): Block[] {
  return blocks.map((b, i) => {
    const table = rowTable.get(i)
    return table !== undefined && rowTable.get(i + 1) === table ? withJoinNext(b, ROW_JOIN) : b
  })
}

const ROW_JOIN = Object.freeze({ text: '\n', rule: 'html/table-row' })

/**
 * The kind a plain block (a `p` or `div`) takes from the elements around it: a paragraph inside a quote
 * or a list item is part of it; one inside a table cell is a paragraph of a layout table.
 */
function inherited(kinds: readonly string[]): string {
  const top = kinds[kinds.length - 1]
  return top === 'quote' || top === 'list-item' || top === 'pre' ? top : 'paragraph'
}

/**
 * Drop white space at both ends of a block, and parts left empty by it. A piece one to one with its span
 * is cut in the source too, so its offsets stay exact; a text node's piece that is not keeps its span, and
 * its node counts the characters dropped at its start.
 */
function trimParts(parts: readonly Part[]): Part[] {
  const out = [...parts]
  while (out.length > 0) {
    const first = out[0]!
    const t = first.piece.text.trimStart()
    if (t.length > 0) {
      const cut = first.piece.text.length - t.length
      if (cut > 0) out[0] = isOneToOne(first.piece) ? { piece: { ...first.piece, start: first.piece.start + cut, text: t }, node: first.node } : retext(first, t, cut)
      break
    }
    out.shift()
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!
    const t = last.piece.text.trimEnd()
    if (t.length > 0) {
      const tail = last.piece.text.length - t.length
      if (tail > 0) out[out.length - 1] = isOneToOne(last.piece) ? { piece: { ...last.piece, end: last.piece.end - tail, text: t }, node: last.node } : retext(last, t, 0)
      break
    }
    out.pop()
  }
  return out
}

/** What a text node's piece that is not one to one with its span was made from, to cut it finer. */
interface NodeText {
  /** The node's text as the parser decoded it. */
  readonly data: string
  /** Whether its white space was kept (inside `pre`) rather than collapsed. */
  readonly pre: boolean
  /** How many characters of its text were dropped at its start. */
  readonly head: number
}

/** A piece of a draft block: a separator, or a text node's text as the block reads it, with what it was made from when it is not one to one. */
interface Part {
  readonly piece: Piece
  readonly node: NodeText | undefined
}

/** A part that is not one to one, with less text: `cut` characters fewer at its start, the rest at its end. */
function retext(part: Part, text: string, cut: number): Part {
  const node = part.node === undefined || cut === 0 ? part.node : { ...part.node, head: part.node.head + cut }
  return { piece: { ...part.piece, text }, node }
}

/** A part's piece, or for a text node that is not one to one its pieces as fine as its source allows (`textPieces`). */
function finerPieces(source: string, part: Part): Piece[] {
  return (part.node === undefined ? undefined : nodePieces(source, part.piece, part.node)) ?? [part.piece]
}

/** A text node's piece cut finer: its node's pieces without the characters dropped at either end. */
function nodePieces(source: string, p: Piece, node: NodeText): Piece[] | undefined {
  const all = textPieces(source, p.start, p.end, node.data, node.pre)
  if (all === undefined) return undefined
  const out: Piece[] = []
  let pos = 0
  const to = node.head + p.text.length
  for (const f of all) {
    const len = f.text.length
    const from = Math.max(pos, node.head)
    const until = Math.min(pos + len, to)
    if (until > from) out.push(from === pos && until === pos + len ? f : slicePiece(f, from - pos, until - pos))
    pos += len
  }
  // The node's text is the piece's with its ends: anything else and the piece stays whole.
  let at = 0
  for (const f of out) {
    if (!p.text.startsWith(f.text, at)) return undefined
    at += f.text.length
  }
  return at === p.text.length ? out : undefined
}

/** The text `[from, to)` of a piece: a one-to-one piece's span is cut with it, another keeps its span. */
function slicePiece(p: Piece, from: number, to: number): Piece {
  return isOneToOne(p) ? verbatimSlice(p, from, to) : { start: p.start, end: p.end, text: p.text.slice(from, to) }
}

/**
 * The document of blocks `buildBlocks` made. It is marked `spacesCollapsed`: a text node's lone tab or
 * line break reads as a space, so a piece can be as long as its span without being its source text, and
 * no block may be read in the source in place of its text.
 *
 * @param source the decoded HTML
 * @param blocks the blocks
 * @param removed removals outside the blocks (the dropped elements)
 * @param warnings the warnings so far
 * @returns the document, ready for the stages
 * @example domDoc(html, buildBlocks(roots, skip, html), [], [])
 */
export function domDoc(source: string, blocks: readonly Block[], removed: readonly Removal[], warnings: readonly string[]): Doc {
  return { source, blocks, metadata: {}, removed, warnings, spacesCollapsed: true }
}
