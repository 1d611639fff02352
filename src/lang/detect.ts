import { franc } from 'franc-min'
import { asciiWordCode } from '../core/chars.js'
import { FUNCTION_WORDS } from './function-words.js'
import { ISO639_3_TO_1 } from './iso639.js'

// Vietnamese is the only major Latin-script language with these letters (ă â đ ê ô ơ ư and the
// stacked tone marks); a few of them in a Latin text settle it without a statistical model.
const VIETNAMESE_LETTER = /[ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉĩọỏụủũỵỷỹỳ]/giu
/** Code-point ranges of the scripts that decide a language, checked in one pass (no per-script regex). */
const SCRIPT_RANGES: ReadonlyArray<readonly [string, number, number]> = (
  [
    ['latin', 0x41, 0x5a], ['latin', 0x61, 0x7a], ['latin', 0xc0, 0x24f], ['greek', 0x370, 0x3ff],
    ['cyrillic', 0x400, 0x4ff], ['hebrew', 0x590, 0x5ff], ['arabic', 0x600, 0x6ff], ['arabic', 0x750, 0x77f],
    ['devanagari', 0x900, 0x97f], ['thai', 0xe00, 0xe7f], ['hangul', 0x1100, 0x11ff], ['latin', 0x1e00, 0x1eff],
    ['kana', 0x3040, 0x30ff], ['hangul', 0x3130, 0x318f], ['kana', 0x31f0, 0x31ff], ['han', 0x3400, 0x4dbf],
    ['han', 0x4e00, 0x9fff], ['hangul', 0xac00, 0xd7af], ['han', 0xf900, 0xfaff], ['han', 0x20000, 0x3ffff],
  ] as const
)
  // scriptOf stops at the first range that starts past the code point, so the table must stay sorted.
  .slice()
  .sort((a, b) => a[1] - b[1])
const NOT_LATIN = new Set([0xd7, 0xf7]) // × and ÷ sit inside the Latin-1 letter range

function scriptOf(cp: number): string | undefined {
  if (NOT_LATIN.has(cp)) return undefined
  for (const [name, lo, hi] of SCRIPT_RANGES) {
    if (cp < lo) return undefined
    if (cp <= hi) return name
  }
  return undefined
}
/** `scriptOf` for each BMP code unit, filled in the first time one is met: 0 unknown, 1 none, else 2 + index in SCRIPT_NAMES. */
const SCRIPT_NAMES = [...new Set(SCRIPT_RANGES.map((r) => r[0]))]
const BMP_SCRIPT = new Uint8Array(0x10000)

/** `scriptOf` for a code point, remembered for the BMP. */
function cachedScriptOf(cp: number): string | undefined {
  if (cp > 0xffff) return scriptOf(cp)
  let k = BMP_SCRIPT[cp]!
  if (k === 0) {
    const name = scriptOf(cp)
    BMP_SCRIPT[cp] = k = name === undefined ? 1 : 2 + SCRIPT_NAMES.indexOf(name)
  }
  return k === 1 ? undefined : SCRIPT_NAMES[k - 2]
}
// Scripts used by one language in practice; the others go to the statistical detector.
const SINGLE_LANGUAGE_SCRIPT: Readonly<Record<string, string>> = { hangul: 'ko', greek: 'el', thai: 'th', hebrew: 'he' }
/** Below this many letters the statistical detector is guesswork (short mixed lines come out as French), so the answer is left undefined. */
const MIN_LETTERS_FOR_MODEL = 150
/** Other scripts are shared by far fewer languages, so the model decides on less text. */
const MIN_LETTERS_OTHER_SCRIPT = 40
/** The statistical detector reads at most this much text: enough to decide, and keeps it fast. */
const MODEL_SAMPLE = 1000
/**
 * Function-word hits the leading language needs, and its lead over the next, to skip the model: a share
 * of the words (function words are a third or more of running text), at least a few, and enough on long text.
 */
const FUNCTION_WORD_MIN_HITS = 12
const FUNCTION_WORD_MIN_SHARE = 0.15
const FUNCTION_WORD_FLOOR = 3
const FUNCTION_WORD_LEAD = 3
/** The languages with function words; hits are counted per index into this list. */
const FUNCTION_WORD_LANGS = Object.keys(FUNCTION_WORDS)
/** Each function word, with the indexes of the languages that use it. */
const WORD_TO_LANGS = new Map<string, number[]>()
FUNCTION_WORD_LANGS.forEach((lang, i) => {
  for (const w of FUNCTION_WORDS[lang]!) WORD_TO_LANGS.set(w, [...(WORD_TO_LANGS.get(w) ?? []), i])
})
/** The longest function word, in code units: lower-casing never shortens a word, so longer words are not looked up. */
const MAX_FUNCTION_WORD = Math.max(...[...WORD_TO_LANGS.keys()].map((w) => w.length))
/** Longest function word coded as an integer (`asciiWordCode`); longer ones are looked up as strings. */
const MAX_CODED_WORD = 6
/** The same map for the function words of ASCII letters, keyed by `asciiWordCode` (no string is made per word). */
const ASCII_WORD_TO_LANGS = new Map<number, number[]>()
for (const [w, langs] of WORD_TO_LANGS) {
  const key = asciiWordCode(w, 0, w.length, MAX_CODED_WORD)
  if (key >= 0) ASCII_WORD_TO_LANGS.set(key, langs)
}
/** Per UTF-16 code unit: 2 when it is a Latin-script character, 1 when not, 0 until first met. */
const LATIN_CHAR = new Uint8Array(0x10000)
const LATIN = /\p{Script=Latin}/u
/**
 * Share of Latin letters that must be Vietnamese-only letters for a text to count as Vietnamese. In
 * Vietnamese prose they are a fifth or more of the letters; one Vietnamese paragraph quoted in an English
 * page stays well below this.
 */
