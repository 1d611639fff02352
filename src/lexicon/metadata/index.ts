import { ar } from './ar.js'
import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import { hi } from './hi.js'
import { id } from './id.js'
import { it } from './it.js'
import { nl } from './nl.js'
import { pl } from './pl.js'
import { ja } from './ja.js'
import { ko } from './ko.js'
import { pt } from './pt.js'
import { ru } from './ru.js'
import { th } from './th.js'
import { tr } from './tr.js'
import { isHan } from '../../core/chars.js'
import type { FieldLabel, MetadataLexicon, RelativeDateWords, RelativeUnit, YearEra } from './types.js'
import { vi } from './vi.js'
import { zh } from './zh.js'

export type { DatePattern, FieldKind, FieldLabel, MetadataLexicon, RelativeDateWords, RelativeUnit, YearEra } from './types.js'
export { ar, de, en, es, fr, hi, id, it, ja, ko, nl, pl, pt, ru, th, tr, vi, zh }

/** The built-in metadata lexicons by language. */
export const METADATA_LEXICONS: Readonly<Record<string, MetadataLexicon>> = Object.freeze({ en, zh, vi, de, fr, es, pt, it, ru, nl, pl, tr, id, ja, ko, ar, hi, th })

/**
 * All languages' metadata data in one, as the rules read it: the fields of `MetadataLexicon` (documented
 * there), with months as a map, labels longest first (`responsible editor` wins over `editor`) and indexed
 * by the code of their first character, so a line is scanned without trying every label at every word.
 */
export interface MergedLexicon
  extends Readonly<
    Omit<
      MetadataLexicon,
      | 'months'
      | 'numericOrder'
      | 'shortYearLast'
      | 'daySuffixes'
      | 'dateJoiners'
      | 'hourMarks'
      | 'minuteMarks'
      | 'timeSuffixes'
      | 'nameParticles'
      | 'yearSuffixes'
      | 'localBylines'
      | 'countAfter'
      | 'timeZones'
      | 'meridiems'
      | 'meridiemsAfter'
      | 'localWeekdays'
      | 'lowerBylines'
      | 'agencies'
      | 'openers'
      | 'closers'
      | 'closingLabels'
      | 'creditPlaceWords'
      | 'notPlaces'
      | 'notNames'
      | 'nameListMarks'
      | 'relativeDates'
      | 'era'
      | 'copyrightOwners'
      | 'jobWords'
      | 'trailLeads'
    >
  > {
  /** Every language's breadcrumb lead labels, longest first. */
  readonly trailLeads: readonly string[]
  /** Every language's job-title words, in lower case. */
  readonly jobWords: readonly string[]
  /** Every language's copyright owner words, longest first. */
  readonly copyrightOwners: readonly string[]
  readonly months: ReadonlyMap<string, number>
  readonly daySuffixes: readonly string[]
  readonly dateJoiners: readonly string[]
  readonly hourMarks: readonly string[]
  readonly minuteMarks: readonly string[]
  readonly timeSuffixes: readonly string[]
  readonly nameParticles: readonly string[]
  readonly yearSuffixes: readonly string[]
  readonly countAfter: readonly string[]
  /** Every language's agencies, longest first. */
  readonly agencies: readonly string[]
  /** Every language's agency opener templates. */
  readonly openers: readonly string[]
  /** Every language's closing credit templates. */
  readonly closers: readonly string[]
  /** Every language's closing credit labels, longest first. */
  readonly closingLabels: readonly FieldLabel[]
  /** Every language's words before a place after a credited name, longest first. */
  readonly creditPlaceWords: readonly string[]
  /** Every language's words no opener's place starts or ends with. */
  readonly notPlaces: readonly string[]
  /** Every language's bracketed closing notes that are no name. */
  readonly notNames: ReadonlySet<string>
  /** Every language's name list marks. */
  readonly nameListMarks: readonly string[]
  /** Every language's time zones, as written, longest first. */
  readonly timeZones: readonly string[]
  /** Every language's words for before and after noon, longest first. */
  readonly meridiems: { readonly am: readonly string[]; readonly pm: readonly string[] }
  /** Every language's words after a time for before and after noon (`ص`, `م`), longest first. */
  readonly meridiemsAfter: { readonly am: readonly string[]; readonly pm: readonly string[] }
  /**
   * The weekdays skipped before a date only when a full stop or comma follows them: other languages'
   * `localWeekdays` that are no weekday of the page's language.
   */
  readonly looseWeekdays: ReadonlySet<string>
  /** The page language's `lowerBylines`. */
  readonly lowerBylines: readonly string[]
  readonly labelsByFirst: ReadonlyMap<number, readonly FieldLabel[]>
  /** Every language's relative-date words. */
  readonly relativeDates: MergedRelativeDates
  readonly numericOrder: 'dmy' | 'mdy' | undefined
  readonly shortYearLast: boolean
  /** The page language's era (`MetadataLexicon.era`), read for a date without a month name of an era's language. */
  readonly era: YearEra | undefined
  /** The era of each month name of a language that counts years in one (Thai `ธันวาคม` → Buddhist Era). */
  readonly monthEras: ReadonlyMap<string, YearEra>
}

