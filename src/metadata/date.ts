import { isHan, isUnspacedScript } from '../core/chars.js'
import { perLexicon, type MergedLexicon, type RelativeUnit, type YearEra } from '../lexicon/metadata/index.js'
import { escapeRegExp, isWordChar, PrefixTable, wordAt, wordsAt } from './text.js'

/** A date read from text: where it is, and its ISO 8601 form. */
export interface FoundDate {
  /** Offset of the first character of the date (after any weekday). */
  readonly start: number
  /** Offset just past the date (and its time, when one follows). */
  readonly end: number
  /** `2018-05-11`, or `2024-04-29T11:39:42` when a time is given; never a time zone. */
  readonly iso: string
}

// The oldest and newest years a page date is taken from: outside them a number is a code, not a year.
const MIN_YEAR = 1900
const MAX_YEAR = 2100
// A two-digit year is read in a fixed window, 1950-2049 (`19` is 2019, `75` is 1975), as X.509 reads its
// UTCTime (RFC 5280); fixed rather than moved with the clock, so a page reads the same in any year.
const SHORT_YEAR_PIVOT = 50
// Shapes, each sticky so it is tried only at one position (linear over a line).
// `2018/05/11`, `2024-04-29`, `2018.05.11`; not `2018/05/111` or `2018-05/11` (mixed separators).
const YMD = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y
// `12/06/2024`, `6.9.2024`, `11/19/19`; the order of day and month comes from the language. Not `1/2/3` or
// `1/2/345` (a year has two or four digits).
const NUMERIC_DM_Y = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y
// A time: `11:39:42`, `10:20`, `9:05 pm`, `10：20`; not `10:205` or `10:20:` followed by more digits.
const TIME = /(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?: ?([ap])\.?m\b\.?)?(?![\d:：])/iy
// A time whose minutes follow a full stop (`14.30`), read only after a time word (`ore 14.30`) or before
// a time suffix (`14.30 Uhr`); not `14.30.5` or `14.305`.
const DOTTED_TIME = /(\d{1,2})\.(\d{2})(?!\.?\d)/y

/**
 * Read a date, and a time after it when there is one, starting exactly at `pos` (a leading weekday such
 * as `Monday, ` is skipped). Impossible dates (`2023-02-30`, month 13) and years outside 1900-2100 are
 * rejected; an all-numeric date whose day and month could be swapped is read in the language's order, or
 * not at all when the language has none. A two-digit year (`11/19/19`) is read, in 1950-2049, only on a
 * page whose language writes it last and only where no number runs on around the date.
 *
 * @param text the text
 * @param pos where the date should start
 * @param lex the merged lexicon (month names, weekdays, shapes, numeric order)
 * @returns the date found, or undefined
 * @example readDateAt('2018/05/11 Source:', 0, lex) // { start: 0, end: 10, iso: '2018-05-11' }
 */
export function readDateAt(text: string, pos: number, lex: MergedLexicon): FoundDate | undefined {
  // A line is often read at the same place twice (whether a field starts there, then the field): the
  // last reading is kept.
  if (text === lastText && pos === lastPos && lex === lastDateLex) return lastDate
  const date = readDateAtOnce(text, pos, lex)
  lastText = text
  lastPos = pos
  lastDateLex = lex
  lastDate = date
  return date
}

let lastText: string | undefined
let lastPos = -1
let lastDateLex: MergedLexicon | undefined
let lastDate: FoundDate | undefined

function readDateAtOnce(text: string, pos: number, lex: MergedLexicon): FoundDate | undefined {
  if (pos > 0 && isWordChar(text.charCodeAt(pos - 1))) return undefined
  const start = skipWeekday(text, pos, lex)
  const ymd = readYmd(text, start, lex)
  if (ymd === undefined) return undefined
  const [written, m, d, dateEnd, era] = ymd
  const y = era !== undefined && written >= era.from ? written - era.offset : written
  if (!validDate(y, m, d)) return undefined
  const end = afterYearSuffix(text, dateEnd, lex)
  const date = `${y}-${pad(m)}-${pad(d)}`
  const time = readTimeAfter(text, end, lex)
  return time === undefined ? { start, end, iso: date } : { start, end: time[1], iso: `${date}T${time[0]}` }
}

/**
 * Where a date that ends at `pos` ends with a year suffix of the lexicon after it (`г.` in
 * `7 декабря 2026 г.`, `r.` in `7 grudnia 2026 r.`), after a space or none; `pos` when there is none.
 */
function afterYearSuffix(text: string, pos: number, lex: MergedLexicon): number {
  if (lex.yearSuffixes.length === 0) return pos
  const at = text[pos] === ' ' ? pos + 1 : pos
  const w = wordsAt(text, at, lex.yearSuffixes)
  return w === undefined ? pos : at + w.length
}

/**
 * Whether a line `s[from, to)` that ends in a full stop ends in a year or time suffix of the lexicon that
 * ends in one, or in a relative-date unit written so, after a number: `7 декабря 2026 г.`, `7 grudnia 2026
 * r.`, Thai `14:30 น.`, `vor 5 Min.` (a dateline, not a sentence).
 *
 * @param s the string the line is part of
 * @param from where the line starts
 * @param to where it ends
 * @param lex the merged lexicon
 * @returns true when a year or time and a suffix end the line
 */
export function endsInYearSuffix(s: string, from: number, to: number, lex: MergedLexicon): boolean {
  return endsInSuffix(s, from, to, lex.yearSuffixes) || endsInSuffix(s, from, to, lex.timeSuffixes) || endsInSuffix(s, from, to, dottedUnits(lex))
}

/** The relative-date units written with a full stop (`min.`, `std.`). */
const dottedUnits = perLexicon((lex): readonly string[] => lex.relativeDates.units.filter((w) => w.charCodeAt(w.length - 1) === 0x2e))

/** `endsInYearSuffix` for one list of suffixes. */
function endsInSuffix(s: string, from: number, to: number, suffixes: readonly string[]): boolean {
  for (const w of suffixes) {
    if (w.charCodeAt(w.length - 1) !== 0x2e) continue
    let at = to - w.length
    if (at <= from || s.slice(at, to).toLowerCase() !== w) continue
    if (s[at - 1] === ' ') at--
    const c = s.charCodeAt(at - 1)
    if (at > from && c >= 0x30 && c <= 0x39) return true
  }
  return false
}

