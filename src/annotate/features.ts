import { isHan } from '../core/chars.js'
import type { BlockFeatures } from '../types.js'

// Sentence-final punctuation, and the closing quotes or brackets that may follow it.
const TERMINAL_PUNCT = new Set(['.', '!', '?', '。', '！', '？', '…'])
const CLOSERS = new Set(['"', "'", '”', '’', '»', '」', '』', ')', '）', ']'])
const TOKEN = /\S+/g
// A token that is a URL, a bare domain path, or a page file name.
const URL_START = /^(?:https?:\/\/|www\.)/i
const PAGE_FILE = /\.(?:s?html?|php|aspx?|jsp)(?:[?#]\S*)?$/i
// One test on the whole line before looking at tokens: most prose lines hold no URL or page file name.
const MAYBE_LINK = /:\/\/|www\.|\.(?:s?html?|php|aspx?|jsp)/i
// A markdown link, whole or cut off where the scraper lost the URL: `[text](` or `[text](url)`.
const MARKDOWN_LINK = /\[[^\]\n]{0,300}\]\([^)\s]{0,2000}\)?/g
// Used only on single non-ASCII characters, where the fast paths below do not decide.
const LETTER = /\p{L}/u
const MARK = /\p{M}/u
const DIGIT = /\p{Nd}/u
const LOWER = /\p{Ll}/u

/** Han ideographs and kana: each one counts as a word (CJK text has no spaces to count by). */
function isCjkWordChar(c: number): boolean {
  return isHan(c) || (c >= 0x3040 && c <= 0x30ff)
}

function linkChars(text: string): number {
  let n = 0
  if (text.includes('](')) {
    MARKDOWN_LINK.lastIndex = 0
    for (let m = MARKDOWN_LINK.exec(text); m !== null; m = MARKDOWN_LINK.exec(text)) n += m[0].length
    if (n > 0) return n
  }
  if (!MAYBE_LINK.test(text)) return 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) if (URL_START.test(m[0]) || PAGE_FILE.test(m[0])) n += m[0].length
  return n
}

/** Ends in sentence-final punctuation, allowing closing quotes or brackets after it. */
function endsTerminal(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && CLOSERS.has(text[i]!)) i--
  return i >= 0 && TERMINAL_PUNCT.has(text[i]!)
}

/**
 * Compute the features the classifier reads for one block of text, in one pass over its characters
 * (Unicode-property regexes per block cost ten times more on long pages).
 *
 * @param text the block's text
 * @returns length, word count, terminal punctuation, script and digit shares, link share, case of the start
 */
export function computeFeatures(text: string): BlockFeatures {
  const length = text.length
  let letters = 0
  let han = 0
  let digits = 0
  let words = 0
  let inWord = false
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    let wordChar: boolean
    if (c < 0x80) {
      const isLetter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
      const isDigit = c >= 0x30 && c <= 0x39
      if (isLetter) letters++
      else if (isDigit) digits++
      wordChar = isLetter || isDigit
    } else if (isCjkWordChar(c)) {
      letters++
      if (isHan(c)) han++
      words++
      inWord = false
      continue
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      // Astral characters: Han extensions B+ count as Han words; others (emoji, math) as word characters if letters.
      const cp = text.codePointAt(i)!
      i++
      if (cp >= 0x20000 && cp <= 0x3ffff) {
        letters++
        han++
        words++
        inWord = false
        continue
      }
      wordChar = LETTER.test(String.fromCodePoint(cp))
      if (wordChar) letters++
    } else {
      const ch = text[i]!
      if (LETTER.test(ch)) {
        letters++
        wordChar = true
      } else if (DIGIT.test(ch)) {
        digits++
        wordChar = true
      } else wordChar = MARK.test(ch)
    }
    if (wordChar && !inWord) words++
    inWord = wordChar
  }
  const first = text.charCodeAt(0)
  return {
    length,
    words,
    terminal: endsTerminal(text),
    hanRatio: letters === 0 ? 0 : han / letters,
    digitRatio: length === 0 ? 0 : digits / length,
    linkRatio: length === 0 ? 0 : linkChars(text) / length,
    startsLower: first >= 0x61 && first <= 0x7a ? true : first < 0x80 ? false : LOWER.test(text[0] ?? ''),
  }
}
