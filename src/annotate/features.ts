import type { BlockFeatures } from '../types.js'

// Han, kana and Hangul syllables each count as a word: CJK text has no spaces to count by.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{P}\p{S}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu
const HAN = /\p{Script=Han}/gu
const LETTER = /\p{L}/gu
const DIGIT = /\p{Nd}/gu
// Sentence-final punctuation, and the closing quotes or brackets that may follow it.
const TERMINAL_PUNCT = new Set(['.', '!', '?', '。', '！', '？', '…'])
const CLOSERS = new Set(['"', "'", '”', '’', '»', '」', '』', ')', '）', ']'])
const TOKEN = /\S+/g
// A token that is a URL, a bare domain path, or a page file name.
const URL_START = /^(?:https?:\/\/|www\.)/i
const PAGE_FILE = /\.(?:s?html?|php|aspx?|jsp)(?:[?#]\S*)?$/i
// A markdown link, whole or cut off where the scraper lost the URL: `[text](` or `[text](url)`.
const MARKDOWN_LINK = /\[[^\]\n]{0,300}\]\([^)\s]{0,2000}\)?/g
const LOWER_START = /^\p{Ll}/u

function count(re: RegExp, text: string): number {
  re.lastIndex = 0
  let n = 0
  while (re.exec(text) !== null) n++
  return n
}

function linkChars(text: string): number {
  let n = 0
  MARKDOWN_LINK.lastIndex = 0
  for (let m = MARKDOWN_LINK.exec(text); m !== null; m = MARKDOWN_LINK.exec(text)) n += m[0].length
  if (n > 0) return n
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
 * Compute the features the classifier reads for one block of text.
 *
 * @param text the block's text
 * @returns length, word count, terminal punctuation, script and digit shares, link share, case of the start
 */
export function computeFeatures(text: string): BlockFeatures {
  const letters = count(LETTER, text)
  const length = text.length
  return {
    length,
    words: count(WORD, text),
    terminal: endsTerminal(text),
    hanRatio: letters === 0 ? 0 : count(HAN, text) / letters,
    digitRatio: length === 0 ? 0 : count(DIGIT, text) / length,
    linkRatio: length === 0 ? 0 : linkChars(text) / length,
    startsLower: LOWER_START.test(text),
  }
}
