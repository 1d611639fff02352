import type { Block, Doc } from '../types.js'

/** The block was not found by the scan: test its text on its own (not verbatim, or out of source order). */
export const UNKNOWN = 0
/** A verbatim block in which the scan found no match. */
export const NO_HIT = 1
/** A verbatim block in which a match starts. */
export const HIT = 2

/**
 * Whether a block's text is its source span as it stands: one piece without a rule, spanning the block, as
 * long as its span (the one-to-one test `editBlock` uses), in a document whose adapter collapsed no white
 * space. Text input gives such blocks until a stage edits them. HTML text nodes do not: decoding entities
 * and collapsing runs of white space shorten them, and a lone tab or line break read as a space keeps its
 * length but not its character (`spacesCollapsed`).
 *
 * @param doc the document the block belongs to
 * @param b the block
 * @returns true when `b.text === doc.source.slice(b.start, b.end)` is known without comparing
 */
export function isVerbatim(doc: Doc, b: Block): boolean {
  if (doc.spacesCollapsed === true) return false
  const p = b.pieces
  if (p.length !== 1) return false
  const only = p[0]!
  return only.rule === undefined && only.start === b.start && only.end === b.end && b.text.length === b.end - b.start
}

/**
 * Which blocks hold a match of `re`, found by one native scan of the whole source instead of a test per
 * block: `HIT` or `NO_HIT` for the verbatim blocks in source order, `UNKNOWN` for the others, which the
 * caller tests on their own. A match counts for the block its first character falls in.
 *
 * @param doc the document
 * @param re a global regular expression (its `lastIndex` is reset)
 * @returns a flag per block
 */
export function scanSource(doc: Doc, re: RegExp): Uint8Array {
  const blocks = doc.blocks
  const out = new Uint8Array(blocks.length)
  // No block is verbatim: each is tested alone, and the source is not scanned.
  if (doc.spacesCollapsed === true) return out
  let prevEnd = 0
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    // A hit is mapped to the block around it by walking forward, so only blocks in source order take part.
    if (b.start < prevEnd || b.end === b.start || !isVerbatim(doc, b)) continue
    out[i] = NO_HIT
    prevEnd = b.end
  }
  const src = doc.source
  re.lastIndex = 0
  let j = 0
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    const at = m.index
    while (j < blocks.length && (out[j] === UNKNOWN || blocks[j]!.end <= at)) j++
    if (j === blocks.length) break
    const b = blocks[j]!
    if (b.start > at) {
      // A match between blocks (indentation, a line's trailing space): go on from the next block.
      re.lastIndex = b.start
      continue
    }
    out[j] = HIT
    // One match is enough for the block: go on after it.
    re.lastIndex = b.end
  }
  return out
}
