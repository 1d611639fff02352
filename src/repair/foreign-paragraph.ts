import { judge } from '../core/doc.js'
import { detectLanguage } from '../lang/detect.js'
import type { Block, Doc } from '../types.js'
import { isAsciiLetter, isDigit, isHan, isLatinLetter, isUpper } from './chars.js'

/** Rule id under which untranslated paragraphs are removed or reported. */
export const FOREIGN_PARAGRAPH = 'repair/foreign-paragraph'
/** Share of a paragraph's letters that must be in a non-Latin script for it to be entirely foreign. */
const FOREIGN_SCRIPT_SHARE = 0.9
/**
 * A Latin-script paragraph needs this many letters before the language detector is trusted on it: on
 * shorter text (captions full of names) it guesses, and a wrong guess would drop English.
 */
const MIN_DETECT_LETTERS = 150
/** The detector reads at most this much of a paragraph: enough to decide, and it keeps the rule fast. */
const DETECT_SAMPLE = 1000
/** Japanese mixes kana with Han; this share of kana against Han makes a CJK paragraph Japanese. */
const KANA_SHARE = 0.05
/** Vietnamese-only letters a paragraph needs before it is taken as Vietnamese (a name like `Việt` is not enough). */
const MIN_VIETNAMESE_LETTERS = 5
/** Share of Latin letters that are Vietnamese-only for a Latin paragraph to be Vietnamese. */
const VIETNAMESE_SHARE = 0.03

/**
 * Share of an English paragraph's words that are among its commonest function words; a Latin paragraph
 * at or above it is taken as English without running the detector (English prose sits near 0.25).
 */
const ENGLISH_FUNCTION_SHARE = 0.04
/** Characters of a paragraph the English check reads: a few sentences settle it. */
const ENGLISH_SAMPLE = 400
/** The commonest English function words, the cheap check before the statistical detector. */
const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'is', 'a', 'an', 'for', 'that', 'on', 'with', 'as', 'was', 'by', 'are', 'it', 'be',
  'has', 'have', 'at', 'from', 'or', 'but', 'not', 'this', 'we', 'you', 'i', 'he', 'she', 'they', 'his', 'her',
  'their', 'can', 'will', 'its', 'our', 'your', 'who', 'which', 'after', 'over', 'into', 'about', 'than',
]
/** Longest word the packed code below holds: 27^5 stays a small integer. */
const MAX_PACKED = 5

/**
 * A word of at most `MAX_PACKED` ASCII letters, case folded, as one integer (base 27, letters 1–26), so the
 * function-word test needs no slice and no `toLowerCase`; -1 for anything else.
 */
function packWord(s: string, a: number, b: number): number {
  if (b - a > MAX_PACKED) return -1
  let code = 0
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) | 0x20
    if (c < 0x61 || c > 0x7a) return -1
    code = code * 27 + (c - 0x60)
  }
  return code
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

/** Whether a packed code (a positive integer, or -1) is one of `ENGLISH_FUNCTION_WORDS`. */
function isFunctionCode(code: number): boolean {
  if (code <= 0) return false
  for (let k = functionSlot(code); ; k = (k + 1) & (FUNCTION_SLOTS - 1)) {
    const v = FUNCTION_TABLE[k]!
    if (v === code) return true
    if (v === 0) return false
  }
}

/**
 * Whether a Latin-script paragraph has the function words of English prose: at least
 * `ENGLISH_FUNCTION_SHARE` of the words of its first `ENGLISH_SAMPLE` characters are function words.
 * The scan stops as soon as the share is reached even if every character left made a word of its own,
 * which in English prose is a third of the way in.
 */
function looksEnglish(text: string): boolean {
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
    if (hits / (words + ((n - i + 1) >> 1)) >= ENGLISH_FUNCTION_SHARE) return true
  }
  return words > 0 && hits / words >= ENGLISH_FUNCTION_SHARE
}

/**
 * Share of a line's tokens that are capitalised words or numbers at or above which it is a list of names,
 * credits or items (`Director Kim Min Ho, Lighting Park Ji Woo`, `2 Cups Flour, 1 Tsp Salt`), whatever language
 * its names look like. Prose stays below it, even German with its capitalised nouns and acronyms (about 0.3,
 * up to 0.5 in technical text).
 */
const NAME_LIKE_SHARE = 0.6
/**
 * Fewer words than this per item between commas, semicolons, brackets or bullets makes a line a list
 * (`½ cup cherry tomatoes, ¼ cup feta, 1 tbsp vinegar`), not prose, whose clauses run longer.
 */
const MIN_CLAUSE_WORDS = 4

/** A vulgar fraction (`½`, `¼`, `⅓`): a number in a recipe or a measure. */
function isFraction(c: number): boolean {
  return (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215f)
}

/** A character that separates the items of a list: `, ; ( ) [ ] • · | /` and the full-width comma. */
function isItemSeparator(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x2022 || c === 0xb7 || c === 0x7c || c === 0x2f || c === 0xff0c
}

/**
 * Whether a Latin-script line is a list of names or items rather than prose: mostly capitalised words and
 * numbers, or short items between separators. The language detector guesses on such lines (romanised names
 * read as Korean or Indonesian, ingredient lists as anything), so they are never taken as foreign.
 *
 * @param text the line
 * @returns true for a list-like or name-like line
 */
