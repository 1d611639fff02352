/** Small text helpers shared by the metadata rules: case-insensitive prefix tests and character classes. */

import { isHan } from '../core/chars.js'

/**
 * Whether `text` has `word` (lower case) at `pos`, ignoring case, and the word ends there (no letter or
 * digit follows a word that ends in one).
 *
 * @param text the text
 * @param pos where the word should start
 * @param word a lower-case word or phrase
 * @returns true when the word is there
 */
export function wordAt(text: string, pos: number, word: string): boolean {
  if (pos + word.length > text.length) return false
  for (let k = 0; k < word.length; k++) {
    const a = text.charCodeAt(pos + k)
    const b = word.charCodeAt(k)
    if (a === b) continue
    // ASCII capitals fold with one bit; other scripts (`Ả`, `Đ`) through their simple lower case.
    if (a < 0x80 ? (a >= 0x41 && a <= 0x5a ? a | 0x20 : a) !== b : lowerUnit(text, pos + k) !== b) return false
  }
  return !(isWordChar(word.charCodeAt(word.length - 1)) && !isHan(word.charCodeAt(word.length - 1)) && isWordChar(text.charCodeAt(pos + word.length)))
}

/**
 * The lower case of the code unit at `i`, one unit for one: the simple case mapping. `toLowerCase` turns
 * the Turkish dotted capital `İ` into two units (`i` and a combining dot), so that `PAZARTESİ` would not
 * compare with `pazartesi` unit by unit; its simple lower case is `i`.
 *
 * @param text the text
 * @param i the position
 * @returns the code unit of the lower-case character
 */
export function lowerUnit(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c
  // The answer depends on the unit alone: worked out once per unit, then read from the table.
  const known = LOWER_UNITS[c]!
  if (known !== 0) return known
  const lower = String.fromCharCode(c).toLowerCase().charCodeAt(0)
  LOWER_UNITS[c] = lower
  return lower
}

/** `lowerUnit` of each code unit past ASCII, filled on first sight (0: not yet; no unit past ASCII lowers to 0). */
const LOWER_UNITS = new Uint16Array(0x10000)

/**
 * The first lexicon word found at `pos`, longest first.
 *
 * @param text the text
 * @param pos the position
 * @param words lower-case words, longest first
 * @returns the word, or undefined
 */
export function wordsAt(text: string, pos: number, words: readonly string[]): string | undefined {
  if (pos < 0 || pos >= text.length) return undefined
  const index = byFirst(words)
  // Most positions start none of the words: passed over without a lower-case copy of the character.
  if (!index.table.has(text, pos)) return undefined
  const candidates = index.words.get(lowerUnit(text, pos))
  if (candidates !== undefined) for (const w of candidates) if (wordAt(text, pos, w)) return w
  return undefined
}

/** A word list indexed by first character, with a table of the words' first characters. */
interface WordIndex {
  /** The words by their first code unit. */
  readonly words: Map<number, string[]>
  readonly table: PrefixTable
}

// Word lists indexed on first use, so a lookup tries only the words that can match; the last few
// lists are kept at hand, as a line is read against a handful of lists in turn.
const indexes = new WeakMap<readonly string[], WordIndex>()
const recentLists: (readonly string[] | undefined)[] = [undefined, undefined, undefined, undefined]
const recentIndexes: (WordIndex | undefined)[] = [undefined, undefined, undefined, undefined]
let recentNext = 0

function byFirst(words: readonly string[]): WordIndex {
  for (let k = 0; k < recentLists.length; k++) if (recentLists[k] === words) return recentIndexes[k]!
  let index = indexes.get(words)
  if (index === undefined) {
    const map = new Map<number, string[]>()
    for (const w of words) {
      if (w.length === 0) continue
      const list = map.get(w.charCodeAt(0))
      if (list === undefined) map.set(w.charCodeAt(0), [w])
      else list.push(w)
    }
    index = { words: map, table: new PrefixTable(words) }
    indexes.set(words, index)
  }
  recentLists[recentNext] = words
  recentIndexes[recentNext] = index
  recentNext = (recentNext + 1) % recentLists.length
  return index
}

/**
 * Whether a code unit is a letter or digit of any script (a cheap test that covers Latin with
 * diacritics, Han, and the other scripts the lexicons use).
 *
 * @param c a UTF-16 code unit (NaN past the end)
 * @returns true for a letter or digit
 */
export function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  if (c >= 0xd800 && c <= 0xdfff) return true
  let known = WORD_CHARS[c]!
  if (known === UNKNOWN) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? YES : NO
    WORD_CHARS[c] = known
  }
  return known === YES
}

// Whether each code unit is a letter, digit or mark, worked out on first sight: this test runs on
// every character of many lines, and a Unicode-property regex per character is the slow part.
const UNKNOWN = 0
const NO = 1
const YES = 2
const WORD_CHARS = new Uint8Array(0x10000)
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/**
 * Whether a code unit is a space or a separator that may stand between metadata fields on one line.
 *
 * @param c a UTF-16 code unit
 * @returns true for a separator
 */
