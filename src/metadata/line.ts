import { perLexicon, type FieldKind, type FieldLabel, type MergedLexicon } from '../lexicon/metadata/index.js'
import type { RuleId } from '../types.js'
import { agencySet, authorRule, readAuthor, readByline } from './rules/author.js'
import { creditRule, readCredit } from './rules/credit.js'
import { dateTables, endsInYearSuffix, readDateAt, readTimeAt, type RelativeDate } from './date.js'
import { dateRule, mayStartRelativeDateline, mayStartWholeDate, readRelativeDateline, readWholeDate } from './rules/date.js'
import { readSource, sourceRule } from './rules/source.js'
import { hasDigitIn, isHan } from '../core/chars.js'
import { isCapitalised, isOneWordName, readNames } from './names.js'
import { escapeRegExp, isSeparator, isWordChar, lowerUnit, PrefixTable, spacesIn, trimSeparators, wordAt } from './text.js'

/** One value a metadata line states. */
export interface Field {
  readonly kind: FieldKind
  /** The rule that read it: `metadata/date`, `metadata/credit`, `metadata/author`, `metadata/source`. */
  readonly rule: RuleId
  /** For credits: the English role key. */
  readonly role?: string
  /** The ISO date, the source, or the author; empty when the label stood alone (`Source:`). */
  readonly value: string
  /** For credits: the names, as written. */
  readonly names?: readonly string[]
  /** For dates: a label introduced it (`Published: …`), which vouches for it anywhere on the page. */
  readonly labelled?: boolean
  /**
   * For dates: a label or lead word said it is when the page last changed (`Updated: …`, `aktualisiert am …`,
   * `更新时间：…`): `metadata.dateModified`, and the page date only when the page gives no other.
   */
  readonly modified?: boolean
  /**
   * For relative dates (`2 hours ago`, `Yesterday at 14:30`): what the phrase states; `value` is then the
   * phrase as written, resolved to an ISO date only against `options.referenceDate`.
   */
  readonly relative?: RelativeDate
}

/** A line that is nothing but metadata, and what it states. */
export interface LineReading {
  readonly fields: readonly Field[]
  /** The rule of the line's first field: the rule the line is removed under. */
  readonly rule: RuleId
}

/** Metadata lines are short; a longer line is prose, and is not scanned for labels at all. */
export const MAX_METADATA_LINE = 200

const RULE_OF: Readonly<Record<FieldKind, RuleId>> = {
  date: dateRule.id,
  credit: creditRule.id,
  author: authorRule.id,
  source: sourceRule.id,
}

// Every date shape the rules read has a four-digit year or ends in a two-digit one after a separator
// (`11/19/19`): a part with neither is not tried for a trailing date.
const HAS_YEAR = /\d{4}|\d[-/.]\d{2}(?!\d)/
/** Bars and bullets split a line into independent parts: `By Jane Doe | May 8, 2023`. */
const PART_BREAK = /[|｜丨•]/g

/** Where the part that starts at `from` ends: the next bar or bullet, or the end of the line. */
function nextPartBreak(text: string, from: number): number {
  PART_BREAK.lastIndex = from
  return PART_BREAK.test(text) ? PART_BREAK.lastIndex - 1 : text.length
}

/**
 * `readMetadataLine`, when every rule the reading uses is on (a line with a field of a rule turned off stays
 * in the body). Most lines a caller asks about are passed over on `mayBeMetadataLine` first, which reads a
 * character or two where `readMetadataLine` may try a date or a matcher.
 *
 * @param text the line
 * @param lex the merged lexicon
 * @param on whether a rule is on
 * @returns the fields, or undefined
 */
export function readEnabledLine(text: string, lex: MergedLexicon, on: (id: RuleId) => boolean): LineReading | undefined {
  if (!mayBeMetadataLine(text, 0, text.length, lex)) return undefined
  const r = readMetadataLine(text, lex)
  return r !== undefined && isEnabledReading(r, on) ? r : undefined
}

/** Whether every rule a line reading uses is on. */
export function isEnabledReading(r: LineReading, on: (id: RuleId) => boolean): boolean {
  return r.fields.every((f) => on(f.rule))
}

/**
 * Read a line that holds only metadata: a dateline, labelled fields (`2018/05/11 Source:`,
 * `记者 张三 通讯员 李四`, `Editor: Jane Doe | Reviewer: John Roe`) or a byline. Every part of the line
 * must be read, so a sentence that starts with a label is not a metadata line.
 *
 * @param text the line (a block's text)
 * @param lex the merged lexicon
 * @returns the fields, or undefined when the line is not wholly metadata
 * @example readMetadataLine('reporter:Li Yannan', lex) // { fields: [{ kind: 'credit', role: 'reporter', names: ['Li Yannan'], … }], … }
 */
export function readMetadataLine(text: string, lex: MergedLexicon): LineReading | undefined {
  const n = text.length
  if (n === 0 || n > MAX_METADATA_LINE || endsSentenceOnly(text, lex)) return undefined
  const opener = readOpenerLine(text, lex)
  if (opener !== undefined) return opener
  // Every part is wholly fields, so the line starts with one: a label, a byline word or a date. Most
  // lines are passed over here, before any scan.
  let start = 0
  let c = text.charCodeAt(0)
  while (isSeparator(c)) {
    if (++start === n) return undefined
    c = text.charCodeAt(start)
  }
  if (!mayStartField(text, start, c, lex)) return undefined
  const fields: Field[] = []
  for (let from = 0; from <= n; ) {
    const i = nextPartBreak(text, from)
    const [a, b] = trimSeparators(text, from, i)
    from = i + 1
    if (a === b) continue
    const part = readPart(text.slice(a, b), lex)
    if (part === undefined) return undefined
    for (const f of part) fields.push(f)
  }
  const first = fields[0]
  return first === undefined ? undefined : { fields, rule: first.rule }
}

/**
 * Whether a line ends the way no field does: in `!`, `?`, `。` (no name, source or date ends so), or
 * in a full stop that is not the end of `p.m.` / `am.`, of a year suffix (`2026 г.`) or of a dotted date
 * (`2026.12.07.`): a time and a date are the only fields that may end in one.
 * A sentence is passed over on its last character.
 */
function endsSentenceOnly(text: string, lex: MergedLexicon): boolean {
  return endsSentenceIn(text, 0, text.length, lex)
}

/** `endsSentenceOnly` for the line `s[from, to)` (not empty), read in place. */
function endsSentenceIn(s: string, from: number, to: number, lex: MergedLexicon): boolean {
  let i = to - 1
  const last = s.charCodeAt(i)
  // Most lines end in a letter, a digit or a quote.
  if (last < 0x3f && last !== 0x21 && last !== 0x2e) return false
  if (last === 0x21 || last === 0x3f || last === 0x3002 || last === 0xff01 || last === 0xff1f) return true
  if (last !== 0x2e) return false
  if (closesDottedDate(s, from, i)) return false
  // `… 9:05 p.m.`, `… 9:05 PM.`: [ap], an optional full stop, then `m` and the final one (before the
  // line's start nothing is read: `NaN | 0x20`).
  // `… 2026 г.`, `… 2026 r.`, `… 14:30 น.`: a year or time suffix (`endsInYearSuffix`) ends a dateline.
  if ((charIn(s, from, --i) | 0x20) !== 0x6d) return !endsInYearSuffix(s, from, to, lex)
  if (charIn(s, from, i - 1) === 0x2e) i--
  const ap = charIn(s, from, i - 1) | 0x20
  return ap !== 0x61 && ap !== 0x70
}

/**
 * Whether the full stop at `stop` closes a dotted date's day (`2026.12.07.`, `2026. 12. 7.`, as Korean
 * writes them): one or two digits before it, and a full stop (and a space) before those.
 */
