import { DATE_MARKS_AFTER_NUMBER, HAN_COUNT_WORDS, HAN_NUMERALS, HAN_UNITS, LIST_BULLETS, NUMBER_CHARACTERS, QUANTITY_UNITS } from '../../lexicon/boilerplate/list-items.js'
import { computeFeatures } from '../../annotate/features.js'
import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'
import { endsSentence, introducesList, menuLike, type ShapeClass } from '../shape.js'
import { COUNT_MAX_TOKENS, ITEM_MIN_SHARE, LABEL_MAX_WORDS, LIST_INTRO_MAX_DIGIT_RATIO, LIST_MIN_ITEMS, MARKED_ITEM_MAX_WORDS, PHRASE_MIN_WORDS, QUANTITY_LINE_MAX_WORDS, type Thresholds } from '../thresholds.js'
import { effectiveWords, type BlockView } from '../view.js'

/** Drops a run of short menu-like lines inside the main region (a menu between paragraphs), unless a line ending in a colon introduces it, it is lists under short labels between paragraphs, or its lines read as an article's list items. */
export const menuRun = {
  id: 'boilerplate/menu-run',
  description: 'run of short menu-like lines',
  /**
   * Mark runs of at least `th.menuRun` menu-like blocks in `[from, to)`. A run whose lines are mostly list
   * items (see `itemWeight`: sentences, bulleted or numbered lines, quantities) is an article's list,
   * steps or questions, and is kept; so is a run that is wholly marked lists under short labels ending in a
   * colon, between the article's paragraphs (see `labelledLists`).
   *
   * @param views the blocks' views
   * @param classes their shape classes
   * @param from first index of the region
   * @param to index just past the region
   * @param th the thresholds
   * @param mark called with each index to drop
   * @param lex the compiled lexicon, for the labels of navigation (`navLabel`); without it, no run is read as
   *   labelled lists
   */
  apply(views: readonly BlockView[], classes: readonly ShapeClass[], from: number, to: number, th: Thresholds, mark: (i: number) => void, lex?: CompiledLexicon): void {
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
      if (count >= th.menuRun && !listed && !(lex !== undefined && labelledLists(views, classes, runStart, i, from, to, lex))) markMenu(views, classes, runStart, i, mark, lex)
      runStart = i + 1
      count = 0
    }
  },
}

/**
 * Whether a run of short lines `[start, end)` is an article's lists, each under a short label ending in a
 * colon (`Zutaten:`, `Bạn cần:`, `Method:`; a longer one introduces the run on its own, see
 * `introducesList`), between its paragraphs: prose right before the run and right after it inside the
 * region, and every line of the run a label or an item under one. The items under a label carry one list
 * mark (all `•`, all numbered) and there are at least `LIST_MIN_ITEMS` of them. What a menu has instead: a
 * label or an item that names navigation (`Tags:`, `Share:`, `• Home`, `• Most read`: the lexicon's
 * `navLabel` and page controls), unmarked or mixed lines, or no paragraphs on one side (above or below the
 * article).
 *
 * @param views the blocks' views
 * @param classes their shape classes
 * @param start the run's first index
 * @param end the index just past it
 * @param from the region's first index
 * @param to the index just past the region
 * @param lex the compiled lexicon
 * @returns true to keep the run
 */
function labelledLists(views: readonly BlockView[], classes: readonly ShapeClass[], start: number, end: number, from: number, to: number, lex: CompiledLexicon): boolean {
  if (start <= from || end >= to || !isProse(views[start - 1]!, classes[start - 1]!)) return false
  if (!isProse(views[end]!, classes[end]!) && !introducesList(views[end]!)) return false
  let k = start
  let lists = 0
  while (k < end) {
    if (classes[k] === 'bad') {
      k++
      continue
    }
    if (!listLabel(views[k]!, lex)) return false
    let items = 0
    let sign: string | undefined
    for (k++; k < end; k++) {
      if (classes[k] === 'bad') continue
      const text = views[k]!.text.trim()
      const m = listMark(text)
      if (m === undefined) break
      // Every item carries the same mark: the same bullet, or a number.
      const s = m.kind === 'bullet' ? text.slice(0, m.at) : m.kind
      if ((sign ??= s) !== s || navItem(text.slice(m.at).trim(), lex)) return false
      items++
    }
    if (items < LIST_MIN_ITEMS) return false
    lists++
  }
  return lists > 0
}

