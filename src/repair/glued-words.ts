import { hasDigitIn } from '../core/chars.js'
import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { CLAUSE_STARTERS, GLUE_PREFIX_WORDS, GLUE_SUFFIX_WORDS, PHRASE_OPENERS } from '../lexicon/repair/function-words.js'
import { UNIT_SYMBOLS } from '../lexicon/repair/units.js'
import { isWord, rankOfRanges, wordRank } from '../lexicon/repair/words.js'
import { isDigit, isLatinLetter, isLower, isUpper } from './chars.js'
import { hasTranslationDebris, isEnglishDoc } from './context.js'
import { englishGate } from './english.js'
import { protectedMask } from './protect.js'

/**
 * A side of a split must be at least this common (rank in the SUBTLEX-US list, about five uses in 51 million
 * words): rarer entries are often names or subtitle noise, weak evidence that a boundary was lost.
 */
const COMMON_RANK = 40_000
/** A glued lower-case token shorter than this is too short to hold two words and be missing a space. */
export const MIN_GLUED_LOWER = 5
/** A word glued before a number must be at least this long (`country5G`; not `mp3`, `win10`). */
const MIN_WORD_BEFORE_NUMBER = 4
/** A rare listed word (`regulatory`) is evidence on the left of a hump when it is at least this long. */
const MIN_RARE_LEFT = 6
/**
 * A lower-case run at least this long is a word on the left of a hump even when the list lacks it
 * (`agglomerationMultiplier`, `decarbonisationTargets`): a brand's or identifier's lower-case head is short
 * (`iPad`, `eBay`, `onClick`, `myString`), and this split only runs in paragraphs with translation debris.
 */
const MIN_UNLISTED_LEFT = 9
/** A glued name must be at least this long (`Fujian`; not `Mc` in `McDonald`). */
const MIN_NAME = 4
/** Longest unit or model suffix between a number and a glued word (`5G`, `10kV`, `1st`). */
const MAX_UNIT = 4

const UNITS: ReadonlySet<string> = new Set(UNIT_SYMBOLS)

/**
 * Where a split can be, a superset as one linear regular expression: a glue word starting a lower-case run
 * at a token's start with three letters after it, or ending a lower-case run with three letters before it;
 * a digit followed by a unit and a capitalised word (`5GMajor`, `2000During`); or any CJK character, since
 * the camel-case and name splits only run in blocks with translation debris.
 */
const TRIGGER = new RegExp(
  `(?<![A-Za-z0-9])(?:${[...GLUE_PREFIX_WORDS].join('|')})[a-z]{3}` +
    `|[a-z]{3}(?:${[...GLUE_SUFFIX_WORDS].join('|')})(?![A-Za-z])` +
    `|[0-9][A-Za-z]{0,${MAX_UNIT}}[A-Z][a-z]` +
    '|[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]',
)

function common(w: string): boolean {
  const r = wordRank(w)
  return r !== undefined && r < COMMON_RANK
}

function allLower(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isLower(s.charCodeAt(i))) return false
  return true
}

function allUpper(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isUpper(s.charCodeAt(i))) return false
  return true
}

/** A capitalised word `s[from, to)`: one capital, then lower case only. */
function capitalised(s: string, from: number, to: number): boolean {
  return to - from >= 2 && isUpper(s.charCodeAt(from)) && allLower(s, from + 1, to)
}

/** A capitalised word that can follow a lost boundary: a common word, or a short clause starter (`We`). */
function wordAfterBoundary(w: string): boolean {
  return CLAUSE_STARTERS.has(w) || (w.length >= 3 && common(w))
}

/**
 * Where a letter run `s[a, b)` that follows a number splits into a unit and a glued word: `GMajor` → 1
 * (`5G` + `Major`), `During` → 0, `GHz` and `kV` → -1 (units only).
 */
function unitWordSplit(s: string, a: number, b: number): number {
  for (let k = a; k < b && k - a <= MAX_UNIT; k++) {
    if (!isUpper(s.charCodeAt(k)) || !capitalised(s, k, b)) continue
    const unit = s.slice(a, k)
    if (unit !== '' && !UNITS.has(unit) && !allUpper(s, a, k)) continue
    if (UNITS.has(s.slice(a, b))) return -1
    return wordAfterBoundary(s.slice(k, b)) ? k : -1
  }
  return -1
}

/** Index of a pair of lower-case letters in a 26 × 26 table, or -1 for anything else. */
function edgeKey(a: number, b: number): number {
  return isLower(a) && isLower(b) ? (a - 0x61) * 26 + (b - 0x61) : -1
}

