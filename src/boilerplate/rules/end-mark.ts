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
/** The closers of `OPENERS` and their openers, as code units, side by side (`openerOf`). */
const CLOSER_CODES = Object.keys(OPENERS).map((c) => c.charCodeAt(0))
const OPENER_CODES = Object.values(OPENERS).map((c) => c.charCodeAt(0))

/** The opener `OPENERS` gives a closer, as code units; -1 for any other unit (no string lookup per line). */
function openerOf(c: number): number {
  for (let k = 0; k < CLOSER_CODES.length; k++) if (CLOSER_CODES[k] === c) return OPENER_CODES[k]!
  return -1
}

/** Dashes around a mark's word: `-END-`, `— END —`, `–30–`. */
const DASHES = new Set(['-', '–', '—'])
const DASH_CODES: ReadonlySet<number> = new Set([...DASHES].map((c) => c.charCodeAt(0)))
/**
 * A press release's end mark in every language: three hashes on their own line (`###`, `# # #`). A line of
 * hashes with a title after it is a markdown heading, never this.
 */
const HASHES = /^#\s?#\s?#$/u
/** What ends the sentence a glued mark follows: `…实施。（完）`, `… the ministry said. (End)`. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '。', '！', '？', '…', '"', '”', '’', '」', '』', ')', '）'])
/** `SENTENCE_ENDS` as code units (each is one). */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set([...SENTENCE_ENDS].map((c) => c.charCodeAt(0)))
/** The code unit of `#`: only a line that opens with it may be `HASHES`. */
const HASH = 0x23
/**
 * Vietnamese state media's end mark, `./.`, glued to the last sentence (`…phát triển bền vững./.`) or on a
 * line of its own. A fixed form here, not lexicon data, as `###` is: it is punctuation, the same on a page
 * in any language, and its first dot is the sentence's own full stop, which the body keeps. A phrase list
 * could say neither which part of the mark is the sentence's nor what may stand before it.
 */
const SLASH_MARK = './.'
/** The code unit of `.`: a text ending in it may end in a glued `./.`. */
const FULL_STOP = 0x2e
/** The part of a glued `./.` that is cut: the sentence keeps its full stop (`…bền vững.`). */
const SLASH_MARK_TAIL = SLASH_MARK.length - 1
/** A letter or digit: what the sentence before a glued `./.` ends with (besides a closing quote or bracket). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** A bare mark's word: letters and digits only. */
const WORD = /^[\p{L}\p{N}]+$/u
/** Closing quotes and brackets a sentence before a glued `./.` may end with: `…"phát triển"./.`. */
const CLOSERS = new Set(['"', '”', '’', "'", ')', '）', '»', ']'])

/** Whether `word` (what a frame holds, trimmed) is an end mark's word in some lexicon. */
function isMarkWord(word: string, lex: CompiledLexicon): boolean {
  return word.length > 0 && word.length <= MAX_WORD_CHARS && !word.includes('(') && !word.includes('（') && lex.endMark.test(word)
}

/**
 * Whether a whole line is an end mark: a mark's word in brackets (`（完）`, `(End)`) or between dashes
 * (`-END-`, `— END —`, `-30-`), three hashes, a bare mark (`Enditem`, lexicon `bareEndMark`) or `./.`.
 * A bare `End`, `30` or `完` is no mark.
 *
 * @param text the line
 * @param lex the compiled lexicon
 * @returns true when the line is an end mark
 */
export function isEndMarkLine(text: string, lex: CompiledLexicon): boolean {
  const t = text.trim()
  if (t.length < 3 || t.length > MAX_MARK_CHARS) return false
  const first = t.charCodeAt(0)
  if ((first === HASH && HASHES.test(t)) || t === SLASH_MARK) return true
  const last = t.charCodeAt(t.length - 1)
  if (openerOf(last) === first || (DASH_CODES.has(first) && DASH_CODES.has(last))) return isMarkWord(t.slice(1, -1).trim(), lex)
  // The untrimmed line (a whole-line category allows white space around it): the classifier asked the
  // lexicon about this very text, so the answer is known.
  return !t.includes(' ') && lex.bareEndMark.test(text)
}

