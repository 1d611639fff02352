import { asciiWordCode, unicodeEscape } from '../core/chars.js'
import { FUNCTION_WORDS } from './function-words.js'
import { ISO639_3_TO_1 } from './iso639.js'
import { trigramLanguage } from './trigram-model.js'

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
/** The script names, indexed as in `SCRIPT_COUNTS`. */
const SCRIPT_NAMES = [...new Set(SCRIPT_RANGES.map((r) => r[0]))]
const LATIN_SCRIPT = SCRIPT_NAMES.indexOf('latin')
/**
 * A letter of one of the scripts above ASCII, or a high surrogate (astral Han): one character class over
 * `SCRIPT_RANGES` past ASCII. The Vietnamese letters are all in its Latin ranges.
 */
const SCRIPT_LETTER_ABOVE_ASCII = new RegExp(
  `[${SCRIPT_RANGES.filter((r) => r[1] >= 0x80)
    .map(([, lo, hi]) => (hi > 0xffff ? '\\ud800-\\udbff' : `${unicodeEscape(lo)}-${unicodeEscape(hi)}`))
    .join('')}]`,
)

const HAN_SCRIPT = SCRIPT_NAMES.indexOf('han')
const KANA_SCRIPT = SCRIPT_NAMES.indexOf('kana')
/**
 * What `scanScripts` needs of each BMP code unit, filled in the first time one is met (0 until then):
 * `KNOWN`, `IS_VIETNAMESE` when `VIETNAMESE_LETTER` matches it, and 1 + its script's index (0 for none).
 */
const CHAR_INFO = new Uint8Array(0x10000)
const KNOWN = 0x80
const IS_VIETNAMESE = 0x40
const SCRIPT_BITS = 0x3f
/** `VIETNAMESE_LETTER` without the global flag, for one character at a time. */
const ONE_VIETNAMESE_LETTER = new RegExp(VIETNAMESE_LETTER.source, 'iu')

/** The `CHAR_INFO` of a code unit not yet met, computed and remembered. */
function newCharInfo(c: number): number {
  const name = c >= 0xd800 && c <= 0xdfff ? undefined : scriptOf(c)
  const k = KNOWN | (ONE_VIETNAMESE_LETTER.test(String.fromCharCode(c)) ? IS_VIETNAMESE : 0) | (name === undefined ? 0 : 1 + SCRIPT_NAMES.indexOf(name))
  CHAR_INFO[c] = k
  return k
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
/** Each function word, with a bit per language that uses it (bit `i` for `FUNCTION_WORD_LANGS[i]`). */
const WORD_TO_LANGS = new Map<string, number>()
FUNCTION_WORD_LANGS.forEach((lang, i) => {
  for (const w of FUNCTION_WORDS[lang]!) WORD_TO_LANGS.set(w, (WORD_TO_LANGS.get(w) ?? 0) | (1 << i))
})
/** The longest function word, in code units: lower-casing never shortens a word, so longer words are not looked up. */
const MAX_FUNCTION_WORD = Math.max(...[...WORD_TO_LANGS.keys()].map((w) => w.length))
/** Longest function word coded as an integer (`asciiWordCode`); longer ones are looked up as strings. */
const MAX_CODED_WORD = 6
/**
 * The same map for the function words of ASCII letters, as an open-addressing hash table keyed by
 * `asciiWordCode` (never 0, the empty slot): no string is made and no `Map` is probed per word.
 */
const ASCII_TABLE_BITS = 10
const ASCII_TABLE_MASK = (1 << ASCII_TABLE_BITS) - 1
const ASCII_WORD_KEYS = new Int32Array(1 << ASCII_TABLE_BITS)
const ASCII_WORD_LANGS = new Int32Array(1 << ASCII_TABLE_BITS)
for (const [w, langs] of WORD_TO_LANGS) {
  const key = asciiWordCode(w, 0, w.length, MAX_CODED_WORD)
  if (key < 0) continue
  let slot = asciiSlot(key)
  while (ASCII_WORD_KEYS[slot] !== 0) slot = (slot + 1) & ASCII_TABLE_MASK
  ASCII_WORD_KEYS[slot] = key
  ASCII_WORD_LANGS[slot] = langs
}

/** The first slot of `ASCII_WORD_KEYS` to probe for a key. */
function asciiSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - ASCII_TABLE_BITS)
}