/**
 * Whether a date may start at `pos`: a cheap test that lets a line be passed over before any shape is
 * tried. True for every position where `readDateAt` can succeed (and some where it cannot).
 *
 * @param text the text
 * @param pos the position
 * @param lex the merged lexicon
 * @returns false when no date starts at `pos`
 */
export function mayStartDate(text: string, pos: number, lex: MergedLexicon): boolean {
  const c = text.charCodeAt(pos)
  if (c >= 0x30 && c <= 0x39) return true
  const t = dateTables(lex)
  if (t.dateWords.has(text, pos) && (wordsAt(text, pos, lex.weekdays) !== undefined || readMonth(text, pos, lex) !== undefined)) return true
  for (const re of t.otherPatterns) if (stickyAt(re, text, pos) !== null) return true
  return false
}

/** Per-lexicon tables that let a position be passed over before any date shape is tried. */
export interface DateTables {
  /** Weekday and month names. */
  readonly dateWords: PrefixTable
  /** Month names. */
  readonly months: PrefixTable
  /**
   * What a month name of several words or dotted parts starts with, up to and with each space or full
   * stop inside it: `كانون ` of `كانون الأول`, `ธ.` of `ธ.ค`.
   */
  readonly monthStems: ReadonlySet<string>
  /** Weekday and month names and time words: what a dateline may start with besides digits and zones. */
  readonly datelineWords: PrefixTable
  /** Date shapes that may start with something else than a digit. */
  readonly otherPatterns: readonly RegExp[]
  /** Per date shape of the lexicon: how many digits every match starts with, at least (up to five; 0 when unsure). */
  readonly leadDigits: readonly number[]
  /** ASCII month names by the hash of their letters (`asciiHash`), for a lookup without a lower-case copy. */
  readonly asciiMonths: readonly (readonly (readonly [string, number])[] | undefined)[]
  /** Sticky: a day and its year after a month name: ` 6, 2024`, ` 6th 2024`, ` 7 de 2026`; not ` 6` (no year). */
  readonly dayYear: RegExp
  /** Sticky: a day before a month name: `6 `, `6th `, `7. `, `1er `, `7 de `. */
  readonly dayBefore: RegExp
  /** The code units that may follow a day's digits before a month name: a space, a full stop, a suffix's first letter. */
  readonly afterDay: ReadonlySet<number>
  /** Sticky: a year after day and month name: ` 2024`, `, 2024`, ` de 2026`. */
  readonly yearAfter: RegExp
  /** Sticky: a two-digit year after day and month name (` 69`, ` พ.ศ. 69`), read only in an era that has one. */
  readonly shortYearAfter: RegExp
  /**
   * Sticky: a time written with an hour mark or a time suffix: `14h30`, `14 h 30`, `14h`, `14.30 Uhr`,
   * `14 Uhr`; groups hour, minutes (after a mark), minutes (before a suffix).
   */
  readonly wordTime: RegExp
}

/**
 * The date tables of a lexicon, built once.
 *
 * @param lex the merged lexicon
 * @returns its tables
 */
export const dateTables = perLexicon((lex): DateTables => {
  const months = [...lex.months.keys()]
  return {
    dateWords: new PrefixTable([...lex.weekdays, ...months]),
    months: new PrefixTable(months),
    monthStems: monthStems(months),
    datelineWords: new PrefixTable([...lex.weekdays, ...months, ...lex.timeWords]),
    otherPatterns: lex.datePatterns.filter((p) => !startsWithDigit(p.re)).map((p) => p.re),
    leadDigits: lex.datePatterns.map((p) => leadDigits(p.re)),
    asciiMonths: asciiMonthTable(lex.months),
    ...dayShapes(lex),
    wordTime: wordTimeShape(lex),
  }
})

/** The stems of the month names of several parts (see `DateTables.monthStems`). */
function monthStems(months: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const name of months) for (let i = 1; i < name.length; i++) if (name[i] === ' ' || name[i] === '.') out.add(name.slice(0, i + 1))
  return out
}

/**
 * The shapes around a month name, from the lexicon's day suffixes and date joiners: alternations of
 * literal words between bounded runs of spaces, each sticky, so they run in linear time.
 */
function dayShapes(lex: MergedLexicon): Pick<DateTables, 'dayYear' | 'dayBefore' | 'afterDay' | 'yearAfter' | 'shortYearAfter'> {
  const suffix = optionalWords(lex.daySuffixes, '')
  const joiner = optionalWords(lex.dateJoiners, ' {1,2}')
  const afterDay = new Set([0x20, 0x2e])
  for (const w of lex.daySuffixes) {
    afterDay.add(w.toLowerCase().charCodeAt(0))
    afterDay.add(w.toUpperCase().charCodeAt(0))
  }
  return {
    dayYear: new RegExp(` {0,2}(\\d{1,2})${suffix},? {1,2}${joiner}(\\d{4})(?!\\d)`, 'iy'),
    dayBefore: new RegExp(`(\\d{1,2})${suffix}\\.? {1,2}${joiner}`, 'iy'),
    afterDay,
    yearAfter: new RegExp(`,? {1,2}${joiner}(\\d{4})(?!\\d)`, 'iy'),
    shortYearAfter: new RegExp(`,? {1,2}${joiner}(\\d{2})(?!\\d)`, 'iy'),
  }
}

/**
 * The time shape with an hour mark (`14h30`, `14時30分`) or a suffix (`14.30 Uhr`); never matches when the
 * lexicon has neither. After an hour mark the minutes are two digits, or one before a minute mark
 * (`9時5分`), and a minute mark may close them.
 */
function wordTimeShape(lex: MergedLexicon): RegExp {
  const marks = alternatives(lex.hourMarks)
  const suffixes = alternatives(lex.timeSuffixes)
  const minuteMarks = alternatives(lex.minuteMarks)
  // Not followed by a digit or a Latin letter (`14 horas` is no `14 h`; `14h305` is no time): the
  // alternatives are tried in turn until one ends there.
  const minutes = `(\\d{2}|\\d(?= ?(?:${minuteMarks})))(?: ?(?:${minuteMarks}))?`
  return new RegExp(`(\\d{1,2})(?: ?(?:${marks})(?: ?${minutes})?|(?:\\.(\\d{2}))? ?(?:${suffixes}))(?![\\dA-Za-z\\u00c0-\\u024f])`, 'iy')
}

