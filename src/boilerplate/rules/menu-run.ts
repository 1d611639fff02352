import { DATE_MARKS_AFTER_NUMBER, LIST_BULLETS } from '../../lexicon/boilerplate/list-items.js'
import { computeFeatures } from '../../annotate/features.js'
import { introducesList, menuLike, type ShapeClass } from '../shape.js'
import { COUNT_MAX_TOKENS, ITEM_MIN_SHARE, LABEL_MAX_WORDS, MARKED_ITEM_MAX_WORDS, QUANTITY_LINE_MAX_WORDS, type Thresholds } from '../thresholds.js'
import { effectiveWords, type BlockView } from '../view.js'

/** Drops a run of short menu-like lines inside the main region (a menu between paragraphs), unless a line ending in a colon introduces it or its lines read as an article's list items. */
export const menuRun = {
  id: 'boilerplate/menu-run',
  description: 'run of short menu-like lines',
  /**
   * Mark runs of at least `th.menuRun` menu-like blocks in `[from, to)`. A run whose lines are mostly list
   * items (see `itemWeight`: sentences, bulleted or numbered lines, quantities) is an article's list,
   * steps or questions, and is kept.
   *
   * @param views the blocks' views
   * @param classes their shape classes
   * @param from first index of the region
   * @param to index just past the region
   * @param th the thresholds
   * @param mark called with each index to drop
   */
  apply(views: readonly BlockView[], classes: readonly ShapeClass[], from: number, to: number, th: Thresholds, mark: (i: number) => void): void {
    // Blocks already judged boilerplate neither break nor count in a run: once they are gone (cleaning
    // the result again), the lines on both sides of them are neighbours.
    let runStart = from
    let count = 0
    for (let i = from; i <= to; i++) {
      if (i < to && classes[i] === 'bad') continue
      if (i < to && menuLike(views[i]!, classes[i]!) && !introducesList(views[i]!)) {
        count++
        continue
      }
      // A run after a line ending in a colon is the list that line introduces, not a menu.
      const listed = runStart > 0 && introducesList(views[runStart - 1]!)
      if (count >= th.menuRun && !listed) markMenu(views, classes, runStart, i, mark)
      runStart = i + 1
      count = 0
    }
  },
}

/**
 * Mark a run of menu-like lines `[start, end)`, unless list items carry at least `ITEM_MIN_SHARE` of its
 * words: then the run is an article's list, its bare labels the list's own headings (`Ingredients`).
 */
function markMenu(views: readonly BlockView[], classes: readonly ShapeClass[], start: number, end: number, mark: (i: number) => void): void {
  let words = 0
  let itemWords = 0
  for (let k = start; k < end; k++) {
    if (classes[k] === 'bad') continue
    // Words, not lines: a teaser list's time stamps (`2 hours ago`) are short beside its headlines.
    const size = Math.max(1, views[k]!.words)
    words += size
    itemWords += size * itemWeight(views[k]!)
  }
  if (itemWords >= ITEM_MIN_SHARE * words) return
  for (let k = start; k < end; k++) if (classes[k] !== 'bad') mark(k)
}

/**
 * How much a short line reads as an item of an article's list rather than a menu entry: 1 for a sentence
 * (`Serves four.`, `Q: Favourite place?`), a bulleted or numbered item (`• salt`, `2. Stir in the rice`) or a
 * quantity (`4 tbsp olive oil`, `Eat 1–2 hours after training`, `鸡蛋 2个`); 0.5 for a bare count (`2 eggs`,
 * but also `2 hours ago`) or a line starting in lower case (`baby carrier`), which a menu entry rarely is
 * but a link may be; 0 for a bare label (`World`, `首页`).
 *
 * @param v the line's view
 * @returns 0, 0.5 or 1
 */
export function itemWeight(v: BlockView): number {
  const text = v.text.trim()
  if (endsSentence(v, text) || startsItem(text)) return 1
  const n = quantities(text)
  // A number and a word or two (`2 hours ago`, `858 shares`, `2 eggs`) may be a teaser's time stamp or counter.
  if (n === 1 && numberEnd(text, 0) > 0 && tokens(text) <= COUNT_MAX_TOKENS) return 0.5
  if (n >= 2 || (n === 1 && v.words <= QUANTITY_LINE_MAX_WORDS)) return 1
  return v.startsLower ? 0.5 : 0
}

