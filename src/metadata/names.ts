import { perLexicon, type MergedLexicon } from '../lexicon/metadata/index.js'
import { isHan } from '../core/chars.js'
import { endsSentence, isWordChar, spacesIn } from './text.js'

// A credited name is short: more words than this is a phrase or a sentence, not a name.
const MAX_NAME_WORDS = 4
// Longer than any personal name, even with a middle name and particles.
const MAX_NAME_CHARS = 40
// Chinese personal names are two to four characters (one or two for the surname, one to three given).
const MIN_HAN_NAME = 2
const MAX_HAN_NAME = 4
// A credit line lists a handful of people; more items is a list of something else.
const MAX_NAMES = 8

// Between names: enumeration comma, commas, semicolons, slashes, ampersand.
const NAME_SEPARATORS = new Set(Array.from('、,，;；/&|｜', (c) => c.charCodeAt(0)))

/**
 * Split a credit value into names, copied as written: `Summer Yuqing`, `张三、李四`, `张三 李四`,
 * `Jane Doe and John Roe`. Returns undefined when any part does not look like a name (a sentence, a
 * number, too many words), so a line that merely starts with a label is not taken for a credit.
 *
 * @param value the text after the label
 * @param lex the merged lexicon (name joiners)
 * @returns the names, or undefined
 * @example readNames('Summer Yuqing', lex) // ['Summer Yuqing']
 */
export function readNames(value: string, lex: MergedLexicon): string[] | undefined {
  const v = value.trim()
  if (v.length === 0 || endsSentence(v)) return undefined
  const parts: string[] = []
  let from = 0
  for (let i = 0; i <= v.length; i++) {
    if (i < v.length && !NAME_SEPARATORS.has(v.charCodeAt(i))) continue
    parts.push(v.slice(from, i))
    from = i + 1
  }
  const names: string[] = []
  for (const part of parts) {
    for (const piece of splitJoiners(part.trim(), lex)) {
      const n = piece.trim()
      if (n.length === 0) continue
      const han = hanNames(n)
      if (han !== undefined) names.push(...han)
      else if (isLatinName(n)) names.push(n)
      else return undefined
    }
  }
  return names.length > 0 && names.length <= MAX_NAMES ? names : undefined
}

/** Split on ` and `, ` và `, `和` between names. */
function splitJoiners(text: string, lex: MergedLexicon): string[] {
  let parts: string[] | undefined
  for (const sep of joinerSeparators(lex)) {
    // Most names hold no joiner: nothing is split or copied for them.
    if (parts === undefined) {
      if (text.includes(sep)) parts = text.split(sep)
    } else if (parts.some((p) => p.includes(sep))) parts = parts.flatMap((p) => p.split(sep))
  }
  return parts ?? [text]
}

/** What stands between two names: ` and `, ` & `, ` và `, `和` (Han joiners need no spaces). */
const joinerSeparators = perLexicon((lex): readonly string[] => lex.nameJoiners.map((j) => (isHan(j.charCodeAt(0)) ? j : ` ${j} `)))

/** `张三`, `张三 李四` (names separated by spaces), `欧阳·娜娜`: each 2-4 Han characters. */
function hanNames(text: string): string[] | undefined {
  // The first word's first character (`·` aside) must be Han.
  const c = text.charCodeAt(0)
  if (c !== 0x20 && c !== 0xb7 && !isHan(c)) return undefined
  const words = text.split(' ').filter((w) => w.length > 0)
  for (const w of words) {
    const bare = w.replaceAll('·', '')
    if (bare.length < MIN_HAN_NAME || bare.length > MAX_HAN_NAME) return undefined
    for (let i = 0; i < bare.length; i++) if (!isHan(bare.charCodeAt(i))) return undefined
  }
  return words.length > 0 ? words : undefined
}

/** `Li Yannan`, `he Li`, `Nguyễn Văn A`, `Mary O'Neil`, `J. R. Smith`: 1-4 words of letters. */
function isLatinName(text: string): boolean {
  if (text.length > MAX_NAME_CHARS) return false
  // The words are those between spaces, counted without splitting.
  if (spacesIn(text, 0, text.length) + 1 > MAX_NAME_WORDS) return false
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20) continue
    if (c >= 0x30 && c <= 0x39) return false
    if (isHan(c)) return false
    if (isWordChar(c)) letters++
    else if (c !== 0x2e && c !== 0x27 && c !== 0x2019 && c !== 0x2d) return false
  }
  return letters > 0
}

// A name written as one word, as Korean and Japanese write one (`김하늘`, `山田花子`, `남궁민수`): two to five letters.
const MIN_WORD_NAME = 2
const MAX_WORD_NAME = 5

/**
 * Whether a word is shaped like a personal name written as one word: two to five Hangul syllables, Han
 * characters or kana, nothing else (no digit, no Latin letter, no punctuation).
 *
 * @param word a word, without spaces
 * @returns true for a name-shaped word
 * @example isOneWordName('김하늘') // true; isOneWordName('간') // false
 */
export function isOneWordName(word: string): boolean {
  if (word.length < MIN_WORD_NAME || word.length > MAX_WORD_NAME) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (!isHan(c) && !isHangulSyllable(c) && !isKana(c)) return false
  }
  return true
}

function isHangulSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3
}

/** A hiragana or katakana letter, or the length mark `ー` (not the middle dot `・`, which joins names). */
function isKana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc
}

/**
 * Whether a name is written like a proper name in a Latin script: every word starts with a capital,
 * apart from short particles (`de`, `van`, `bin`, and the lexicon's: `dos`, `della`). Used where no
 * label vouches for the name (`By …`).
 *
 * @param name a name from `readNames`
 * @param lex the merged lexicon (name particles)
 * @returns true when capitalised
 */
export function isCapitalised(name: string, lex: MergedLexicon): boolean {
  if (hanNames(name) !== undefined) return true
  const particles = particleSet(lex)
  // A word of a script without capitals (Thai, Arabic, Devanagari) counts as capitalised: it cannot be otherwise.
  return name.split(' ').every((w) => particles.has(w) || (w.length > 0 && (w[0] !== w[0]!.toLowerCase() || isUncased(w))))
}

/** Whether a word holds letters and none of them has a case (Thai `ธนพล`, Arabic `محمد`, Hindi `राहुल`). */
function isUncased(w: string): boolean {
  return /\p{L}/u.test(w) && !/[\p{Lu}\p{Ll}\p{Lt}]/u.test(w)
}

// Lower-case name particles of many languages that may stand inside a capitalised name.
const PARTICLES = ['de', 'da', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'binti', 'al', 'el']

/**
 * Whether a word is a lower-case name particle (`de`, `von`, `di`, `dos`) of any language.
 *
 * @param word a word, in any case
 * @param lex the merged lexicon (name particles)
 * @returns true for a particle
 */
export function isParticle(word: string, lex: MergedLexicon): boolean {
  return particleSet(lex).has(word.toLowerCase())
}

/** These particles and the lexicon's. */
const particleSet = perLexicon((lex): ReadonlySet<string> => new Set([...PARTICLES, ...lex.nameParticles]))