/** A paragraph, or a mid-length line that ends in sentence punctuation. */
function isProse(v: BlockView, c: ShapeClass): boolean {
  return c === 'good' || (c === 'near' && v.terminal)
}

/** A short label ending in a colon that names no navigation (`Zutaten:`, `Bạn cần:`; not `Tags:`, `Share:`, `2019:`). */
function listLabel(v: BlockView, lex: CompiledLexicon): boolean {
  const text = v.text.trim()
  const last = text[text.length - 1]
  if ((last !== ':' && last !== '：') || v.words === 0 || v.digitRatio >= LIST_INTRO_MAX_DIGIT_RATIO || listMark(text) !== undefined) return false
  return !navItem(text, lex)
}

/** Whether a line is a list mark and an entry that names navigation (`1. Trang chủ`, `• Home`). */
function markedNavItem(line: string, lex: CompiledLexicon): boolean {
  const text = line.trim()
  const m = listMark(text)
  return m !== undefined && navItem(text.slice(m.at).trim(), lex)
}

/** Whether a line names navigation: a link list's label, a first crumb, a related heading (`navLabel`), or page controls. */
function navItem(text: string, lex: CompiledLexicon): boolean {
  return lex.navLabel.test(text) || lex.control.test(text)
}

/**
 * Mark a run of menu-like lines `[start, end)`, unless list items carry at least `ITEM_MIN_SHARE` of its
 * words: then the run is an article's list, its bare labels the list's own headings (`Ingredients`). A run
 * with a marked entry that names navigation (`1. Trang chủ`, `• Home`: see `navItem`) is a menu whatever
 * its items (`2. Thời sự` reads as a short phrase).
 */
function markMenu(views: readonly BlockView[], classes: readonly ShapeClass[], start: number, end: number, mark: (i: number) => void, lex?: CompiledLexicon): void {
  let words = 0
  let itemWords = 0
  let nav = false
  for (let k = start; k < end; k++) {
    if (classes[k] === 'bad') continue
    // Words, not lines: a teaser list's time stamps (`2 hours ago`) are short beside its headlines.
    const size = Math.max(1, views[k]!.words)
    words += size
    itemWords += size * itemWeight(views[k]!)
    if (lex !== undefined && !nav) nav = markedNavItem(views[k]!.text, lex)
  }
  if (!nav && itemWords >= ITEM_MIN_SHARE * words) return
  for (let k = start; k < end; k++) if (classes[k] !== 'bad') mark(k)
}

/**
 * How much a short line reads as an item of an article's list rather than a menu entry: 1 for a sentence
 * (`Serves four.`, `Q: Favourite place?`), a bulleted or numbered item (`• salt`, `2. Stir in the rice`,
 * `1、番茄切块`, `Step 2: Boil water`) or a quantity (`4 tbsp olive oil`, `Eat 1–2 hours after training`,
 * `鸡蛋 2个`, `1 TL Salz`, `一勺盐`); 0.5 for a bare count (`2 eggs`, `2 Eier`, `两个鸡蛋`, but also `2 hours
 * ago`) or a line starting in lower case (`baby carrier`), which a menu entry rarely is but a link may be;
 * 0 for a bare label (`World`, `首页`, `1. Home`).
 *
 * @param v the line's view
 * @returns 0, 0.5 or 1
 */
export function itemWeight(v: BlockView): number {
  const text = v.text.trim()
  if (endsSentence(v) || startsItem(text)) return 1
  const q = quantities(text)
  const count = countEnd(text)
  // A number and a word or two (`2 hours ago`, `858 shares`, `2 eggs`) may be a teaser's time stamp or
  // counter; a unit makes it a measure (`200 g flour`). A count before a capitalised noun (`2 Eier`) too.
  if (count > 0 && !q.measured && q.count <= 1 && tokens(text) <= COUNT_MAX_TOKENS && (q.count === 1 || (text[count] === ' ' && UPPER.test(text[count + 1] ?? '')))) return 0.5
  if (q.count >= 2 || (q.count === 1 && v.words <= QUANTITY_LINE_MAX_WORDS)) return 1
  return v.startsLower ? 0.5 : 0
}

