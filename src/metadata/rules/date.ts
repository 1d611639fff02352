import { perLexicon, type FieldLabel, type MergedLexicon } from '../../lexicon/metadata/index.js'
import { dateTables, mayStartDate, mayStartDateAt, mayStartRelative, readDateAt, readRelativeAt, readTimeAt, weekdayAt, type FoundDate, type RelativeDate } from '../date.js'
import type { MetadataRule } from '../rule.js'
import { escapeRegExp, isSeparator, isWordChar, PrefixTable, trimSeparators, wordAt, wordsAt } from '../text.js'
import { asciiDigits, hasDigitIn, isHan } from '../../core/chars.js'

/**
 * Datelines: a line that is only a date (`2018/05/11`, `2024-04-29 11:39:42`, `Date: May 8, 2023`), a relative
 * date (`2 hours ago`, `vor 2 Stunden`, `Yesterday at 14:30`), or a labelled date glued to the first paragraph.
 */
export const dateRule: MetadataRule = {
  id: 'metadata/date',
  description:
    'Read the page date from a dateline (a relative one resolved against options.referenceDate), or from a labelled date glued to the start of a paragraph, and take it out of the body.',
}

/**
 * A time zone after a date or time, read past and never reported: `GMT+8`, `UTC`, `(UTC+7)`, `EDT`, and
 * the lexicon's zones (`MEZ`, `MESZ`, `МСК`). Sticky; literal alternatives, linear in the text.
 */
const zoneShape = perLexicon((lex): RegExp => {
  const listed = lex.timeZones.map(escapeRegExp)
  return new RegExp(['(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?', ...listed, '[A-Z]{1,4}T'].join('|'), 'y')
})
// A glued dateline needs real text after it; fewer letters than this is a title or a short note, left alone.
const MIN_GLUED_REST = 20

/**
 * Read a slice that is nothing but one date with its trimmings: weekday, time (before or after the
 * date), time zone, separators. A time before the date (`11:34 PM EST Nov 19, 2019`), or after it past
 * a weekday (`2026年12月7日（月） 14:30`), is joined to it.
 *
 * @param text the line
 * @param from start of the slice
 * @param to end of the slice
 * @param lex the merged lexicon
 * @returns the ISO date, or undefined when the slice holds anything else
 * @example readWholeDate('Monday, May 8, 2023 GMT', 0, 23, lex) // '2023-05-08'
 */
export function readWholeDate(text: string, from: number, to: number, lex: MergedLexicon): string | undefined {
  const [a, b] = trimSeparators(text, from, to)
  if (!hasDigitIn(text, a, b)) return undefined
  const slice = text.slice(0, b)
  let iso: string | undefined
  let timeBefore: string | undefined
  let p = a
  // Whether the last thing read was a time word (`ore`), after which a time may be written `14.30`.
  let timeWord = false
  while (p < b) {
    if (isSeparator(text.charCodeAt(p))) {
      p++
      continue
    }
    if (iso === undefined) {
      const found = readDateAt(slice, p, lex) ?? (p > a ? joinedDateAt(slice, p, lex) : undefined)
      if (found !== undefined) {
        iso = found.iso
        p = found.end
        timeWord = false
        continue
      }
    }
    const day = weekdayAt(text, p, lex)
    const w = day ?? wordsAt(text, p, lex.timeWords)
    if (w !== undefined) {
      p += w.length
      timeWord = day === undefined
      continue
    }
    const time = readTimeAt(slice, p, lex, timeWord)
    timeWord = false
    if (time !== undefined) {
      // Before the date, or after it past a weekday (`2026年12月7日（月） 14時30分`) when none is joined to it.
      if (timeBefore === undefined && (iso === undefined || !iso.includes('T'))) timeBefore = time.time
      p = time.end
      continue
    }
    const zone = zoneShape(lex)
    zone.lastIndex = p
    const z = zone.exec(slice)
    if (z === null || z[0].length === 0 || isWordChar(text.charCodeAt(p + z[0].length))) return undefined
    p += z[0].length
  }
  if (iso === undefined) return undefined
  return timeBefore !== undefined && !iso.includes('T') ? `${iso}T${timeBefore}` : iso
}

/** The date leads that are no date label (`on`, `am`, `le`, `el`): words that join a time to the date after it. */
const joiningLeads = perLexicon((lex): readonly string[] => {
  const labels = new Set(dateLabels(lex).map((l) => l.label))
  return lex.dateLeads.filter((w) => !labels.has(w))
})

/**
 * A date after a joining lead at `pos` and a space, as a time comes before it: `on Nov 18, 2019` in
 * `5:36 PM CST on Nov 18, 2019`.
 */
function joinedDateAt(text: string, pos: number, lex: MergedLexicon): FoundDate | undefined {
  const w = wordsAt(text, pos, joiningLeads(lex))
  if (w === undefined || text[pos + w.length] !== ' ') return undefined
  return readDateAt(text, pos + w.length + 1, lex)
}