/** The language bits of the ASCII function word with this `asciiWordCode` (0 when it is none). */
function asciiWordLangs(key: number): number {
  for (let slot = asciiSlot(key); ; slot = (slot + 1) & ASCII_TABLE_MASK) {
    const k = ASCII_WORD_KEYS[slot]!
    if (k === key) return ASCII_WORD_LANGS[slot]!
    if (k === 0) return 0
  }
}
/** Function-word hits per language, and hits of words no other language lists: reused by each `byFunctionWords`. */
const HITS = new Int32Array(FUNCTION_WORD_LANGS.length)
const OWN_HITS = new Int32Array(FUNCTION_WORD_LANGS.length)
/**
 * What `byFunctionWords` needs of each code unit: an ASCII letter's value in `asciiWordCode` (1–26, either
 * case), or one of the kinds below. Code units past ASCII start as `UNKNOWN_CHAR` and are classified the
 * first time they are met; a high surrogate stays `HIGH_SURROGATE` (whether it starts a Latin character
 * depends on the next code unit).
 */
const WORD_CHAR = new Uint8Array(0x10000)
const MAX_LETTER_VALUE = 26
const LATIN_PAST_ASCII = 27
const NOT_WORD_CHAR = 28
const HIGH_SURROGATE = 29
const UNKNOWN_CHAR = 30
WORD_CHAR.fill(UNKNOWN_CHAR, 0x80)
WORD_CHAR.fill(HIGH_SURROGATE, 0xd800, 0xdc00)
for (let c = 0; c < 0x80; c++) WORD_CHAR[c] = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? (c | 0x20) - 0x60 : NOT_WORD_CHAR

/** Count one function word's hits: one per language that lists it, and an own hit when only one does. */
function countHits(langs: number): void {
  for (let l = 0, m = langs; m !== 0; l++, m >>>= 1) HITS[l]! += m & 1
  // One bit set: a word of one language only.
  if ((langs & (langs - 1)) === 0) OWN_HITS[31 - Math.clz32(langs)]!++
}
const LATIN = /\p{Script=Latin}/u
/**
 * Share of Latin letters that must be Vietnamese-only letters for a text to count as Vietnamese. In
 * Vietnamese prose they are a fifth or more of the letters; one Vietnamese paragraph quoted in an English
 * page stays well below this.
 */
const VIETNAMESE_SHARE = 0.08

/** 1 for the ASCII letters, 0 for every other code unit below U+00C0. */
const ASCII_LETTER = new Uint8Array(0xc0)
for (let c = 0; c < 0x80; c++) ASCII_LETTER[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0
/** Letters per script index, from the last `scanScripts`. */
const SCRIPT_COUNTS = new Int32Array(SCRIPT_NAMES.length)
/** Script indexes in the order `scanScripts` first met them (the order `scriptCounts` lists them in). */
const SCRIPT_ORDER: number[] = []

/**
 * Count letters per script in `text` up to `end` into `SCRIPT_COUNTS` and `SCRIPT_ORDER`, in one pass that
 * also counts what `VIETNAMESE_LETTER` matches (as its global search over the same text would).
 *
 * @returns the number of Vietnamese letters
 */
function scanScripts(text: string, end: number): number {
  SCRIPT_COUNTS.fill(0)
  SCRIPT_ORDER.length = 0
  let latin = 0
  let vietnamese = 0
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    // Below U+00C0 only the ASCII letters count (as Latin), and nothing is a Vietnamese letter: counted without a branch.
    if (c < 0xc0) {
      latin += ASCII_LETTER[c]!
      continue
    }
    let script: number
    if (c >= 0xd800 && c <= 0xdbff) {
      // A high surrogate takes the next code unit with it, paired or not (the Vietnamese search still reads a lone one's neighbour).
      const cp = i + 1 < end ? text.codePointAt(i)! : c
      i++
      if (cp <= 0xffff && i < end) {
        const next = text.charCodeAt(i)
        vietnamese += ((CHAR_INFO[next] || newCharInfo(next)) & IS_VIETNAMESE) >> 6
      }
      script = cp > 0xffff ? astralScript(cp) : -1
    } else {
      const k = CHAR_INFO[c] || newCharInfo(c)
      vietnamese += (k & IS_VIETNAMESE) >> 6
      script = (k & SCRIPT_BITS) - 1
    }
    if (script < 0) continue
    if (SCRIPT_COUNTS[script] === 0) SCRIPT_ORDER.push(script)
    SCRIPT_COUNTS[script]!++
  }
  if (latin > 0) {
    if (SCRIPT_COUNTS[LATIN_SCRIPT] === 0) SCRIPT_ORDER.push(LATIN_SCRIPT)
    SCRIPT_COUNTS[LATIN_SCRIPT]! += latin
  }
  return vietnamese
}