/** An optional group of literal words, each followed by `after`; empty when there are none. */
function optionalWords(words: readonly string[], after: string): string {
  return words.length === 0 ? '' : `(?:(?:${alternatives(words)})${after})?`
}

/** Literal words as alternatives, longest first (`(?!)`, which never matches, for none). */
function alternatives(words: readonly string[]): string {
  return words.length === 0 ? '(?!)' : [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
}

/**
 * Whether a date may start at `pos` in a text where `pos` starts a word: a digit, a weekday or month
 * name, or a date shape that starts otherwise. True wherever `readDateAt` can succeed.
 *
 * @param text the text
 * @param pos the position
 * @param lex the merged lexicon
 * @returns false when no date starts at `pos`
 */
export function mayStartDateAt(text: string, pos: number, lex: MergedLexicon): boolean {
  const c = text.charCodeAt(pos)
  if (c >= 0x30 && c <= 0x39) return true
  const t = dateTables(lex)
  return t.dateWords.has(text, pos) || t.otherPatterns.length > 0
}

/**
 * Year, month and day of the date at `pos` as written, where it ends, and the era its year is counted in
 * (`MetadataLexicon.era`): its month name's language's, or else the page language's.
 */
function readYmd(text: string, pos: number, lex: MergedLexicon): [number, number, number, number, YearEra | undefined] | undefined {
  // The run of digits the date starts with, and what follows it, rule most shapes out before they are tried.
  const k = digitsAt(text, pos)
  const after = text.charCodeAt(pos + k)
  const dateSeparator = isDateSeparator(after)
  let m = k === 4 && dateSeparator ? stickyAt(YMD, text, pos) : null
  if (m !== null) return [Number(m[1]), Number(m[3]), Number(m[4]), closingStop(text, pos + m[0].length, m[2]!), lex.era]
  const tables = dateTables(lex)
  for (let i = 0; i < lex.datePatterns.length; i++) {
    // A shape that starts with a run of digits cannot match where a shorter run stands (`digitsAt`
    // counts up to five).
    if (k < tables.leadDigits[i]!) continue
    const p = lex.datePatterns[i]!
    m = stickyAt(p.re, text, pos)
    if (m === null) continue
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])]
    return p.order === 'ymd' ? [a, b, c, pos + m[0].length, lex.era] : [c, b, a, pos + m[0].length, lex.era]
  }
  m = (k === 1 || k === 2) && dateSeparator ? stickyAt(NUMERIC_DM_Y, text, pos) : null
  if (m !== null) {
    const end = pos + m[0].length
    const short = m[4]!.length === 2
    if (short && !shortYearDateAt(text, pos, end, lex)) return undefined
    // A dotted date with a short year is day first (`19.11.19`): `2.13.19` is a version number.
    const md = monthAndDay(Number(m[1]), Number(m[3]), lex, !short || m[2] !== '.')
    if (md === undefined) return undefined
    const y = Number(m[4])
    return [short ? fullYear(y) : y, md[0], md[1], end, short ? undefined : lex.era]
  }
  const month = k === 0 ? readMonth(text, pos, lex) : undefined
  if (month !== undefined) {
    m = stickyAt(tables.dayYear, text, month[1])
    return m === null ? undefined : [Number(m[2]), month[0], Number(m[1]), month[1] + m[0].length, month[2] ?? lex.era]
  }
  // `6 `, `6th `, `6. `, `1er `: one or two digits, then a suffix, a full stop or a space.
  m = (k === 1 || k === 2) && tables.afterDay.has(after) ? stickyAt(tables.dayBefore, text, pos) : null
  if (m !== null) {
    const mon = readMonth(text, pos + m[0].length, lex)
    if (mon === undefined) return undefined
    const y = stickyAt(tables.yearAfter, text, mon[1])
    if (y !== null) return [Number(y[1]), mon[0], Number(m[1]), mon[1] + y[0].length, mon[2] ?? lex.era]
    // `7 ธ.ค. 69`: a two-digit year after the month name of a language whose era reads one (2569 BE).
    const base = mon[2]?.shortYearBase
    const yy = base === undefined ? null : stickyAt(tables.shortYearAfter, text, mon[1])
    if (yy === null || !shortYearEnds(text, mon[1] + yy[0].length, lex)) return undefined
    return [base! + Number(yy[1]), mon[0], Number(m[1]), mon[1] + yy[0].length, mon[2]]
  }
  return undefined
}

/**
 * Whether a two-digit year of an era that ends at `end` ends the date: the end of the text, or a mark, or
 * after a space a time word, a time or anything but a word (`7 ธ.ค. 69 14:30 น.`, `7 ธ.ค. 69 |`); not a
 * word or a number run on (`7 ธ.ค. 69 ราย`, "69 cases", `69.5`, `69,000`).
 */
function shortYearEnds(text: string, end: number, lex: MergedLexicon): boolean {
  const c = text.charCodeAt(end)
  if (Number.isNaN(c)) return true
  if (isWordChar(c) || ((c === 0x2e || c === 0x2c) && isAsciiDigit(text.charCodeAt(end + 1)))) return false
  if (c !== 0x20) return true
  const p = skipGap(text, end)
  if (!isWordChar(text.charCodeAt(p))) return true
  return wordsAt(text, p, lex.timeWords) !== undefined || readTimeAt(text, p, lex) !== undefined
}

/**
 * Where a dotted year-first date ends: past the full stop Korean and Hungarian write after the day
 * (`2026.12.07.`), unless a digit follows it (`2026.12.07.5` is a version number, left unread by the caller).
 */
function closingStop(text: string, end: number, separator: string): number {
  if (separator !== '.' || text.charCodeAt(end) !== 0x2e) return end
  const next = text.charCodeAt(end + 1)
  return next >= 0x30 && next <= 0x39 ? end : end + 1
}

/**
 * `[month, day]` of an all-numeric date that starts `a`, `b`: one part over 12 can only be the day;
 * otherwise the language decides, or the date is left unread (so is a month-first one unless `monthFirst`).
 */
function monthAndDay(a: number, b: number, lex: MergedLexicon, monthFirst: boolean): [number, number] | undefined {
  if (a > 12 && b <= 12) return [b, a]
  if (b > 12 && a <= 12) return monthFirst ? [a, b] : undefined
  if (lex.numericOrder === 'dmy') return [b, a]
  if (lex.numericOrder === 'mdy' && monthFirst) return [a, b]
  return undefined
}