/** Tokens between spaces in a trimmed line. */
function tokens(text: string): number {
  let n = 1
  for (let i = 1; i < text.length; i++) if (text[i] === ' ' && text[i - 1] !== ' ') n++
  return n
}

const BULLETS: ReadonlySet<string> = new Set(LIST_BULLETS)
/** `1. `, `2) `, `(3)`, `4、`, `（5）`, `6．`: a number opening a numbered item. */
const ORDINAL = /^(?:\d{1,2}(?:[.)]\s|[)、．）])|[(（]\d{1,2}[)）])/u
/** `一、`, `十二、`: a Han numeral opening a numbered item. */
const HAN_ORDINAL = new RegExp(`^[${HAN_NUMERALS}]{1,3}[、．]`, 'u')
/** `Step 1:`, `Bước 2:`, `Étape 3 :`, `步骤4：`, `Q5:`: a word and a number before a colon, a numbered step or question. */
const LABELLED = /^\p{L}{1,12} ?\d{1,2} ?[:：]/u
/** `第一步`, `第3步：`: a Han numbered step. */
const HAN_STEP = new RegExp(`^第(?:\\d{1,2}|[${HAN_NUMERALS}]{1,3})步[:：，、]?`, 'u')
/**
 * How far into a line `LABELLED`'s first digit may stand, exclusive: after twelve letters of two code
 * units each (astral ones), and a space.
 */
const LABELLED_DIGIT_WITHIN = 26
const UPPER = /^[\p{Lu}\p{Lt}]$/u

/** Whether `text[from, to)` (clipped to the text) holds an ASCII digit. */
function hasAsciiDigit(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length)
  for (let i = from; i < end; i++) if (isDigitCode(text.charCodeAt(i))) return true
  return false
}

/** Whether a code unit is an ASCII digit (`\d` in a regex: ASCII only, `u` flag or not). */
function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** Whether a code point is a number written as one character (`①`, `⑵`, `❸`). */
function isNumberCharacter(cp: number): boolean {
  // Below the first range (most lines open with a letter) nothing is one: no closure per line.
  if (cp < NUMBER_CHARACTERS_FROM) return false
  for (let r = 0; r < NUMBER_CHARACTERS.length; r++) if (cp >= NUMBER_CHARACTERS[r]![0] && cp <= NUMBER_CHARACTERS[r]![1]) return true
  return false
}
/** The first code point of `NUMBER_CHARACTERS`. */
const NUMBER_CHARACTERS_FROM = Math.min(...NUMBER_CHARACTERS.map(([lo]) => lo))

/**
 * How a line's list mark ends: the bullet or ordinal it opens with and the offset of what follows.
 * `labelled`: the mark names what the item is (`Step 2:`, `第二步`), so what follows needs no more.
 */
export function listMark(text: string): { at: number; kind: 'bullet' | 'number' | 'labelled' } | undefined {
  const cp = text.codePointAt(0) ?? 0
  const first = String.fromCodePoint(cp)
  const next = text.slice(first.length, first.length + 1)
  if (BULLETS.has(first) && next !== '' && next.trim() === '') return { at: first.length, kind: 'bullet' }
  if (isNumberCharacter(cp)) return { at: first.length, kind: 'number' }
  // Each pattern is tried only on a line that opens as it must: `ORDINAL` with a digit or an opening
  // bracket, `HAN_ORDINAL` with a Han numeral, `HAN_STEP` with `第`; `LABELLED` needs an ASCII digit after
  // the word's first letter, within `LABELLED_DIGIT_WITHIN` code units.
  const c = text.charCodeAt(0)
  const ordinal = (isDigitCode(c) || c === 0x28 || c === 0xff08 ? ORDINAL.exec(text) : null) ?? ((QUANTITY_START[c]! & HAN_NUMERAL_UNIT) !== 0 ? HAN_ORDINAL.exec(text) : null)
  if (ordinal !== null) return { at: ordinal[0].length, kind: 'number' }
  const labelled = (hasAsciiDigit(text, 1, LABELLED_DIGIT_WITHIN) ? LABELLED.exec(text) : null) ?? (c === 0x7b2c ? HAN_STEP.exec(text) : null)
  if (labelled !== null) return { at: labelled[0].length, kind: 'labelled' }
  return undefined
}