function closesDottedDate(s: string, from: number, stop: number): boolean {
  let i = stop - 1
  while (i >= from && stop - i <= 2 && isAsciiDigit(s.charCodeAt(i))) i--
  if (i === stop - 1) return false
  if (charIn(s, from, i) === 0x20) i--
  return charIn(s, from, i) === 0x2e
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** The code unit at `i` of a line that starts at `from` in `s`: NaN before it, as before a text's start. */
function charIn(s: string, from: number, i: number): number {
  return i >= from ? s.charCodeAt(i) : NaN
}

/**
 * Whether the line `s[from, to)` may be read by `readMetadataLine`: false only where it surely reads
 * nothing, on the line's first and last characters (a table of the lexicon words' first characters
 * and leading runs, digits, capitals), without a copy of the line. A line of a document that is its
 * source span as it stands is read in the source itself, which is faster to read than a slice of it.
 *
 * @param s the string the line is part of (the line itself, or the document source)
 * @param from where the line starts
 * @param to where it ends
 * @param lex the merged lexicon
 * @returns false when `readMetadataLine(s.slice(from, to), lex)` is undefined
 */
export function mayBeMetadataLine(s: string, from: number, to: number, lex: MergedLexicon): boolean {
  const n = to - from
  if (n === 0 || n > MAX_METADATA_LINE) return false
  let start = from
  let c = s.charCodeAt(start)
  while (isSeparator(c)) {
    if (++start === to) return false
    c = s.charCodeAt(start)
  }
  // The line's start rejects most lines; its end (a sentence) is read only for the others.
  return (mayStartFieldIn(s, from, to, start, c, lex) || opensAgencyIn(s, from, to, lex)) && !endsSentenceIn(s, from, to, lex)
}

/**
 * What mayStartField tries at `start` of the line `s[from, to)`, up to its first reading or matcher: a
 * digit, a lexicon word's first characters and leading run, a date shape that starts otherwise, or two
 * capitals (a time zone). A weekday, a month name and a time zone start a field only on a line with a digit.
 */
function mayStartFieldIn(s: string, from: number, to: number, start: number, c: number, lex: MergedLexicon): boolean {
  if (c >= 0x30 && c <= 0x39) return true
  const m = fieldStarts(lex)
  const words = m.table.maskIn(s, start, to, c)
  if (words !== 0 && mayBeStartWord(m, s, start, to, c) && ((words & LABEL_WORD) !== 0 || hasDigitIn(s, from, to))) return true
  if (m.otherPatterns.length > 0) return true
  const b = start + 1 < to ? s.charCodeAt(start + 1) : NaN
  return (c >= 0x41 && c <= 0x5a && b >= 0x41 && b <= 0x5a && hasDigitIn(s, from, to)) || mayHoldRoleAfter(s, start, to, lex) || mayStartRelativeDateline(s, start, to, lex)
}

/**
 * Whether a field may start at `pos` (a part's first character): a label, a byline word or a dateline.
 * True wherever one can start, so that a line rejected here needs no further reading. A digit must
 * begin a date or a time; a letter must begin one of the lexicon words (a table of their first three
 * characters rejects most lines on one lookup, then one matcher of all the words is tried at `pos`).
 */
function mayStartField(text: string, pos: number, c: number, lex: MergedLexicon): boolean {
  const m = fieldStarts(lex)
  const digit = c >= 0x30 && c <= 0x39
  // A field that starts with a digit is a date or a time (or a lexicon word that starts with one, below).
  if (digit && (readDateAt(text, pos, lex) !== undefined || readTimeAt(text, pos, lex) !== undefined)) return true
  const words = m.table.maskAt(text, pos, c)
  if (words !== 0 && mayBeStartWord(m, text, pos, text.length, c)) {
    if ((words & LABEL_WORD) !== 0 && stickyTest(m.labels, text, pos)) return true
    // A dateline (`Monday, May 8, 2023`, `Nov 18`) has digits: a weekday or month name alone is a menu item.
    if ((words & DATE_WORD) !== 0 && stickyTest(m.dateWords, text, pos) && hasDigitIn(text, 0, text.length)) return true
  }
  // Date shapes that start with a digit were tried by readDateAt above, or cannot start here.
  for (const re of m.otherPatterns) if (stickyTest(re, text, pos)) return true
  if (mayHoldRoleAfter(text, pos, text.length, lex) || mayStartRelativeDateline(text, pos, text.length, lex)) return true
  return c >= 0x41 && c <= 0x5a && mayStartZone(text, pos) && hasDigitIn(text, 0, text.length) && mayStartWholeDate(text, pos, lex)
}

/**
 * Whether the run of ASCII letters at `pos` may be the leading run of ASCII letters of a label, byline or
 * date word. The matchers compare ASCII letters only with ASCII letters (ignoring case), and each word
 * ends where no ASCII letter may follow it (or goes on with a character no ASCII letter matches), so a
 * word matches only where its own leading run is the whole run at `pos`: `The` and `Contact` start none.
 * Hashed, so a collision only lets a line through. A position that starts with anything else passes.
 * The text ends at `end`.
 */
function mayBeStartWord(m: FieldStarts, text: string, pos: number, end: number, c: number): boolean {
  if (!isAsciiLetter(c)) return true
  let h = 0
  let i = pos
  for (; i < end; i++) {
    const d = text.charCodeAt(i)
    if (!isAsciiLetter(d)) break
    if (i - pos === m.maxRun) return false
    h = runHash(h, d | 0x20)
  }
  return m.runs[h] === 1
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** One step of the hash of a run of lower-case ASCII letters. */
function runHash(h: number, c: number): number {
  return (Math.imul(h, 31) + c) & RUN_MASK
}

const RUN_TABLE_SIZE = 0x1000
const RUN_MASK = RUN_TABLE_SIZE - 1

/** The hashes of the leading runs of ASCII letters of lower-case words (an empty run is not marked), and the longest run. */
function leadingRuns(words: readonly string[]): { runs: Uint8Array; maxRun: number } {
  const runs = new Uint8Array(RUN_TABLE_SIZE)
  let maxRun = 0
  for (const w of words) {
    let h = 0
    let n = 0
    while (n < w.length && isAsciiLetter(w.charCodeAt(n))) h = runHash(h, w.charCodeAt(n++) | 0x20)
    if (n === 0) continue
    runs[h] = 1
    if (n > maxRun) maxRun = n
  }
  return { runs, maxRun }
}

function stickyTest(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos
  return re.test(text)
}

/** A time zone (`GMT`, `EST`, `UK`) is two or more capitals. */
function mayStartZone(text: string, pos: number): boolean {
  const a = text.charCodeAt(pos)
  const b = text.charCodeAt(pos + 1)
  return a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a
}

/** The words a field can start with, compiled once per lexicon. */
interface FieldStarts {
  /** The words' first one to three characters, as the matchers compare them: `LABEL_WORD`, `DATE_WORD`. */
  readonly table: PrefixTable
  /** Sticky, case-insensitive: a label or byline word, with what must follow it. */
  readonly labels: RegExp
  /** Sticky, case-insensitive: a weekday or month name or a time word. */
  readonly dateWords: RegExp
  /** Date shapes that may start with something else than a digit. */
  readonly otherPatterns: readonly RegExp[]
  /** The hashes of the words' leading runs of ASCII letters (`mayBeStartWord`), and the longest run. */
  readonly runs: Uint8Array
  readonly maxRun: number
}

// The groups of words the table tells apart.
const LABEL_WORD = 1
const DATE_WORD = 2

const fieldStarts = perLexicon((lex): FieldStarts => {
  // A label that only stands with a colon (`Editor:`) is told from the same word in a sentence
  // (`Editor's note`) by the colon; a bare label or a byline word (`By`) by the word ending.
  const bare = new Set([...lex.labels.filter((l) => l.bare === true).map((l) => l.label), ...lex.bylines].map((w) => w.toLowerCase()))
  const labels = distinct([...lex.labels.map((l) => l.label), ...lex.bylines])
  // What may follow each label besides a colon (`=` after `사진`).
  const marks = new Map<string, string>()
  for (const l of lex.labels) for (const mark of l.marks ?? []) marks.set(l.label, (marks.get(l.label) ?? '') + mark)
  // A date lead starts a dateline too (`On May 8, 2023`), on a line with a digit like a month name.
  const dates = distinct([...lex.weekdays, ...lex.months.keys(), ...lex.timeWords, ...lex.dateLeads])
  // Alternations of literal words, each with what must follow it: no nested quantifiers, so they
  // run in linear time.
  return {
    table: new PrefixTable(labels, dates),
    labels: alternation(labels.map((w) => (bare.has(w) ? wordPattern(w) : `${escapeRegExp(w)} {0,${MAX_SPACES_BEFORE_COLON}}[:：${escapeClass(marks.get(w) ?? '')}]`))),
    dateWords: alternation(dates.map(wordPattern)),
    otherPatterns: dateTables(lex).otherPatterns,
    ...leadingRuns([...labels, ...dates]),
  }
})

/** Characters escaped for a character class. */
function escapeClass(chars: string): string {
  return chars.replace(CLASS_SPECIAL, '\\$&')
}

const CLASS_SPECIAL = /[\\\]^-]/g

/** Distinct non-empty lower-case words, longest first. */
function distinct(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w.length > 0).sort((a, b) => b.length - a.length)
}