/**
 * Glue words by their first two (prefixes) or last two (suffixes) letters, so a token is tested against
 * at most a couple of them instead of the whole set; an array indexed by the letter pair, because this
 * test runs on every lower-case token of a page and most pairs have no glue word at all.
 */
function byEdge(words: ReadonlySet<string>, last: boolean): ReadonlyArray<readonly string[] | undefined> {
  const out: Array<string[] | undefined> = new Array<string[] | undefined>(26 * 26).fill(undefined)
  for (const w of words) {
    const k = last ? edgeKey(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1)) : edgeKey(w.charCodeAt(0), w.charCodeAt(1))
    if (k < 0) continue
    const list = out[k]
    if (list === undefined) out[k] = [w]
    else list.push(w)
  }
  return out
}
const PREFIXES = byEdge(GLUE_PREFIX_WORDS, false)
const SUFFIXES = byEdge(GLUE_SUFFIX_WORDS, true)
const NONE: readonly string[] = []

/** Whether `s[from, to)` is a word common enough to count as evidence. */
function commonRange(s: string, from: number, to: number): number {
  const r = to - from >= 3 ? rankOfRanges(s, from, to, from, from) : -1
  return r >= 0 && r < COMMON_RANK ? r : -1
}

/**
 * The best split of the all-lower-case token `s[a, b)`: a phrase word glued to a common word, the commoner
 * the better. Native `startsWith`/`endsWith` test the few glue words in place, without slicing the token.
 *
 * @returns the split offset, or -1
 */
function lowerSplit(s: string, a: number, b: number): number {
  let best = -1
  let bestRank = Infinity
  for (const p of PREFIXES[edgeKey(s.charCodeAt(a), s.charCodeAt(a + 1))] ?? NONE) {
    if (!s.startsWith(p, a)) continue
    const r = commonRange(s, a + p.length, b)
    if (r >= 0 && r < bestRank) {
      best = a + p.length
      bestRank = r
    }
  }
  for (const q of SUFFIXES[edgeKey(s.charCodeAt(b - 2), s.charCodeAt(b - 1))] ?? NONE) {
    if (!s.endsWith(q, b)) continue
    const r = commonRange(s, a, b - q.length)
    if (r >= 0 && r < bestRank) {
      best = b - q.length
      bestRank = r
    }
  }
  return best
}

/**
 * Split the letter run `s[a, b)` of a token (all ASCII letters), pushing split offsets.
 * `debris` allows the camel-case split, which only machine-translated text earns.
 */
function splitLetters(s: string, a: number, b: number, debris: boolean, out: number[]): void {
  if (allLower(s, a, b)) {
    if (b - a < MIN_GLUED_LOWER) return
    const at = lowerSplit(s, a, b)
    // The whole-word lookup comes last: most tokens have no candidate split and never need it.
    if (at > 0 && rankOfRanges(s, a, b, a, a) < 0) out.push(at)
    return
  }
  if (!debris) return
  if (isUpper(s.charCodeAt(a))) {
    splitNameFromWord(s, a, b, out)
    return
  }
  // One hump only: lower-case letters, then a capitalised word (`soCloud`, not `getElementById` or `iPad`).
  let p = a
  while (p < b && isLower(s.charCodeAt(p))) p++
  if (p - a < 2 || !capitalised(s, p, b)) return
  const left = s.slice(a, p)
  const right = s.slice(p, b)
  if (isWord(left + right)) return
  const leftIsWord = common(left) || (left.length >= MIN_RARE_LEFT && isWord(left))
  // An unlisted head needs the stronger shape (a long lower-case run) and takes a common word or its agent noun.
  if (leftIsWord) {
    if (isWord(right) && wordAfterBoundary(right)) out.push(p)
    return
  }
  if (left.length < MIN_UNLISTED_LEFT || !(wordAfterBoundary(right) || agentNounOfCommonWord(right))) return
  // The head may itself be two glued words (`upgradingtheInternet`): split it now, as a second run would.
  const inner = lowerSplit(s, a, p)
  if (inner > 0) out.push(inner)
  out.push(p)
}

/** Shortest verb an agent noun is built on (`user` → `use`); shorter stems match too much by accident. */
const MIN_AGENT_STEM = 3

/**
 * Whether a word the list lacks is the agent noun of a common verb (`Multiplier` → `multiply`, `Organizers`
 * → `organize`), the regular English derivation a subtitle word list often misses.
 */