/**
 * A line opening with a list mark and going on with more than a bare label: `• a warm jacket`,
 * `2. Stir in the rice`, `1、番茄切块`, `- Rửa sạch rau`, `Step 3: Drain`; not `* Home`, `1. Home` nor
 * `- Civil Rights` (a menu written as a list). What follows a number is an item when it is a phrase of two
 * words or more not in title case (a numbered menu is rare, and its entries are single words or names);
 * after a bullet, which menus carry as often as lists do, it needs `LABEL_MAX_WORDS` words. It is at most
 * `MARKED_ITEM_MAX_WORDS` words: a ranked list of headlines (`1. Storm hits…`) is numbered too.
 */
function startsItem(text: string): boolean {
  const mark = listMark(text)
  if (mark === undefined) return false
  const rest = text.slice(mark.at).trim()
  const f = computeFeatures(rest)
  const words = effectiveWords(f)
  if (words === 0 || words > MARKED_ITEM_MAX_WORDS) return false
  if (f.startsLower || f.digitRatio > 0 || words > LABEL_MAX_WORDS || mark.kind === 'labelled') return true
  return words >= (mark.kind === 'number' ? PHRASE_MIN_WORDS : LABEL_MAX_WORDS) && !titleCase(rest)
}

/**
 * Whether a short phrase reads as a name or label (`Civil Rights`, `Track and Field`, `Tech News`): its
 * first and last words start with a capital. A phrase of a caseless script never does.
 */
function titleCase(phrase: string): boolean {
  const last = phrase.lastIndexOf(' ')
  return UPPER.test(String.fromCodePoint(phrase.codePointAt(0) ?? 0)) && UPPER.test(String.fromCodePoint(phrase.codePointAt(last + 1) ?? 0))
}

const DATE_MARKS: ReadonlySet<string> = new Set(DATE_MARKS_AFTER_NUMBER)
const UNITS: ReadonlySet<string> = new Set(QUANTITY_UNITS.map((u) => (u.length > 1 ? u.toLowerCase() : u)))
const FRACTIONS = '½⅓⅔¼¾⅕⅛'
const CASED_OR_DIGIT = /^[\p{Lu}\p{Ll}\p{Lt}\d]$/u
const LOWER = /^\p{Ll}$/u
const CASED = /^[\p{Lu}\p{Ll}\p{Lt}]$/u
const CASELESS = /^\p{Lo}$/u
const NUMBER_JOINERS = '.,/–-'

/** What `quantities` found in a line. */
export interface Quantities {
  /** How many quantities. */
  readonly count: number
  /** Whether one has a unit (`200 g`, `1 tsp`, `一勺`): a measure, no counter. */
  readonly measured: boolean
}

/**
 * The quantities a line holds: a number of at most three digits or a fraction (`2`, `1/2`, `8-9`,
 * `½`), not glued to a word before it (`P90X3`, `737s`) nor part of a time (`8:53`), followed by a unit
 * (`200g`, `1 TL`), a lower-case word (`2 cups`, `30 minutes`) or a character of a caseless script (`2个`,
 * `3개`) that is no date or time mark (`11月`); or a Han numeral before a measure word (`两个`, `一勺`).
 * A count before another number (`1 of 23`) is a gallery counter.
 */
