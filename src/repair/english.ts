/**
 * The cheap test for English prose that the foreign-paragraph repair runs before the statistical detector:
 * the share of function words among the words at a paragraph's start.
 */

import { FOREIGN_FUNCTION_WORDS } from '../lexicon/repair/foreign-function-words.js'
import { ENGLISH_FUNCTION_WORDS, GLUE_PREFIX_WORDS, GLUE_SUFFIX_WORDS } from '../lexicon/repair/function-words.js'
import { rankOfRanges } from '../lexicon/repair/words.js'
import { asciiWordCode } from '../core/chars.js'
import { isLatinLetter, isLower, isUpper } from './chars.js'
import { protectedMask } from './protect.js'

/**
 * Share of an English paragraph's words that are among `ENGLISH_FUNCTION_WORDS`; a Latin paragraph at or above
 * it is taken as English without running the detector. English prose sits near 0.23, and above 0.1 in 19
 * paragraphs of 20, name-heavy news included; prose in another Latin-script language has at most one such
 * word (an English name or title: `Digital Imaging and Communications`), 0.03 or less.
 */
const ENGLISH_FUNCTION_SHARE = 0.04
/**
 * Function words a paragraph needs at least, whatever their share: one English word in a short run of long
 * German compounds would otherwise make the share.
 */
const MIN_FUNCTION_HITS = 2
/** Characters of a paragraph the English check reads: a few sentences settle it. */
export const ENGLISH_SAMPLE = 400
/** Longest word the packed code below holds: 27^5 stays a small integer. */
export const MAX_PACKED = 5

/**
 * A word of at most `MAX_PACKED` ASCII letters, case folded, as one integer (base 27, letters 1–26), so the
 * function-word test needs no slice and no `toLowerCase`; -1 for anything else. It equals the word list's
 * hash of such a word (`wordHashStep`), so a scan that hashes words has the code for free.
 *
 * @param s the text
 * @param a start of the word
 * @param b end of the word
 * @returns the code, or -1
 */
export function packWord(s: string, a: number, b: number): number {
  return asciiWordCode(s, a, b, MAX_PACKED)
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

/**
 * Whether a packed code is one of `ENGLISH_FUNCTION_WORDS`.
 *
 * @param code a packed word (a positive integer), or -1
 * @returns true for a function word
 */
export function isFunctionCode(code: number): boolean {
  if (code <= 0) return false
  for (let k = functionSlot(code); ; k = (k + 1) & (FUNCTION_SLOTS - 1)) {
    const v = FUNCTION_TABLE[k]!
    if (v === code) return true
    if (v === 0) return false
  }
}

/**
 * Whether counts of words and function words read as English prose.
 *
 * @param words words among a paragraph's first `ENGLISH_SAMPLE` characters
 * @param hits how many of them are function words
 * @returns true when there are `MIN_FUNCTION_HITS` function words and their share reaches `ENGLISH_FUNCTION_SHARE`
 */
export function englishShare(words: number, hits: number): boolean {
  return hits >= MIN_FUNCTION_HITS && hits / words >= ENGLISH_FUNCTION_SHARE
}

/**
 * Whether counts taken part way through a paragraph's sample already settle `englishShare` as true: the
 * share holds even if every character left in the sample made a word of its own (at most one per two
 * characters) that is no function word. A scan may stop counting there.
 *
 * @param words words counted so far
 * @param hits function words among them
 * @param left characters of the sample after the last counted word
 * @returns true when `englishShare` of the final counts is certainly true, and so is that of these counts
 */
export function englishShareSettled(words: number, hits: number, left: number): boolean {
  return hits >= MIN_FUNCTION_HITS && hits / (words + ((left + 1) >> 1)) >= ENGLISH_FUNCTION_SHARE
}

/**
 * Whether a Latin-script paragraph has the function words of English prose: at least
 * `ENGLISH_FUNCTION_SHARE` of the words (Latin-letter runs) of its first `ENGLISH_SAMPLE` characters are
 * function words. The scan stops as soon as the share is reached even if every character left made a word
 * of its own, which in English prose is a third of the way in.
 *
 * @param text the paragraph
 * @returns true for English prose
 */
export function looksEnglish(text: string): boolean {
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
    if (englishShareSettled(words, hits, n - i)) return true
  }
  return englishShare(words, hits)
}

/**
 * Shortest lower-case word `hasEnglishWords` counts. Shorter words are no evidence: the English list, counted
 * from subtitles, holds the short function words of many languages (`de`, `la`, `het`, `ng`, `van`, `die`).
 */