/** A sticky, case-insensitive matcher of any of the alternatives (none: never matches). */
function alternation(alternatives: readonly string[]): RegExp {
  return new RegExp(alternatives.length === 0 ? '(?!)' : alternatives.join('|'), 'iy')
}

/**
 * A lexicon word as a matcher alternative. The readers take a word that ends in a letter or digit
 * (Han aside) only where no letter follows (`wordAt`; `readMonth` reads whole runs of letters), so an
 * ASCII letter after it (`Reviews`, `Marketing`) rules it out.
 */
function wordPattern(w: string): string {
  const last = w.charCodeAt(w.length - 1)
  return isWordChar(last) && !isHan(last) ? `${escapeRegExp(w)}(?![A-Za-z])` : escapeRegExp(w)
}

/**
 * One part of a line: a byline, or an optional date followed by labelled fields; or either of those
 * followed by a date (`By Jane Doe, 20 November 2019 08:05 GMT`).
 */
function readPart(part: string, lex: MergedLexicon): Field[] | undefined {
  const fields = readFieldsPart(part, lex)
  if (fields !== undefined) return fields
  const year = HAS_YEAR.test(part)
  if (!year && !mayEndRelative(part, lex)) return undefined
  for (let i = 1; i < part.length; i++) {
    if (!isSeparator(part.charCodeAt(i - 1)) || isSeparator(part.charCodeAt(i))) continue
    const iso = year && mayStartWholeDate(part, i, lex) ? readWholeDate(part, i, part.length, lex) : undefined
    // A relative date after a byline (`By Jane Doe, 2 hours ago`), its lead word (`Updated`) with it.
    const date: Field | undefined =
      iso !== undefined ? { kind: 'date', rule: dateRule.id, value: iso } : mayStartRelativeDateline(part, i, part.length, lex) ? relativeField(part, i, part.length, lex, false) : undefined
    if (date === undefined) continue
    // A relative dateline reads its lead word itself (`Updated 2 hours ago`): the head ends where it starts.
    const lead = iso === undefined ? i : dropDateLead(part, i, lex)
    const [a, b] = trimSeparators(part, 0, lead)
    // A lead that says when the page changed (`发布时间：2025-03-04 更新 2025-03-05`) makes the date the modified one.
    const dated = lead < i && isModifiedLead(part, lead, i, lex) ? { ...date, modified: true } : date
    // A lead alone before the date (`On May 8, 2023`, `Le 7 décembre 2026`) is a dateline.
    if (a >= b) return lead < i ? [dated] : undefined
    const head = readFieldsPart(part.slice(a, b), lex)
    return head === undefined ? undefined : [...head, dated]
  }
  return undefined
}

/** The date labels that say when the page last changed (`updated`, `aktualisiert am`), lower case. */
const modifiedWords = perLexicon((lex): ReadonlySet<string> => new Set(lex.labels.filter((l) => l.field === 'date' && l.modified === true).map((l) => l.label)))

/** Whether the lead word at `at`, before the date at `dateAt`, is one of `modifiedWords` (`Updated`, `更新`). */
function isModifiedLead(part: string, at: number, dateAt: number, lex: MergedLexicon): boolean {
  const [, end] = trimSeparators(part, at, dateAt)
  return modifiedWords(lex).has(part.slice(at, end).toLowerCase())
}

/**
 * Whether a part may end in a relative date, on its last character: the end of a time after a day word (a
 * digit, the `m` or full stop of `pm`, `p.m.`, or a time suffix: `Yesterday at 9:05 pm`), or the last
 * character of an `ago` or unit word (`2 hours ago`, `vor 2 Stunden`).
 */
function mayEndRelative(part: string, lex: MergedLexicon): boolean {
  const c = lowerUnit(part, part.length - 1)
  return (c >= 0x30 && c <= 0x39) || c === 0x6d || c === 0x2e || relativeEnds(lex).has(c)
}

/** The last code units of the relative-date words a part may end with, and of the time suffixes. */
const relativeEnds = perLexicon((lex): ReadonlySet<number> => {
  const r = lex.relativeDates
  return new Set([...r.agoAfter, ...r.units, ...lex.timeSuffixes].map((w) => w.charCodeAt(w.length - 1)))
})

/**
 * A relative dateline `part[from, to)` as a date field, its value the phrase as written (`2 hours ago`);
 * a lone day or moment word (`Yesterday`, `just now`) only after a label (`Published: yesterday`).
 */
function relativeField(part: string, from: number, to: number, lex: MergedLexicon, labelled: boolean): Field | undefined {
  const r = readRelativeDateline(part, from, to, lex)
  if (r === undefined || (r.bare && !labelled)) return undefined
  const field: Field = { kind: 'date', rule: dateRule.id, value: part.slice(r.start, r.end), relative: r.date }
  return labelled ? { ...field, labelled } : field
}

function readFieldsPart(part: string, lex: MergedLexicon): Field[] | undefined {
  const byline = readByline(part, lex)
  if (byline !== undefined) return [{ kind: 'author', rule: authorRule.id, value: byline }]
  const hits = findLabels(part, lex)
  const fields: Field[] = []
  const headEnd = hits[0]?.at ?? part.length
  const [ha, hb] = trimSeparators(part, 0, headEnd)
  if (ha < hb) {
    const iso = readWholeDate(part, ha, hb, lex)
    const head = iso === undefined ? relativeField(part, ha, hb, lex, false) : { kind: 'date' as const, rule: dateRule.id, value: iso }
    const credits = head === undefined ? readCreditsAfter(part.slice(ha, hb), lex) : [head]
    if (credits === undefined) return undefined
    fields.push(...credits)
  }
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!
    const [va, vb] = trimSeparators(part, h.valueStart, hits[k + 1]?.at ?? part.length)
    const field = readValue(h.label, part.slice(va, vb), lex)
    if (field === undefined) return undefined
    fields.push(field)
  }
  return fields.length > 0 ? fields : undefined
}

function readValue(label: FieldLabel, value: string, lex: MergedLexicon): Field | undefined {
  const rule = RULE_OF[label.field]
  switch (label.field) {
    case 'date': {
      const iso = readWholeDate(value, 0, value.length, lex)
      const field = iso === undefined ? relativeField(value, 0, value.length, lex, true) : { kind: 'date' as const, rule, value: iso, labelled: true }
      return field !== undefined && label.modified === true ? { ...field, modified: true } : field
    }
    case 'source': {
      const v = readSource(value, lex)
      return v === undefined ? undefined : { kind: 'source', rule, value: v }
    }
    case 'author': {
      const v = readAuthor(value, lex)
      return v === undefined ? undefined : { kind: 'author', rule, value: v }
    }
    case 'credit': {
      const names = readCredit(value, lex)
      return names === undefined ? undefined : { kind: 'credit', rule, role: label.role ?? 'credit', value: names.join(', '), names }
    }
  }
}