function listLike(text: string): boolean {
  let words = 0
  let capitalised = 0
  let numbers = 0
  let separators = 0
  const n = Math.min(text.length, DETECT_SAMPLE)
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i)
    if (isLatinLetter(c)) {
      let j = i + 1
      while (j < n && isLatinLetter(text.charCodeAt(j))) j++
      if (j - i >= 2) {
        words++
        if (isUpper(c) || (c >= 0xc0 && c <= 0xde)) capitalised++
      }
      i = j
      continue
    }
    if (isDigit(c) || isFraction(c)) {
      numbers++
      while (i < n && (isDigit(text.charCodeAt(i)) || isFraction(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i++
      continue
    }
    if (isItemSeparator(c)) separators++
    i++
  }
  const tokens = words + numbers
  if (tokens === 0) return true
  return (capitalised + numbers) / tokens >= NAME_LIKE_SHARE || words / (separators + 1) < MIN_CLAUSE_WORDS
}

/** A paragraph the foreign-text repair found: where it is and its language. */
export interface ForeignParagraph {
  readonly start: number
  readonly end: number
  readonly lang: string
}

/**
 * The language of a paragraph that is entirely in a language other than `main`, or undefined. Script first:
 * a paragraph whose letters are nearly all Han, kana, Hangul or another non-Latin script is foreign to an
 * English document; a Latin-script paragraph is foreign only when the detector says so on enough text
 * (Vietnamese is settled by its letters). Mixed paragraphs (`习近平…,早在2000During his tenure…`) are not.
 *
 * @param text the paragraph
 * @param main the document's main language
 * @returns the paragraph's language when it is entirely foreign
 */
export function foreignLanguage(text: string, main: string): string | undefined {
  // Most paragraphs of an English page are ASCII with typographic punctuation (’ “ — …): no letter of
  // another script and none of Vietnamese, so they are too short for the detector, or English prose.
  const plain = !NOT_PLAIN.test(text)
  if (plain && (text.length < MIN_DETECT_LETTERS || (main === 'en' && looksEnglish(text)))) return undefined
  let latin = 0
  let han = 0
  let kana = 0
  let hangul = 0
  let other = 0
  let vietnamese = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // ASCII first: nearly every character of an English page, settled by one comparison.
    if (c < 0x80) {
      if (isAsciiLetter(c)) latin++
      continue
    }
    if (isLatinLetter(c)) {
      latin++
      if (isVietnameseLetter(c)) vietnamese++
    } else if (isHan(c)) han++
    else if (c >= 0x3041 && c <= 0x30ff) kana++
    else if (c >= 0xac00 && c <= 0xd7af) hangul++
    else if (c >= 0x370 && c < 0x2000) other++ // Greek to Ethiopic: letters of other scripts
  }
  const nonLatin = han + kana + hangul + other
  const letters = latin + nonLatin
  if (letters === 0) return undefined
  let lang: string | undefined
  if (nonLatin / letters >= FOREIGN_SCRIPT_SHARE) {
    // The script settles CJK; other scripts (Cyrillic, Arabic…) go to the detector.
    if (kana > 0 && kana >= han * KANA_SHARE) lang = 'ja'
    else if (han >= hangul && han >= other) lang = 'zh'
    else if (hangul >= other) lang = 'ko'
    else lang = detectLanguage(text.slice(0, DETECT_SAMPLE))
  } else if (nonLatin === 0) {
    // Vietnamese is settled by its letters; other Latin languages need the detector and enough text.
    if (vietnamese >= Math.max(MIN_VIETNAMESE_LETTERS, latin * VIETNAMESE_SHARE)) lang = 'vi'
    else if (latin >= MIN_DETECT_LETTERS && !(main === 'en' && looksEnglish(text)) && !listLike(text)) lang = detectLanguage(text.slice(0, DETECT_SAMPLE))
  }
  return lang !== undefined && lang !== main ? lang : undefined
}

/**
 * A character that is not plain: plain characters are no letter of another script and no Vietnamese
 * letter: ASCII, Latin-1 punctuation and symbols (U+00A0–U+00BF: no-break space, `©`, `½`), and general
 * punctuation (U+2000–U+206F: `’ “ ” — …`). A native scan, most paragraphs being all plain.
 */
const NOT_PLAIN = /[^\0-\xbf\u2000-\u206f]/

/** Letters only Vietnamese uses among Latin-script languages: ă đ ơ ư and the stacked tone marks. */
function isVietnameseLetter(c: number): boolean {
  return (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x103 || c === 0x102 || c === 0x111 || c === 0x110 || c === 0x1a1 || c === 0x1a0 || c === 0x1b0 || c === 0x1af
}

/**
 * The untranslated-paragraph repair, run over a whole document before the block repairs. In an English
 * document a body paragraph entirely in another language is, by `options.foreignText`: `'drop'` (default)
 * judged boilerplate under `repair/foreign-paragraph` (so `clean()` lists it in `removed`; `repair()` never
 * removes text and keeps it); `'mark'` kept and listed in `metadata.foreignParagraphs` as
 * `{ start, end, lang }`; `'keep'` left alone. Chinese words or clauses inside an English paragraph are
 * never dropped: the paragraph is mixed, not foreign.
 *
 * @param doc the annotated, classified document
 * @param mode the `foreignText` option
 * @returns the document with foreign paragraphs dropped or marked
 */
export function foreignParagraphs(doc: Doc, mode: 'keep' | 'drop' | 'mark'): Doc {
  if (mode === 'keep' || doc.lang !== 'en') return doc
  const found: ForeignParagraph[] = []
  let changed = false
  const blocks = doc.blocks.map((b): Block => {
    if (b.verdict !== 'body') return b
    const lang = foreignLanguage(b.text, doc.lang ?? 'en')
    if (lang === undefined) return b
    found.push({ start: b.start, end: b.end, lang })
    if (mode !== 'drop') return b
    changed = true
    return judge(b, 'boilerplate', FOREIGN_PARAGRAPH)
  })
  if (found.length === 0) return doc
  if (mode === 'mark') return { ...doc, metadata: { ...doc.metadata, foreignParagraphs: found } }
  return changed ? { ...doc, blocks } : doc
}