/** The script index of an astral code point (-1 for none): only the Han extensions have one. */
function astralScript(cp: number): number {
  const name = scriptOf(cp)
  return name === undefined ? -1 : SCRIPT_NAMES.indexOf(name)
}

/**
 * Count letters of each script in a text.
 *
 * @param text any text
 * @returns letters per script name (`han`, `kana`, `hangul`, `latin`, `cyrillic`, `arabic`, `hebrew`, `greek`, `thai`, `devanagari`)
 */
export function scriptCounts(text: string): Record<string, number> {
  scanScripts(text, text.length)
  const out: Record<string, number> = {}
  for (const s of SCRIPT_ORDER) out[SCRIPT_NAMES[s]!] = SCRIPT_COUNTS[s]!
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
  const end = Math.min(text.length, MODEL_SAMPLE * 4)
  // With no letter of a script above ASCII (the common English page), the only script is Latin and there
  // is no Vietnamese letter, so the function words come first and the letters are counted only when they
  // do not decide. (They never decide a text without letters, which the count would leave undefined.)
  const asciiLetters = !SCRIPT_LETTER_ABOVE_ASCII.test(end < text.length ? text.slice(0, end) : text)
  if (asciiLetters) {
    const byWords = byFunctionWords(text, Math.min(end, MODEL_SAMPLE * 2))
    if (byWords !== undefined) return byWords
  }
  const vietnamese = scanScripts(text, end)
  let top = -1
  let topN = 0
  let total = 0
  for (const s of SCRIPT_ORDER) {
    const n = SCRIPT_COUNTS[s]!
    total += n
    if (n > topN) {
      top = s
      topN = n
    }
  }
  if (total === 0) return undefined
  const name = SCRIPT_NAMES[top]!
  const kana = SCRIPT_COUNTS[KANA_SCRIPT]!
  if ((name === 'han' || name === 'kana') && kana > 0 && kana >= SCRIPT_COUNTS[HAN_SCRIPT]! * 0.05) return 'ja'
  if (name === 'han') return 'zh'
  const single = SINGLE_LANGUAGE_SCRIPT[name]
  if (single !== undefined) return single
  if (top === LATIN_SCRIPT && vietnamese >= Math.max(2, topN * VIETNAMESE_SHARE)) return 'vi'
  if (top === LATIN_SCRIPT && !asciiLetters) {
    const byWords = byFunctionWords(text, Math.min(end, MODEL_SAMPLE * 2))
    if (byWords !== undefined) return byWords
  }
  if (topN < (top === LATIN_SCRIPT ? MIN_LETTERS_FOR_MODEL : MIN_LETTERS_OTHER_SCRIPT)) return undefined
  const code = trigramLanguage(text.slice(0, Math.min(end, MODEL_SAMPLE)))
  if (code === 'und') return undefined
  return ISO639_3_TO_1[code] ?? code
}

/**
 * Decide a Latin-script language by its function words (in `text` up to `end`) when one language clearly
 * leads. Words are runs of Latin-script characters, looked up lower-cased.
 */
