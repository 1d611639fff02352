import { franc } from 'franc-min'
import { ISO639_3_TO_1 } from './iso639.js'

// Vietnamese is the only major Latin-script language with these letters (ă â đ ê ô ơ ư and the
// stacked tone marks); a few of them in a Latin text settle it without a statistical model.
const VIETNAMESE_LETTER = /[ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉĩọỏụủũỵỷỹỳ]/giu
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['han', /\p{Script=Han}/gu],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['thai', /\p{Script=Thai}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
]
// Scripts used by one language in practice; the others go to the statistical detector.
const SINGLE_LANGUAGE_SCRIPT: Readonly<Record<string, string>> = { hangul: 'ko', greek: 'el', thai: 'th', hebrew: 'he' }
/** Below this many letters the statistical detector is guesswork, so the answer is left undefined. */
const MIN_LETTERS_FOR_MODEL = 40
/** The statistical detector reads at most this much text: enough to decide, and keeps it fast. */
const MODEL_SAMPLE = 2000
/** Share of Latin letters that must be Vietnamese-only letters for a text to count as Vietnamese. */
const VIETNAMESE_SHARE = 0.03

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
 * @returns letters per script name (`han`, `kana`, `latin`, …)
 */
export function scriptCounts(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [name, re] of SCRIPTS) out[name] = count(re, text)
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
  if (topN < MIN_LETTERS_FOR_MODEL) return undefined
  const code = franc(sample.slice(0, MODEL_SAMPLE), { minLength: 10 })
  if (code === 'und') return undefined
  return ISO639_3_TO_1[code] ?? code
}