const MIN_COUNTED_WORD = 4
/**
 * A counted word is an English word when its rank in the English list is below this (about five uses in
 * 51 million words, as glued-words' `COMMON_RANK`): rarer entries are often foreign words from subtitles.
 */
const ENGLISH_WORD_RANK = 40_000
/**
 * Share of a paragraph's counted words that must be English words, more than this, for the word repairs to
 * trust it. Measured: the 15 paragraphs of the benchmark pages, corpus and generated mixed pages where a word
 * repair fires sit at 0.94 or above; 65 short sentences without accents in Spanish, Portuguese, Italian,
 * Indonesian, German, Dutch, Tagalog, French, Swedish and Polish at 0.5 or below. Of 9,626 lines of English
 * pages, 142 fail `hasEnglishWords` (labels, user names, headlines of one to three counted words such as
 * `sign up for newsletters` before `MODERN_WORDS` listed `newsletters`, and quoted foreign lines); none had a
 * word repair.
 */
const MAX_FOREIGN_WORD_SHARE = 0.5

const NO_OFFSETS: readonly number[] = []

/** A Latin-1 capital (`À`–`Þ`): with `isUpper`, what makes a run no lower-case word. */
function isLatin1Upper(c: number): boolean {
  return c >= 0xc0 && c <= 0xde && c !== 0xd7
}

/**
 * Whether the unlisted lower-case run `s[a, b)` has the shape the glued-word repair splits (a glue word and
 * three letters or more): it is what the repair asks about, not evidence either way.
 */
function glueShaped(s: string, a: number, b: number): boolean {
  for (const p of GLUE_PREFIX_WORDS) if (b - a - p.length >= 3 && s.startsWith(p, a)) return true
  for (const q of GLUE_SUFFIX_WORDS) if (b - a - q.length >= 3 && s.endsWith(q, b)) return true
  return false
}

/**
 * The counts `hasEnglishWords` reads: a paragraph's lower-case words of `MIN_COUNTED_WORD` letters or more,
 * leaving out words inside URLs and code, unlisted words of the glued shape and the words on either side of
 * a space in `around`, and how many of them are common English words.
 *
 * @param text the paragraph
 * @param around offsets of spaces, ascending (the broken-word joins): the words they separate are not counted
 * @param from where the counted range starts (a span of the paragraph; the default is the whole of it)
 * @param to where it ends
 * @returns `[counted, english]`
 */
export function englishWordCounts(text: string, around: readonly number[] = NO_OFFSETS, from = 0, to = text.length): [number, number] {
  return countEnglishWords(text, around, from, to, { mask: null })
}

/** A paragraph's protected mask (`protectedMask`), computed on first need and shared by the spans read. */
interface MaskCache {
  mask: Uint8Array | undefined | null
}

/** `englishWordCounts` over `text[from, to)`, with the paragraph's protected mask cached in `cache`. */
function countEnglishWords(text: string, around: readonly number[], from: number, to: number, cache: MaskCache): [number, number] {
  // The first space that can touch a word of the range (the one before its first letter, at `from - 1` at least).
  let next = lowerBound(around, from - 1)
  let counted = 0
  let english = 0
  for (let i = from; i < to; ) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const a = i
    let lower = true
    let ascii = true
    for (; i < to; i++) {
      const c = text.charCodeAt(i)
      if (!isLatinLetter(c)) break
      if (isUpper(c) || isLatin1Upper(c)) lower = false
      else if (!isLower(c)) ascii = false
    }
    while (next < around.length && around[next]! < a - 1) next++
    if (next < around.length && (around[next] === a - 1 || around[next] === i)) continue
    if (!lower || i - a < MIN_COUNTED_WORD) continue
    if (cache.mask === null) cache.mask = protectedMask(text)
    if (cache.mask !== undefined && cache.mask[a] === 1) continue
    const rank = ascii ? rankOfRanges(text, a, i, a, a) : -1
    if (rank < 0 && ascii && glueShaped(text, a, i)) continue
    counted++
    if (rank >= 0 && rank < ENGLISH_WORD_RANK) english++
  }
  return [counted, english]
}