/** The labels that follow the names they credit (`홍길동 기자`), longest first. */
const rolesAfter = perLexicon((lex): readonly FieldLabel[] => lex.labels.filter((l) => l.after === true))

/**
 * Where a role label that follows the names (`기자` in `홍길동 기자`) stands at the end of `s[from, to)`,
 * after a space and before nothing but an e-mail address (`홍길동 기자 hong@example.com`).
 *
 * @returns the label and its offset, or undefined
 */
function roleAfterIn(s: string, from: number, to: number, lex: MergedLexicon): { label: FieldLabel; at: number } | undefined {
  const labels = rolesAfter(lex)
  if (labels.length === 0) return undefined
  let end = to
  while (end > from && isSeparator(s.charCodeAt(end - 1))) end--
  let word = end
  while (word > from && s.charCodeAt(word - 1) !== 0x20) word--
  if (isEmailAddress(s, word, end)) {
    end = word
    while (end > from && s.charCodeAt(end - 1) === 0x20) end--
  }
  for (const label of labels) {
    const at = end - label.label.length
    if (at > from && s.charCodeAt(at - 1) === 0x20 && wordAt(s, at, label.label)) return { label, at }
  }
  return undefined
}

/** Whether `s[from, to)` is an e-mail address: one `@` with something before it and a dotted domain after. */
function isEmailAddress(s: string, from: number, to: number): boolean {
  let at = -1
  let dot = -1
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x40) {
      if (at >= 0) return false
      at = i
    } else if (c === 0x2e && at >= 0) dot = i
  }
  return at > from && dot > at + 1 && dot < to - 1
}

/**
 * Whether the line `s[start, to)` may credit names with a role after them: it ends with such a role, or
 * its second word is one (`홍길동 기자 | 입력 2026.12.07 14:30`). A test of a few characters at the line's
 * end and start; true wherever `readRoleAfter` can read the line's first part, unless that part holds
 * several names and the line goes on after it.
 */
function mayHoldRoleAfter(s: string, start: number, to: number, lex: MergedLexicon): boolean {
  const lasts = roleLastUnits(lex)
  if (lasts.size === 0) return false
  // The line ends with a role, or with an e-mail address after one; most lines end with neither.
  let end = to
  while (end > start && isSeparator(s.charCodeAt(end - 1))) end--
  if ((lasts.has(s.charCodeAt(end - 1)) || endsInAddress(s, start, end)) && roleAfterIn(s, start, to, lex) !== undefined) return true
  // A name is a short word: the role stands after the first space, within a few characters.
  let space = start
  while (space < to && space - start <= MAX_NAME_BEFORE_ROLE && s.charCodeAt(space) !== 0x20) space++
  if (space >= to || s.charCodeAt(space) !== 0x20) return false
  let next = space + 1
  while (next < to && next - space <= MAX_ROLE_LENGTH && s.charCodeAt(next) !== 0x20) next++
  return lasts.has(s.charCodeAt(next - 1)) && roleAfterIn(s, start, next, lex) !== undefined
}

/** The last code unit of each role label that follows the names (`자` of `기자`): a line ending otherwise holds none. */
const roleLastUnits = perLexicon((lex): ReadonlySet<number> => new Set(rolesAfter(lex).map((l) => l.label.charCodeAt(l.label.length - 1))))

/** Whether the last word of `s[from, end)` has an `@` (an e-mail address `roleAfterIn` looks past). */
function endsInAddress(s: string, from: number, end: number): boolean {
  for (let i = end - 1; i >= from; i--) {
    const c = s.charCodeAt(i)
    if (c === 0x40) return true
    if (c === 0x20) return false
  }
  return false
}

/** The longest name looked past for a role after it (`mayHoldRoleAfter`), in code units. */
const MAX_NAME_BEFORE_ROLE = 12
/** The longest role label looked for after a name. */
const MAX_ROLE_LENGTH = 8

/**
 * Read names followed by their roles, as a byline line writes them: a list (`김하늘·박민수 기자`, `김하늘ㆍ박민수
 * 기자`, `김하늘 기자·박민수 특파원`: `readRoleList`) or one name (`readRoleAfter`); an e-mail address after the
 * role stays out of the names (`김하늘·박민수 기자 sky@example.co.kr`).
 *
 * @returns a credit per role, or undefined
 */
function readCreditsAfter(part: string, lex: MergedLexicon): Field[] | undefined {
  const role = roleAfterIn(part, 0, part.length, lex)
  if (role === undefined) return undefined
  const list = readRoleList(part.slice(0, role.at + role.label.label.length), lex, false)
  if (list !== undefined) return list
  const one = readRoleAfter(part, lex)
  return one === undefined ? undefined : [one]
}

/**
 * Read names followed by their role (`홍길동 기자`, `홍길동 기자 hong@example.com`): each name one word,
 * as Korean and Japanese write a name, so a phrase before the role (`사건을 취재한 기자`) is no credit.
 *
 * @param part a part of a line, trimmed
 * @param lex the merged lexicon
 * @returns the credit, or undefined
 */
function readRoleAfter(part: string, lex: MergedLexicon): Field | undefined {
  const role = roleAfterIn(part, 0, part.length, lex)
  if (role === undefined) return undefined
  const names = readCredit(part.slice(0, role.at), lex)
  if (names === undefined || names.length === 0 || names.some((n) => n.includes(' '))) return undefined
  return { kind: 'credit', rule: creditRule.id, role: role.label.role ?? 'credit', value: names.join(', '), names }
}

interface LabelHit {
  readonly at: number
  readonly valueStart: number
  readonly label: FieldLabel
}

// A colon may sit this many spaces after its label: `Source :`.
const MAX_SPACES_BEFORE_COLON = 2

/**
 * Find field labels in a part: at its start or after a separator, followed by a colon; bare labels
 * (`记者 李四`, `date 2025-08-25`) also without one, Latin ones only at the start of the part.
 */
function findLabels(part: string, lex: MergedLexicon): LabelHit[] {
  const hits: LabelHit[] = []
  // Every label word at the start of the part or after a separator (a table of the labels' first
  // characters, then one matcher of them all); labelAt then checks what follows it (a colon, or a
  // space for a bare label). Every position is tried: a longer label that fails (`responsible editor`
  // without a colon) may hide a shorter one.
  const m = labelStarts(lex)
  const n = part.length
  // Each character is read once: whether it starts a word is known from the one before.
  let afterSeparator = true
  for (let i = 0; i < n; i++) {
    const c = part.charCodeAt(i)
    const start = afterSeparator
    afterSeparator = isSeparator(c)
    if (!start || m.table.maskIn(part, i, n, c) === 0) continue
    if (hits.length > 0 && i < hits[hits.length - 1]!.valueStart) continue
    m.words.lastIndex = i
    if (!m.words.test(part)) continue
    const candidates = lex.labelsByFirst.get(lowerUnit(part, i))
    const hit = candidates === undefined ? undefined : labelAt(part, i, candidates, 0)
    if (hit !== undefined) hits.push(hit)
  }
  return hits
}

/** The label words of a lexicon: a table of their first characters, and a sticky, case-insensitive matcher of them all. */
interface LabelStarts {
  readonly table: PrefixTable
  readonly words: RegExp
}

const labelStarts = perLexicon((lex): LabelStarts => {
  const words = distinct(lex.labels.map((l) => l.label))
  // An alternation of literal words: linear in the text.
  return { table: new PrefixTable(words), words: alternation(words.map(escapeRegExp)) }
})