/**
 * Whether the numeric date with a two-digit year at `[pos, end)` may be read: the language writes such
 * a year last, and the date is not part of a longer run of numbers or a path (`1.2.19.5`, `10.12.05.19`,
 * `12-05-19-88`, `/19/11/19/story`).
 */
function shortYearDateAt(text: string, pos: number, end: number, lex: MergedLexicon): boolean {
  if (!lex.shortYearLast || isDateSeparator(text.charCodeAt(pos - 1))) return false
  return !isDateSeparator(text.charCodeAt(end)) || !isWordChar(text.charCodeAt(end + 1))
}

/** `-`, `/` or `.`: what separates the parts of a numeric date. */
function isDateSeparator(c: number): boolean {
  return c === 0x2d || c === 0x2f || c === 0x2e
}

/** The year of a two-digit year, in the window 1950-2049. */
function fullYear(yy: number): number {
  return yy < SHORT_YEAR_PIVOT ? 2000 + yy : 1900 + yy
}

/**
 * A month name or abbreviation at `pos` (with an optional abbreviation dot): `[month, end, era]`, the era
 * its language counts years in when not the Common Era. A name may be of several words or dotted parts
 * (`كانون الأول`, Thai `ธ.ค.`), and may be followed by the same month's name in another calendar's
 * set after a slash (`ديسمبر/كانون الأول`, as Arabic pages write it), which is read with it.
 */
function readMonth(text: string, pos: number, lex: MergedLexicon): [number, number, YearEra | undefined] | undefined {
  const first = readMonthName(text, pos, lex)
  if (first === undefined) return undefined
  let end = first[1]
  // `ديسمبر/كانون الأول`, `ديسمبر / كانون الأول`: the second name must be of the same month.
  let at = end
  while (text.charCodeAt(at) === 0x20 && at - end < 2) at++
  if (text.charCodeAt(at) === 0x2f) {
    at++
    while (text.charCodeAt(at) === 0x20 && at - end < 4) at++
    const second = readMonthName(text, at, lex)
    if (second !== undefined && second[0] === first[0]) end = second[1]
  }
  return [first[0], end, first[2]]
}

/** One month name at `pos` (see `readMonth`), without a second one after a slash. */
function readMonthName(text: string, pos: number, lex: MergedLexicon): [number, number, YearEra | undefined] | undefined {
  const tables = dateTables(lex)
  if (!tables.months.has(text, pos)) return undefined
  let end = pos
  let ascii = true
  let h = 0
  while (end < text.length && end - pos < MAX_MONTH_NAME) {
    const c = text.charCodeAt(end)
    if (!isLetterOrMark(c)) break
    if (c < 0x80) h = asciiHash(h, c | 0x20)
    else ascii = false
    end++
  }
  if (end === pos || isLetterOrMark(text.charCodeAt(end))) return undefined
  // A run of ASCII letters is its own lower case with one bit per letter: no copy is made of it.
  if (ascii) {
    const n = asciiMonth(tables.asciiMonths[h], text, pos, end)
    return n === undefined ? undefined : [n, text.charCodeAt(end) === 0x2e ? end + 1 : end, undefined]
  }
  // The longest name that starts here: a name of several words or dotted parts goes on past a space or a
  // full stop only while some name starts with what is read so far (`كانون ` → `كانون الأول`).
  let name = text.slice(pos, end).toLowerCase()
  let found: [number, number, string] | undefined
  for (let parts = 1; ; parts++) {
    const n = lex.months.get(name)
    if (n !== undefined) found = [n, end, name]
    const sep = text[end]
    if (parts === MAX_MONTH_PARTS || (sep !== ' ' && sep !== '.') || !tables.monthStems.has(name + sep)) break
    let next = end + 1
    while (next < text.length && next - end <= MAX_MONTH_NAME && isLetterOrMark(text.charCodeAt(next))) next++
    if (next === end + 1 || isLetterOrMark(text.charCodeAt(next))) break
    name += sep + text.slice(end + 1, next).toLowerCase()
    end = next
  }
  if (found === undefined) return undefined
  const [n, stop, matched] = found
  return [n, text.charCodeAt(stop) === 0x2e ? stop + 1 : stop, lex.monthEras.get(matched)]
}

/** The most words or dotted parts a month name has (`ม.ค` has two, `كانون الأول` two). */
const MAX_MONTH_PARTS = 3

/** The month of the ASCII letters `text[pos, end)`, among the names that share their hash. */
function asciiMonth(names: readonly (readonly [string, number])[] | undefined, text: string, pos: number, end: number): number | undefined {
  if (names === undefined) return undefined
  for (const [name, n] of names) {
    if (name.length !== end - pos) continue
    let k = 0
    while (k < name.length && (text.charCodeAt(pos + k) | 0x20) === name.charCodeAt(k)) k++
    if (k === name.length) return n
  }
  return undefined
}

const ASCII_HASH_SIZE = 0x100

/** One step of the hash of a run of lower-case ASCII letters. */
function asciiHash(h: number, c: number): number {
  return (Math.imul(h, 31) + c) & (ASCII_HASH_SIZE - 1)
}

/** The month names made of lower-case ASCII letters only, bucketed by `asciiHash`. */
function asciiMonthTable(months: ReadonlyMap<string, number>): (readonly (readonly [string, number])[] | undefined)[] {
  const table: [string, number][][] = []
  for (const [name, n] of months) {
    if (name.length === 0 || !/^[a-z]+$/.test(name)) continue
    let h = 0
    for (let i = 0; i < name.length; i++) h = asciiHash(h, name.charCodeAt(i))
    ;(table[h] ??= []).push([name, n])
  }
  return Array.from({ length: ASCII_HASH_SIZE }, (_, h) => table[h])
}

// Longer than any month name in the lexicons ("september"), so a long word is rejected without a lookup.
const MAX_MONTH_NAME = 12

/**
 * A letter of any script (`März`, `tháng`), with an ASCII fast path.
 *
 * @param c a UTF-16 code unit (NaN past the end; a surrogate is no letter on its own)
 * @returns true for a letter
 */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  if (Number.isNaN(c)) return false
  let known = LETTERS[c]!
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 2 : 1
    LETTERS[c] = known
  }
  return known === 2
}