/**
 * Where a bare end mark glued after a paragraph's last sentence starts, with the white space before it
 * (`… said. Enditem`): a mark word of the lexicon, after white space and a sentence's end.
 *
 * @param close where the text ends, trailing white space left out
 * @returns the offset to cut from, or -1 when the text does not end so
 */
function bareMarkFrom(text: string, close: number, lex: CompiledLexicon): number {
  // Most lines end in a word (menus, headings): find it with integer reads only, and ask the lexicon
  // only about one that follows white space and a sentence's end.
  let start = close
  while (start > 0 && close - start <= MAX_WORD_CHARS && !isSpaceCode(text.charCodeAt(start - 1))) start--
  // A word of its own after white space: `said. Enditem`, not `item.Enditem` (code) or a longer word.
  if (start === 0 || close - start > MAX_WORD_CHARS || !isSpaceCode(text.charCodeAt(start - 1))) return -1
  let cut = start - 1
  while (cut > 0 && isSpaceCode(text.charCodeAt(cut - 1))) cut--
  if (cut === 0 || !SENTENCE_END_CODES.has(text.charCodeAt(cut - 1))) return -1
  const word = text.slice(start, close)
  return WORD.test(word) && lex.bareEndMark.test(word) ? cut : -1
}

/**
 * Where the `/.` of a `./.` glued to a paragraph's last sentence starts (`…bền vững./.`): the sentence ends
 * in a letter, a digit or a closing quote, and the last word holds no other slash (a path or URL such as
 * `docs/./.` or `https://…/./.` keeps it).
 *
 * @param close where the text ends, trailing white space left out
 * @returns the offset to cut from, or -1 when the text does not end so
 */
function slashMarkFrom(text: string, close: number): number {
  const dot = close - SLASH_MARK.length
  if (dot <= 0 || !text.endsWith(SLASH_MARK, close)) return -1
  const before = text[dot - 1]!
  if (!LETTER_OR_DIGIT.test(before) && !CLOSERS.has(before)) return -1
  for (let i = dot - 1; i >= 0 && !isSpaceCode(text.charCodeAt(i)); i--) if (text[i] === '/') return -1
  return close - SLASH_MARK_TAIL
}

/**
 * Drops a news agency's end mark (`（完）`, `(End)`, `-30-`, `###`, a bare `Enditem`, `./.`) and ends the
 * article there, softly.
 */
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
   * Where an end mark glued to the end of a paragraph starts, with the white space before it: a bracketed
   * or bare mark must follow a sentence's end (`…实施。（完）`, `… said. (End)`, `… said. Enditem`), so
   * `press (End) to stop`, `the key marked (End)` and `the tag Enditem` keep theirs; of a glued `./.` only
   * `/.` goes, the sentence keeps its full stop (`…bền vững./.` → `…bền vững.`).
   *
   * @param text the block's text
   * @param end where the text ends for this cut (before controls glued after the mark)
   * @param lex the compiled lexicon
   * @returns the offset to cut from, or `end` when there is nothing to cut
   */
  cutFrom(text: string, end: number, lex: CompiledLexicon): number {
    let close = end
    while (close > 0 && isSpaceCode(text.charCodeAt(close - 1))) close--
    // NaN before the start: neither a full stop nor a closer.
    const last = text.charCodeAt(close - 1)
    if (last === FULL_STOP) {
      const slash = slashMarkFrom(text, close)
      return slash < 0 ? end : slash
    }
    const opener = openerOf(last)
    if (opener < 0) {
      const bare = bareMarkFrom(text, close, lex)
      return bare < 0 ? end : bare
    }
    const open = text.lastIndexOf(String.fromCharCode(opener), close - 2)
    if (open <= 0 || close - open > MAX_WORD_CHARS + 2 || !isMarkWord(text.slice(open + 1, close - 1).trim(), lex)) return end
    let cut = open
    while (cut > 0 && isSpaceCode(text.charCodeAt(cut - 1))) cut--
    return cut > 0 && SENTENCE_END_CODES.has(text.charCodeAt(cut - 1)) ? cut : end
  },
}
