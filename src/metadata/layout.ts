import { computeFeatures } from '../annotate/features.js'
import { UNTERMINATED_GOOD_FACTOR } from '../boilerplate/thresholds.js'
import type { Block, BlockFeatures } from '../types.js'
import { overlapWith, wordSet } from './text.js'

// A paragraph of prose: enough words that it is not a heading, menu item or caption…
const MIN_PROSE_WORDS = 20
// …and, without terminal punctuation, long enough that it is not a long headline.
const MIN_UNTERMINATED_PROSE_CHARS = 200
// …or so many words that no headline runs as long, the classifier's factor (`UNTERMINATED_GOOD_FACTOR`)
// times the words of prose: Thai and Lao paragraphs end in no punctuation, and their words are dense
// (`UNSPACED_CHARS_PER_WORD`), so 200 characters is a long paragraph there.
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
  const f = featuresOf(block)
  const words = f.words
  if (words < (f.hanRatio > 0.5 ? MIN_HAN_PROSE_WORDS : MIN_PROSE_WORDS)) return false
  return f.terminal || block.text.length >= MIN_UNTERMINATED_PROSE_CHARS || words >= UNTERMINATED_GOOD_FACTOR * MIN_PROSE_WORDS
}

/**
 * A block's features: the annotate stage's, or counted here for a block a user's own pipeline left
 * unannotated, so that words and sentence ends are read the same way (every script's full stops).
 */
function featuresOf(block: Block): BlockFeatures {
  return block.features ?? computeFeatures(block.text)
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
  // The words of body paragraphs, split once however many dropped paragraphs are compared with them.
  let words: Map<number, ReadonlySet<string>> | undefined
  // A short page may have no long paragraph: then the first full sentence starts the body.
  for (const test of BODY_TESTS) {
    for (let i = from; i < blocks.length; i++) {
      const b = blocks[i]!
      // The text test first: whether a line is metadata may take more reading.
      if (!test(b) || isMetadataLine(i)) continue
      if (b.verdict !== 'boilerplate' || repeatsBody(blocks, i, (words ??= new Map()))) return i
    }
  }
  return -1
}

// How far below a dropped paragraph the body paragraph it repeats may sit.
const MAX_REPEAT_DISTANCE = 4
// Share of words a dropped paragraph shares with a body paragraph to count as its repeat.
const MIN_REPEAT_OVERLAP = 0.5

/**
 * A paragraph the classifier dropped as a repeat of the lead (the standfirst printed twice) is still
 * where the article starts: it shares most words with a body paragraph just below.
 */
function repeatsBody(blocks: readonly Block[], at: number, words: Map<number, ReadonlySet<string>>): boolean {
  for (let i = at + 1; i < blocks.length && i <= at + MAX_REPEAT_DISTANCE; i++) {
    const b = blocks[i]!
    if (b.verdict !== 'body' || !isProse(b)) continue
    let set = words.get(i)
    if (set === undefined) {
      set = wordSet(b.text)
      words.set(i, set)
    }
    return overlapWith(blocks[at]!.text, set) >= MIN_REPEAT_OVERLAP
  }
  return false
}

/**
 * Where the lines after a lead printed twice end: when the paragraph at `at` is printed again a few blocks
 * below, one of its two prints dropped as a copy (the standfirst printed twice), the lines between it and
 * the next prose paragraph (a dateline, a byline) stand where a header does; they end at that paragraph.
 * Otherwise -1.
 *
 * @param blocks the document's blocks
 * @param at the body start
 * @returns the index of the next prose paragraph after the lead, or -1
 */
export function leadHeaderEnd(blocks: readonly Block[], at: number): number {
  const lead = blocks[at]
  if (lead === undefined || !isProse(lead)) return -1
  let next = -1
  for (let i = at + 1; i < blocks.length && i <= at + MAX_REPEAT_DISTANCE; i++) {
    const b = blocks[i]!
    if (!isProse(b)) continue
    if (next < 0) next = i
    // A copy: one of the two prints went, and the later holds most of the lead's words.
    if ((b.verdict === 'body') === (lead.verdict === 'body')) continue
    if (overlapWith(lead.text, wordSet(b.text)) >= MIN_REPEAT_OVERLAP) return next
  }
  return -1
}

// What starts the body, tried in turn: a prose paragraph, else a full sentence.
const BODY_TESTS: readonly ((block: Block) => boolean)[] = [isProse, isSentence]

// A sentence, not a heading: at least this many words before its full stop.
const MIN_SENTENCE_WORDS = 8

/**
 * Whether a block reads as a sentence: enough words before a sentence-final mark.
 *
 * @param block a block
 * @returns true for a sentence
 */
export function isSentence(block: Block): boolean {
  const f = featuresOf(block)
  return f.words >= MIN_SENTENCE_WORDS && f.terminal
}