/**
 * Whether a paragraph's words are English enough for the word repairs (glued and broken words), which split
 * and join tokens by an English word list: more than `MAX_FOREIGN_WORD_SHARE` of its lower-case words of
 * `MIN_COUNTED_WORD` letters or more are common English words, or it has the function words of English prose
 * (`looksEnglish`). A short paragraph in another Latin-script language written without accents, too short for
 * the language detector, fails both, and its words stay whole (`todas` is not `to das`, `offen` not `of fen`).
 * Capitalised words (names, German nouns), words inside URLs and code, and unlisted words of the glued shape
 * (`ofthe`, `todas`: what the repair asks about) are not counted; a paragraph with
 * no counted word passes.
 *
 * @param text the paragraph
 * @param joins offsets of the spaces the broken-word repair would delete: their fragments are not counted either
 * @returns false when too few of its words are English words
 */
export function hasEnglishWords(text: string, joins: readonly number[] = NO_OFFSETS): boolean {
  return paragraphVerdict(text, joins, { mask: null })
}

/** `hasEnglishWords`, with the paragraph's protected mask cached in `cache`. */
function paragraphVerdict(text: string, joins: readonly number[], cache: MaskCache): boolean {
  const [counted, english] = countEnglishWords(text, joins, 0, text.length, cache)
  return counted === 0 || english > counted * MAX_FOREIGN_WORD_SHARE || looksEnglish(text)
}

/** The function words of every language in `FOREIGN_FUNCTION_WORDS`, as one set: a span may mix them. */
const FOREIGN_WORDS: ReadonlySet<string> = new Set(Object.values(FOREIGN_FUNCTION_WORDS).flat())
/** The longest of them: a longer word is never looked up. */
const MAX_FOREIGN_WORD = Math.max(...[...FOREIGN_WORDS].map((w) => w.length))
/**
 * A span is another language's when at least this share of its words are its function words (and at least
 * `MIN_FOREIGN_HITS` of them, more than its English function words). Such prose sits at 0.3 to 0.6; English
 * with a name particle or a borrowed phrase (`Mies van der Rohe`, `raison d’être`) has one or two in a sentence
 * of ten words or more.
 */
const FOREIGN_FUNCTION_SHARE = 0.3
/** Foreign function words a span needs at least to be read as another language's. */
const MIN_FOREIGN_HITS = 2
/**
 * Counted words (see `hasEnglishWords`) a span needs for its own verdict from their share; a span with fewer,
 * and fewer than `MIN_FUNCTION_HITS` English function words, is read with its paragraph.
 */
const MIN_SPAN_COUNTED = 3
/**
 * Characters a span reaches at least on either side of a repair when its sentence is longer: a long run
 * without a sentence end is cut to a window of words. Windows are laid on a grid of this step (the one around
 * a repair spans the step it falls in and one step either side), so the repairs of one long run share a few
 * windows and the gate reads each once.
 */
const SPAN_STEP = 300

/**
 * Whether `c` bounds a quotation, an aside or a line: straight and curly double quotes, guillemets, low
 * quotes, brackets and line breaks. The apostrophe is no bound (`don’t`, `l’école`).
 */
function isClauseMark(c: number): boolean {
  return (
    c === 0x0a ||
    c === 0x0d ||
    c === 0x22 ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x201c && c <= 0x201f) ||
    c === 0x2039 ||
    c === 0x203a
  )
}

/** Whether `c` ends a sentence or a clause when white space or a mark follows: `.!?;:` and `…`. */
function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a || c === 0x2026
}

/** Whether a stop at `k - 1` ends its sentence: the character at `k` is white space or a mark, or the text ends. */
function stopsAt(text: string, k: number): boolean {
  if (k >= text.length) return true
  const c = text.charCodeAt(k)
  return c === 0x20 || c === 0x09 || c === 0xa0 || isClauseMark(c)
}

/**
 * Where a paragraph's clauses are cut, ascending: each quote mark, bracket or line break, and each
 * sentence end (`.!?;:…` before white space, a mark or the end). A clause runs from after one cut to the next.
 *
 * @param text the paragraph
 * @returns the offsets of the cutting characters
 */
export function clauseCuts(text: string): number[] {
  const cuts: number[] = []
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (isClauseMark(c) || (isStop(c) && stopsAt(text, k + 1))) cuts.push(k)
  }
  return cuts
}

