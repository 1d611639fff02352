import { isHan, isUnspacedScript, UNSPACED_CHARS_PER_WORD } from '../core/chars.js'
import type { BlockFeatures } from '../types.js'

const TOKEN = /\S+/g
// A token that is a URL, a bare domain path, or a page file name.
const URL_START = /^(?:https?:\/\/|www\.)/i
const PAGE_FILE = /\.(?:s?html?|php|aspx?|jsp)(?:[?#]\S*)?$/i
// One test on the whole line before looking at tokens: most prose lines hold no URL or page file name.
const MAYBE_LINK = /:\/\/|www\.|\.(?:s?html?|php|aspx?|jsp)/i
// A markdown link, whole or cut off where the scraper lost the URL: `[text](` or `[text](url)`.
const MARKDOWN_LINK = /\[[^\]\n]{0,300}\]\([^)\s]{0,2000}\)?/g
// Used only once per distinct non-ASCII character (the answers are kept in CHAR_CLASS).
const LETTER = /\p{L}/u
const MARK = /\p{M}/u
const DIGIT = /\p{Nd}/u
const LOWER = /\p{Ll}/u

/** Character classes, as bits: a letter, a decimal digit, a combining mark, one of these (a word character), a lower-case letter. */
const IS_LETTER = 1
const IS_DIGIT = 2
const IS_MARK = 4
const IS_WORD = 8
const IS_LOWER = 16
/** ASCII punctuation that may belong to a link: `.`, `:` and `]`. */
const LINK_PUNCT = 32
/** A letter or mark of a script written without spaces between words: Thai, Lao, Myanmar, Khmer. */
const IS_UNSPACED = 64
const KNOWN = 0x80
/** The classes of each UTF-16 code unit, filled in the first time one is met. */
const CHAR_CLASS = new Uint8Array(0x10000)
for (let c = 0; c < 0x80; c++) {
  const lower = c >= 0x61 && c <= 0x7a
  const k = lower ? IS_LETTER | IS_LOWER : c >= 0x41 && c <= 0x5a ? IS_LETTER : c >= 0x30 && c <= 0x39 ? IS_DIGIT : 0
  CHAR_CLASS[c] = KNOWN | k | (k === 0 ? 0 : IS_WORD) | (c === 0x2e || c === 0x3a || c === 0x5d ? LINK_PUNCT : 0)
}

/**
 * What the last ASCII character read says of a link hint that the next one may complete (see `linkHint`):
 * none, a `.` (before `s h p a j`), a `w` (before the `.` of `www.`), a `:` or `]` (before `/` or `(`).
 */
const AFTER_NOTHING = 0
const AFTER_DOT = 1
const AFTER_W = 2
const AFTER_COLON_OR_BRACKET = 3

/** What an ASCII character leaves for the next one to complete (`AFTER_*`). */
function afterChar(c: number): number {
  if (c === 0x2e) return AFTER_DOT
  if ((c | 0x20) === 0x77) return AFTER_W
  return c === 0x3a || c === 0x5d ? AFTER_COLON_OR_BRACKET : AFTER_NOTHING
}

/**
 * Whether the ASCII characters `a` then `b` may be the start of a link hint: `.` before `s h p a j` (any
 * case), `w` before `.`, `:` before `/`, `]` before `(` (and, harmlessly, `:` before `(` and `]` before `/`).
 * `linkHint` finds a hint only around one of these pairs.
 */
function mayStartHint(a: number, b: number): boolean {
  const after = afterChar(a)
  const lowB = b | 0x20
  if (after === AFTER_DOT) return lowB === 0x73 || lowB === 0x68 || lowB === 0x70 || lowB === 0x61 || lowB === 0x6a
  if (after === AFTER_W) return b === 0x2e
  return after === AFTER_COLON_OR_BRACKET && (b === 0x2f || b === 0x28)
}

/** A state between ASCII characters: the last one was a word character (bit 0), and its `AFTER_*` (bits 1–2). */
const STATE_BITS = 3
/** A table entry's link bit: the characters read may start a link hint, so the block's hints are looked for. */
const MAY_LINK = 0x80

/**
 * Two ASCII characters at once, in a state (`state << 14 | first << 7 | second`): the digits (bits 0–1) and
 * word starts (2–3) among them, the state after them (4–6), and `MAY_LINK` when the state's last character
 * and the first, or the two, may start a link hint. Reading prose two characters per lookup halves the
 * counting work of the loop, and carrying the link state makes the common `.` of a sentence end cost
 * nothing: the hints are looked for only in blocks where a pair may start one (`exactHints`).
 * Letters are not counted here: they matter only for a block's Han share, and are counted again when it has Han.
 */