/**
 * Whether a slice read by `readWholeDate` may start at `pos`: a date, a weekday, a time word, a time or
 * a time zone. A cheap test, true wherever `readWholeDate(text, pos, …)` can succeed.
 *
 * @param text the text
 * @param pos the first character of the slice
 * @param lex the merged lexicon
 * @returns false when no dateline starts at `pos`
 */
export function mayStartWholeDate(text: string, pos: number, lex: MergedLexicon): boolean {
  if (mayStartDate(text, pos, lex) || (dateTables(lex).datelineWords.has(text, pos) && wordsAt(text, pos, lex.timeWords) !== undefined)) return true
  const c = text.charCodeAt(pos)
  if (c < 0x41 || c > 0x5a) return false
  const zone = zoneShape(lex)
  zone.lastIndex = pos
  const z = zone.exec(text)
  return z !== null && z[0].length > 0 && !isWordChar(text.charCodeAt(pos + z[0].length))
}

const ASCII_DIGIT = /\d/

/**
 * Find the first date in a short line, at the start of a word.
 *
 * @param line the line (its digits may be of any script `asciiDigits` reads)
 * @param lex the merged lexicon
 * @returns the date found, or undefined
 * @example findDate('By Jane Doe, 20 November 2019 08:05 GMT', lex)?.iso // '2019-11-20T08:05'
 */
export function findDate(line: string, lex: MergedLexicon): FoundDate | undefined {
  // Other scripts' digits are read as ASCII ones, at the same offsets (`asciiDigits`).
  const text = asciiDigits(line)
  // Every date read has an ASCII digit (its year): a line without one is passed over at once.
  if (!ASCII_DIGIT.test(text)) return undefined
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    // Only the first character of each word is tried.
    const word = isWordChar(text.charCodeAt(i))
    const start = word && !inWord
    inWord = word
    if (!start || !mayStartDateAt(text, i, lex)) continue
    const found = readDateAt(text, i, lex)
    if (found !== undefined) return found
  }
  return undefined
}

/** The lexicon's date labels, in lexicon order. */
const dateLabels = perLexicon((lex): readonly FieldLabel[] => lex.labels.filter((l) => l.field === 'date'))
/** The date labels by the code unit they start with, in lower and upper case, in the lexicon's order. */
const dateLabelsByStart = perLexicon((lex): ReadonlyMap<number, readonly FieldLabel[]> => {
  const out = new Map<number, FieldLabel[]>()
  for (const l of dateLabels(lex)) {
    const first = l.label.charAt(0)
    for (const c of new Set([first.toLowerCase().charCodeAt(0), first.toUpperCase().charCodeAt(0)])) {
      const list = out.get(c)
      if (list === undefined) out.set(c, [l])
      else list.push(l)
    }
  }
  return out
})
/**
 * A test of whether a line may start with a glued date (`readGluedDate`): one of the lexicon's date labels
 * followed by a colon or a space, or else a year-first date (four ASCII digits, then something else). False
 * only where `readGluedDate` reads nothing: it looks for the same label and the same year. Made once per
 * lexicon, asked of every line.
 *
 * @param lex the merged lexicon
 * @returns the test
 */
export function gluedDateStart(lex: MergedLexicon): (text: string) => boolean {
  const byStart = dateLabelsByStart(lex)
  return (text) => {
    const c = text.charCodeAt(0)
    const labels = byStart.get(c)
    // The first label that matches is the one `readGluedDate` takes, as it does.
    const label = labels === undefined ? undefined : labels.find((l) => wordAt(text, 0, l.label))
    if (label !== undefined) {
      const after = text.charCodeAt(label.label.length)
      return after === 0x3a || after === 0xff1a || after === 0x20
    }
    // `/^\d{4}\D/`, unit by unit: four ASCII digits and one more code unit that is none.
    return isAsciiDigit(c) && isAsciiDigit(text.charCodeAt(1)) && isAsciiDigit(text.charCodeAt(2)) && isAsciiDigit(text.charCodeAt(3)) && text.length > 4 && !isAsciiDigit(text.charCodeAt(4))
  }
}

/** An ASCII digit 0-9 (false for the `NaN` of a read past the end). */
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/**
 * Read a date glued to the start of a paragraph: `date 2025-08-25 Hưởng ứng…`, `Published: May 8, 2023 The
 * minister…`, or a bare year-first date `2025-08-25 Text…`.
 *
 * @param text the block text
 * @param lex the merged lexicon
 * @returns the ISO date and the length of the prefix to cut (date, label and the space after), or undefined
 */
export function readGluedDate(text: string, lex: MergedLexicon): { iso: string; cut: number } | undefined {
  let pos = 0
  // Only the labels that start with the line's first code unit can match there.
  const label = dateLabelsByStart(lex).get(text.charCodeAt(0))?.find((l) => wordAt(text, 0, l.label))
  if (label !== undefined) {
    pos = label.label.length
    if (text[pos] === ':' || text[pos] === '：') pos++
    while (text[pos] === ' ') pos++
    if (pos === label.label.length) return undefined
  }
  // A bare date must be year-first and numeric: `6 May 2024 was…` and `12/06/2024 …` start sentences.
  if (label === undefined && !/^\d{4}\D/.test(text)) return undefined
  const found = readDateAt(text, pos, lex)
  if (found === undefined) return undefined
  let cut = found.end
  while (cut < text.length && isSeparator(text.charCodeAt(cut))) cut++
  if (cut === found.end && cut < text.length) return undefined
  let letters = 0
  for (let i = cut; i < text.length && letters < MIN_GLUED_REST; i++) if (isWordChar(text.charCodeAt(i))) letters++
  return letters >= MIN_GLUED_REST ? { iso: found.iso, cut } : undefined
}

