/**
 * The cheap test for English prose that the foreign-paragraph repair runs before the statistical detector:
 * the share of function words among the words at a paragraph's start.
 */

import { ENGLISH_FUNCTION_WORDS, GLUE_PREFIX_WORDS, GLUE_SUFFIX_WORDS } from '../lexicon/repair/function-words.js'
import { rankOfRanges } from '../lexicon/repair/words.js'
import { asciiWordCode } from '../core/chars.js'
import { isLatinLetter, isLower, isUpper } from './chars.js'
import { protectedMask } from './protect.js'

/**
 * Share of an English paragraph's words that are among `ENGLISH_FUNCTION_WORDS`; a Latin paragraph at or above
 * it is taken as English without running the detector. English prose sits near 0.23, and above 0.1 in 19
 * paragraphs of 20, name-heavy news included; prose in another Latin-script language has at most one such
 * word (an English name or title: `Digital Imaging and Communications`), 0.03 or less.
 */
const ENGLISH_FUNCTION_SHARE = 0.04
/**
 * Function words a paragraph needs at least, whatever their share: one English word in a short run of long
 * German compounds would otherwise make the share.
 */
const MIN_FUNCTION_HITS = 2
/** Characters of a paragraph the English check reads: a few sentences settle it. */
export const ENGLISH_SAMPLE = 400
/** Longest word the packed code below holds: 27^5 stays a small integer. */
export const MAX_PACKED = 5

/**
 * A word of at most `MAX_PACKED` ASCII letters, case folded, as one integer (base 27, letters 1–26), so the
 * function-word test needs no slice and no `toLowerCase`; -1 for anything else. It equals the word list's
 * hash of such a word (`wordHashStep`), so a scan that hashes words has the code for free.
 *
 * @param s the text
 * @param a start of the word
 * @param b end of the word
 * @returns the code, or -1
 */
export function packWord(s: string, a: number, b: number): number {
  return asciiWordCode(s, a, b, MAX_PACKED)
}

/** Slots of the function-word table: a power of two, a few times the number of words, so probes stay short. */
const FUNCTION_SLOTS = 256
/** Packed codes of the function words by a multiplicative hash, linear probing; 0 marks an empty slot (no code is 0). */
const FUNCTION_TABLE: Int32Array = (() => {
  const t = new Int32Array(FUNCTION_SLOTS)
  for (const w of ENGLISH_FUNCTION_WORDS) {
    const code = packWord(w, 0, w.length)
    let k = functionSlot(code)
    while (t[k] !== 0) k = (k + 1) & (FUNCTION_SLOTS - 1)
    t[k] = code
  }
  return t
})()

/** Home slot of a packed code in `FUNCTION_TABLE`. */
function functionSlot(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> 24
}

/**
 * Whether a packed code is one of `ENGLISH_FUNCTION_WORDS`.
 *
 * @param code a packed word (a positive integer), or -1
 * @returns true for a function word
 */
export function isFunctionCode(code: number): boolean {
  if (code <= 0) return false
  for (let k = functionSlot(code); ; k = (k + 1) & (FUNCTION_SLOTS - 1)) {
    const v = FUNCTION_TABLE[k]!
    if (v === code) return true
    if (v === 0) return false
  }
}

/**
 * Whether counts of words and function words read as English prose.
 *
 * @param words words among a paragraph's first `ENGLISH_SAMPLE` characters
 * @param hits how many of them are function words
 * @returns true when there are `MIN_FUNCTION_HITS` function words and their share reaches `ENGLISH_FUNCTION_SHARE`
 */
export function englishShare(words: number, hits: number): boolean {
  return hits >= MIN_FUNCTION_HITS && hits / words >= ENGLISH_FUNCTION_SHARE
}

/**
 * Whether counts taken part way through a paragraph's sample already settle `englishShare` as true: the
 * share holds even if every character left in the sample made a word of its own (at most one per two
 * characters) that is no function word. A scan may stop counting there.
 *
 * @param words words counted so far
 * @param hits function words among them
 * @param left characters of the sample after the last counted word
 * @returns true when `englishShare` of the final counts is certainly true, and so is that of these counts
 */
export function englishShareSettled(words: number, hits: number, left: number): boolean {
  return hits >= MIN_FUNCTION_HITS && hits / (words + ((left + 1) >> 1)) >= ENGLISH_FUNCTION_SHARE
}

/**
 * Whether a Latin-script paragraph has the function words of English prose: at least
 * `ENGLISH_FUNCTION_SHARE` of the words (Latin-letter runs) of its first `ENGLISH_SAMPLE` characters are
 * function words. The scan stops as soon as the share is reached even if every character left made a word
 * of its own, which in English prose is a third of the way in.
 *
 * @param text the paragraph
 * @returns true for English prose
 */