// Whether each code unit is a letter (2) or not (1), worked out on first sight (0): no Unicode-property
// regex runs per character once a page's characters have been seen.
const LETTERS = new Uint8Array(0x10000)
const LETTER = /\p{L}/u

/**
 * A letter or a combining mark: what a month name is made of (Thai `ธันวาคม` and Hindi `दिसंबर` write
 * their vowels as marks).
 *
 * @param c a UTF-16 code unit (NaN past the end)
 * @returns true for a letter or a mark
 */
function isLetterOrMark(c: number): boolean {
  if (c < 0x80 || Number.isNaN(c)) return isLetter(c)
  let known = MARKS[c]!
  if (known === 0) {
    known = isLetter(c) || MARK.test(String.fromCharCode(c)) ? 2 : 1
    MARKS[c] = known
  }
  return known === 2
}

// Whether each code unit is a letter or mark (2) or neither (1), worked out on first sight (0).
const MARKS = new Uint8Array(0x10000)
const MARK = /\p{M}/u

/**
 * The weekday at `pos` (`Monday`, `星期一`, `Thứ hai`), or undefined. An abbreviation that is a word of
 * other languages (`So`, `Do`, `Di`: the lexicon's `looseWeekdays` for the page language) counts only
 * before a full stop or a comma (`So., 7. Dezember 2026`), so `So 7 people came` holds no weekday.
 *
 * @param text the text
 * @param pos the position
 * @param lex the merged lexicon
 * @returns the weekday as listed (lower case), or undefined
 */
export function weekdayAt(text: string, pos: number, lex: MergedLexicon): string | undefined {
  const w = wordsAt(text, pos, lex.weekdays)
  if (w === undefined || !lex.looseWeekdays.has(w)) return w
  const next = text.charCodeAt(pos + w.length)
  return next === 0x2e || next === 0x2c || next === 0xff0c ? w : undefined
}

/** Skip `Monday, ` / `星期一 ` / `Thứ hai, ` / `الاثنين، ` (the Arabic comma) before a date. */
function skipWeekday(text: string, pos: number, lex: MergedLexicon): number {
  const w = weekdayAt(text, pos, lex)
  if (w === undefined) return pos
  let p = pos + w.length
  if (text[p] === '.') p++
  if (text[p] === ',' || text[p] === '，' || text[p] === '،') p++
  while (text[p] === ' ') p++
  return p === pos + w.length ? pos : p
}

/**
 * Read a time at `pos`: `11:39:42`, `9:05 pm`, `10：20`, and the shapes of the lexicon: an hour mark
 * (`14h30`, `14 h`), a suffix after the time (`14:30 Uhr`, `14.30 Uhr`, `14 Uhr`); after a time word
 * (`ore 14.30`), minutes after a full stop.
 *
 * @param text the text
 * @param pos where the time should start
 * @param lex the merged lexicon (hour marks, time suffixes)
 * @param afterTimeWord whether a time word (`at`, `ore`) stands just before `pos`
 * @returns the time as `HH:MM[:SS]` and where it ends, or undefined
 */
export function readTimeAt(text: string, pos: number, lex: MergedLexicon, afterTimeWord = false): { time: string; end: number } | undefined {
  // `오후 2:30`, `午後2時30分` (glued to a date: `7日午後2時`): the hour, 1 to 12, is before or after noon.
  const half = meridiemAt(text, pos, lex)
  if (half === undefined) {
    if (pos > 0 && isWordChar(text.charCodeAt(pos - 1)) && text[pos - 1] !== 'T') return undefined
    const t = readClockAt(text, pos, lex, afterTimeWord)
    return t === undefined || t.ampm === true ? t : meridiemAfter(text, t, lex)
  }
  const at = text[half.end] === ' ' ? half.end + 1 : half.end
  const t = readClockAt(text, at, lex, afterTimeWord)
  if (t === undefined || t.ampm) return undefined
  const h = Number(t.time.slice(0, 2))
  if (h < 1 || h > 12) return undefined
  return { time: pad((h % 12) + (half.pm ? 12 : 0)) + t.time.slice(2), end: t.end }
}

/**
 * A time with the lexicon's `meridiemsAfter` word after it, after a space or none (Arabic `02:30 م`, 14:30;
 * `09:15 ص`): the hour, 1 to 12, read before or after noon; a 24-hour hour after noon keeps it (`14:30 م`).
 * The time as read when no such word follows; undefined when the word contradicts it (`14:30 ص`).
 */
function meridiemAfter(text: string, t: { time: string; end: number }, lex: MergedLexicon): { time: string; end: number } | undefined {
  const { am, pm } = lex.meridiemsAfter
  if (am.length === 0 && pm.length === 0) return t
  const at = text[t.end] === ' ' ? t.end + 1 : t.end
  if (text.charCodeAt(at) < 0x80) return t
  const a = wordsAt(text, at, am)
  const p = a === undefined ? wordsAt(text, at, pm) : undefined
  if (a === undefined && p === undefined) return t
  const h = Number(t.time.slice(0, 2))
  const end = at + (a ?? p)!.length
  if (h >= 1 && h <= 12) return { time: pad((h % 12) + (p === undefined ? 0 : 12)) + t.time.slice(2), end }
  return p !== undefined && h > 12 ? { time: t.time, end } : undefined
}

/** A word of the lexicon's `meridiems` at `pos`: where it ends, and whether it says after noon. */
function meridiemAt(text: string, pos: number, lex: MergedLexicon): { end: number; pm: boolean } | undefined {
  const { am, pm } = lex.meridiems
  if (am.length === 0 && pm.length === 0) return undefined
  const c = text.charCodeAt(pos)
  if (c < 0x80) return undefined
  const a = wordsAt(text, pos, am)
  if (a !== undefined) return { end: pos + a.length, pm: false }
  const p = wordsAt(text, pos, pm)
  return p === undefined ? undefined : { end: pos + p.length, pm: true }
}