export function isSeparator(c: number): boolean {
  return SEPARATORS[c] === 1
}

// Between fields: spaces, bars, slashes, commas, semicolons, middle dots, brackets and dashes; a table
// over the Basic Multilingual Plane, as this test runs on every character of every short line.
const SEPARATORS = new Uint8Array(0x10000)

/** Every separator character, as a string (for matchers built from the same set). */
export const SEPARATOR_CHARS = ' \t\u00a0\u3000|｜丨/,，;；·•()（）[]【】「」-–—_'
for (const ch of SEPARATOR_CHARS) SEPARATORS[ch.charCodeAt(0)] = 1

/**
 * Trim separators from both ends of a slice.
 *
 * @param text the text
 * @param from start offset
 * @param to end offset
 * @returns `[start, end]` of what is left
 */
export function trimSeparators(text: string, from: number, to: number): [number, number] {
  let a = from
  let b = to
  while (a < b && isSeparator(text.charCodeAt(a))) a++
  while (b > a && isSeparator(text.charCodeAt(b - 1))) b--
  return [a, b]
}

/**
 * Whether a value ends in sentence-final punctuation: then it is a sentence, not a name or a source.
 *
 * @param text the value
 * @returns true when it ends in `.`, `。`, `!`, `?` or their full-width forms
 */
export function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0x2e || last === 0x3002 || last === 0x21 || last === 0x3f || last === 0xff01 || last === 0xff1f
}

/**
 * How many spaces `text[from, to)` holds: one less than its words split on spaces (`split(' ').length - 1`).
 *
 * @param text the text
 * @param from where the span starts
 * @param to where it ends
 * @returns the number of U+0020 spaces in the span
 */
export function spacesIn(text: string, from: number, to: number): number {
  let n = 0
  for (let at = text.indexOf(' ', from); at >= 0 && at < to; at = text.indexOf(' ', at + 1)) n++
  return n
}

/**
 * Share of the longer words (over three characters) of `a` that also occur in the text whose words
 * are `words` (`wordSet`), ignoring case and punctuation.
 *
 * @param a the text whose words are counted
 * @param words the longer words of the text they are looked up in
 * @returns a share between 0 and 1 (0 when `a` has no longer words)
 */
export function overlapWith(a: string, words: ReadonlySet<string>): number {
  return shareIn(longWords(a), words)
}

/**
 * The set of the longer words of a text (over three characters, lower case), as `overlapWith` looks them up.
 *
 * @param t the text
 * @returns its longer words
 */
export function wordSet(t: string): ReadonlySet<string> {
  return new Set(longWords(t))
}

/**
 * The larger of the two texts' overlaps (`overlapWith` either way round), splitting each text once.
 *
 * @param a one text
 * @param b the other's words (`wordsOf`)
 * @returns a share between 0 and 1
 */
export function mutualOverlap(a: string, b: WordsOf): number {
  const wa = longWords(a)
  return Math.max(shareIn(wa, b.set), shareIn(b.words, new Set(wa)))
}

/** A text's longer words, in order and as a set, for comparing it with many others. */
export interface WordsOf {
  readonly words: readonly string[]
  readonly set: ReadonlySet<string>
}

/**
 * The longer words of a text (over three characters, lower case), split once.
 *
 * @param t the text
 * @returns its words and their set
 */
export function wordsOf(t: string): WordsOf {
  const words = longWords(t)
  return { words, set: new Set(words) }
}

const NON_WORD = /[^\p{L}\p{N}]+/u

/** The words of a text longer than three characters, lower case. */
function longWords(t: string): string[] {
  return t.toLowerCase().split(NON_WORD).filter((w) => w.length > 3)
}

/** Share of `words` found in `set` (0 for no words). */
function shareIn(words: readonly string[], set: ReadonlySet<string>): number {
  if (words.length === 0) return 0
  let n = 0
  for (const w of words) if (set.has(w)) n++
  return n / words.length
}

/**
 * The lower case of a text, code unit for code unit: offsets into it are offsets into `text`. A character
 * whose lower case is longer (`İ` → `i̇`) stays as it is, so nothing after it shifts.
 *
 * @param text any text
 * @returns a string of the same length
 * @example lowerAligned('İstanbul') // 'İstanbul'
 */
