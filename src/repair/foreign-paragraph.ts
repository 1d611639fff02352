import { judge } from '../core/doc.js'
import { isEnabled } from '../core/options.js'
import { detectLanguage } from '../lang/detect.js'
import type { Context, Doc } from '../types.js'
import { isAsciiLetter, isDigit, isHan, isLatinLetter, isUpper } from './chars.js'
import { englishShare, looksEnglish } from './english.js'

/** Rule id under which untranslated paragraphs are removed or reported. */
export const FOREIGN_PARAGRAPH = 'repair/foreign-paragraph'

/**
 * Whether the repair stage drops paragraphs in a foreign language from a document in `lang`: an English
 * page, `foreignText: 'drop'`, the rule on. The stages before it ask, to judge the page as cleaning the body
 * again will see it.
 *
 * @param lang the document language
 * @param ctx the context
 * @returns true when `foreignLanguage(text, 'en')` decides which body paragraphs go
 */
export function dropsForeignText(lang: string | undefined, ctx: Context): boolean {
  return lang === 'en' && ctx.options.foreignText === 'drop' && isEnabled(ctx, FOREIGN_PARAGRAPH)
}
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
    // Vietnamese is settled by its letters, unless the paragraph reads as English prose that quotes a
    // Vietnamese sentence; other Latin languages need the detector and enough text.
    const english = main === 'en' && looksEnglish(text)
    if (vietnamese >= Math.max(MIN_VIETNAMESE_LETTERS, latin * VIETNAMESE_SHARE) && !english) lang = 'vi'
    else if (latin >= MIN_DETECT_LETTERS && !english && !listLike(text)) lang = detectLanguage(text.slice(0, DETECT_SAMPLE))
  }
  return lang !== undefined && lang !== main ? lang : undefined
}

/**
 * Whether a paragraph of an English document is settled as not foreign without reading it again, from what a
 * scan of it counted: it has no letter outside ASCII (of another script or accented; other symbols may be
 * there), and it has too few letters for the detector or reads as English prose by its function words. For
 * such a paragraph `foreignLanguage(text, 'en')` is undefined on every path.
 *
 * @param asciiOnly whether every letter of the paragraph is an ASCII letter
 * @param letters how many letters it has
 * @param sampleWords words among its first `ENGLISH_SAMPLE` characters (see `looksEnglish`)
 * @param sampleHits function words among them
 * @returns true when `foreignLanguage(text, 'en')` is certainly undefined
 */
export function settledEnglish(asciiOnly: boolean, letters: number, sampleWords: number, sampleHits: number): boolean {
  return asciiOnly && (letters < MIN_DETECT_LETTERS || englishShare(sampleWords, sampleHits))
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
  const candidates: number[] = []
  for (let i = 0; i < doc.blocks.length; i++) if (doc.blocks[i]!.verdict === 'body') candidates.push(i)
  return foreignParagraphsAmong(doc, mode, candidates, candidates.length)
}

/** A body block the foreign-paragraph repair found entirely in another language: its index and the language. */
export interface ForeignBlock {
  readonly index: number
  readonly lang: string
}

/**
 * The body blocks of an English document, among `candidates[0, count)`, that are entirely in another
 * language (see `foreignLanguage`), in order; none in a document of another or no language.
 *
 * @param doc the annotated, classified document
 * @param candidates block indices, ascending
 * @param count how many of `candidates` to read
 * @returns the foreign blocks
 */
export function foreignBlocksAmong(doc: Doc, candidates: ArrayLike<number>, count: number): ForeignBlock[] {
  const found: ForeignBlock[] = []
  if (doc.lang !== 'en') return found
  for (let k = 0; k < count; k++) {
    const i = candidates[k]!
    const lang = foreignLanguage(doc.blocks[i]!.text, doc.lang)
    if (lang !== undefined) found.push({ index: i, lang })
  }
  return found
}

/**
 * `foreignParagraphs` for a caller that already knows which body blocks can be foreign: only the blocks at
 * `candidates[0, count)` (body blocks, in order) are read.
 *
 * @param doc the annotated, classified document
 * @param mode the `foreignText` option
 * @param candidates block indices, ascending
 * @param count how many of `candidates` to read
 * @returns the document with foreign paragraphs dropped or marked
 */
export function foreignParagraphsAmong(doc: Doc, mode: 'keep' | 'drop' | 'mark', candidates: ArrayLike<number>, count: number): Doc {
  if (mode === 'keep' || doc.lang !== 'en') return doc
  return withForeignBlocks(doc, mode, foreignBlocksAmong(doc, candidates, count))
}

/**
 * The document with the foreign blocks found dropped (`'drop'`: judged boilerplate under
 * `repair/foreign-paragraph`) or listed in `metadata.foreignParagraphs` (`'mark'`).
 *
 * @param doc the document the blocks were found in
 * @param mode the `foreignText` option (`'keep'` leaves the document as it is)
 * @param foreign what `foreignBlocksAmong` found
 * @returns the document with foreign paragraphs dropped or marked
 */
export function withForeignBlocks(doc: Doc, mode: 'keep' | 'drop' | 'mark', foreign: readonly ForeignBlock[]): Doc {
  if (mode === 'keep' || foreign.length === 0) return doc
  if (mode === 'mark') {
    const found: ForeignParagraph[] = foreign.map(({ index, lang }) => ({ start: doc.blocks[index]!.start, end: doc.blocks[index]!.end, lang }))
    return { ...doc, metadata: { ...doc.metadata, foreignParagraphs: found } }
  }
  const blocks = doc.blocks.slice()
  for (const { index } of foreign) blocks[index] = judge(blocks[index]!, 'boilerplate', FOREIGN_PARAGRAPH)
  return { ...doc, blocks }
}