function agentNounOfCommonWord(w: string): boolean {
  const lower = w.toLowerCase()
  const plural = lower.endsWith('s') ? 1 : 0
  const base = lower.slice(0, lower.length - plural)
  if (base.endsWith('ier')) return base.length - 3 >= MIN_AGENT_STEM && common(`${base.slice(0, -3)}y`)
  if (!base.endsWith('er')) return false
  const stem = base.slice(0, -2)
  return stem.length >= MIN_AGENT_STEM && (common(stem) || common(`${stem}e`))
}

/**
 * Split a name glued to the capitalised word after it (`FujianMajor` → `Fujian Major`): two capitalised
 * parts, the first no English word at all (a name), the second a common word. Names made of words
 * (`DeepMind`, `PayPal`, `PetroChina`, whose `petro` is listed) never match; only called in blocks with
 * translation debris, where a lost boundary is far likelier than a brand.
 */
function splitNameFromWord(s: string, a: number, b: number, out: number[]): void {
  let p = a + 1
  while (p < b && isLower(s.charCodeAt(p))) p++
  if (p - a < MIN_NAME || !capitalised(s, p, b)) return
  if (rankOfRanges(s, a, p, a, a) >= 0) return
  if (wordAfterBoundary(s.slice(p, b))) out.push(p)
}

/**
 * Whether the lower-case letter run `s[a, b)` can be split by `lowerSplit`: it starts with a glue prefix word
 * and three letters follow, or ends with a glue suffix word after three letters. The test without word lookups,
 * for a scan that decides whether to run the rule at all.
 *
 * @param s the text
 * @param a start of the run (lower-case ASCII letters)
 * @param b end of the run
 * @returns false when no split of the run is possible
 */
export function mayGlue(s: string, a: number, b: number): boolean {
  if (b - a < MIN_GLUED_LOWER) return false
  for (const p of PREFIXES[edgeKey(s.charCodeAt(a), s.charCodeAt(a + 1))] ?? NONE) if (b - a - p.length >= 3 && s.startsWith(p, a)) return true
  for (const q of SUFFIXES[edgeKey(s.charCodeAt(b - 2), s.charCodeAt(b - 1))] ?? NONE) if (b - a - q.length >= 3 && s.endsWith(q, b)) return true
  return false
}

/** Whether the lower-case token `s[a, b)` starts or ends with the letter pair of a glue word: a split is possible. */
function hasGlueEdge(s: string, a: number, b: number): boolean {
  return PREFIXES[edgeKey(s.charCodeAt(a), s.charCodeAt(a + 1))] !== undefined || SUFFIXES[edgeKey(s.charCodeAt(b - 2), s.charCodeAt(b - 1))] !== undefined
}

/**
 * Whether `s[a, b)` is lower-case letters then digits that end it: a user name or handle (`thebest99`,
 * `fastnews24`), in machine-translated text too. Splitting its letters would leave half a name
 * (`the best99`); a glued word after the number (`country5GMajor`) is debris, not this shape.
 */
function isHandle(s: string, a: number, b: number): boolean {
  let k = a
  while (k < b && isLower(s.charCodeAt(k))) k++
  if (k === a || k === b) return false
  while (k < b && isDigit(s.charCodeAt(k))) k++
  return k === b
}

/**
 * Split one token `s[a, b)` of ASCII letters and digits at its lost boundaries. Outside machine-translated
 * text (`debris` false) a token with digits is a name, handle or code (`theprocess12`, `247Sports`,
 * `4Motion`): its letters are not split, and a bare number splits from a capitalised word after it only
 * when that word opens a phrase (`2000During`, `PHRASE_OPENERS`). Inside it, a handle (`isHandle`) is
 * still left whole.
 */
function splitToken(s: string, a: number, b: number, debris: boolean, out: number[]): void {
  const identifier = hasDigitIn(s, a, b) && (!debris || isHandle(s, a, b))
  let i = a
  let prevLettersStart = -1
  while (i < b) {
    const start = i
    const digit = isDigit(s.charCodeAt(i))
    while (i < b && isDigit(s.charCodeAt(i)) === digit) i++
    if (digit) {
      // A common word glued before a number that itself carries a glued unit or word: `country5GMajor`.
      if (debris && prevLettersStart >= 0 && i < b && start - prevLettersStart >= MIN_WORD_BEFORE_NUMBER) {
        if (allLower(s, prevLettersStart, start) && common(s.slice(prevLettersStart, start))) out.push(start)
      }
      prevLettersStart = -1
      continue
    }
    if (start > a) {
      const k = unitWordSplit(s, start, i)
      if (k >= 0 && !(identifier && k === start && !PHRASE_OPENERS.has(s.slice(k, i)))) out.push(k)
      prevLettersStart = -1
      continue
    }
    const before = out.length
    if (!identifier) splitLetters(s, start, i, debris, out)
    // A number glued after a split run belongs to the run's last word (`thecountry5G` → `the country 5G`).
    prevLettersStart = out.length > before ? out[out.length - 1]! : start
  }
}