/** Every language's relative-date words (`RelativeDateWords`): each list longest first, each map by word. */
export interface MergedRelativeDates {
  readonly units: readonly string[]
  readonly unitOf: ReadonlyMap<string, RelativeUnit>
  readonly loneUnits: readonly string[]
  readonly loneUnitOf: ReadonlyMap<string, RelativeUnit>
  /** The amount a lone unit says when it is not one: 2 for a dual (`ساعتين`). */
  readonly loneAmountOf: ReadonlyMap<string, number>
  /** Words for an amount (`one` and `counts`): `a`, `two`, `zwei`, `两`. */
  readonly counts: readonly string[]
  readonly countOf: ReadonlyMap<string, number>
  /** A Han count for ten (`十`), when one is listed: Han counts then compose (`二十五`). */
  readonly hanTen: string | undefined
  /** What joins a tens word to a count of one to nine after it (`-` in `twenty-five`), longest first. */
  readonly tensJoiners: readonly string[]
  readonly agoAfter: readonly string[]
  readonly agoBefore: readonly string[]
  readonly days: readonly string[]
  readonly dayOffset: ReadonlyMap<string, number>
  readonly now: readonly string[]
}

/**
 * A function of a lexicon computed once per lexicon: the matchers and tables the readers compile from
 * it. The last lexicon asked for is kept at hand, as a document is read against one lexicon throughout.
 *
 * @param build what to compute from a lexicon
 * @returns `build`, cached per lexicon
 * @example const labelWords = perLexicon((lex) => lex.labels.map((l) => l.label))
 */
export function perLexicon<T>(build: (lex: MergedLexicon) => T): (lex: MergedLexicon) => T {
  const values = new WeakMap<MergedLexicon, T>()
  let lastLex: MergedLexicon | undefined
  let last: T | undefined
  return (lex) => {
    if (lex === lastLex) return last!
    let value = values.get(lex)
    if (value === undefined) {
      value = build(lex)
      values.set(lex, value)
    }
    lastLex = lex
    last = value
    return value
  }
}

const cache = new Map<string, MergedLexicon>()
const userCache = new WeakMap<object, Map<string, MergedLexicon>>()

/** Extra entries users pass in `options.lexicon[lang]`: category → phrases. */
export type UserEntries = Readonly<Record<string, readonly string[]>>

/**
 * Merge the metadata lexicons of every language: pages mix languages (an English translation keeps
 * Chinese labels), so every label is looked for on every page. Only the reading of numeric dates
 * (ambiguous ones, two-digit years) follows the document language. User entries (`options.lexicon`)
 * are added under `metadata.*` categories; other categories belong to other stages and are ignored here:
 * `metadata.date`, `metadata.dateModified` (a date label for the page's last change), `metadata.source`, `metadata.author` (labels, followed by a colon),
 * `metadata.credit.<role>` (credit labels for an English role key), `metadata.byline` (`By`),
 * `metadata.home` (first breadcrumb item), `metadata.comment` (comment-counter words),
 * `metadata.copyright`, `metadata.outlet`, `metadata.agency` (an agency the lexicons' opener templates
 * name), `metadata.weekday`, `metadata.month.<1-12>`, and the words of relative datelines under
 * `metadata.relative.*` (`userRelativeDates`).
 *
 * @param lang the document language, when known
 * @param user `options.lexicon`, when given
 * @returns the merged lexicon
 * @example mergedLexicon('vi').numericOrder // 'dmy'
 * @example mergedLexicon('en', { en: { 'metadata.credit.editor': ['sub-editor'] } })
 */