function byFunctionWords(text: string, end: number): string | undefined {
  const hits = HITS
  // Hits of words in one language's list only: the lead is judged on these, since a word two languages
  // share (`que`, `para`) says nothing about which of the two it is.
  const own = OWN_HITS
  hits.fill(0)
  own.fill(0)
  let words = 0
  // Word by word, each in tight loops: first its leading ASCII letters, then any other Latin characters.
  let i = 0
  while (i < end) {
    let k = WORD_CHAR[text.charCodeAt(i)]!
    if (k === NOT_WORD_CHAR) {
      i++
      continue
    }
    const start = i
    // The `asciiWordCode` of the leading ASCII letters (it wraps past six letters, where it is not used).
    let code = 0
    while (k <= MAX_LETTER_VALUE) {
      code = (Math.imul(code, 27) + k) | 0
      if (++i === end) break
      k = WORD_CHAR[text.charCodeAt(i)]!
    }
    let ascii = true
    // Most words end on a code unit already known to be no word character: then there is nothing more to read.
    while (i < end && k !== NOT_WORD_CHAR) {
      const c = text.charCodeAt(i)
      k = WORD_CHAR[c]!
      if (k <= MAX_LETTER_VALUE) {
        i++
        continue
      }
      const width = k === LATIN_PAST_ASCII ? 1 : k === NOT_WORD_CHAR ? 0 : latinWidthSlow(text, i, end, c)
      if (width === 0) break
      ascii = false
      i += width
    }
    // A first code unit classified just now as no Latin character: no word.
    if (i === start) {
      i++
      continue
    }
    words++
    const length = i - start
    if (length <= MAX_FUNCTION_WORD) {
      const langs = ascii && length <= MAX_CODED_WORD ? asciiWordLangs(code) : (WORD_TO_LANGS.get(text.slice(start, i).toLowerCase()) ?? 0)
      if (langs !== 0) countHits(langs)
    }
    // The code unit that ended the word is no word character: step over it.
    i++
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

/**
 * Code units taken by the Latin-script character at `i` (before `end`), a code unit past ASCII not yet in
 * `WORD_CHAR` or a high surrogate: 0 when it is none. The BMP ones are remembered in `WORD_CHAR`.
 */
function latinWidthSlow(text: string, i: number, end: number, c: number): number {
  const high = c >= 0xd800 && c <= 0xdbff
  if (high && i + 1 < end) {
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) return LATIN.test(String.fromCodePoint(cp)) ? 2 : 0
  }
  if (high) return 0
  const latin = LATIN.test(String.fromCharCode(c))
  WORD_CHAR[c] = latin ? LATIN_PAST_ASCII : NOT_WORD_CHAR
  return latin ? 1 : 0
}

/**
 * Texts that between them take every path of the detector's loops: ASCII and accented function words of
 * one language and of several, long words, Vietnamese letters, astral Latin, Han and emoji, lone
 * surrogates mid-text and at the end, other scripts, and each way the script and word counts decide.
 */
const WARM_UP_TEXTS = [
  'The cat and the dog sat on the mat, and that is all of it for the day with them.',
  'Le chat est là, que para como se, não também às più è är för på się że já çok değil Ñandú ×€',
  'Thủ tướng đã chủ trì hội nghị ă\ud800ă \u{1DF00}x 𝐀 中文𠀋😀 カタ 한국 Привет שלום ก word\ud800',
  'Ele disse que se for preciso vai para a rua com os amigos, como fez antes, e que não vai parar.',
  'que se para como que se para como',
  '习近平总书记强调', '東京都は新しい', '서울시는', 'Η επιτροπή', 'Xin Bayan', '',
]
/**
 * V8 keeps type feedback for a function only once it has run about eight times its bytecode size: the
 * first rounds get it kept, the later ones record every path. After two rounds the
 * benchmark pages deoptimized nothing here; twice that leaves a margin.
 */
const WARM_UP_ROUNDS = 4
/** An accented Latin letter, a Vietnamese one, Han, Cyrillic, a symbol and a surrogate, for `newCharInfo`. */
const WARM_UP_CHARS = [0xe9, 0x1ea1, 0x4e2d, 0x43f, 0x20ac, 0xd800]

/**
 * Run the detector's loops on `WARM_UP_TEXTS` when the module loads (none of them reaches the statistical
 * model), so the optimizing compiler sees complete type feedback and never deoptimizes on the first rare
 * character of a real page: a loop deoptimized after it was compiled on stack can keep running in slower
 * code for the rest of the process.
 */
function warmUp(): void {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    for (const text of WARM_UP_TEXTS) {
      detectLanguage(text)
      byFunctionWords(text, text.length)
    }
    // Characters are classified once and then read from the table: classify a few again to warm that up too.
    for (const c of WARM_UP_CHARS) newCharInfo(c)
  }
}
warmUp()