/** How far back a split looks for the opening quote of the item it sits in. */
const MAX_QUOTED_ITEM = 80

/**
 * Whether a camel-case split at `at` falls inside a quoted list item whose `”“` was lost with the space
 * (`“Contactless productionInternet+”` → `“Contactless production”, “Internet+”`): the last curly quote
 * before it opens, and the next one closes within the same token.
 */
function insideQuotedItem(s: string, at: number): boolean {
  if (!isLower(s.charCodeAt(at - 1)) || !isUpper(s.charCodeAt(at))) return false
  let open = false
  for (let k = at - 1; k >= 0 && k >= at - MAX_QUOTED_ITEM; k--) {
    const c = s.charCodeAt(k)
    if (c === 0x201d) return false
    if (c === 0x201c) {
      open = true
      break
    }
  }
  if (!open) return false
  for (let k = at; k < s.length && k < at + MAX_QUOTED_ITEM; k++) {
    const c = s.charCodeAt(k)
    if (c === 0x201d) return true
    if (c === 0x20 || c === 0x201c) return false
  }
  return false
}

/**
 * Split words glued together when a space was lost, on evidence from an English word-frequency list: both
 * sides are words and the whole is not (`upgradingtwo` → `upgrading two`, `2000During` → `2000 During`,
 * `country5GMajor` → `country 5G Major`, and in machine-translated text `soCloud` → `so Cloud`). Names in
 * camel or title case (`PetroChina`, `PayPal`, `iPad`, `DeepMind`), units (`2.4GHz`, `16MW`) and model
 * names (`RTX4090`, `H100`) stay whole: the rule reads their shape, it keeps no list of names.
 */
export const gluedWords: BlockRule = {
  id: 'repair/glued-words',
  description: 'Insert a space at a lost word boundary when both sides are words and the whole is not.',
  trigger: TRIGGER,
  apply: (block, _ctx, doc) => {
    if (!isEnglishDoc(doc)) return block
    const s = block.text
    // Looked up only when a token with a capital or a digit needs it: most tokens are plain lower case.
    let debris: boolean | undefined
    const splits: number[] = []
    let mask: Uint8Array | undefined | null = null
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (!isLower(c) && !isUpper(c) && !isDigit(c)) continue
      // The token's shape, read in the same pass that finds its end.
      let mixed = !isLower(c)
      let digits = isDigit(c)
      let j = i + 1
      for (; j < s.length; j++) {
        const d = s.charCodeAt(j)
        if (isLower(d)) continue
        if (isDigit(d)) digits = true
        else if (!isUpper(d)) break
        mixed = true
      }
      const len = j - i
      // Cheap exits before any word lookup: a lower-case token needs a glue word at one of its edges, and a
      // token with capitals or digits needs a digit or, for the camel-case splits, translation debris.
      // A run touching an accented letter is part of a longer word (`Việt`): not ours to split.
      const candidate = mixed
        ? len >= 3 && (digits || (debris ??= hasTranslationDebris(block, doc)))
        : len >= MIN_GLUED_LOWER && hasGlueEdge(s, i, j)
      if (candidate && !(i > 0 && isLatinLetter(s.charCodeAt(i - 1))) && !(j < s.length && isLatinLetter(s.charCodeAt(j)))) {
        const before = splits.length
        splitToken(s, i, j, mixed && (debris ??= hasTranslationDebris(block, doc)), splits)
        if (splits.length > before) {
          if (mask === null) mask = protectedMask(s)
          if (mask !== undefined && mask[i] === 1) splits.length = before
        }
      }
      i = j
    }
    if (splits.length === 0) return block
    // Asked only now, of the few blocks with a split: a sentence whose words are mostly not English words
    // (Spanish `todas`, German `offen`), in a paragraph of its own or quoted in an English one, has none to split.
    const english = englishGate(s)
    const kept = splits.filter((at) => english(at))
    if (kept.length === 0) return block
    return editBlock(block, kept.map((at) => ({ from: at, to: at, text: insideQuotedItem(s, at) ? '”, “' : ' ', rule: gluedWords.id }) satisfies TextEdit))
  },
}