/**
 * A label at `i` followed by a colon (or one of its marks: `사진=연합뉴스`); a bare one followed by a
 * space, one in a spaced script only at `partStart` unless it is a date label (`입력 2026.12.07 14:30 수정
 * 2026.12.07 15:00`: its value must then be a whole date).
 */
function labelAt(part: string, i: number, labels: readonly FieldLabel[], partStart: number): LabelHit | undefined {
  for (const label of labels) {
    if (!wordAt(part, i, label.label)) continue
    let j = i + label.label.length
    let spaces = 0
    while (part[j] === ' ' && spaces < MAX_SPACES_BEFORE_COLON) {
      j++
      spaces++
    }
    if (part[j] === ':' || part[j] === '：' || (label.marks !== undefined && label.marks.includes(part[j]!))) return { at: i, valueStart: j + 1, label }
    if (label.bare !== true) continue
    const end = i + label.label.length
    const han = isHan(label.label.charCodeAt(0))
    if (han && (part[end] === ' ' || isHan(part.charCodeAt(end)))) return { at: i, valueStart: end, label }
    if (!han && (i === partStart || label.field === 'date') && part[end] === ' ') return { at: i, valueStart: end + 1, label }
  }
  return undefined
}

/** Where the head of a part ends before its date, past a lead word such as `Updated` or `on` (0 when the lead starts the part). */
function dropDateLead(part: string, dateAt: number, lex: MergedLexicon): number {
  const [, end] = trimSeparators(part, 0, dateAt)
  for (const w of lex.dateLeads) {
    const at = end - w.length
    if (at >= 0 && (at === 0 || isSeparator(part.charCodeAt(at - 1))) && part.slice(at, end).toLowerCase() === w) return at
  }
  return dateAt
}

// An agency opener's dateline in brackets, `(서울=연합뉴스)`, and its credit, `홍길동 기자`, are short.
const MAX_OPENER_DATELINE = 30
const MAX_OPENER_CREDIT = 40
// The paragraph after the opener has real text; fewer letters than this is no paragraph.
const MIN_OPENER_REST = 20
// The brackets an opener's dateline stands in, opening → closing.
const OPENER_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '（': '）', '【': '】', '［': '］' }

/** What an agency opener states, and how much of the paragraph it takes. */
export interface GluedCredit {
  /** The credits and the source the opener states, in the order it states them. */
  readonly fields: readonly Field[]
  /** Where the paragraph's own text starts. */
  readonly cut: number
}

/**
 * Read an agency opener glued to the start of a paragraph: as Korean news writes it, an optional dateline
 * in brackets (place `=` agency), names with their role after them (the lexicon's `after` labels), then
 * `=` and the paragraph (`(서울=연합뉴스) 홍길동 기자 = 정부는 7일…`, `[부산=뉴시스]김하늘 기자 = …`, `(세종=뉴스1)
 * 김하늘·박민수 기자 = …`); or one of the lexicons' opener templates (`【ワシントン共同】…`, `新华社北京12月7日电（记者
 * 张三）…`), the agency read as the source and the place left out. Every part must read, and real text must
 * follow: a paragraph that merely has an `=` in it, or starts with a bracketed heading, is no opener.
 *
 * @param text the paragraph
 * @param lex the merged lexicon
 * @returns the credits and the agency as source, and where the paragraph's text starts; or undefined
 * @example readGluedCredit('(서울=연합뉴스) 홍길동 기자 = 정부는 7일 새 예산안을 발표했다.', lex)?.cut // 22
 */
export function readGluedCredit(text: string, lex: MergedLexicon): GluedCredit | undefined {
  const opener = readRoleOpener(text, lex) ?? readAgencyOpener(text, lex)
  if (opener === undefined) return undefined
  // Separators after the opener go with it; an opening bracket starts the paragraph's text (`（综述）…`).
  let cut = opener.cut
  while (cut < text.length && isSeparator(text.charCodeAt(cut)) && !OPENING_BRACKETS.includes(text[cut]!)) cut++
  let letters = 0
  for (let i = cut; i < text.length && letters < MIN_OPENER_REST; i++) if (isWordChar(text.charCodeAt(i))) letters++
  return letters < MIN_OPENER_REST ? undefined : { fields: opener.fields, cut }
}

/**
 * The Korean opener at the start of `text`: `(place=agency)`, credited names and `=`; `cut` is just past
 * the `=`. Names listed by spaces alone (`김하늘 박민수 기자`) are read only after a bracketed dateline: without
 * one, the first word may be the place (`워싱턴 김하늘 특파원`).
 */
function readRoleOpener(text: string, lex: MergedLexicon): GluedCredit | undefined {
  if (rolesAfter(lex).length === 0) return undefined
  let p = 0
  let source: string | undefined
  const close = OPENER_BRACKETS[text[0] ?? '']
  if (close !== undefined) {
    const end = text.indexOf(close, 1)
    if (end < 0 || end > MAX_OPENER_DATELINE) return undefined
    const eq = equalsIn(text, 1, end)
    if (eq < 0) return undefined
    const place = text.slice(1, eq).trim()
    const agency = text.slice(eq + 1, end).trim()
    if (place.length === 0 || agency.length === 0) return undefined
    source = agency
    p = end + 1
  }
  const eq = equalsIn(text, p, Math.min(text.length, p + MAX_OPENER_CREDIT))
  if (eq < 0) return undefined
  const [a, b] = trimSeparators(text, p, eq)
  if (a >= b) return undefined
  const part = text.slice(a, b)
  // A list first: the one-name reading takes a word of letters for a name, `김하늘ㆍ박민수` with them.
  const list = readRoleList(part, lex, source !== undefined)
  const one = list === undefined ? readRoleAfter(part, lex) : undefined
  const credits = list ?? (one === undefined ? undefined : [one])
  if (credits === undefined) return undefined
  const fields: Field[] = [...credits]
  if (source !== undefined) fields.push({ kind: 'source', rule: sourceRule.id, value: source })
  return { fields, cut: eq + 1 }
}

/** The universal marks between listed names (besides the lexicons' `nameListMarks`): commas. */
const LIST_COMMAS = [',', '，', '、']

/** The code units that stand between listed names: commas and the lexicons' `nameListMarks` of one unit. */
const listMarks = perLexicon((lex): ReadonlySet<number> => new Set([...LIST_COMMAS, ...lex.nameListMarks].filter((m) => m.length === 1).map((m) => m.charCodeAt(0))))

/**
 * Read two or more names credited with roles that follow them, as an agency opener lists its reporters:
 * `김하늘·박민수 기자`, `김하늘, 박민수 기자`, `김하늘 기자·박민수 특파원`, and, when `spaced`, `김하늘 박민수 기자`.
 * Each name is one name-shaped word (`isOneWordName`), each role a word of its own after a space, and the
 * part ends with a role. Names one after the other with only a space between are read only when `spaced`.
 *
 * @returns a credit per role, or undefined
 */
function readRoleList(part: string, lex: MergedLexicon, spaced: boolean): Field[] | undefined {
  const marks = listMarks(lex)
  const byRole = new Map<string, string[]>()
  let pending: string[] = []
  let names = 0
  let afterName = false
  for (let i = 0; i < part.length; ) {
    let space = false
    let mark = false
    for (; i < part.length; i++) {
      const c = part.charCodeAt(i)
      if (c === 0x20) space = true
      else if (marks.has(c)) mark = true
      else break
    }
    if (i === part.length) break
    let j = i
    while (j < part.length && part.charCodeAt(j) !== 0x20 && !marks.has(part.charCodeAt(j))) j++
    const word = part.slice(i, j)
    i = j
    const role = rolesAfter(lex).find((l) => l.label.length === word.length && wordAt(word, 0, l.label))
    if (role !== undefined) {
      // A role stands after its names, past a space only.
      if (pending.length === 0 || mark || !space) return undefined
      const key = role.role ?? 'credit'
      byRole.set(key, [...(byRole.get(key) ?? []), ...pending])
      pending = []
      afterName = false
      continue
    }
    if (!isOneWordName(word) || (afterName && !mark && !spaced)) return undefined
    pending.push(word)
    names++
    afterName = true
  }
  if (pending.length > 0 || names < 2) return undefined
  return [...byRole].map(([role, list]) => ({ kind: 'credit', rule: creditRule.id, role, value: list.join(', '), names: list }))
}

