/**
 * Whether a UTF-16 code unit is white space as JavaScript's `\s` and `String.prototype.trim()` define it.
 *
 * @param c a code unit
 * @returns true for white space
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

/**
 * Offsets of the first and just-past-last non-space code units of `s[from, to)`, in one pass each way
 * (a `/\s+$/` regex is quadratic on long runs of spaces). U+FEFF counts as white space to
 * `String.prototype.trim()` but is a zero-width character here: it stays inside the span, where the
 * `normalize/invisible-chars` rule removes it and reports the change, at the start of any line.
 *
 * @param s the text
 * @param from start offset
 * @param to end offset
 * @returns `[start, end]`, equal when the range is all white space
 */
export function trimSpan(s: string, from: number, to: number): [number, number] {
  let a = from
  while (a < to && isEdgeSpace(s.charCodeAt(a))) a++
  let b = to
  while (b > a && isEdgeSpace(s.charCodeAt(b - 1))) b--
  return [a, b]
}

/**
 * Whether a code unit is trimmed off a line's ends: JavaScript white space except U+FEFF (see `trimSpan`).
 *
 * @param c a code unit
 * @returns true for white space other than U+FEFF
 */
export function isEdgeSpace(c: number): boolean {
  return c !== 0xfeff && isSpaceCode(c)
}

/**
 * Whether a UTF-16 code unit is a Han ideograph (CJK Unified Ideographs, Extension A, compatibility
 * ideographs); astral extensions are surrogate pairs and need the code point.
 *
 * @param c a code unit
 * @returns true for a Han character
 */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
}

/**
 * Whether a code unit is of a script written without spaces between words: Thai, Lao (U+0E00–0EFF),
 * Myanmar (U+1000–109F) and Khmer (U+1780–17FF). Such text puts spaces between phrases only.
 *
 * @param c a code unit
 * @returns true for a character of one of those blocks
 */
export function isUnspacedScript(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)
}

/**
 * Characters of an unspaced script (`isUnspacedScript`) that count as one more word. Thai words average
 * four to six characters with their vowel and tone marks; five gives a paragraph about the word count of
 * its English translation, and a menu label of one to three words one.
 */
export const UNSPACED_CHARS_PER_WORD = 5

/**
 * An ASCII word of at most `maxLetters` letters as one integer, the same for either case (base 27, letters
 * 1–26), so a word can be looked up without a slice or `toLowerCase`; -1 for a longer word or one with any
 * other character. With `maxLetters` ≤ 6 the code stays below 2^29.
 *
 * @param s the text
 * @param a start of the word
 * @param b end of the word
 * @param maxLetters the longest word coded
 * @returns the code, or -1
 */
export function asciiWordCode(s: string, a: number, b: number, maxLetters: number): number {
  if (b - a > maxLetters) return -1
  let code = 0
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) | 0x20
    if (c < 0x61 || c > 0x7a) return -1
    code = code * 27 + (c - 0x60)
  }
  return code
}

/**
 * A BMP code unit as a regular expression source writes it escaped, for classes built from code points.
 *
 * @param c a code unit (0–0xFFFF)
 * @returns `\uXXXX`
 * @example unicodeEscape(0xe9) // '\\u00e9'
 */
export function unicodeEscape(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`
}

/** Greek capital sigma: it lower-cases to `σ` or, at a word's end, `ς`, so never on its own. */
const CAPITAL_SIGMA = 0x3a3

/**
 * The lower case of a code unit as `toLowerCase` gives it inside any text, or -1 for a unit that does not
 * lower-case on its own: a surrogate (cased by code point), `Σ` (by context) and one whose lower case is
 * longer (`İ`). A text made of units that do can be folded unit by unit instead of lower-cased whole.
 *
 * @param c a code unit
 * @returns the lower-case code unit, or -1
 * @example lowerAlone(0x41) // 0x61
 */
export function lowerAlone(c: number): number {
  if ((c >= 0xd800 && c <= 0xdfff) || c === CAPITAL_SIGMA) return -1
  const lower = String.fromCharCode(c).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : -1
}

/**
 * The zero of each block of decimal digits besides ASCII that dates are written in: Arabic-Indic,
 * Extended Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Thai, Lao, Myanmar, Khmer and full-width
 * (Chinese and Japanese `２０２６年`). Each block holds ten digits in order, one UTF-16 code unit each.
 */
const DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x17e0, 0xff10]

/** The first and last code units of the blocks before full-width (Arabic-Indic zero to Khmer nine). */
const DIGITS_LOW = 0x0660
const DIGITS_HIGH = 0x17e9
/** The full-width zero: its ten digits come after every other block's, far from them. */
const FULL_WIDTH_ZERO = 0xff10
/** Per code unit from `DIGITS_LOW` to `DIGITS_HIGH`, its digit value in `DIGIT_ZEROS`' blocks, or -1. */
const OTHER_DIGITS = Int8Array.from({ length: DIGITS_HIGH - DIGITS_LOW + 1 }, (_, k) => {
  const c = DIGITS_LOW + k
  const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9)
  return zero === undefined ? -1 : c - zero
})

/**
 * The value of a decimal digit of one of `DIGIT_ZEROS`' blocks, or -1: two comparisons for most code
 * units (ASCII, Latin, Cyrillic, Han, kana, Hangul), one table read between Arabic and Khmer.
 *
 * @param c a code unit
 * @returns its digit value, or -1 when it is no digit of those blocks (ASCII digits included)
 */
export function otherDigitValue(c: number): number {
  if (c < DIGITS_LOW) return -1
  if (c <= DIGITS_HIGH) return OTHER_DIGITS[c - DIGITS_LOW]!
  return c >= FULL_WIDTH_ZERO && c <= FULL_WIDTH_ZERO + 9 ? c - FULL_WIDTH_ZERO : -1
}

/**
 * A text with the digits of other scripts written as ASCII digits (`٧ ديسمبر ٢٠٢٦` → `7 ديسمبر 2026`,
 * `２０２６年１２月７日` → `2026年12月7日`), for the date readers, which read ASCII digits. Every such digit
 * is one code unit, as its ASCII digit is: offsets into the result are offsets into the text.
 *
 * @param text the text
 * @returns the text itself when it holds no such digit, else the text with them replaced
 */
export function asciiDigits(text: string): string {
  let i = 0
  while (i < text.length && otherDigitValue(text.charCodeAt(i)) < 0) i++
  if (i === text.length) return text
  let out = text.slice(0, i)
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const d = otherDigitValue(c)
    out += d < 0 ? text[i]! : String.fromCharCode(0x30 + d)
  }
  return out
}

/**
 * Whether `text[from, to)` has an ASCII digit 0-9 (every date and time the metadata readers take has one;
 * a token the glued-word repair reads as a name or code has one).
 *
 * @param text the text
 * @param from where the span starts
 * @param to where it ends
 * @returns true when a digit 0-9 stands in the span
 */
export function hasDigitIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) return true
  }
  return false
}