const ASCII_PAIR = new Uint8Array((1 << STATE_BITS) << 14)
/** The same for one ASCII character (`state << 7 | c`), when the next is not ASCII or there is none. */
const ASCII_ONE = new Uint8Array((1 << STATE_BITS) << 7)

/** The `ASCII_ONE` entry of ASCII character `c` read in `state`. */
function asciiOneEntry(state: number, c: number): number {
  const k = CHAR_CLASS[c]!
  const word = (k & IS_WORD) >> 3
  const digit = (k & IS_DIGIT) >> 1
  const start = word & ~state & 1
  const link = mayStartHint(AFTER_TO_CHAR[state >> 1]!, c) ? MAY_LINK : 0
  return digit | (start << 2) | ((word | (afterChar(c) << 1)) << 4) | link
}
/** A character that leaves each `AFTER_*` (for `asciiOneEntry` to test the pair it makes with the next). */
const AFTER_TO_CHAR = [0x20, 0x2e, 0x77, 0x3a]

/** Fill `ASCII_ONE`, then `ASCII_PAIR` as one character read after the other. */
function fillAsciiTables(): void {
  for (let state = 0; state < 1 << STATE_BITS; state++) for (let c = 0; c < 0x80; c++) ASCII_ONE[(state << 7) | c] = asciiOneEntry(state, c)
  for (let state = 0; state < 1 << STATE_BITS; state++) {
    for (let first = 0; first < 0x80; first++) {
      const one = ASCII_ONE[(state << 7) | first]!
      const row = (state << 14) | (first << 7)
      for (let second = 0; second < 0x80; second++) {
        const two = ASCII_ONE[(((one >> 4) & 7) << 7) | second]!
        ASCII_PAIR[row | second] = (one & 15) + (two & 15) + (two & 0x70) + ((one | two) & MAY_LINK)
      }
    }
  }
}
fillAsciiTables()

/** The classes of one code unit (a lone surrogate has none). */
function charClass(c: number): number {
  const k = CHAR_CLASS[c]!
  return k === 0 ? classify(c) : k
}

/** Classify a code unit with the Unicode property regexes, and remember the answer. */
function classify(c: number): number {
  const ch = String.fromCharCode(c)
  // A letter is never a digit or a mark: the general categories do not overlap.
  const k = LETTER.test(ch) ? IS_LETTER | IS_WORD : DIGIT.test(ch) ? IS_DIGIT | IS_WORD : MARK.test(ch) ? IS_MARK | IS_WORD : 0
  const unspaced = (k & (IS_LETTER | IS_MARK)) !== 0 && isUnspacedScript(c) ? IS_UNSPACED : 0
  CHAR_CLASS[c] = KNOWN | k | unspaced | (LOWER.test(ch) ? IS_LOWER : 0)
  return CHAR_CLASS[c]!
}

/** Han ideographs and kana: each one counts as a word (CJK text has no spaces to count by). */
function isCjkWordChar(c: number): boolean {
  return isHan(c) || (c >= 0x3040 && c <= 0x30ff)
}

/**
 * Characters of link text: markdown links when there are any, else URL and page-file tokens.
 *
 * @param text the block's text
 * @param hints what `linkHint` found in the text
 */
function linkChars(text: string, hints: number): number {
  let n = 0
  if ((hints & MARKDOWN) !== 0) {
    MARKDOWN_LINK.lastIndex = 0
    for (let m = MARKDOWN_LINK.exec(text); m !== null; m = MARKDOWN_LINK.exec(text)) n += m[0].length
    if (n > 0) return n
  }
  if ((hints & MAYBE_URL) === 0 || !MAYBE_LINK.test(text)) return 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) if (URL_START.test(m[0]) || PAGE_FILE.test(m[0])) n += m[0].length
  return n
}

/** Link hints, as bits: the text holds `](`; it holds `://`, `www.`, or a dot before `s`, `h`, `p`, `a` or `j` (any case). */
const MARKDOWN = 1
const MAYBE_URL = 2

