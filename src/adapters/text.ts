import { isEdgeSpace } from '../core/chars.js'
import type { Block, Doc } from '../types.js'
import { newBlock } from '../core/block.js'

/**
 * Split a text document into blocks: one per non-blank line, trimmed, with source offsets.
 * A block after a blank line (or the first block) is marked `paragraphStart`. A line ends at LF, CRLF,
 * a lone CR, or a Unicode line/paragraph separator.
 *
 * @param doc a document whose `blocks` are empty
 * @returns the document with its blocks
 */
export function segment(doc: Doc): Doc {
  const src = doc.source
  const n = src.length
  const blocks: Block[] = []
  let blankBefore = true
  let lineStart = 0
  // The next position of each line-break character, found with the native `indexOf` and refreshed once passed.
  let lf = next(src, '\n', 0)
  let cr = next(src, '\r', 0)
  let ls = next(src, '\u2028', 0)
  let ps = next(src, '\u2029', 0)
  for (;;) {
    const end = Math.min(lf, cr, ls, ps)
    const block = lineBlock(src, lineStart, end, blocks.length, blankBefore)
    if (block === undefined) blankBefore = true
    else {
      blocks.push(block)
      blankBefore = false
    }
    if (end >= n) break
    lineStart = end === cr && lf === end + 1 && lf < n ? end + 2 : end + 1
    if (lf < lineStart) lf = next(src, '\n', lineStart)
    if (cr < lineStart) cr = next(src, '\r', lineStart)
    if (ls < lineStart) ls = next(src, '\u2028', lineStart)
    if (ps < lineStart) ps = next(src, '\u2029', lineStart)
  }
  return { ...doc, blocks }
}
segment.id = 'segment'

/** Offset of the next `ch` at or after `from`, or the text's length when there is none. */
function next(src: string, ch: string, from: number): number {
  const i = src.indexOf(ch, from)
  return i < 0 ? src.length : i
}

/**
 * The block of one line `src[from, to)`, trimmed with JavaScript's white space (as `String.prototype.trim()`,
 * so segment and replay agree) except U+FEFF, which normalisation removes and reports; `undefined` when blank.
 */
function lineBlock(src: string, from: number, to: number, index: number, paragraphStart: boolean): Block | undefined {
  let a = from
  while (a < to && isEdgeSpace(src.charCodeAt(a))) a++
  let b = to
  while (b > a && isEdgeSpace(src.charCodeAt(b - 1))) b--
  if (a === b) return undefined
  const text = src.slice(a, b)
  const pieces = [{ start: a, end: b, text }]
  return newBlock(index, a, b, text, pieces, paragraphStart ? true : undefined)
}