/** A template compiled: a sticky matcher, and the slot each of its groups captures. */
interface Template {
  readonly re: RegExp
  readonly groups: readonly ('agency' | 'name' | 'place')[]
  /** The template has an `{agency}` slot (a closer that may be glued to the last paragraph). */
  readonly agency: boolean
}

/** Opener or closer templates compiled once per lexicon: sticky matchers, and the code units they may start with. */
interface AgencyOpeners {
  readonly matchers: readonly Template[]
  readonly firsts: ReadonlySet<number>
}

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
const KANA = '\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc'
// A place in a template: two to ten Han or katakana letters (`北京`, `ワシントン`, `ニューヨーク`).
const PLACE_PATTERN = `[${HAN}\\u30a1-\\u30fa\\u30fc]{2,10}?`
// A person in a template: two to six Han letters, then perhaps kana (`山田花子`, `山田はな`), several apart by
// `、`; before another slot two or three Han letters, as a Chinese name is written (`王小明台北`).
const NAME_PATTERN = `[${HAN}]{2,6}[${KANA}]{0,4}(?:[、，,][${HAN}]{2,6}[${KANA}]{0,4}){0,3}`
const TIGHT_NAME_PATTERN = `[${HAN}]{2,3}(?:、[${HAN}]{2,3}){0,3}`
// A day or month number in a template, in ASCII or full-width digits.
const NUMBER_PATTERN = '[0-9\\uff10-\\uff19]{1,2}'
// What an opener not closed by a bracket must be followed by: a space, a bracket or nothing.
const OPENER_BOUNDARY = '(?=[\\s(（【［\\[〔]|$)'
// The brackets that close an opener template, and those a credit after an opener stands in.
const CLOSING_BRACKETS = ')）】］]〕'
const CREDIT_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '（': '）' }
const OPENING_BRACKETS = '(（【［[「〔'
const SLOTS = ['{place}', '{agency}', '{name}', '{n}'] as const
// Full-width forms (`（`, `＝`, `／`) are the ASCII ones moved by this much.
const FULL_WIDTH_SHIFT = 0xfee0

/** A template's literal character and its ASCII or full-width twin (`（` and `(`), as code units. */
function literalTwins(ch: string): number[] {
  const c = ch.charCodeAt(0)
  if (c >= 0xff01 && c <= 0xff5e && !isWordChar(c - FULL_WIDTH_SHIFT)) return [c, c - FULL_WIDTH_SHIFT]
  if (c >= 0x21 && c <= 0x7e && !isWordChar(c)) return [c, c + FULL_WIDTH_SHIFT]
  return [c]
}

/**
 * Compile slot templates (`openers`, `closers`: `【{place}{agency}】`, `（{name}）`): literals match themselves
 * and their ASCII or full-width twin, slots their patterns; a template not closed by a bracket ends where a
 * space or bracket follows. Templates that start with a slot other than `{agency}`, or have neither an
 * `{agency}` nor a `{name}`, are skipped.
 */
function compileTemplates(templates: readonly string[], lex: MergedLexicon): AgencyOpeners {
  const matchers: Template[] = []
  const firsts = new Set<number>()
  // An alternation of literal words, longest first; the place, names and numbers are bounded runs; the
  // matchers run at one position only.
  const agencies = templateAgencies(lex)
  const agency = agencies.length === 0 ? undefined : `(${agencies.map(escapeRegExp).join('|')})`
  for (const template of templates) {
    const hasAgency = template.includes('{agency}')
    if ((!hasAgency && !template.includes('{name}')) || (hasAgency && agency === undefined)) continue
    if (template.startsWith('{place}') || template.startsWith('{n}') || template.startsWith('{name}')) continue
    let re = ''
    const groups: Template['groups'][number][] = []
    for (let i = 0; i < template.length; ) {
      const slot = SLOTS.find((x) => template.startsWith(x, i))
      if (slot === undefined) {
        const twins = literalTwins(template[i]!)
        re += twins.length === 1 ? escapeRegExp(template[i]!) : `[${twins.map((c) => escapeClass(String.fromCharCode(c))).join('')}]`
        i++
        continue
      }
      i += slot.length
      if (slot === '{agency}') {
        re += agency!
        groups.push('agency')
      } else if (slot === '{place}') {
        re += `(${PLACE_PATTERN})`
        groups.push('place')
      } else if (slot === '{name}') {
        re += `(${SLOTS.some((x) => template.startsWith(x, i)) ? TIGHT_NAME_PATTERN : NAME_PATTERN})`
        groups.push('name')
      } else re += NUMBER_PATTERN
    }
    if (!CLOSING_BRACKETS.includes(template[template.length - 1]!)) re += OPENER_BOUNDARY
    matchers.push({ re: new RegExp(re, 'iy'), groups, agency: hasAgency })
    if (template.startsWith('{agency}')) {
      for (const a of agencies) for (const ch of [a[0]!.toLowerCase(), a[0]!.toUpperCase()]) firsts.add(ch.charCodeAt(0))
    } else for (const c of literalTwins(template[0]!)) firsts.add(c)
  }
  return { matchers, firsts }
}

/**
 * The agencies a template's `{agency}` slot takes: those with a letter outside ASCII (`共同`, `afp時事`). An
 * agency in ASCII letters (`reuters`, `ap`) opens datelines Latin text keeps (`WASHINGTON (Reuters) -`); it is
 * read on a closing line instead (`readSignedCloser`, `readCreditCloser`).
 */
function templateAgencies(lex: MergedLexicon): readonly string[] {
  return lex.agencies.filter((a) => !ASCII_ONLY.test(a))
}

const ASCII_ONLY = /^[\x20-\x7e]*$/

const agencyOpeners = perLexicon((lex): AgencyOpeners => compileTemplates(lex.openers, lex))
const agencyClosers = perLexicon((lex): AgencyOpeners => compileTemplates(lex.closers, lex))

/**
 * What a template states where it matched (`hit`): the agency as source, then the names as reporters; or
 * undefined when its place starts or ends with a word no place is (`最新` in `【最新時事】`) or a name is a
 * note (`敬称略`).
 */
function templateFields(t: Template, hit: RegExpExecArray, lex: MergedLexicon): Field[] | undefined {
  const fields: Field[] = []
  const names: string[] = []
  for (let g = 0; g < t.groups.length; g++) {
    const value = hit[g + 1]!
    const slot = t.groups[g]!
    if (slot === 'agency') fields.push({ kind: 'source', rule: sourceRule.id, value })
    else if (slot === 'place') {
      if (lex.notPlaces.some((w) => value.startsWith(w) || value.endsWith(w))) return undefined
    } else {
      for (const name of value.split(NAME_LIST)) {
        if (lex.notNames.has(name)) return undefined
        names.push(name)
      }
    }
  }
  if (names.length > 0) fields.push({ kind: 'credit', rule: creditRule.id, role: 'reporter', value: names.join(', '), names })
  return fields
}

// The marks between names in a template's `{name}`.
const NAME_LIST = /[、，,]/

/** The first template of `m` that matches at `at` of `text` and reads, with where its match ends. */
function matchTemplate(m: AgencyOpeners, text: string, at: number, lex: MergedLexicon): { fields: Field[]; end: number; t: Template } | undefined {
  for (const t of m.matchers) {
    t.re.lastIndex = at
    const hit = t.re.exec(text)
    if (hit === null) continue
    const fields = templateFields(t, hit, lex)
    if (fields !== undefined) return { fields, end: at + hit[0].length, t }
  }
  return undefined
}