export function quantities(text: string): Quantities {
  let n = 0
  let measured = false
  let i = 0
  while (i < text.length) {
    // Neither a number nor a Han numeral starts anywhere else (`numberEnd` and `hanNumberEnd` give `i`).
    if (QUANTITY_START[text.charCodeAt(i)] === 0) {
      i++
      continue
    }
    const start = i
    const han = hanNumberEnd(text, i)
    if (han > i) {
      i = han
      const m = hanMeasure(text, han)
      if (m > 0 && text[start - 1] !== '第') {
        n++
        if (m === 2) measured = true
      }
      continue
    }
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
      if (hanMeasure(text, at) === 2) measured = true
      if (!DATE_MARKS.has(c)) n++
      continue
    }
    if (isUnit(text, at)) {
      n++
      measured = true
      continue
    }
    if (!LOWER.test(c)) continue
    let after = at
    while (after < text.length && LOWER.test(text[after]!)) after++
    while (text[after] === ' ') after++
    if (!isDigitCode(text.charCodeAt(after))) n++
  }
  return { count: n, measured }
}

/** Whether a word of `QUANTITY_UNITS` starts at `at` and ends there too (`g` in `200g flour`, not in `5Gb`). */
function isUnit(text: string, at: number): boolean {
  let end = at
  while (end < text.length && CASED.test(text[end]!)) end++
  if (end === at || end - at > MAX_UNIT_LENGTH) return false
  const word = text.slice(at, end)
  return UNITS.has(word.length > 1 ? word.toLowerCase() : word)
}

/** The longest unit of `QUANTITY_UNITS`, in code units. */
const MAX_UNIT_LENGTH = Math.max(...QUANTITY_UNITS.map((u) => u.length))

/** `QUANTITY_START` flags: an ASCII digit, a fraction (`FRACTIONS`), a Han numeral (`HAN_NUMERALS`). */
const DIGIT_UNIT = 1
const FRACTION_UNIT = 2
const HAN_NUMERAL_UNIT = 4
/** Per code unit, the `*_UNIT` flags: a unit with none starts no quantity (see `quantities`). */
const QUANTITY_START = new Uint8Array(0x10000)
for (let c = 0x30; c <= 0x39; c++) QUANTITY_START[c] = DIGIT_UNIT
for (const ch of FRACTIONS) QUANTITY_START[ch.charCodeAt(0)]! |= FRACTION_UNIT
for (const ch of HAN_NUMERALS) QUANTITY_START[ch.charCodeAt(0)]! |= HAN_NUMERAL_UNIT

/** The end of a run of at most three Han numerals at `i` (`两`, `十二`), or `i` when none starts there. */
function hanNumberEnd(text: string, i: number): number {
  let k = i
  while (k < text.length && k - i < 3 && (QUANTITY_START[text.charCodeAt(k)]! & HAN_NUMERAL_UNIT) !== 0) k++
  return k
}

/** 2 when a Han unit starts at `at` (`克`, `勺`), 1 for a measure word that counts (`个`, `瓣`), else 0. */
function hanMeasure(text: string, at: number): number {
  if (HAN_UNITS.some((u) => text.startsWith(u, at))) return 2
  return HAN_COUNT_WORDS.some((u) => text.startsWith(u, at)) ? 1 : 0
}

/** Where a count opening a line ends (`2` in `2 eggs`, `两` in `两个鸡蛋`), 0 when it opens with none. */
function countEnd(text: string): number {
  const han = hanNumberEnd(text, 0)
  if (han > 0) return hanMeasure(text, han) > 0 ? han : 0
  return numberEnd(text, 0)
}
/** The end of a number starting at `i` (1–3 digits, a joined second part, a fraction), or `i` when none starts there. */
function numberEnd(text: string, i: number): number {
  // `charCodeAt` past the end is NaN: no digit there.
  let k = i
  while (k < text.length && k - i < 4 && isDigitCode(text.charCodeAt(k))) k++
  const digits = k - i
  if (digits > 3) return i
  if (digits > 0 && NUMBER_JOINERS.includes(text[k] ?? '\u0000') && isDigitCode(text.charCodeAt(k + 1))) {
    let m = k + 1
    while (m < text.length && m - k <= 4 && isDigitCode(text.charCodeAt(m))) m++
    if (m - k - 1 > 3) return i
    k = m
  }
  if (FRACTIONS.includes(text[k] ?? '\u0000')) k++
  if (k > i && isDigitCode(text.charCodeAt(k))) return i
  return k
}