export function looksEnglish(text: string): boolean {
  let words = 0
  let hits = 0
  let start = -1
  // Packed code of the word being read, -1 once it is too long or has a letter outside ASCII.
  let code = 0
  const n = Math.min(text.length, ENGLISH_SAMPLE)
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0
    const letter = i < n && isLatinLetter(c)
    if (letter) {
      if (start < 0) {
        start = i
        code = 0
      }
      if (code >= 0) {
        const l = c | 0x20
        code = i - start >= MAX_PACKED || l < 0x61 || l > 0x7a ? -1 : code * 27 + (l - 0x60)
      }
      continue
    }
    if (start < 0) continue
    words++
    start = -1
    if (!isFunctionCode(code)) continue
    hits++
    // Every word still to come (at most one per two characters) could be no function word: if the share
    // holds even then, it holds.
    if (englishShareSettled(words, hits, n - i)) return true
  }
  return englishShare(words, hits)
}

/**
 * Shortest lower-case word `hasEnglishWords` counts. Shorter words are no evidence: the English list, counted
 * from subtitles, holds the short function words of many languages (`de`, `la`, `het`, `ng`, `van`, `die`).
 */
const MIN_COUNTED_WORD = 4
/**
 * A counted word is an English word when its rank in the English list is below this (about five uses in
 * 51 million words, as glued-words' `COMMON_RANK`): rarer entries are often foreign words from subtitles.
 */
const ENGLISH_WORD_RANK = 40_000
/**
 * Share of a paragraph's counted words that must be English words, more than this, for the word repairs to
 * trust it. Measured: the 15 paragraphs of the benchmark pages, corpus and generated mixed pages where a word
 * repair fires sit at 0.94 or above; 65 short sentences without accents in Spanish, Portuguese, Italian,
 * Indonesian, German, Dutch, Tagalog, French, Swedish and Polish at 0.5 or below. Of 9,626 lines of English
 * pages, 142 fail `hasEnglishWords` (labels, user names, headlines of one to three counted words such as
 * `sign up for newsletters`, and quoted foreign lines); none had a word repair.
 */
const MAX_FOREIGN_WORD_SHARE = 0.5

const NO_OFFSETS: readonly number[] = []

/** A Latin-1 capital (`À`–`Þ`): with `isUpper`, what makes a run no lower-case word. */
function isLatin1Upper(c: number): boolean {
  return c >= 0xc0 && c <= 0xde && c !== 0xd7
}

/**
 * Whether the unlisted lower-case run `s[a, b)` has the shape the glued-word repair splits (a glue word and
 * three letters or more): it is what the repair asks about, not evidence either way.
 */
function glueShaped(s: string, a: number, b: number): boolean {
  for (const p of GLUE_PREFIX_WORDS) if (b - a - p.length >= 3 && s.startsWith(p, a)) return true
  for (const q of GLUE_SUFFIX_WORDS) if (b - a - q.length >= 3 && s.endsWith(q, b)) return true
  return false
}

/**
 * The counts `hasEnglishWords` reads: a paragraph's lower-case words of `MIN_COUNTED_WORD` letters or more,
 * leaving out words inside URLs and code, unlisted words of the glued shape and the words on either side of
 * a space in `around`, and how many of them are common English words.
 *
 * @param text the paragraph
 * @param around offsets of spaces, ascending (the broken-word joins): the words they separate are not counted
 * @returns `[counted, english]`
 */
export function englishWordCounts(text: string, around: readonly number[] = NO_OFFSETS): [number, number] {
  let next = 0
  let counted = 0
  let english = 0
  let mask: Uint8Array | undefined | null = null
  for (let i = 0; i < text.length; ) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const a = i
    let lower = true
    let ascii = true
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (!isLatinLetter(c)) break
      if (isUpper(c) || isLatin1Upper(c)) lower = false
      else if (!isLower(c)) ascii = false
    }
    while (next < around.length && around[next]! < a - 1) next++
    if (next < around.length && (around[next] === a - 1 || around[next] === i)) continue
    if (!lower || i - a < MIN_COUNTED_WORD) continue
    if (mask === null) mask = protectedMask(text)
    if (mask !== undefined && mask[a] === 1) continue
    const rank = ascii ? rankOfRanges(text, a, i, a, a) : -1
    if (rank < 0 && ascii && glueShaped(text, a, i)) continue
    counted++
    if (rank >= 0 && rank < ENGLISH_WORD_RANK) english++
  }
  return [counted, english]
}

/**
 * Whether a paragraph's words are English enough for the word repairs (glued and broken words), which split
 * and join tokens by an English word list: more than `MAX_FOREIGN_WORD_SHARE` of its lower-case words of
 * `MIN_COUNTED_WORD` letters or more are common English words, or it has the function words of English prose
 * (`looksEnglish`). A short paragraph in another Latin-script language written without accents, too short for
 * the language detector, fails both, and its words stay whole (`todas` is not `to das`, `offen` not `of fen`).
 * Capitalised words (names, German nouns), words inside URLs and code, and unlisted words of the glued shape
 * (`ofthe`, `todas`: what the repair asks about) are not counted; a paragraph with
 * no counted word passes.
 *
 * @param text the paragraph
 * @param joins offsets of the spaces the broken-word repair would delete: their fragments are not counted either
 * @returns false when too few of its words are English words
 */
export function hasEnglishWords(text: string, joins?: readonly number[]): boolean {
  const [counted, english] = englishWordCounts(text, joins)
  return counted === 0 || english > counted * MAX_FOREIGN_WORD_SHARE || looksEnglish(text)
}
