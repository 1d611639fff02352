import type { FieldKind, FieldLabel, MergedLexicon } from '../lexicon/metadata/index.js'
import type { RuleId } from '../types.js'
import { authorRule, readAuthor, readByline } from './rules/author.js'
import { creditRule, readCredit } from './rules/credit.js'
import { dateRule, mayStartWholeDate, readWholeDate } from './rules/date.js'
import { readSource, sourceRule } from './rules/source.js'
import { escapeRegExp, isHan, isSeparator, SEPARATOR_CHARS, trimSeparators, wordAt } from './text.js'

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

// Every date shape the rules read has a four-digit year: a part without one is not tried for a trailing date.
const HAS_YEAR = /\d{4}/
/** Bars and bullets split a line into independent parts: `By Jane Doe | May 8, 2023`. */
function isPartBreak(c: number): boolean {
  return c === 0x7c || c === 0xff5c || c === 0x4e28 || c === 0x2022
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
  if (text.length === 0 || text.length > MAX_METADATA_LINE) return undefined
  // Every part is wholly fields, so the line starts with one: a label, a byline word or a date. Most
  // lines are passed over here, before any scan.
  let start = 0
  while (start < text.length && isSeparator(text.charCodeAt(start))) start++
  if (start === text.length || !mayStartField(text, start, lex)) return undefined
  const fields: Field[] = []
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isPartBreak(text.charCodeAt(i))) continue
    const [a, b] = trimSeparators(text, from, i)
    from = i + 1
    if (a === b) continue
    const part = readPart(text.slice(a, b), lex)
    if (part === undefined) return undefined
    fields.push(...part)
  }
  const first = fields[0]
  return first === undefined ? undefined : { fields, rule: first.rule }
}

/**
 * Whether a field may start at `pos` (a part's first character): a label, a byline word or a dateline.
 * True wherever one can start, so that a line rejected here needs no further reading. A table of the
 * lexicon words' first characters rejects most lines on one lookup, then one matcher of all the
 * lexicon words is tried at `pos`.
 */
function mayStartField(text: string, pos: number, lex: MergedLexicon): boolean {
  const c = text.charCodeAt(pos)
  if (c >= 0x30 && c <= 0x39) return true
  const m = fieldStarts(lex)
  if (m.first[lowerCode(text, pos)] === 1) {
    m.words.lastIndex = pos
    if (m.words.test(text)) return true
  }
  if (lex.datePatterns.some((p) => stickyTest(p.re, text, pos))) return true
  return mayStartZone(text, pos) && mayStartWholeDate(text, pos, lex)
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

/** The words a field can start with (labels, byline words, weekdays, months, time words), compiled once per lexicon. */
interface FieldStarts {
  /** 1 at the lower-case code of every word's first character. */
  readonly first: Uint8Array
  /** Sticky, case-insensitive: any of the words, longest first. */
  readonly words: RegExp
}

const fieldStartCache = new WeakMap<MergedLexicon, FieldStarts>()

function fieldStarts(lex: MergedLexicon): FieldStarts {
  let m = fieldStartCache.get(lex)
  if (m === undefined) {
    const words = [...new Set([...lex.labels.map((l) => l.label), ...lex.bylines, ...lex.weekdays, ...lex.months.keys(), ...lex.timeWords].map((w) => w.toLowerCase()))]
      .filter((w) => w.length > 0)
      .sort((a, b) => b.length - a.length)
    const first = new Uint8Array(0x10000)
    for (const w of words) first[w.charCodeAt(0)] = 1
    // An alternation of literal words: no quantifiers, so it runs in linear time.
    const matcher = new RegExp(words.length === 0 ? '(?!)' : words.map(escapeRegExp).join('|'), 'iy')
    m = { first, words: matcher }
    fieldStartCache.set(lex, m)
  }
  return m
}


/**
 * One part of a line: a byline, or an optional date followed by labelled fields; or either of those
 * followed by a date (`By Jane Doe, 20 November 2019 08:05 GMT`).
 */
function readPart(part: string, lex: MergedLexicon): Field[] | undefined {
  const fields = readFieldsPart(part, lex)
  if (fields !== undefined || !HAS_YEAR.test(part)) return fields
  for (let i = 1; i < part.length; i++) {
    if (!isSeparator(part.charCodeAt(i - 1)) || isSeparator(part.charCodeAt(i)) || !mayStartWholeDate(part, i, lex)) continue
    const iso = readWholeDate(part, i, part.length, lex)
    if (iso === undefined) continue
    const [a, b] = trimSeparators(part, 0, dropDateLead(part, i, lex))
    const head = a < b ? readFieldsPart(part.slice(a, b), lex) : undefined
    return head === undefined ? undefined : [...head, { kind: 'date', rule: dateRule.id, value: iso }]
  }
  return undefined
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
    if (iso === undefined) return undefined
    fields.push({ kind: 'date', rule: dateRule.id, value: iso })
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
      return iso === undefined ? undefined : { kind: 'date', rule, value: iso, labelled: true }
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
  // One matcher finds every label word at the start of the part or after a separator; labelAt then
  // checks what follows it (a colon, or a space for a bare label).
  const re = labelMatcher(lex)
  re.lastIndex = 0
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    const i = m.index
    // Try the next position too: a longer label that fails (`responsible editor` without a colon) may hide a shorter one.
    re.lastIndex = i + 1
    if (hits.length > 0 && i < hits[hits.length - 1]!.valueStart) continue
    const candidates = lex.labelsByFirst.get(lowerCode(part, i))
    const hit = candidates === undefined ? undefined : labelAt(part, i, candidates, 0)
    if (hit !== undefined) hits.push(hit)
  }
  return hits
}

