import type { BlockRule } from '../core/rule.js'
import type { Block } from '../types.js'
import { isLatinLetter, isLower } from './chars.js'

/** Structural kinds that end where they end, whatever their last character: never joined. */
const FIXED_KINDS: ReadonlySet<string> = new Set(['heading', 'list-item', 'table-row', 'pre'])
/** Sentence-final punctuation, and the closing quotes or brackets that may follow it. */
const TERMINAL: ReadonlySet<string> = new Set(['.', '!', '?', '。', '！', '？', '…'])
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '”', '’', ')', '）'])
/** A fragment shorter than this many words is a label or a heading, not half a sentence. */
const MIN_WORDS_BEFORE = 4

function countWords(s: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const letter = isLatinLetter(s.charCodeAt(i))
    if (letter && !inWord) n++
    inWord = letter
  }
  return n
}

/**
 * Whether `b` ends mid-sentence: on a comma or a lower-case word (`director of`, `the meeting on`), after
 * enough words to be a sentence's start. A capitalised last word is a name or a label (`reporter:Li Yannan`).
 */
function endsMidSentence(b: Block): boolean {
  const t = b.text
  let k = t.length
  if (t.charCodeAt(k - 1) === 0x2c) k--
  const end = k
  while (k > 0 && isLatinLetter(t.charCodeAt(k - 1))) k--
  // The last word is a plain lower-case word after a space, not a file name, URL or code (`README.md`).
  if (k === end || (k > 0 && t.charCodeAt(k - 1) !== 0x20) || (end === t.length && !allLower(t, k, end))) return false
  return countWords(t) >= MIN_WORDS_BEFORE
}

/** Whether the next block completes a sentence: it ends in terminal punctuation. */
function endsSentence(b: Block): boolean {
  let i = b.text.length - 1
  while (i >= 0 && CLOSERS.has(b.text[i]!)) i--
  return i >= 0 && TERMINAL.has(b.text[i]!)
}

function allLower(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isLower(s.charCodeAt(i))) return false
  return true
}

/**
 * Whether a text can end mid-sentence (see `endsMidSentence`), by its last two characters: it ends on a
 * lower-case ASCII letter, or on a Latin letter and a comma. The cheap test before the rule runs.
 *
 * @param t the block's text
 * @returns false when the block certainly does not end mid-sentence
 */
export function mayEndMidSentence(t: string): boolean {
  const last = t.charCodeAt(t.length - 1)
  if (last >= 0x61 && last <= 0x7a) return true
  return last === 0x2c && isLatinLetter(t.charCodeAt(t.length - 2))
}

/**
 * Join a paragraph split mid-sentence to the next one (`director of` ⏎⏎ `the State Council` →
 * `director of the State Council`): the block ends on a letter or comma without terminal punctuation and the
 * next block, adjacent in the source, starts with a lower-case letter and ends a sentence. Real paragraph breaks stay. The
 * join is recorded on the block as `joinNext`; the assembler reports the replaced line break as a change.
 */
export const splitParagraph: BlockRule = {
  id: 'repair/split-paragraph',
  description: 'Join a paragraph that ends mid-sentence to the next one when that one starts in lower case.',
  // A block that ends mid-sentence ends on a lower-case letter, or on a Latin letter and a comma.
  trigger: /[a-z]$|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff],$/,
  apply: (block, _ctx, doc) => {
    if (block.joinNext !== undefined || (block.kind !== undefined && FIXED_KINDS.has(block.kind))) return block
    const next = doc.blocks[block.index + 1]
    if (next === undefined || next.verdict !== 'body' || next.paragraphStart !== true || next.start < block.end) return block
    if (next.kind !== undefined && FIXED_KINDS.has(next.kind)) return block
    if (!isLower(next.text.charCodeAt(0)) || !endsMidSentence(block) || !endsSentence(next)) return block
    return { ...block, joinNext: { text: ' ', rule: splitParagraph.id } }
  },
}
