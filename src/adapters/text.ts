import { trimSpan } from '../core/chars.js'
import { blockFromSpan } from '../core/edit.js'
import type { Block, Doc } from '../types.js'

// A line ends at LF, CRLF, a lone CR, or a Unicode line/paragraph separator.
const LINE_END = /\r\n?|[\n\u2028\u2029]/g

/**
 * Split a text document into blocks: one per non-blank line, trimmed, with source offsets.
 * A block after a blank line (or the first block) is marked `paragraphStart`.
 *
 * @param doc a document whose `blocks` are empty
 * @returns the document with its blocks
 */
export function segment(doc: Doc): Doc {
  const src = doc.source
  const blocks: Block[] = []
  let lineStart = 0
  let blankBefore = true
  const addLine = (from: number, to: number): void => {
    // Trimmed with JavaScript's white space, the same as String.prototype.trim(), so segment and replay agree.
    const [a, b] = trimSpan(src, from, to)
    if (a === b) {
      blankBefore = true
      return
    }
    const block = blockFromSpan(src, blocks.length, a, b)
    blocks.push(blankBefore ? { ...block, paragraphStart: true } : block)
    blankBefore = false
  }
  LINE_END.lastIndex = 0
  for (let m = LINE_END.exec(src); m !== null; m = LINE_END.exec(src)) {
    addLine(lineStart, m.index)
    lineStart = m.index + m[0].length
  }
  addLine(lineStart, src.length)
  return { ...doc, blocks }
}
segment.id = 'segment'