/** A relative dateline read whole (`Updated 35 minutes ago`, `Yesterday at 14:30`, `Hôm qua`). */
export interface RelativeDateline {
  readonly date: RelativeDate
  /** Where the relative date starts and ends in the text, past a lead word (`Updated`) and separators. */
  readonly start: number
  readonly end: number
  /**
   * Only a day or moment word, with no lead and no time (`Yesterday`, `Hôm qua`, `just now`): a headline
   * or menu word as often as a dateline, so read only where a dateline stands.
   */
  readonly bare: boolean
}

/**
 * Read a slice that is nothing but a relative date with its trimmings: a lead word before it (the
 * lexicon's `dateLeads`: `Updated`, `Cập nhật`, `Aktualisiert`), a time before a day word (`14:30 hôm
 * qua`), separators around it.
 *
 * @param text the line
 * @param from start of the slice
 * @param to end of the slice
 * @param lex the merged lexicon
 * @returns the relative date and where it stands, or undefined when the slice holds anything else
 * @example readRelativeDateline('Updated 35 minutes ago', 0, 22, lex)?.date // { kind: 'ago', amount: 35, unit: 'minute' }
 */
export function readRelativeDateline(text: string, from: number, to: number, lex: MergedLexicon): RelativeDateline | undefined {
  const [a, b] = trimSeparators(text, from, to)
  if (a >= b) return undefined
  const w = wordsAt(text, a, lex.dateLeads)
  if (w !== undefined) {
    let q = a + w.length
    if (text[q] === ':' || text[q] === '：') q++
    while (text[q] === ' ') q++
    // A lead is written apart from the date, unless it is Han (`发布于3小时前`); a lead that is also the
    // start of a relative date (Italian `il`, French `il y a`, Turkish `on` in `on beş dakika önce`) is
    // tried both ways, as part of the date first.
    const led = q > a + w.length || isHan(text.charCodeAt(q - 1)) ? () => relativeFrom(text, q, b, lex, true) : undefined
    if (led !== undefined) return relativeFrom(text, a, b, lex, false) ?? led()
  }
  return relativeFrom(text, a, b, lex, false)
}

/** `readRelativeDateline` from `p` (past any lead) to `b`. */
function relativeFrom(text: string, p: number, b: number, lex: MergedLexicon, lead: boolean): RelativeDateline | undefined {
  const start = p
  let timeBefore: string | undefined
  if (!mayStartRelative(text, p, b, lex)) {
    const t = readTimeAt(text, p, lex)
    if (t === undefined) return undefined
    timeBefore = t.time
    p = t.end
    while (p < b && isSeparator(text.charCodeAt(p))) p++
    if (p === t.end || !mayStartRelative(text, p, b, lex)) return undefined
  }
  const r = readRelativeAt(text, p, b, lex)
  if (r === undefined || trimSeparators(text, r.end, b)[0] < b) return undefined
  let date = r.date
  if (timeBefore !== undefined) {
    // A time stands before a day word only (`14:30 hôm qua`), not before `2 hours ago`.
    if (date.kind !== 'day' || date.time !== undefined) return undefined
    date = { ...date, time: timeBefore }
  }
  const bare = !lead && (date.kind === 'now' || (date.kind === 'day' && date.time === undefined))
  return { date, start, end: r.end, bare }
}

/** The first characters of the lexicon's date leads (`Updated`, `Aktualisiert`), to pass over most positions at once. */
const dateLeadStarts = perLexicon((lex): PrefixTable => new PrefixTable(lex.dateLeads))

/**
 * Whether a relative dateline may start at `pos`: a relative date, or a lead word before one. A cheap test,
 * true wherever `readRelativeDateline` can read a slice that starts at `pos` (a time before a day word
 * aside: a line that starts with a time is read anyway).
 *
 * @param text the text
 * @param pos the first character of the slice
 * @param to where the slice ends
 * @param lex the merged lexicon
 * @returns false when no relative dateline starts at `pos`
 */
export function mayStartRelativeDateline(text: string, pos: number, to: number, lex: MergedLexicon): boolean {
  if (mayStartRelative(text, pos, to, lex)) return true
  if (!dateLeadStarts(lex).has(text, pos)) return false
  const w = wordsAt(text, pos, lex.dateLeads)
  if (w === undefined) return false
  let q = pos + w.length
  if (text[q] === ':' || text[q] === '：') q++
  while (text[q] === ' ' && q < to) q++
  return q < to && mayStartRelative(text, q, to, lex)
}