/** `readTimeAt` without a meridiem word: the time, where it ends, and whether it wrote `am`/`pm` itself. */
function readClockAt(text: string, pos: number, lex: MergedLexicon, afterTimeWord: boolean): { time: string; end: number; ampm?: boolean } | undefined {
  // One or two digits, then a colon, or (in a language that writes them) a mark, a suffix or a full stop.
  const k = digitsAt(text, pos)
  if (k === 0 || k > 2) return undefined
  const next = text.charCodeAt(pos + k)
  if (next === 0x3a || next === 0xff1a) return readColonTime(text, pos, lex)
  const tables = dateTables(lex)
  let m = stickyAt(tables.wordTime, text, pos)
  if (m !== null && !isWordChar(text.charCodeAt(pos + m[0].length))) return clockTime(Number(m[1]), Number(m[2] ?? m[3] ?? 0), undefined, pos + m[0].length)
  m = afterTimeWord && next === 0x2e ? stickyAt(DOTTED_TIME, text, pos) : null
  return m === null ? undefined : clockTime(Number(m[1]), Number(m[2]), undefined, pos + m[0].length)
}

/** `11:39:42`, `9:05 pm`, `10：20`, with a time suffix after it (`14:30 Uhr`). */
function readColonTime(text: string, pos: number, lex: MergedLexicon): { time: string; end: number; ampm?: boolean } | undefined {
  const m = stickyAt(TIME, text, pos)
  if (m === null) return undefined
  let h = Number(m[1])
  const ampm = m[4]?.toLowerCase()
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return undefined
    h = (h % 12) + (ampm === 'p' ? 12 : 0)
  }
  let end = pos + m[0].length
  if (ampm === undefined && lex.timeSuffixes.length > 0) {
    const space = text[end] === ' ' ? 1 : 0
    const w = wordsAt(text, end + space, lex.timeSuffixes)
    if (w !== undefined) end += space + w.length
  }
  const t = clockTime(h, Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), end)
  return t === undefined || ampm === undefined ? t : { ...t, ampm: true }
}

/** A time of day as `HH:MM[:SS]`, or undefined for an impossible one (`25:10`). */
function clockTime(h: number, min: number, sec: number | undefined, end: number): { time: string; end: number } | undefined {
  if (h > 23 || min > 59 || (sec !== undefined && sec > 59)) return undefined
  return { time: `${pad(h)}:${pad(min)}${sec === undefined ? '' : `:${pad(sec)}`}`, end }
}

/** A time after a date: `' 11:39:42'`, `', 10:20'`, `' at 9:05 pm'`, `' à 14h30'` → `['11:39:42', end]`. */
function readTimeAfter(text: string, pos: number, lex: MergedLexicon): [string, number] | undefined {
  let p = pos
  if (text[p] === ',' || text[p] === 'T') p++
  while (text[p] === ' ' && p - pos < 4) p++
  const w = wordsAt(text, p, lex.timeWords)
  const word = w !== undefined && text[p + w.length] === ' '
  if (word) p += w.length + 1
  if (p === pos && text[pos] !== 'T') return undefined
  const t = readTimeAt(text, p, lex, word)
  return t === undefined ? undefined : [t.time, t.end]
}

/** How many ASCII digits (up to five) stand at `pos`. */
function digitsAt(text: string, pos: number): number {
  let k = 0
  while (k < 5) {
    const c = text.charCodeAt(pos + k)
    if (c < 0x30 || c > 0x39) break
    k++
  }
  return k
}

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos
  return re.exec(text)
}

/**
 * Whether year, month and day make a real calendar date in the years pages are dated in.
 *
 * @param y year
 * @param m month, 1-12
 * @param d day of the month
 * @returns true for a possible date
 */
export function validDate(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return d <= (leap ? LEAP_MONTH_DAYS : MONTH_DAYS)[m - 1]!
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const LEAP_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

// The leading digits of a shape's source: `\d`, `\d{4}`, `\d{1,2}`, alone or opening its first group.
const LEAD_DIGITS = /^\(?\\d(?:\{(\d+)(?:,\d*)?\})?/

/**
 * How many digits every match of a date shape starts with, at least, as far as its source shows (at
 * most five, what `digitsAt` counts): 0 for a shape that may start otherwise.
 */
function leadDigits(re: RegExp): number {
  if (!startsWithDigit(re)) return 0
  const m = LEAD_DIGITS.exec(re.source)
  if (m === null) return 0
  return Math.min(m[1] === undefined ? 1 : Number(m[1]), 5)
}

/**
 * Whether every match of a date shape starts with a digit: its source opens with `\d` (alone or as
 * the first atom of a capturing group, at least once) and it has no alternative outside a group.
 * Conservative: false for any shape it does not recognise.
 */
export function startsWithDigit(re: RegExp): boolean {
  const s = re.source
  const group = s.startsWith('(') && !s.startsWith('(?')
  const at = group ? 1 : 0
  if (!s.startsWith('\\d', at)) return false
  // The first atom must not be optional: `\d?`, `\d*`, `\d{0,…}`.
  const q = s[at + 2]
  if (q === '?' || q === '*' || s.startsWith('{0', at + 2)) return false
  let depth = 0
  let firstGroupEnd = -1
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === '\\') i++
    else if (ch === '[') {
      while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1
    } else if (ch === '(') depth++
    else if (ch === ')') {
      depth--
      if (depth === 0 && firstGroupEnd < 0) firstGroupEnd = i
    } else if (ch === '|' && (depth === 0 || (group && depth === 1 && firstGroupEnd < 0))) return false
  }
  if (!group) return true
  // The first group itself must not be optional.
  const after = s[firstGroupEnd + 1]
  return firstGroupEnd > 0 && after !== '?' && after !== '*' && !s.startsWith('{0', firstGroupEnd + 1)
}

/**
 * A relative date as a dateline states it: an amount of a unit back from when the page was read (`2 hours
 * ago`), a day named against that day with perhaps a time (`Yesterday at 14:30`), or that moment itself
 * (`just now`).
 */
export type RelativeDate =
  | { readonly kind: 'ago'; readonly amount: number; readonly unit: RelativeUnit }
  | { readonly kind: 'day'; readonly offset: number; readonly time?: string }
  | { readonly kind: 'now' }

// An amount in a relative date has one to three digits (`2 hours`, `120 minutes`).
const MAX_AMOUNT_DIGITS = 3
// Spaces read between the words of a relative date (`vor  2 Stunden`): one or two.
const MAX_GAP = 2