export function lowerAligned(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/**
 * Escape a literal word for use in a RegExp source.
 *
 * @param w the word
 * @returns the word with every RegExp syntax character escaped
 */
export function escapeRegExp(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/**
 * A table of the first one to three characters of sets of lower-case words, for a test that no word
 * of a set starts at a position, before any reader compares them there. Where the text has ASCII or
 * caseless characters (Han, digits, punctuation), every way the readers compare ignoring case (a
 * case-insensitive RegExp, `wordAt`, `toLowerCase`) agrees on them, so the table answers; a cased
 * non-ASCII character (`Đ`, `ả`) is left to the readers. Hashed into small bit tables: a lookup
 * allocates nothing, and a collision only lets a line through.
 */
export class PrefixTable {
  /** Per first character: the sets with a word that starts with it. */
  private readonly first = new Uint8Array(TABLE_SIZE)
  /** The sets with a one-character word. */
  private readonly one = new Uint8Array(TABLE_SIZE)
  /** Per first two characters: the sets with a longer word that starts with them, and with a two-character word. */
  private readonly two = new Uint8Array(TABLE_SIZE)
  private readonly twoEnd = new Uint8Array(TABLE_SIZE)
  /** Per first three characters: the sets with a word that starts with them. */
  private readonly three = new Uint8Array(TABLE_SIZE)
  /** Every set. */
  private readonly all: number

  /**
   * @param sets up to eight sets of lower-case words; `mask` answers with bit `i` for set `i`
   */
  constructor(...sets: readonly Iterable<string>[]) {
    this.all = (1 << sets.length) - 1
    sets.forEach((words, i) => {
      const bit = 1 << i
      for (const w of words) this.add(w, bit)
    })
  }

  private add(w: string, bit: number): void {
    // Keyed up to the first cased non-ASCII character (`thứ` by `th`): `mask` lets through any position
    // where such a character stands, so the word's keys before it are all it needs to find.
    const k = [0, 0, 0]
    let n = 0
    for (const limit = Math.min(w.length, 3); n < limit; n++) {
      const key = keyOf(w.charCodeAt(n))
      if (key < 0) break
      k[n] = key
    }
    if (n === 0) return
    const [a, b, c] = k as [number, number, number]
    mark(this.first, a & TABLE_MASK, bit)
    if (w.length === 1) mark(this.one, a & TABLE_MASK, bit)
    else if (n === 1) return
    else if (w.length === 2) mark(this.twoEnd, hash2(a, b), bit)
    else {
      mark(this.two, hash2(a, b), bit)
      if (n === 3) mark(this.three, hash3(a, b, c), bit)
    }
  }

  /**
   * The sets that may have a word starting at `pos`.
   *
   * @param text the text
   * @param pos the position
   * @returns bit `i` set when a word of set `i` may start there; 0 when none does
   */
  mask(text: string, pos: number): number {
    return this.maskAt(text, pos, text.charCodeAt(pos))
  }

  /**
   * `mask`, for a caller that has read the first character already.
   *
   * @param text the text
   * @param pos the position
   * @param first `text.charCodeAt(pos)`
   * @returns the sets that may have a word starting at `pos`
   */
  maskAt(text: string, pos: number, first: number): number {
    return this.maskIn(text, pos, text.length, first)
  }

  /**
   * `maskAt` for the text `text[…, end)`: a line read in place in a longer string.
   *
   * @param text the string the line is part of
   * @param pos the position
   * @param end where the line ends (what stands there and after is not read)
   * @param first `text.charCodeAt(pos)`
   * @returns the sets that may have a word starting at `pos`
   */
  maskIn(text: string, pos: number, end: number, first: number): number {
    const a = keyOf(first)
    if (a < 0) return this.all
    const starts = this.first[a & TABLE_MASK]!
    if (starts === 0) return 0
    // Past the end of the line reads as past the end of a text (`keyOf(NaN)`).
    const b = pos + 1 < end ? keyOf(text.charCodeAt(pos + 1)) : 0
    if (b < 0) return starts
    const h = hash2(a, b)
    const found = this.one[a & TABLE_MASK]! | this.twoEnd[h]!
    const longer = this.two[h]!
    if (longer === 0) return found
    const c = pos + 2 < end ? keyOf(text.charCodeAt(pos + 2)) : 0
    return c < 0 ? found | longer : found | this.three[hash3(a, b, c)]!
  }

  /**
   * Whether a word of any set may start at `pos`.
   *
   * @param text the text
   * @param pos the position
   * @returns false when none does
   */
  has(text: string, pos: number): boolean {
    return this.mask(text, pos) !== 0
  }
}

function mark(table: Uint8Array, at: number, bit: number): void {
  table[at] = table[at]! | bit
}

// Small enough to stay in the processor's first-level cache.
const TABLE_SIZE = 0x1000
const TABLE_MASK = TABLE_SIZE - 1

function hash2(a: number, b: number): number {
  return (Math.imul(a, 31) + b) & TABLE_MASK
}

function hash3(a: number, b: number, c: number): number {
  return (Math.imul(a, 961) + Math.imul(b, 31) + c) & TABLE_MASK
}

// Whether each non-ASCII code unit has no case (upper and lower case are itself): 2 yes, 1 no, 0 not yet.
const CASELESS = new Uint8Array(0x10000)

/** A code unit as the table compares it: ASCII folded to lower case, caseless units as they are, -1 for a cased non-ASCII unit (0 past the end). */
function keyOf(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c
  if (Number.isNaN(c)) return 0
  let k = CASELESS[c]!
  if (k === 0) {
    const s = String.fromCharCode(c)
    k = s.toLowerCase() === s && s.toUpperCase() === s ? 2 : 1
    CASELESS[c] = k
  }
  return k === 2 ? c : -1
}