/**
 * The agency opener at the start of `text` (one of the lexicons' templates), and the credit in brackets
 * after it (`（记者 张三）`): the agency as source, then the credits; `cut` is just past the opener.
 */
function readAgencyOpener(text: string, lex: MergedLexicon): GluedCredit | undefined {
  const m = agencyOpeners(lex)
  if (!m.firsts.has(text.charCodeAt(0))) return undefined
  const hit = matchTemplate(m, text, 0, lex)
  if (hit === undefined) return undefined
  const fields = hit.fields
  let cut = hit.end
  const credit = readBracketCredit(text, cut, lex)
  if (credit !== undefined) {
    fields.push(...credit.fields)
    cut = credit.cut
  }
  return { fields, cut }
}

/** A space, a tab, a line break or the ideographic space. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000
}

// A closing credit is short: the brackets, an agency or a few names.
const MAX_CLOSER = 40
// What ends the sentence an agency mark is glued after: `。（共同）`, `」（時事）`.
const SENTENCE_ENDS = '。．！？!?」』)）'

/**
 * A closing credit (the lexicons' `closers`) at the end of `text`: an agency mark after the paragraph's
 * last sentence (`…と発表した。（共同）`), or, when `whole`, a line that is only the credit (`（共同）`,
 * `（山田花子）`; a name only so), wire credits (`readCreditCloser`: `Reporting by Jane Doe; Editing by John
 * Roe`) or a signature (`readSignedCloser`: `Jane Doe (Reuters)`). `cut` is where the credit (and the spaces
 * before it) starts.
 *
 * @param text a paragraph (the article's last) or the line after it
 * @param lex the merged lexicon
 * @param whole the line must be only the credit
 * @returns the source or reporters, and where the credit starts; or undefined
 * @example readClosingCredit('市は9日に発表した。（共同）', lex, false) // { fields: [{ kind: 'source', value: '共同', … }], cut: 10 }
 */
export function readClosingCredit(text: string, lex: MergedLexicon, whole: boolean): GluedCredit | undefined {
  const templated = readTemplateCloser(text, lex, whole)
  if (templated !== undefined || !whole || text.length > MAX_CLOSING_LINE) return templated
  const fields = readCreditCloser(text, lex) ?? readSignedCloser(text, lex)
  return fields === undefined ? undefined : { fields, cut: 0 }
}

/** `readClosingCredit` by the lexicons' `closers` templates. */
function readTemplateCloser(text: string, lex: MergedLexicon, whole: boolean): GluedCredit | undefined {
  const m = agencyClosers(lex)
  if (m.matchers.length === 0) return undefined
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  // The credit starts at the last of its first characters within reach of the end.
  for (let at = end - 1; at >= 0 && at >= end - MAX_CLOSER; at--) {
    if (!m.firsts.has(text.charCodeAt(at))) continue
    const hit = matchTemplate(m, text, at, lex)
    if (hit === undefined || hit.end !== end) return undefined
    let cut = at
    while (cut > 0 && isSpace(text.charCodeAt(cut - 1))) cut--
    if (whole) return cut === 0 ? { fields: hit.fields, cut: 0 } : undefined
    return hit.t.agency && cut > 0 && SENTENCE_ENDS.includes(text[cut - 1]!) ? { fields: hit.fields, cut } : undefined
  }
  return undefined
}

// A closing line of wire credits lists a few people with places (`Reporting by Jane Doe in Paris; …`).
export const MAX_CLOSING_LINE = 300
// A signature under an article (`-- Jane Doe, AP`) is a name and an agency.
const MAX_SIGNATURE = 80
// A signed name has two to four words (`Jane Doe`, `Nguyễn Văn A`): one word alone may be any heading.
const MIN_SIGNED_NAME_WORDS = 2
// The brackets a closing line may stand in, opening → closing.
const CLOSING_LINE_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '（': '）' }
// What may lead a signature: dashes and spaces (`-- Jane Doe, AP`, `— Jane Doe (Reuters)`).
const SIGNATURE_LEAD = '-–— '
// What stands between a signed name and its agency, besides brackets: `Jane Doe, AP`, `Thu Hà/VOV.VN`, `Nguyễn Văn A - TTXVN`.
const SIGNATURE_MARKS = [' - ', ' – ', ' — ', '/', ', ', ',']
// A web address's ending after an agency's name: `.vn` in `VOV.VN`, `.com.vn`.
const DOMAIN_ENDING = /(?:\.[a-z]{2,3}){1,2}$/

/**
 * Wire credits on a line of their own (the lexicons' `closingLabels`): `Reporting by Jane Doe; Editing by John
 * Roe`, `(Reporting by Jane Doe in Paris; Additional reporting by Tom Roe; Writing by Ann Lee)`, `Mitarbeit:
 * Jane Doe`, `Avec AFP`. The line (out of one pair of brackets and a final full stop) is parts apart by `;`, or
 * by a comma before another label; each part a label and its value: capitalised names (a place after `in`
 * left out) for a credit or an author, agencies for a source. Every part must read.
 *
 * @param text the line
 * @param lex the merged lexicon
 * @returns the credits, author and source, in the order the line states them; or undefined
 * @example readCreditCloser('Reporting by Jane Doe; Editing by John Roe', lex) // reporter Jane Doe, editor John Roe
 */
export function readCreditCloser(text: string, lex: MergedLexicon): Field[] | undefined {
  if (lex.closingLabels.length === 0) return undefined
  const [a, b] = unwrapLine(text)
  if (a >= b || closingLabelAt(text, a, lex) === undefined) return undefined
  const fields: Field[] = []
  let from = a
  for (let i = a; i <= b; i++) {
    const c = i < b ? text.charCodeAt(i) : 0
    let next = -1
    if (i === b || c === 0x3b || c === 0xff1b) next = i + 1
    else if (c === 0x2c) {
      let j = i + 1
      while (j < b && text.charCodeAt(j) === 0x20) j++
      if (closingLabelAt(text, j, lex) !== undefined) next = j
    }
    if (next < 0) continue
    const field = readClosingPart(text, from, i, lex)
    if (field === undefined) return undefined
    fields.push(field)
    from = next
  }
  return fields
}

/** Where a closing line's text lies: spaces, one pair of brackets around it and a final full stop left out. */
function unwrapLine(text: string): [number, number] {
  let a = 0
  let b = text.length
  while (a < b && isSpace(text.charCodeAt(a))) a++
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--
  if (b > a && text[b - 1] === '.' && CLOSING_LINE_BRACKETS[text[a]!] === text[b - 2]) b--
  const close = CLOSING_LINE_BRACKETS[text[a] ?? '']
  if (close !== undefined && text[b - 1] === close) {
    a++
    b--
  }
  if (b > a && text[b - 1] === '.') b--
  while (a < b && isSpace(text.charCodeAt(a))) a++
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--
  return [a, b]
}

/** The closing label at `pos` (`Reporting by`, `Mitarbeit:`), and where its value starts. */
function closingLabelAt(text: string, pos: number, lex: MergedLexicon): { label: FieldLabel; valueStart: number } | undefined {
  for (const label of lex.closingLabels) {
    if (!wordAt(text, pos, label.label)) continue
    let j = pos + label.label.length
    const last = label.label[label.label.length - 1]!
    // `Avec l'AFP`: a label that ends in an apostrophe runs into its value.
    if (label.bare === true && (last === "'" || last === '’')) return { label, valueStart: j }
    if (label.bare === true && text.charCodeAt(j) === 0x20) return { label, valueStart: j + 1 }
    while (text.charCodeAt(j) === 0x20 && j - pos - label.label.length < MAX_SPACES_BEFORE_COLON) j++
    if (text[j] === ':' || text[j] === '：') return { label, valueStart: j + 1 }
  }
  return undefined
}