/**
 * Read a relative date starting exactly at `pos` and ending by `to`: an amount and a unit with an `ago`
 * word after them (`2 hours ago`, `3小时前`, `2시간 전`, `2 jam yang lalu`) or before them (`vor 2 Stunden`,
 * `il y a 3 heures`, `hace 2 horas`); a unit that says one on its own (`час назад`); a day word, with the
 * time after it when there is one (`Yesterday at 14:30`, `昨天 14:30`, `어제 오후 2:30`); or a word for the
 * moment (`just now`). Every word is the lexicon's (`relativeDates`); nothing is read past `to`.
 *
 * @param text the text
 * @param pos where the relative date should start
 * @param to where the text to read ends
 * @param lex the merged lexicon
 * @returns the relative date and where it ends, or undefined
 * @example readRelativeAt('vor 2 Stunden', 0, 13, lex) // { date: { kind: 'ago', amount: 2, unit: 'hour' }, end: 13 }
 */
export function readRelativeAt(text: string, pos: number, to: number, lex: MergedLexicon): { date: RelativeDate; end: number } | undefined {
  const r = lex.relativeDates
  const s = to < text.length ? text.slice(0, to) : text
  const now = wordsAt(s, pos, r.now)
  if (now !== undefined) return { date: { kind: 'now' }, end: pos + now.length }
  const day = wordsAt(s, pos, r.days)
  if (day !== undefined) return readDayTime(s, pos + day.length, r.dayOffset.get(day)!, lex)
  const before = wordsAt(s, pos, r.agoBefore)
  if (before !== undefined) {
    const at = skipGap(s, pos + before.length)
    if (at === pos + before.length && !isHan(s.charCodeAt(at - 1))) return undefined
    const lone = wordsAt(s, at, r.loneUnits)
    if (lone !== undefined) return { date: { kind: 'ago', amount: r.loneAmountOf.get(lone) ?? 1, unit: r.loneUnitOf.get(lone)! }, end: at + lone.length }
    const amount = readAmount(s, at, lex)
    return amount === undefined ? undefined : { date: { kind: 'ago', amount: amount.n, unit: amount.unit }, end: amount.end }
  }
  const lone = wordsAt(s, pos, r.loneUnits)
  const amount = lone === undefined ? readAmount(s, pos, lex) : { n: r.loneAmountOf.get(lone) ?? 1, unit: r.loneUnitOf.get(lone)!, end: pos + lone.length }
  if (amount === undefined) return undefined
  const at = skipGap(s, amount.end)
  const after = wordsAt(s, at, r.agoAfter)
  return after === undefined ? undefined : { date: { kind: 'ago', amount: amount.n, unit: amount.unit }, end: at + after.length }
}

/**
 * Whether a relative date may start at `pos`: a cheap test on the first characters (a digit before a
 * unit word, or the first characters of a relative-date word), true wherever `readRelativeAt` can succeed.
 *
 * @param text the text
 * @param pos the position
 * @param to where the text to read ends
 * @param lex the merged lexicon
 * @returns false when no relative date starts at `pos`
 */
export function mayStartRelative(text: string, pos: number, to: number, lex: MergedLexicon): boolean {
  const t = relativeTables(lex)
  const r = lex.relativeDates
  const c = text.charCodeAt(pos)
  if (c >= 0x30 && c <= 0x39) {
    let p = pos + 1
    while (p < to && p - pos < MAX_AMOUNT_DIGITS && isAsciiDigit(text.charCodeAt(p))) p++
    p = skipGap(text, p)
    return p < to && t.units.maskIn(text, p, to, text.charCodeAt(p)) !== 0 && unitAt(text, p, lex) !== undefined
  }
  // The table passes over most positions; the words are then looked up whole (`a` starts many words).
  if (t.starts.maskIn(text, pos, to, c) === 0) return false
  if (wordsAt(text, pos, r.now) !== undefined || wordsAt(text, pos, r.days) !== undefined || wordsAt(text, pos, r.agoBefore) !== undefined || wordsAt(text, pos, r.loneUnits) !== undefined) return true
  const count = readCount(text, pos, r)
  return count !== undefined && unitAt(text, skipGap(text, count.end), lex) !== undefined
}

/** Per-lexicon tables of the words a relative date starts with, and of its units. */
interface RelativeTables {
  /** `now`, day, `ago`-before, count and lone-unit words. */
  readonly starts: PrefixTable
  /** Unit words (after an amount). */
  readonly units: PrefixTable
}

const relativeTables = perLexicon((lex): RelativeTables => {
  const r = lex.relativeDates
  return { starts: new PrefixTable([...r.now, ...r.days, ...r.agoBefore, ...r.counts, ...r.loneUnits]), units: new PrefixTable(r.units) }
})

/**
 * An amount (one to three digits, or a word for it) and a unit after it: `2 hours`, `2h`, `3小时`, `an hour`,
 * `un'ora`, `two hours`, `两小时`, `5 Min.`.
 */
function readAmount(text: string, pos: number, lex: MergedLexicon): { n: number; unit: RelativeUnit; end: number } | undefined {
  const r = lex.relativeDates
  let n: number
  let p = pos
  const k = digitsAt(text, pos)
  if (k > 0) {
    if (k > MAX_AMOUNT_DIGITS) return undefined
    n = Number(text.slice(pos, pos + k))
    p += k
  } else {
    const count = readCount(text, pos, r)
    if (count === undefined) return undefined
    n = count.n
    p = count.end
    // A word for an amount that ends in a letter of a spaced script is written apart from its unit (`an
    // hour`, `two hours`); `un'ora`, `一小时`, `两小时` and Thai `สองชั่วโมง` run on.
    const last = text.charCodeAt(p - 1)
    if (isLetter(last) && !isHan(last) && !isUnspacedScript(last) && text.charCodeAt(p) !== 0x20) return undefined
  }
  p = skipGap(text, p)
  const unit = unitAt(text, p, lex)
  return unit === undefined ? undefined : { n, unit: r.unitOf.get(unit)!, end: p + unit.length }
}

/**
 * An amount written as a word at `pos` (`an`, `two`, `zwei`, `两`, `สอง`): its value and where it ends. Han
 * counts compose with the Han count for ten, when the lexicons list one: `十五` is 15, `二十` 20, `三十五` 35.
 */
