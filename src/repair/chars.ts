/**
 * Character classes and context scans shared by the repair rules. Everything here is a code-unit test or
 * a bounded scan, so the rules stay linear on adversarial input.
 */

import { isHan } from '../core/chars.js'

export { isHan }

/** Any character of CJK writing: Han, kana, Hangul, or CJK/full-width punctuation. */
export function isCjk(c: number): boolean {
  // Everything below the CJK blocks (ASCII, Latin, Cyrillic…) settled by one comparison.
  if (c < 0x3000) return false
  return (
    isHan(c) ||
    (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (c >= 0xac00 && c <= 0xd7af) || // Hangul syllables
    (c >= 0xff00 && c <= 0xff60) // full-width forms
  )
}

/** A CJK letter: Han, kana or Hangul (not punctuation). */
export function isCjkLetter(c: number): boolean {
  return isHan(c) || (c >= 0x3041 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af)
}

/** An ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** An ASCII upper-case letter. */
export function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

/** An ASCII lower-case letter. */
export function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

/** An ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return isUpper(c) || isLower(c)
}

/** A Latin letter: ASCII, or Latin-1 Supplement to Latin Extended Additional (accented letters, Vietnamese). */
export function isLatinLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c)
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)
}

/** A Latin letter or ASCII digit: the characters an English word or number is made of. */
export function isLatinAlnum(c: number): boolean {
  return isLatinLetter(c) || isDigit(c)
}

/** Enough Latin words on one side of a point to call the text there an English clause, not a term. */
export const CLAUSE_WORDS = 2

/** How far a clause scan looks: a few words' worth, which also keeps repeated scans linear in total. */
const MAX_CLAUSE_SCAN = 64

/**
 * Count Latin words (runs of two or more letters) from `i` towards one end, stopping at the first Han,
 * kana or Hangul letter, after `CLAUSE_WORDS` words, or after `MAX_CLAUSE_SCAN` characters. Full-width
 * punctuation is passed over, so converting it to ASCII does not change the count (idempotence).
 *
 * @param s the text
 * @param i where to start (inclusive)
 * @param step -1 to scan backwards, 1 forwards
 * @returns the number of words seen, at most `CLAUSE_WORDS`
 */
export function latinWordsFrom(s: string, i: number, step: 1 | -1): number {
  let words = 0
  let run = 0
  const stop = step === 1 ? Math.min(s.length, i + MAX_CLAUSE_SCAN) : Math.max(-1, i - MAX_CLAUSE_SCAN)
  for (let k = i; k !== stop; k += step) {
    const c = s.charCodeAt(k)
    if (isCjkLetter(c)) break
    if (isLatinLetter(c)) {
      run++
      continue
    }
    if (run >= 2 && ++words >= CLAUSE_WORDS) return words
    run = 0
  }
  if (run >= 2) words++
  return Math.min(words, CLAUSE_WORDS)
}

/**
 * Whether the text on one side of `i` is an English clause (at least `CLAUSE_WORDS` Latin words before CJK).
 *
 * @param s the text
 * @param i the first character of that side
 * @param step -1 for the text before, 1 for the text after
 * @returns true for an English clause
 */
export function isEnglishSide(s: string, i: number, step: 1 | -1): boolean {
  return latinWordsFrom(s, i, step) >= CLAUSE_WORDS
}

/** Languages whose prose is written without spaces between words; repairs leave their convention alone. */
export const CJK_LANGS: ReadonlySet<string> = new Set(['zh', 'ja', 'ko'])