/** The link hints that the ASCII punctuation `c` at `i` gives (the link regexes run only on a hint). */
function linkHint(text: string, i: number, c: number): number {
  // Reads past the end are checked first: an out-of-range charCodeAt slows the whole loop down.
  const n = text.length
  if (c === 0x2e) {
    const next = i + 1 < n ? text.charCodeAt(i + 1) | 0x20 : 0
    if (next === 0x73 || next === 0x68 || next === 0x70 || next === 0x61 || next === 0x6a) return MAYBE_URL
    const www = i >= 3 && (text.charCodeAt(i - 1) | 0x20) === 0x77 && (text.charCodeAt(i - 2) | 0x20) === 0x77 && (text.charCodeAt(i - 3) | 0x20) === 0x77
    return www ? MAYBE_URL : 0
  }
  if (c === 0x3a) return i + 2 < n && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f ? MAYBE_URL : 0
  if (c === 0x5d) return i + 1 < n && text.charCodeAt(i + 1) === 0x28 ? MARKDOWN : 0
  return 0
}

/**
 * Sentence-final punctuation: `. ! ? 。 ！ ？ …`, and the full stops of other scripts: the Devanagari and
 * Bengali danda `। ॥`, Arabic `؟` and Urdu `۔`, Armenian `։`, Tibetan `།`, Myanmar `။`, Ethiopic `።`
 * and Khmer `។`.
 */
function isTerminalPunct(c: number): boolean {
  if (c < 0x80) return c === 0x2e || c === 0x21 || c === 0x3f
  return (
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x2026 ||
    c === 0x0964 ||
    c === 0x0965 ||
    c === 0x061f ||
    c === 0x06d4 ||
    c === 0x0589 ||
    c === 0x0f0d ||
    c === 0x104b ||
    c === 0x1362 ||
    c === 0x17d4
  )
}

/** Closing quotes and brackets that may follow sentence-final punctuation: `" ' ” ’ » 」 』 ) ） ]`. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x300d || c === 0x300f || c === 0xff09
}

/** `s[from, to)` ends in sentence-final punctuation, allowing closing quotes or brackets after it. */
function endsTerminal(s: string, from: number, to: number): boolean {
  let i = to - 1
  while (i >= from && isCloser(s.charCodeAt(i))) i--
  return i >= from && isTerminalPunct(s.charCodeAt(i))
}

/**
 * Compute the features the classifier reads for one block of text, in one pass over its characters
 * (Unicode-property regexes per block cost ten times more on long pages).
 *
 * @param text the block's text
 * @returns length, word count, terminal punctuation, script and digit shares, link share, case of the start
 */
export function computeFeatures(text: string): BlockFeatures {
  return featuresAt(text, 0, text.length, text)
}

/**
 * `computeFeatures(text)` read from `s[from, to)`, which is `text`: a block's text that is its span of the
 * source is read from the source, a flat string that reads faster than the slice the block holds.
 *
 * @param s a string holding the text
 * @param from the text's first offset in `s`
 * @param to the offset just past it
 * @param text the text itself (`s.slice(from, to)`), for the rare block with links or Han
 * @returns the features of `text`
 */
