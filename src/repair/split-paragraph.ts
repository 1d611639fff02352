import { withJoinNext } from '../core/block.js'
import type { BlockRule } from '../core/rule.js'
import type { Block, Doc } from '../types.js'
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

/** Whether a block's kind ends where it ends (a heading, a list item, a table row, preformatted text). */
function fixedKind(b: Block): boolean {
  return b.kind !== undefined && FIXED_KINDS.has(b.kind)
}

/**
 * Whether the layout allows joining `a` to `b`, the block after it: `b` is body text adjacent in the source,
 * starting in lower case, after a paragraph break (or any line break when `lines`), neither block of a fixed
 * kind, and `a` not joined already by another rule.
 */
function linkable(a: Block, b: Block | undefined, lines: boolean): boolean {
  return (
    b !== undefined &&
    a.joinNext === undefined &&
    b.verdict === 'body' &&
    (lines || b.paragraphStart === true) &&
    b.start >= a.end &&
    !fixedKind(a) &&
    !fixedKind(b) &&
    isLower(b.text.charCodeAt(0))
  )
}

/**
 * Per document and layout, whether the block at each index completes a sentence (1) or not (2), 0 while
 * unknown: a block completes one when it ends in terminal punctuation, or when it is itself joined to the
 * next and that one completes it. Filled as the rule walks forward, so a document costs one walk in all.
 */
const COMPLETES: Record<'lines' | 'paragraphs', WeakMap<Doc, Uint8Array>> = { lines: new WeakMap(), paragraphs: new WeakMap() }

/** Whether the block at `from` completes a sentence, joined to the blocks after it as the rule would join them. */
function completesSentence(doc: Doc, from: number, lines: boolean): boolean {
  const cache = COMPLETES[lines ? 'lines' : 'paragraphs']
  let memo = cache.get(doc)
  if (memo === undefined) {
    memo = new Uint8Array(doc.blocks.length)
    cache.set(doc, memo)
  }
  // Walk forward to the first block whose answer is known or settled by itself, then fill in backwards.
  let j = from
  let answer: boolean
  for (;;) {
    if (memo[j] !== 0) {
      answer = memo[j] === 1
      break
    }
    const b = doc.blocks[j]!
    if (endsSentence(b)) {
      answer = true
      break
    }
    if (!linkable(b, doc.blocks[j + 1], lines) || !endsMidSentence(b)) {
      answer = false
      break
    }
    j++
  }
  for (let k = j; k >= from; k--) memo[k] = answer ? 1 : 2
  return answer
}

/**
 * Whether `block` (its current text) is joined to the next block of `doc`: it ends mid-sentence, the layout
 * allows the join, and the next block completes the sentence, alone or joined on to the blocks after it. A
 * chain of split lines is joined whole, so that a second run finds nothing left to join.
 */
function joinsNext(block: Block, doc: Doc, lines: boolean): boolean {
  const i = block.index
  return linkable(block, doc.blocks[i + 1], lines) && endsMidSentence(block) && completesSentence(doc, i + 1, lines)
}

/** The rule with its layout: `lines` when every block is laid out as a paragraph of its own (`clean()`). */
function splitParagraphRule(lines: boolean): BlockRule {
  const rule: BlockRule = {
    id: 'repair/split-paragraph',
    description: 'Join a paragraph that ends mid-sentence to the next one when that one starts in lower case.',
    // A block that ends mid-sentence ends on a lower-case letter, or on a Latin letter and a comma.
    trigger: /[a-z]$|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff],$/,
    apply: (block, _ctx, doc) => (joinsNext(block, doc, lines) ? withJoinNext(block, { text: ' ', rule: rule.id }) : block),
  }
  return rule
}

/**
 * Join a paragraph split mid-sentence to the next one (`director of` ⏎⏎ `the State Council` →
 * `director of the State Council`): the block ends on a letter or comma without terminal punctuation and the
 * next block, adjacent in the source after a blank line, starts with a lower-case letter and ends a sentence,
 * alone or joined on to the blocks after it. Real paragraph breaks stay, and so do single line breaks: this
 * is the rule of `repair()`, which keeps the line layout. The join is recorded on the block as `joinNext`;
 * the assembler reports the replaced line break as a change.
 */
export const splitParagraph: BlockRule = splitParagraphRule(false)

/**
 * `splitParagraph` for a body laid out one block per paragraph, as `clean()` lays it out: a single line
 * break is a paragraph break there too, so a sentence split by one is joined as well (otherwise cleaning the
 * result would join it then). Same rule id.
 */
export const splitParagraphAcrossLines: BlockRule = splitParagraphRule(true)
