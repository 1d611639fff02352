/** Small text helpers shared by the metadata rules: case-insensitive prefix tests and character classes. */

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
    // ASCII capitals fold with one bit; other scripts (`Ả`, `Đ`) through toLowerCase.
    if (a < 0x80 ? (a >= 0x41 && a <= 0x5a ? a | 0x20 : a) !== b : text[pos + k]!.toLowerCase() !== word[k]) return false
  }
  return !(isWordChar(word.charCodeAt(word.length - 1)) && !isHan(word.charCodeAt(word.length - 1)) && isWordChar(text.charCodeAt(pos + word.length)))
}

/**
 * The first lexicon word found at `pos`, longest first.
 *
 * @param text the text
 * @param pos the position
 * @param words lower-case words, longest first
 * @returns the word, or undefined
 */
export function wordsAt(text: string, pos: number, words: readonly string[]): string | undefined {
  const first = text[pos]?.toLowerCase()
  if (first === undefined) return undefined
  const candidates = byFirst(words).get(first)
  if (candidates !== undefined) for (const w of candidates) if (wordAt(text, pos, w)) return w
  return undefined
}

// Word lists indexed by first character on first use, so a lookup tries only the words that can match.
const indexes = new WeakMap<readonly string[], Map<string, string[]>>()

function byFirst(words: readonly string[]): Map<string, string[]> {
  let index = indexes.get(words)
  if (index === undefined) {
    index = new Map()
    for (const w of words) {
      const list = index.get(w[0]!)
      if (list === undefined) index.set(w[0]!, [w])
      else list.push(w)
    }
    indexes.set(words, index)
  }
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
 * Whether a code unit is a CJK unified ideograph (basic block and extension A).
 *
 * @param c a UTF-16 code unit
 * @returns true for a Han character
 */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
}

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
 * Share of the longer words (over three characters) of `a` that also occur in `b`, ignoring case and
 * punctuation.
 *
 * @param a the text whose words are counted
 * @param b the text they are looked up in
 * @returns a share between 0 and 1 (0 when `a` has no longer words)
 */
export function wordOverlap(a: string, b: string): number {
  const words = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3)
  const wa = words(a)
  if (wa.length === 0) return 0
  const wb = new Set(words(b))
  return wa.filter((w) => wb.has(w)).length / wa.length
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
