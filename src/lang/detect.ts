import { franc } from 'franc-min'
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
const WORD_TO_LANGS = new Map<string, string[]>()
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) WORD_TO_LANGS.set(w, [...(WORD_TO_LANGS.get(w) ?? []), lang])
const LATIN_WORD = /\p{Script=Latin}+/gu
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
    const name = scriptOf(cp)
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

/** Decide a Latin-script language by its function words when one language clearly leads. */
function byFunctionWords(text: string): string | undefined {
  const hits = new Map<string, number>()
  let words = 0
  LATIN_WORD.lastIndex = 0
  for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text)) {
    words++
    const langs = WORD_TO_LANGS.get(m[0].toLowerCase())
    if (langs !== undefined) for (const l of langs) hits.set(l, (hits.get(l) ?? 0) + 1)
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  const needed = Math.max(FUNCTION_WORD_FLOOR, Math.min(FUNCTION_WORD_MIN_HITS, Math.ceil(words * FUNCTION_WORD_MIN_SHARE)))
  if (first === undefined || first[1] < needed) return undefined
  return second === undefined || first[1] >= second[1] * FUNCTION_WORD_LEAD ? first[0] : undefined
}