const labelMatchers = new WeakMap<MergedLexicon, RegExp>()

/** Global, case-insensitive: any label of the lexicon at the start of the text or after a separator. */
function labelMatcher(lex: MergedLexicon): RegExp {
  let re = labelMatchers.get(lex)
  if (re === undefined) {
    const words = [...new Set(lex.labels.map((l) => l.label.toLowerCase()))].filter((w) => w.length > 0).sort((a, b) => b.length - a.length)
    // A fixed-width look-behind and an alternation of literal words: linear in the text.
    re = new RegExp(`(?<=^|[${escapeRegExp(SEPARATOR_CHARS)}])(?:${words.length === 0 ? '(?!)' : words.map(escapeRegExp).join('|')})`, 'gi')
    labelMatchers.set(lex, re)
  }
  return re
}

/** The lower-case code of the character at `i`: one bit for ASCII capitals, toLowerCase otherwise. */
function lowerCode(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c
  return text[i]!.toLowerCase().charCodeAt(0)
}

/** A label at `i` followed by a colon; a bare one, Latin only at `partStart`, followed by a space. */
function labelAt(part: string, i: number, labels: readonly FieldLabel[], partStart: number): LabelHit | undefined {
  for (const label of labels) {
    if (!wordAt(part, i, label.label)) continue
    let j = i + label.label.length
    let spaces = 0
    while (part[j] === ' ' && spaces < MAX_SPACES_BEFORE_COLON) {
      j++
      spaces++
    }
    if (part[j] === ':' || part[j] === '：') return { at: i, valueStart: j + 1, label }
    if (label.bare !== true) continue
    const end = i + label.label.length
    const han = isHan(label.label.charCodeAt(0))
    if (han && (part[end] === ' ' || isHan(part.charCodeAt(end)))) return { at: i, valueStart: end, label }
    if (!han && i === partStart && part[end] === ' ') return { at: i, valueStart: end + 1, label }
  }
  return undefined
}

/** Where the head of a part ends before its date, past a lead word such as `Updated` or `on`. */
function dropDateLead(part: string, dateAt: number, lex: MergedLexicon): number {
  const [, end] = trimSeparators(part, 0, dateAt)
  for (const w of lex.dateLeads) {
    const at = end - w.length
    if (at > 0 && isSeparator(part.charCodeAt(at - 1)) && part.slice(at, end).toLowerCase() === w) return at
  }
  return dateAt
}