/** One part of a closing credit line, `text[from, to)`: a closing label and its value. */
function readClosingPart(text: string, from: number, to: number, lex: MergedLexicon): Field | undefined {
  let a = from
  while (a < to && isSpace(text.charCodeAt(a))) a++
  const hit = closingLabelAt(text, a, lex)
  if (hit === undefined) return undefined
  const value = text.slice(hit.valueStart, to).trim()
  if (value.length === 0) return undefined
  const { label } = hit
  if (label.field === 'source') {
    const source = readAgencies(value, lex)
    return source === undefined ? undefined : { kind: 'source', rule: sourceRule.id, value: source }
  }
  if (label.field !== 'credit' && label.field !== 'author') return undefined
  const named = withoutPlaces(value, lex)
  const names = readNames(named, lex)
  if (names === undefined || !names.every((n) => isCapitalised(n, lex))) return undefined
  return label.field === 'author'
    ? { kind: 'author', rule: authorRule.id, value: names.join(', ') }
    : { kind: 'credit', rule: creditRule.id, role: label.role ?? 'credit', value: names.join(', '), names }
}

/** A value without the places after its names: `Jane Doe in Paris and John Roe` → `Jane Doe and John Roe`. */
function withoutPlaces(value: string, lex: MergedLexicon): string {
  const re = placeMatcher(lex)
  return re === undefined ? value : value.replace(re, '')
}

/** A place after a name: a place word and capitalised words (`in Port Ellis`); linear, no word overlaps the next. */
const placeMatcher = perLexicon((lex): RegExp | undefined =>
  lex.creditPlaceWords.length === 0 ? undefined : new RegExp(`\\s(?:${lex.creditPlaceWords.map(escapeRegExp).join('|')})(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*)+`, 'gu'),
)

/** One or more of the lexicons' agencies, as written (`AFP`, `EFE y AFP`, `dpa/AFP`), or undefined. */
function readAgencies(value: string, lex: MergedLexicon): string | undefined {
  const joiners = signatureJoiners(lex)
  let pieces = [value]
  for (const j of joiners) pieces = pieces.flatMap((p) => p.split(j))
  return pieces.every((p) => isAgency(p.trim(), lex)) ? value : undefined
}

/** What stands between listed agencies: commas, slashes and the name joiners with spaces (` and `, ` y `). */
const signatureJoiners = perLexicon((lex): readonly string[] => [',', '/', ...lex.nameJoiners.map((j) => ` ${j} `)])

/** Whether a word is one of the lexicons' agencies, perhaps as a web address (`VOV.VN`). */
function isAgency(word: string, lex: MergedLexicon): boolean {
  const w = word.toLowerCase()
  const set = agencySet(lex)
  return set.has(w) || set.has(w.replace(DOMAIN_ENDING, ''))
}


/**
 * A signature under an article: capitalised names of two words or more and an agency, in brackets after them
 * (`Jane Doe (Reuters)`, `Minh Anh (TTXVN)`) or after a comma, slash or dash (`-- Jane Doe, AP`, `Thu Hà/VOV.VN`,
 * `Nguyễn Văn A - TTXVN`). The agency is one of the lexicons' (`agencies`), perhaps as a web address; in brackets
 * an outlet's name does too (`(Westcliff Herald)`, `(Báo Sông Xanh)`). A name alone, or with other words in
 * brackets (`Jane Doe (left)`), is no signature.
 *
 * @param text the line
 * @param lex the merged lexicon
 * @returns the author and the source, or undefined
 * @example readSignedCloser('Jane Doe (Reuters)', lex) // author Jane Doe, source Reuters
 */
export function readSignedCloser(text: string, lex: MergedLexicon): Field[] | undefined {
  let a = 0
  let b = text.length
  while (a < b && SIGNATURE_LEAD.includes(text[a]!)) a++
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--
  if (b - a > MAX_SIGNATURE || b - a < 2) return undefined
  let nameEnd = -1
  let source: string | undefined
  const last = text[b - 1]!
  if (last === ')' || last === '）') {
    const open = text.lastIndexOf(last === ')' ? '(' : '（', b - 2)
    const inner = open > a ? text.slice(open + 1, b - 1).trim() : ''
    if (isAgency(inner, lex) || isOutletName(inner, lex)) {
      nameEnd = open
      source = inner
    }
  } else {
    for (const mark of SIGNATURE_MARKS) {
      const at = text.lastIndexOf(mark, b - 1)
      if (at <= a) continue
      const agency = text.slice(at + mark.length, b).trim()
      if (isAgency(agency, lex)) {
        nameEnd = at
        source = agency
        break
      }
    }
  }
  if (source === undefined) return undefined
  const signed = text.slice(a, nameEnd).trim()
  // `By Jane Doe (Reuters)`: the byline word is no part of the name.
  const name = (signed.length === 0 ? undefined : readByline(signed, lex)) ?? signed
  const names = name.length === 0 ? undefined : readNames(name, lex)
  if (names === undefined || !names.every((n) => isCapitalised(n, lex) && spacesIn(n, 0, n.length) + 1 >= MIN_SIGNED_NAME_WORDS)) return undefined
  return [
    { kind: 'author', rule: authorRule.id, value: name },
    { kind: 'source', rule: sourceRule.id, value: source },
  ]
}

/** An outlet's name in brackets: two to five capitalised words, not all capitals, with an outlet word first or last. */
function isOutletName(v: string, lex: MergedLexicon): boolean {
  const words = v.split(' ')
  if (words.length < 2 || words.length > MAX_OUTLET_WORDS || v === v.toUpperCase()) return false
  if (!words.every((w) => w.length > 0 && w[0] !== w[0]!.toLowerCase())) return false
  const outlets = lex.outletWords
  return outlets.includes(words[words.length - 1]!.toLowerCase()) || outlets.includes(words[0]!.toLowerCase())
}

const MAX_OUTLET_WORDS = 5

/** A credit in brackets at `from` (past spaces): `（记者 张三 李四）`; its fields and where it ends. */
function readBracketCredit(text: string, from: number, lex: MergedLexicon): GluedCredit | undefined {
  let p = from
  while (p < text.length && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000)) p++
  const close = CREDIT_BRACKETS[text[p] ?? '']
  if (close === undefined) return undefined
  const end = text.indexOf(close, p + 1)
  if (end < 0 || end - p > MAX_OPENER_CREDIT) return undefined
  const r = readMetadataLine(text.slice(p, end + 1), lex)
  if (r === undefined || !r.fields.every((f) => f.kind === 'credit')) return undefined
  return { fields: r.fields, cut: end + 1 }
}

/** A line that is wholly an agency opener (`【ワシントン共同】`, `（共同通信）`), perhaps with its bracketed credit. */
function readOpenerLine(text: string, lex: MergedLexicon): LineReading | undefined {
  const opener = readAgencyOpener(text, lex)
  if (opener === undefined) return undefined
  const [a, b] = trimSeparators(text, opener.cut, text.length)
  return a < b ? undefined : { fields: opener.fields, rule: opener.fields[0]!.rule }
}

/** Whether the line `s[from, to)` may be wholly an agency opener: a template matches at its start, within it. */
function opensAgencyIn(s: string, from: number, to: number, lex: MergedLexicon): boolean {
  const m = agencyOpeners(lex)
  if (!m.firsts.has(s.charCodeAt(from))) return false
  for (const t of m.matchers) {
    t.re.lastIndex = from
    const hit = t.re.exec(s)
    if (hit !== null && from + hit[0].length <= to) return true
  }
  return false
}

/** Where the first `=` (or full-width `＝`) of `text[from, to)` stands, or -1. */
function equalsIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3d || c === 0xff1d) return i
  }
  return -1
}