export function featuresAt(s: string, from: number, to: number, text: string): BlockFeatures {
  const length = to - from
  let letters = 0
  let han = 0
  let digits = 0
  let words = 0
  // Letters and marks of unspaced scripts: every `UNSPACED_CHARS_PER_WORD` of them make one more word (such
  // text puts spaces between phrases only: a paragraph would count as a few words, a menu label's share).
  let unspaced = 0
  // The ASCII state (`ASCII_PAIR`): after a word character (bit 0), and the link hint the last character may start.
  let state = 0
  // `MAY_LINK` once a link hint may start somewhere: then the hints are looked for.
  let mayLink = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (i + 1 < to) {
      const next = s.charCodeAt(i + 1)
      if ((c | next) < 0x80) {
        // No branch on the entry: a block's counts and link bit are gathered the same way for every pair.
        const v = ASCII_PAIR[(state << 14) | (c << 7) | next]!
        digits += v & 3
        words += (v >> 2) & 3
        state = (v >> 4) & 7
        mayLink |= v
        i++
        continue
      }
    }
    if (c < 0x80) {
      const v = ASCII_ONE[(state << 7) | c]!
      digits += v & 3
      words += (v >> 2) & 3
      state = (v >> 4) & 7
      mayLink |= v
      continue
    }
    let k: number
    // Below the kana block nothing is CJK or a surrogate: Cyrillic, Greek, accents and curly quotes go straight to the table.
    if (c < 0x3040) k = charClass(c)
    else if (isCjkWordChar(c)) {
      letters++
      if (isHan(c)) han++
      words++
      state = 0
      continue
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      // Astral characters: Han extensions B+ count as Han words; others (emoji, math) as word characters if letters.
      // (A high surrogate without its low half takes the next code unit with it, as it always has: when that
      // is ASCII, the hints are looked for, as it may be a link character.)
      const cp = s.codePointAt(i)!
      i++
      if (cp < 0x10000 && s.charCodeAt(i) < 0x80) mayLink = MAY_LINK
      if (cp >= 0x20000 && cp <= 0x3ffff) {
        letters++
        han++
        words++
        state = 0
        continue
      }
      k = LETTER.test(String.fromCodePoint(cp)) ? IS_LETTER | IS_WORD : 0
    } else k = charClass(c)
    // Counted without branches: prose alternates letters and spaces too often for branches to be predicted.
    letters += k & IS_LETTER
    digits += (k & IS_DIGIT) >> 1
    unspaced += (k & IS_UNSPACED) >> 6
    const word = (k & IS_WORD) >> 3
    words += word & ~state & 1
    state = word
  }
  return {
    length,
    // `Math.floor(unspaced / UNSPACED_CHARS_PER_WORD)` as an exact division: a quotient that may be a fraction
    // turns the optimizing compiler's integer guess wrong on the first page whose count is no multiple of it
    // (the warm-up's is one), and compiled on stack the function can stay deoptimizing for the whole process.
    words: unspaced === 0 ? words : words + (unspaced - (unspaced % UNSPACED_CHARS_PER_WORD)) / UNSPACED_CHARS_PER_WORD,
    terminal: endsTerminal(s, from, to),
    // Letters were counted past ASCII only: the ASCII ones matter only beside Han.
    hanRatio: han === 0 ? 0 : han / (letters + asciiLetters(text)),
    digitRatio: length === 0 ? 0 : digits / length,
    linkRatio: length === 0 || (mayLink & MAY_LINK) === 0 ? 0 : linkChars(text, exactHints(text)) / length,
    startsLower: length > 0 && (charClass(s.charCodeAt(from)) & IS_LOWER) !== 0,
  }
}

/** The ASCII letters of a text, as `computeFeatures` reads it (a high surrogate takes the next code unit with it). */
function asciiLetters(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += CHAR_CLASS[c]! & IS_LETTER
    else if (c >= 0xd800 && c <= 0xdbff) i++
  }
  return n
}

/** The link hints of a text: those of each `.`, `:` and `]` in it (see `linkHint`). */
function exactHints(text: string): number {
  let hints = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80 && (CHAR_CLASS[c]! & LINK_PUNCT) !== 0) hints |= linkHint(text, i, c)
  }
  return hints
}

/**
 * Texts that between them take every path of `computeFeatures` and evaluate every comparison of its
 * character tests: markdown links, URL and page-file tokens, dots before and after `www`, Han in each
 * block, kana, astral Han, emoji and other astral characters, lone surrogates, accented letters, marks,
 * other digits, and every ratio as a fraction.
 */
const WARM_UP_TEXTS = [
  'See [a](b) now.',
  'x](y www.a.com/p.html http://b.org/x.z index.php c:d e.f ww.g w.h Done."',
  'é中文㐀豈カ\u{20000}\u{1F600}\u{E0001}é\u0301٣€ 12.5%\ud800x 」。！？…”’»』）)]x',
  'ข่าวการเมืองวันนี้ ພາສາລາວ',
  'Élan\ud800',
  '',
]
/**
 * V8 keeps type feedback for a function only once it has run about eight times its bytecode size: the
 * first rounds get it kept, the later ones record every path. After four rounds the
 * benchmark pages deoptimized nothing here (after two they did); six leave a margin.
 */
const WARM_UP_ROUNDS = 6
/** A lower and an upper accented letter, a mark, another digit, a symbol, a lone surrogate and a Thai letter, for `classify`. */
const WARM_UP_CHARS = [0xe9, 0xc9, 0x301, 0x663, 0x20ac, 0xdc00, 0xe01]

/**
 * Run `computeFeatures` on `WARM_UP_TEXTS` when the module loads, so the optimizing compiler sees complete
 * type feedback and never deoptimizes on the first rare character of a real page: a function deoptimized
 * while its loop had been compiled on stack can stay in baseline code for the rest of the process, at half
 * the speed.
 */
function warmUp(): void {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    for (const text of WARM_UP_TEXTS) computeFeatures(text)
    // Characters are classified once and then read from the table: classify a few again to warm that up too.
    for (const c of WARM_UP_CHARS) classify(c)
  }
}
warmUp()
