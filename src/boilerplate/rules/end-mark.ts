import { isSpaceCode } from '../../core/chars.js'
import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'
import type { BoilerplateRule } from '../rule.js'

/** An end mark is a word or two in its frame: `（完）`, `— END —`, `-30-`. */
const MARK_MAX_WORDS = 3
/** The most characters of a mark's word, and of the whole mark line. */
const MAX_WORD_CHARS = 12
const MAX_MARK_CHARS = 24

/** Brackets around a mark's word, by their closer: `（完）`, `(End)`, `【完】`, `[END]`. */
const OPENERS: Readonly<Record<string, string>> = { ')': '(', '）': '（', '】': '【', ']': '[' }
/** Dashes around a mark's word: `-END-`, `— END —`, `–30–`. */
const DASHES = new Set(['-', '–', '—'])
/**
 * A press release's end mark in every language: three hashes on their own line (`###`, `# # #`). A line of
 * hashes with a title after it is a markdown heading, never this.
 */
const HASHES = /^#\s?#\s?#$/u
/** What ends the sentence a glued mark follows: `…实施。（完）`, `… the ministry said. (End)`. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '。', '！', '？', '…', '"', '”', '’', '」', '』', ')', '）'])

/** Whether `word` (what a frame holds, trimmed) is an end mark's word in some lexicon. */
function isMarkWord(word: string, lex: CompiledLexicon): boolean {
  return word.length > 0 && word.length <= MAX_WORD_CHARS && !word.includes('(') && !word.includes('（') && lex.endMark.test(word)
}

/**
 * Whether a whole line is an end mark: a mark's word in brackets (`（完）`, `(End)`) or between dashes
 * (`-END-`, `— END —`, `-30-`), or three hashes. A bare `End`, `30` or `完` is no mark.
 *
 * @param text the line
 * @param lex the compiled lexicon
 * @returns true when the line is an end mark
 */
export function isEndMarkLine(text: string, lex: CompiledLexicon): boolean {
  const t = text.trim()
  if (t.length < 3 || t.length > MAX_MARK_CHARS) return false
  if (HASHES.test(t)) return true
  const first = t[0]!
  const last = t[t.length - 1]!
  const framed = OPENERS[last] === first || (DASHES.has(first) && DASHES.has(last))
  return framed && isMarkWord(t.slice(1, -1).trim(), lex)
}

/** Drops a news agency's end mark (`（完）`, `(End)`, `-30-`, `###`) and ends the article there, softly. */
export const endMark: BoilerplateRule & { cutFrom(text: string, end: number, lex: CompiledLexicon): number } = {
  id: 'boilerplate/end-mark',
  description: "news agency's end mark after the article, alone on its line or glued to the last paragraph",
  scope: 'line',
  maxWords: MARK_MAX_WORDS,
  // What follows the mark is not the article, unless its paragraphs go on (see `page-end`).
  endsArticle: 'footer',
  match(views, i, { lex }) {
    const v = views[i]!
    return v.words <= MARK_MAX_WORDS && isEndMarkLine(v.text, lex) ? 1 : 0
  },
  /**
   * Where a bracketed end mark glued to the end of a paragraph starts, with the white space before it: the
   * mark must follow a sentence's end (`…实施。（完）`, `… said. (End)`), so `press (End) to stop` and
   * `the key marked (End)` keep theirs.
   *
   * @param text the block's text
   * @param end where the text ends for this cut (before controls glued after the mark)
   * @param lex the compiled lexicon
   * @returns the offset to cut from, or `end` when there is nothing to cut
   */
  cutFrom(text: string, end: number, lex: CompiledLexicon): number {
    let close = end
    while (close > 0 && isSpaceCode(text.charCodeAt(close - 1))) close--
    const opener = OPENERS[text[close - 1] ?? '']
    if (opener === undefined) return end
    const open = text.lastIndexOf(opener, close - 2)
    if (open <= 0 || close - open > MAX_WORD_CHARS + 2 || !isMarkWord(text.slice(open + 1, close - 1).trim(), lex)) return end
    let cut = open
    while (cut > 0 && isSpaceCode(text.charCodeAt(cut - 1))) cut--
    return cut > 0 && SENTENCE_ENDS.has(text[cut - 1]!) ? cut : end
  },
}