/** Tokens between spaces in a trimmed line. */
function tokens(text: string): number {
  let n = 1
  for (let i = 1; i < text.length; i++) if (text[i] === ' ' && text[i - 1] !== ' ') n++
  return n
}

/** A line ending in sentence punctuation, not an ellipsis (a teaser cut short: `Read on…`). */
function endsSentence(v: BlockView, text: string): boolean {
  if (!v.terminal) return false
  let end = text.length
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end--
  const core = text.slice(0, end)
  return !core.endsWith('…') && !core.endsWith('..')
}

/** Closing quotes and brackets that may follow a sentence's last mark. */
const CLOSERS = '"\')]”’»」』）'
const BULLETS: ReadonlySet<string> = new Set(LIST_BULLETS)
/** `1. `, `2) `, `(3) `, `4、`, `（5）`: an ordinal opening a numbered item. */
const ORDINAL = /^(?:\d{1,2}[.)]\s|\(\d{1,2}\)\s|\d{1,2}、|（\d{1,2}）)/u

/**
 * A line opening with a bullet and a space or with an ordinal, and going on with more than a bare label:
 * `• a warm jacket`, `2. Stir in the rice`, not `* Home` (a menu written as a list). What follows the
 * mark is at most `MARKED_ITEM_MAX_WORDS` words: a ranked list of headlines (`1. Storm hits…`) is numbered too.
 */
function startsItem(text: string): boolean {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0)
  const next = text.slice(first.length, first.length + 1)
  let restAt = 0
  if (BULLETS.has(first) && next !== '' && next.trim() === '') restAt = first.length
  else restAt = ORDINAL.exec(text)?.[0].length ?? 0
  if (restAt === 0) return false
  const rest = text.slice(restAt).trim()
  const f = computeFeatures(rest)
  const words = effectiveWords(f)
  if (words === 0 || words > MARKED_ITEM_MAX_WORDS) return false
  return f.startsLower || f.digitRatio > 0 || words > LABEL_MAX_WORDS
}

const DATE_MARKS: ReadonlySet<string> = new Set(DATE_MARKS_AFTER_NUMBER)
const FRACTIONS = '½⅓⅔¼¾⅕⅛'
const DIGIT = /^\d$/u
const CASED_OR_DIGIT = /^[\p{Lu}\p{Ll}\p{Lt}\d]$/u
const LOWER = /^\p{Ll}$/u
const CASELESS = /^\p{Lo}$/u
const NUMBER_JOINERS = '.,/–-'

/**
 * How many quantities a line holds: a number of at most three digits or a fraction (`2`, `1/2`, `8-9`,
 * `½`), not glued to a word before it (`P90X3`, `737s`) nor part of a time (`8:53`), followed by a
 * lower-case word (`2 cups`, `30 minutes`) or a character of a caseless script (`2个`, `3개`) that is no
 * date or time mark (`11月`). A count before another number (`1 of 23`) is a gallery counter.
 */
function quantities(text: string): number {
  let n = 0
  let i = 0
  while (i < text.length) {
    const start = i
    const end = numberEnd(text, i)
    if (end === i) {
      i++
      continue
    }
    i = end
    const before = start === 0 ? '' : text[start - 1]!
    if (CASED_OR_DIGIT.test(before) || before === ':' || before === '.' || before === ',') continue
    let at = end
    if (text[at] === ' ') at++
    const c = text[at] ?? ''
    if (CASELESS.test(c)) {
      if (!DATE_MARKS.has(c)) n++
      continue
    }
    if (!LOWER.test(c)) continue
    let after = at
    while (after < text.length && LOWER.test(text[after]!)) after++
    while (text[after] === ' ') after++
    if (!DIGIT.test(text[after] ?? '')) n++
  }
  return n
}

/** The end of a number starting at `i` (1–3 digits, a joined second part, a fraction), or `i` when none starts there. */
function numberEnd(text: string, i: number): number {
  let k = i
  while (k < text.length && k - i < 4 && DIGIT.test(text[k]!)) k++
  const digits = k - i
  if (digits > 3) return i
  if (digits > 0 && NUMBER_JOINERS.includes(text[k] ?? '\u0000') && DIGIT.test(text[k + 1] ?? '')) {
    let m = k + 1
    while (m < text.length && m - k <= 4 && DIGIT.test(text[m]!)) m++
    if (m - k - 1 > 3) return i
    k = m
  }
  if (FRACTIONS.includes(text[k] ?? '\u0000')) k++
  if (k > i && DIGIT.test(text[k] ?? '')) return i
  return k
}