const VIETNAMESE_SHARE = 0.08

function count(re: RegExp, text: string): number {
  re.lastIndex = 0
  let n = 0
  while (re.exec(text) !== null) n++
  return n
}

/**
 * Count letters of each script in a text.
 *
 * @param text any text
 * @returns letters per script name (`han`, `kana`, `hangul`, `latin`, `cyrillic`, `arabic`, `hebrew`, `greek`, `thai`, `devanagari`)
 */
export function scriptCounts(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp < 0x41 || (cp > 0x7a && cp < 0xc0)) continue
    if (cp <= 0x5a || cp >= 0x61 && cp <= 0x7a) {
      latin++
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i)!
      i++
    }
    const name = cachedScriptOf(cp)
    if (name !== undefined) out[name] = (out[name] ?? 0) + 1
  }
  if (latin > 0) out['latin'] = (out['latin'] ?? 0) + latin
  return out
}

/**
 * Detect the language of a text: by script first (Han is Chinese, kana Japanese, Hangul Korean, Latin
 * with Vietnamese letters Vietnamese), then franc for what the script does not settle.
 *
 * @param text the text
 * @returns a BCP 47 primary language tag (`en`, `zh`, `vi`, …), or `undefined` when there is too little text
 * @example detectLanguage('习近平总书记强调') // 'zh'
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.length > MODEL_SAMPLE * 4 ? text.slice(0, MODEL_SAMPLE * 4) : text
  const counts = scriptCounts(sample)
  let top = ''
  let topN = 0
  let total = 0
  for (const [name, n] of Object.entries(counts)) {
    total += n
    if (n > topN) {
      top = name
      topN = n
    }
  }
  if (total === 0) return undefined
  const kana = counts['kana'] ?? 0
  if ((top === 'han' || top === 'kana') && kana > 0 && kana >= (counts['han'] ?? 0) * 0.05) return 'ja'
  if (top === 'han') return 'zh'
  const single = SINGLE_LANGUAGE_SCRIPT[top]
  if (single !== undefined) return single
  if (top === 'latin' && count(VIETNAMESE_LETTER, sample) >= Math.max(2, topN * VIETNAMESE_SHARE)) return 'vi'
  if (top === 'latin') {
    const byWords = byFunctionWords(sample.slice(0, MODEL_SAMPLE * 2))
    if (byWords !== undefined) return byWords
  }
  if (topN < (top === 'latin' ? MIN_LETTERS_FOR_MODEL : MIN_LETTERS_OTHER_SCRIPT)) return undefined
  const code = franc(sample.slice(0, MODEL_SAMPLE), { minLength: 10 })
  if (code === 'und') return undefined
  return ISO639_3_TO_1[code] ?? code
}

/**
 * Decide a Latin-script language by its function words when one language clearly leads. Words are runs of
 * Latin-script characters, looked up lower-cased.
 */
function byFunctionWords(text: string): string | undefined {
  const hits = new Int32Array(FUNCTION_WORD_LANGS.length)
  // Hits of words in one language's list only: the lead is judged on these, since a word two languages
  // share (`que`, `para`) says nothing about which of the two it is.
  const own = new Int32Array(FUNCTION_WORD_LANGS.length)
  let words = 0
  const n = text.length
  for (let i = 0; i < n; ) {
    const width = latinWidth(text, i)
    if (width === 0) {
      i++
      continue
    }
    const start = i
    i += width
    for (let w = latinWidth(text, i); w > 0; w = latinWidth(text, i)) i += w
    words++
    if (i - start > MAX_FUNCTION_WORD) continue
    const key = asciiWordCode(text, start, i, MAX_CODED_WORD)
    const langs = key >= 0 ? ASCII_WORD_TO_LANGS.get(key) : WORD_TO_LANGS.get(text.slice(start, i).toLowerCase())
    if (langs === undefined) continue
    for (const l of langs) hits[l]!++
    if (langs.length === 1) own[langs[0]!]!++
  }
  let first = -1
  let second = 0
  for (let l = 0; l < hits.length; l++) {
    const h = hits[l]!
    if (first < 0 || h > hits[first]!) {
      if (first >= 0) second = hits[first]!
      first = l
    } else if (h > second) second = h
  }
  const top = first < 0 ? 0 : hits[first]!
  const needed = Math.max(FUNCTION_WORD_FLOOR, Math.min(FUNCTION_WORD_MIN_HITS, Math.ceil(words * FUNCTION_WORD_MIN_SHARE)))
  if (top < needed) return undefined
  // A tie for the lead fails here too: the leader needs three times the hits of the next, counting either
  // all hits or the hits of words no other listed language has.
  if (top >= second * FUNCTION_WORD_LEAD) return FUNCTION_WORD_LANGS[first]
  let ownSecond = 0
  for (let l = 0; l < own.length; l++) if (l !== first && own[l]! > ownSecond) ownSecond = own[l]!
  return own[first]! >= FUNCTION_WORD_FLOOR && own[first]! >= ownSecond * FUNCTION_WORD_LEAD ? FUNCTION_WORD_LANGS[first] : undefined
}

/** Code units taken by the Latin-script character at `i` (0 when it is not one, or past the end). */
function latinWidth(text: string, i: number): number {
  if (i >= text.length) return 0
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) return LATIN.test(String.fromCodePoint(cp)) ? 2 : 0
  }
  let k = LATIN_CHAR[c]!
  if (k === 0) LATIN_CHAR[c] = k = LATIN.test(String.fromCharCode(c)) ? 2 : 1
  return k - 1
}