export function mergedLexicon(lang: string | undefined, user?: Readonly<Partial<Record<string, UserEntries>>>): MergedLexicon {
  const key = lang ?? ''
  const store = user === undefined || Object.keys(user).length === 0 ? cache : userStore(user)
  const hit = store.get(key)
  if (hit !== undefined) return hit
  const extra = user === undefined ? [] : Object.values(user).filter((e): e is UserEntries => e !== undefined)
  const all = [...Object.values(METADATA_LEXICONS), ...extra.map(fromUser)]
  // Every language's entries of a list field, an optional one read as empty where a lexicon leaves it out.
  const flat = <K extends keyof MetadataLexicon>(k: K): MetadataLexicon[K] extends readonly (infer T)[] | undefined ? T[] : never =>
    all.flatMap((l) => (l[k] ?? []) as unknown as never[]) as never
  const months = new Map<string, number>()
  const monthEras = new Map<string, YearEra>()
  for (const l of all) {
    for (const [name, n] of Object.entries(l.months)) {
      months.set(name, n)
      if (l.era !== undefined) monthEras.set(name, l.era)
    }
  }
  // Languages share labels (`foto`, `autor`): each is tried once.
  const seen = new Set<string>()
  const labels = flat('labels')
    .filter((l) => {
      const key = `${l.label}\u0000${l.field}\u0000${l.role ?? ''}\u0000${l.bare === true}\u0000${l.after === true}\u0000${(l.marks ?? []).join('')}\u0000${l.modified === true}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => b.label.length - a.label.length)
  const labelsByFirst = new Map<number, FieldLabel[]>()
  for (const l of labels) labelsByFirst.set(l.label.charCodeAt(0), [...(labelsByFirst.get(l.label.charCodeAt(0)) ?? []), l])
  const merged: MergedLexicon = {
    months,
    weekdays: byLength(flat('weekdays')),
    timeWords: byLength(flat('timeWords')),
    daySuffixes: distinctByLength(flat('daySuffixes')),
    dateJoiners: distinctByLength(flat('dateJoiners')),
    hourMarks: distinctByLength(flat('hourMarks')),
    minuteMarks: distinctByLength(flat('minuteMarks')),
    timeSuffixes: distinctByLength(flat('timeSuffixes')),
    nameParticles: distinctByLength(flat('nameParticles')),
    yearSuffixes: distinctByLength(flat('yearSuffixes')),
    countAfter: distinctByLength(flat('countAfter')),
    agencies: distinctByLength(flat('agencies')),
    openers: [...new Set(flat('openers'))],
    closers: [...new Set(flat('closers'))],
    closingLabels: [...flat('closingLabels')].sort((a, b) => b.label.length - a.label.length),
    creditPlaceWords: distinctByLength(flat('creditPlaceWords')),
    notPlaces: distinctByLength(flat('notPlaces')),
    notNames: new Set(flat('notNames')),
    nameListMarks: distinctByLength(flat('nameListMarks')),
    timeZones: distinctByLength(flat('timeZones')),
    meridiems: {
      am: distinctByLength(all.flatMap((l) => l.meridiems?.am ?? [])),
      pm: distinctByLength(all.flatMap((l) => l.meridiems?.pm ?? [])),
    },
    meridiemsAfter: {
      am: distinctByLength(all.flatMap((l) => l.meridiemsAfter?.am ?? [])),
      pm: distinctByLength(all.flatMap((l) => l.meridiemsAfter?.pm ?? [])),
    },
    looseWeekdays: looseWeekdays(lang),
    lowerBylines: (lang === undefined ? undefined : METADATA_LEXICONS[lang]?.lowerBylines) ?? [],
    dateLeads: byLength(flat('dateLeads')),
    labels,
    labelsByFirst,
    relativeDates: mergeRelativeDates(all),
    // The page language's own byline words after every language's (`localBylines`).
    bylines: [...flat('bylines'), ...((lang === undefined ? undefined : METADATA_LEXICONS[lang]?.localBylines) ?? [])],
    nameJoiners: flat('nameJoiners'),
    home: byLength(flat('home')),
    outletWords: flat('outletWords'),
    commentWords: byLength(flat('commentWords')),
    copyright: flat('copyright'),
    rightsReserved: byLength(flat('rightsReserved')),
    copyrightOwners: byLength(flat('copyrightOwners')),
    jobWords: flat('jobWords'),
    trailLeads: byLength(flat('trailLeads')),
    datePatterns: flat('datePatterns'),
    numericOrder: lang === undefined ? undefined : METADATA_LEXICONS[lang]?.numericOrder,
    shortYearLast: lang !== undefined && METADATA_LEXICONS[lang]?.shortYearLast === true,
    era: lang === undefined ? undefined : METADATA_LEXICONS[lang]?.era,
    monthEras,
  }
  store.set(key, merged)
  return merged
}

/**
 * The weekdays read before a date on a page in `lang` only when a full stop or a comma follows them: the
 * `localWeekdays` of the other languages, unless `lang` lists the same word among its weekdays.
 */
function looseWeekdays(lang: string | undefined): ReadonlySet<string> {
  const own = new Set(lang === undefined ? [] : (METADATA_LEXICONS[lang]?.weekdays ?? []))
  const out = new Set<string>()
  for (const l of Object.values(METADATA_LEXICONS)) for (const w of l.localWeekdays ?? []) if (!own.has(w)) out.add(w)
  return out
}

/** Half of a unit as an amount of a smaller one (`half an hour` is 30 minutes). */
const HALF_OF: Readonly<Record<'minute' | 'hour' | 'day' | 'year', readonly [number, RelativeUnit]>> = {
  minute: [30, 'second'],
  hour: [30, 'minute'],
  day: [12, 'hour'],
  year: [6, 'month'],
}

/** Every language's relative-date words in one: lists longest first, maps from each word. */
function mergeRelativeDates(all: readonly MetadataLexicon[]): MergedRelativeDates {
  const words = all.map((l) => l.relativeDates).filter((r) => r !== undefined)
  const unitOf = new Map<string, RelativeUnit>()
  const loneUnitOf = new Map<string, RelativeUnit>()
  const dayOffset = new Map<string, number>()
  const countOf = new Map<string, number>()
  const loneAmountOf = new Map<string, number>()
  for (const r of words) {
    for (const [w, u] of Object.entries(r.units)) unitOf.set(w, u)
    for (const [w, u] of Object.entries(r.loneUnits ?? {})) loneUnitOf.set(w, u)
    for (const [w, u] of Object.entries(r.dualUnits ?? {})) {
      loneUnitOf.set(w, u)
      loneAmountOf.set(w, 2)
    }
    for (const [w, d] of Object.entries(r.days ?? {})) dayOffset.set(w, d)
    for (const [w, u] of Object.entries(r.halfUnits ?? {})) {
      const [amount, unit] = HALF_OF[u]
      loneUnitOf.set(w, unit)
      loneAmountOf.set(w, amount)
    }
    for (const w of r.one ?? []) countOf.set(w, 1)
    r.counts?.forEach((forms, n) => {
      for (const w of forms) countOf.set(w, n + 1)
    })
    for (const [w, n] of Object.entries(r.moreCounts ?? {})) countOf.set(w, n)
  }
  let hanTen: string | undefined
  for (const [w, n] of countOf) if (n === 10 && w.length === 1 && isHan(w.charCodeAt(0))) hanTen = w
  return {
    units: byLength([...unitOf.keys()]),
    unitOf,
    loneUnits: byLength([...loneUnitOf.keys()]),
    loneUnitOf,
    loneAmountOf,
    counts: byLength([...countOf.keys()]),
    countOf,
    hanTen,
    tensJoiners: distinctByLength(words.flatMap((r) => r.tensJoiners ?? [])),
    agoAfter: distinctByLength(words.flatMap((r) => r.agoAfter ?? [])),
    agoBefore: distinctByLength(words.flatMap((r) => r.agoBefore ?? [])),
    days: byLength([...dayOffset.keys()]),
    dayOffset,
    now: distinctByLength(words.flatMap((r) => r.now ?? [])),
  }
}

function userStore(user: object): Map<string, MergedLexicon> {
  let m = userCache.get(user)
  if (m === undefined) {
    m = new Map()
    userCache.set(user, m)
  }
  return m
}

const USER_PREFIX = 'metadata.'

/** A lexicon made of a user's `metadata.*` entries; phrases are lower-cased and blanks dropped. */
function fromUser(entries: UserEntries): MetadataLexicon {
  const get = (cat: string): string[] => {
    const v = entries[USER_PREFIX + cat]
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim().length > 0).map((x) => x.trim().toLowerCase()) : []
  }
  const labels: FieldLabel[] = []
  for (const field of ['date', 'source', 'author'] as const) for (const label of get(field)) labels.push({ label, field })
  for (const label of get('dateModified')) labels.push({ label, field: 'date', modified: true })
  for (const cat of Object.keys(entries)) {
    if (!cat.startsWith(`${USER_PREFIX}credit.`)) continue
    const role = cat.slice(`${USER_PREFIX}credit.`.length)
    if (role.length > 0) for (const label of get(`credit.${role}`)) labels.push({ label, field: 'credit', role })
  }
  const months: Record<string, number> = {}
  for (let n = 1; n <= 12; n++) for (const name of get(`month.${n}`)) months[name] = n
  const relativeDates = userRelativeDates(entries, get)
  return {
    ...(relativeDates === undefined ? {} : { relativeDates }),
    months,
    weekdays: get('weekday'),
    dateLeads: [],
    timeWords: [],
    labels,
    bylines: get('byline'),
    nameJoiners: [],
    home: get('home'),
    outletWords: get('outlet'),
    agencies: get('agency'),
    commentWords: get('comment'),
    copyright: get('copyright'),
    rightsReserved: [],
    copyrightOwners: [],
    jobWords: [],
    trailLeads: [],
    datePatterns: [],
  }
}

const RELATIVE_UNITS: readonly RelativeUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year']
// A user's amount words go up to 99 (`metadata.relative.count.99`); day words back a week at most
// (`metadata.relative.day.-7`).
const USER_COUNT = /^metadata\.relative\.count\.([1-9]\d?)$/
const USER_DAY = /^metadata\.relative\.day\.(0|-[1-7])$/

/**
 * The relative-date words of a user's entries (`metadata.relative.*`), or undefined when there are none:
 * `metadata.relative.<unit>` (unit words after an amount: `second` … `year`), `metadata.relative.lone.<unit>`
 * (a unit that says one on its own), `metadata.relative.ago` (after the unit), `metadata.relative.agoBefore`
 * (before the amount), `metadata.relative.count.<1-99>` (an amount as a word), `metadata.relative.day.<0
 * to -7>` (a day counted from today) and `metadata.relative.now`.
 */
function userRelativeDates(entries: UserEntries, get: (cat: string) => string[]): RelativeDateWords | undefined {
  const units: Record<string, RelativeUnit> = {}
  const loneUnits: Record<string, RelativeUnit> = {}
  for (const u of RELATIVE_UNITS) {
    for (const w of get(`relative.${u}`)) units[w] = u
    for (const w of get(`relative.lone.${u}`)) loneUnits[w] = units[w] = u
  }
  const counts: string[][] = []
  const days: Record<string, number> = {}
  for (const cat of Object.keys(entries)) {
    const c = USER_COUNT.exec(cat)
    if (c !== null) {
      const n = Number(c[1])
      for (let k = counts.length; k < n; k++) counts.push([])
      counts[n - 1]!.push(...get(cat.slice(USER_PREFIX.length)))
    }
    const d = USER_DAY.exec(cat)
    if (d !== null) for (const w of get(cat.slice(USER_PREFIX.length))) days[w] = Number(d[1])
  }
  const agoAfter = get('relative.ago')
  const agoBefore = get('relative.agoBefore')
  const now = get('relative.now')
  const any = Object.keys(units).length + counts.length + Object.keys(days).length + agoAfter.length + agoBefore.length + now.length
  return any === 0 ? undefined : { units, loneUnits, counts, days, agoAfter, agoBefore, now }
}

function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length)
}

/** The distinct words, longest first (a matcher built of them tries `del` before `de`). */
function distinctByLength(words: readonly string[]): string[] {
  return byLength([...new Set(words)])
}
