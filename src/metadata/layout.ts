import type { Block } from '../types.js'

// A paragraph of prose: enough words that it is not a heading, menu item or caption…
const MIN_PROSE_WORDS = 20
// …and, without terminal punctuation, long enough that it is not a long headline.
const MIN_UNTERMINATED_PROSE_CHARS = 200
// Chinese counts each character as a word, and a sentence of 20 characters is already prose.
const MIN_HAN_PROSE_WORDS = 40

/**
 * Whether a block reads as article prose: many words, ending in sentence punctuation (or very long).
 * Read from the text itself, not the classifier's verdict, so the stage works before and after it.
 *
 * @param block a block (features are computed by the annotate stage; counted here when missing)
 * @returns true for a prose paragraph
 */
export function isProse(block: Block): boolean {
  const f = block.features
  const words = f?.words ?? block.text.split(' ').length
  const han = (f?.hanRatio ?? 0) > 0.5
  if (words < (han ? MIN_HAN_PROSE_WORDS : MIN_PROSE_WORDS)) return false
  return (f?.terminal ?? /[.!?。！？]$/.test(block.text)) || block.text.length >= MIN_UNTERMINATED_PROSE_CHARS
}

/**
 * The index of the first block where the article body starts: the first prose block the classifier has
 * not dropped and that is not a metadata line.
 *
 * @param blocks the document's blocks
 * @param isMetadataLine whether block `i` is wholly metadata
 * @param from the first block to look at (after a title found further down)
 * @returns the index, or -1 when no block reads as prose
 */
export function findBodyStart(blocks: readonly Block[], isMetadataLine: (i: number) => boolean, from = 0): number {
  // A short page may have no long paragraph: then the first full sentence starts the body.
  for (const test of [isProse, isSentence]) {
    for (let i = from; i < blocks.length; i++) {
      const b = blocks[i]!
      if (b.verdict === 'boilerplate' || isMetadataLine(i)) continue
      if (test(b)) return i
    }
  }
  return -1
}

// A sentence, not a heading: at least this many words before its full stop.
const MIN_SENTENCE_WORDS = 8

function isSentence(block: Block): boolean {
  const f = block.features
  return (f?.words ?? block.text.split(' ').length) >= MIN_SENTENCE_WORDS && (f?.terminal ?? /[.!?。！？]$/.test(block.text))
}