function readCount(text: string, pos: number, r: MergedLexicon['relativeDates']): { n: number; end: number } | undefined {
  // Thai writes a count and its unit together (`สองวันที่แล้ว`): there a count is read up to where it ends.
  const w = wordsAt(text, pos, r.counts) ?? (isUnspacedScript(text.charCodeAt(pos)) ? r.counts.find((c) => wordAt(text.slice(0, pos + c.length), pos, c)) : undefined)
  if (w === undefined) return undefined
  let n = r.countOf.get(w)!
  let end = pos + w.length
  const ten = r.hanTen
  if (ten === undefined || w.length !== 1 || !isHan(w.charCodeAt(0))) return isTens(n) ? withOnes(text, n, end, r) : { n, end }
  // `二十`: a count of two to nine before ten multiplies it.
  if (n >= 2 && n <= 9 && text[end] === ten) {
    n *= 10
    end++
  } else if (n !== 10) return { n, end }
  // `十五`, `二十五`: a count of one to nine after ten adds to it.
  const unit = text[end]
  const k = unit !== undefined && isHan(unit.charCodeAt(0)) ? r.countOf.get(unit) : undefined
  return k !== undefined && k <= 9 ? { n: n + k, end: end + 1 } : { n, end }
}

/** Whether an amount is a multiple of ten from 20 to 90, which a count of one to nine may follow (`twenty-five`). */
function isTens(n: number): boolean {
  return n >= 20 && n <= 90 && n % 10 === 0
}

/**
 * A tens amount read up to `end` with the count of one to nine a lexicon's joiner joins to it, when one
 * follows (`twenty-five`, `twenty five`, `vingt et un`, `treinta y cinco`): the sum and where it ends.
 */
function withOnes(text: string, n: number, end: number, r: MergedLexicon['relativeDates']): { n: number; end: number } {
  for (const j of r.tensJoiners) {
    if (text.slice(end, end + j.length).toLowerCase() !== j) continue
    const w = wordsAt(text, end + j.length, r.counts)
    const k = w === undefined ? undefined : r.countOf.get(w)
    if (k !== undefined && k >= 1 && k <= 9) return { n: n + k, end: end + j.length + w!.length }
  }
  return { n, end }
}

/**
 * The unit word at `pos`, longest first: one that ends where a word does, or one an `ago` word runs on
 * from (Korean `2시간전`, where `시간` and `전` are written together).
 */
function unitAt(text: string, pos: number, lex: MergedLexicon): string | undefined {
  const r = lex.relativeDates
  const w = wordsAt(text, pos, r.units)
  if (w !== undefined) return w
  if (relativeTables(lex).units.mask(text, pos) === 0) return undefined
  for (const u of r.units) if (wordAt(text.slice(0, pos + u.length), pos, u) && wordsAt(text, pos + u.length, r.agoAfter) !== undefined) return u
  return undefined
}

/** A day word's time, when one follows it (`, 14:30`, ` at 9:05 pm`, ` um 14:30 Uhr`, ` 오후 2:30`). */
function readDayTime(text: string, pos: number, offset: number, lex: MergedLexicon): { date: RelativeDate; end: number } {
  let p = pos
  if (text[p] === ',' || text[p] === '，') p++
  p = skipGap(text, p)
  const w = p > pos ? wordsAt(text, p, lex.timeWords) : undefined
  const word = w !== undefined && text[p + w.length] === ' '
  if (word) p += w.length + 1
  const t = p > pos ? readTimeAt(text, p, lex, word) : undefined
  return t === undefined ? { date: { kind: 'day', offset }, end: pos } : { date: { kind: 'day', offset, time: t.time }, end: t.end }
}

/** Past up to `MAX_GAP` spaces at `pos`. */
function skipGap(text: string, pos: number): number {
  let p = pos
  while (text.charCodeAt(p) === 0x20 && p - pos < MAX_GAP) p++
  return p
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

const MS_PER: Readonly<Record<Exclude<RelativeUnit, 'month' | 'year'>, number>> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
}
const MONTHS_PER_YEAR = 12

/**
 * The ISO 8601 date a relative date stands for, counted back from `reference` in UTC: a date for days,
 * weeks, months and years (`2026-12-05`), a date and time for seconds, minutes and hours and for `just now`
 * (`2026-12-07T12:19:00`), a day word's date with the time the page gives (`2026-12-06T14:30`). Never a
 * time zone: the time is UTC's. Months and years count back on the calendar, the day of the month kept
 * and clamped to the month's last day (`1 month ago` on 31 March is the 28th or 29th of February, `1 year
 * ago` on 29 February 2028 is 28 February 2027).
 *
 * @param date the relative date
 * @param reference when the page was read
 * @returns the ISO date
 * @example resolveRelativeDate({ kind: 'ago', amount: 2, unit: 'hour' }, new Date('2026-12-07T14:19:00Z')) // '2026-12-07T12:19:00'
 */
export function resolveRelativeDate(date: RelativeDate, reference: Date): string {
  const t = reference.getTime()
  switch (date.kind) {
    case 'now':
      return isoDateTime(t)
    case 'ago': {
      if (date.unit === 'month' || date.unit === 'year') return monthsBefore(reference, date.amount * (date.unit === 'year' ? MONTHS_PER_YEAR : 1))
      const at = t - date.amount * MS_PER[date.unit]
      return date.unit === 'day' || date.unit === 'week' ? isoDateTime(at).slice(0, 10) : isoDateTime(at)
    }
    case 'day': {
      const day = isoDateTime(t + date.offset * MS_PER.day).slice(0, 10)
      return date.time === undefined ? day : `${day}T${date.time}`
    }
  }
}

/**
 * The UTC date `months` calendar months before `reference`, as `YYYY-MM-DD`: the same day of the month,
 * or the month's last day when it is shorter (31 March less one month is 28 or 29 February).
 */
function monthsBefore(reference: Date, months: number): string {
  const index = reference.getUTCFullYear() * MONTHS_PER_YEAR + reference.getUTCMonth() - months
  const y = Math.floor(index / MONTHS_PER_YEAR)
  const m = index - y * MONTHS_PER_YEAR
  const d = Math.min(reference.getUTCDate(), daysInMonth(y, m + 1))
  return `${String(y).padStart(4, '0')}-${pad(m + 1)}-${pad(d)}`
}

/** How many days month `m` (1-12) of year `y` has, in the proleptic Gregorian calendar. */
function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return (leap ? LEAP_MONTH_DAYS : MONTH_DAYS)[m - 1]!
}

/** `YYYY-MM-DDTHH:MM:SS` of a UTC time in milliseconds. */
function isoDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19)
}