/** Index of the first of the ascending `xs` at or after `x` (`xs.length` when none is). */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (xs[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The sentence or clause of `text` around offset `at`: from after the last cut (`clauseCuts`) before it to
 * the first one at or after it. A longer one is cut to the window of the grid step `at` falls in and one step
 * either side (`SPAN_STEP`), at white space.
 *
 * @param text the paragraph
 * @param at an offset in it (a split inside a token, or the space a join deletes)
 * @param cuts `clauseCuts(text)`, for a caller that asks about many offsets
 * @returns `[from, to)`
 */
export function clauseAround(text: string, at: number, cuts: readonly number[] = clauseCuts(text)): [number, number] {
  const k = lowerBound(cuts, at)
  let from = k > 0 ? cuts[k - 1]! + 1 : 0
  let to = k < cuts.length ? cuts[k]! : text.length
  const step = Math.floor(at / SPAN_STEP)
  const low = (step - 1) * SPAN_STEP
  const high = (step + 2) * SPAN_STEP
  if (from < low) {
    from = low
    while (from < at && text.charCodeAt(from - 1) !== 0x20) from++
  }
  if (to > high) {
    to = high
    while (to > at && text.charCodeAt(to) !== 0x20) to--
  }
  return [from, to]
}

/**
 * The function words of `text[from, to)`: `[words, foreign, english]`, its Latin-letter runs, its lower-case
 * words in `FOREIGN_FUNCTION_WORDS`, and its words in `ENGLISH_FUNCTION_WORDS`.
 *
 * @param text the paragraph
 * @param from start of the span
 * @param to end of the span
 * @returns the three counts
 */
export function functionWordCounts(text: string, from: number, to: number): [number, number, number] {
  let words = 0
  let foreign = 0
  let english = 0
  for (let i = from; i < to; ) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const a = i
    while (i < to && isLatinLetter(text.charCodeAt(i))) i++
    words++
    if (isFunctionCode(packWord(text, a, i))) english++
    else if (i - a <= MAX_FOREIGN_WORD && !isUpper(text.charCodeAt(a)) && !isLatin1Upper(text.charCodeAt(a))) {
      if (FOREIGN_WORDS.has(text.slice(a, i))) foreign++
    }
  }
  return [words, foreign, english]
}

/**
 * The verdict of one span: false when it is another language's (`FOREIGN_FUNCTION_SHARE` of its words are
 * that language's function words), else `hasEnglishWords` of the span when it holds `MIN_SPAN_COUNTED` counted
 * words or `MIN_FUNCTION_HITS` English function words. A shorter span is false when it holds a foreign
 * function word and no English one (`"Vamos todas"` quoted in English prose: `todas` is no `to das`), else
 * undefined (too little to tell).
 */
function spanVerdict(text: string, from: number, to: number, joins: readonly number[], cache: MaskCache): boolean | undefined {
  const [words, foreign, functionHits] = functionWordCounts(text, from, to)
  if (foreign >= MIN_FOREIGN_HITS && foreign > functionHits && foreign >= words * FOREIGN_FUNCTION_SHARE) return false
  const [counted, english] = countEnglishWords(text, joins, from, to, cache)
  if (counted < MIN_SPAN_COUNTED && functionHits < MIN_FUNCTION_HITS) return foreign > 0 && functionHits === 0 ? false : undefined
  return english > counted * MAX_FOREIGN_WORD_SHARE || looksEnglish(text.slice(from, to))
}

/**
 * The gate of the word repairs at the span each one touches: an English paragraph may quote a sentence in
 * another language (`… he wrote: "Wir haben das nicht gewusst." The ministry …`), and a repair read from an
 * English word list must not reach into it. The span is the repair's sentence or clause (`clauseAround`); it
 * answers by its own words when it has enough of them (`spanVerdict`), and a short one by its paragraph's
 * (`hasEnglishWords`). Verdicts are cached, so a paragraph with many repairs is read once per span.
 *
 * @param text the paragraph
 * @param joins offsets of the spaces the broken-word repair would delete: their fragments are not counted
 * @returns whether a repair at an offset may run
 */
export function englishGate(text: string, joins: readonly number[] = NO_OFFSETS): (at: number) => boolean {
  const cache: MaskCache = { mask: null }
  const spans = new Map<number, boolean>()
  let cuts: number[] | undefined
  let paragraph: boolean | undefined
  return (at) => {
    const [from, to] = clauseAround(text, at, (cuts ??= clauseCuts(text)))
    const key = from * (text.length + 1) + to
    let verdict = spans.get(key)
    if (verdict === undefined) {
      verdict = spanVerdict(text, from, to, joins, cache) ?? (paragraph ??= paragraphVerdict(text, joins, cache))
      spans.set(key, verdict)
    }
    return verdict
  }
}
