import type { Context, Options, ResolvedOptions, RuleId } from '../types.js'

/** The defaults every entry point starts from. */
export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  focus: 'balanced',
  disable: Object.freeze([]) as readonly RuleId[],
  rules: Object.freeze([]),
  lexicon: Object.freeze({}),
  language: undefined,
  repair: true,
  foreignText: 'drop',
  glossary: Object.freeze({}),
  cjkSpacing: false,
  comments: 'drop',
  referenceDate: undefined,
})

const FOCI = new Set(['precision', 'balanced', 'recall'])
const FOREIGN = new Set(['keep', 'drop', 'mark'])

/**
 * Apply defaults to user options and check them.
 *
 * @param options what the user passed, or nothing
 * @returns complete options
 * @throws TypeError when an option has the wrong type or value
 */
export function resolveOptions(options?: Readonly<Options> | null): ResolvedOptions {
  if (options === undefined || options === null) return DEFAULT_OPTIONS
  if (typeof options !== 'object') throw new TypeError(`textwash: options must be an object, got ${typeof options}`)
  const o = { ...DEFAULT_OPTIONS, ...stripUndefined(options) } as ResolvedOptions
  if (!FOCI.has(o.focus)) throw new TypeError(`textwash: focus must be 'precision', 'balanced' or 'recall', got ${String(o.focus)}`)
  if (!FOREIGN.has(o.foreignText)) throw new TypeError(`textwash: foreignText must be 'keep', 'drop' or 'mark', got ${String(o.foreignText)}`)
  if (!Array.isArray(o.disable)) throw new TypeError('textwash: disable must be an array of rule ids')
  if (!Array.isArray(o.rules)) throw new TypeError('textwash: rules must be an array of { id, pattern }')
  for (const r of o.rules) {
    if (typeof r?.id !== 'string' || !(r.pattern instanceof RegExp)) throw new TypeError('textwash: each user rule needs a string id and a RegExp pattern')
  }
  const ref = (options as Options).referenceDate
  return Object.freeze(ref === undefined ? o : { ...o, referenceDate: parseReferenceDate(ref) })
}

// `2026-12-07`, `2026-12-07T14:19`, `2026-12-07T14:19:00`, `2026-12-07T14:19:00.123Z`, `2026-12-07 14:19:00+07:00`.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
// The years a reference date may fall in: four digits, so that a date counted back from it is one too.
const MIN_REFERENCE_YEAR = 1000
const MAX_REFERENCE_YEAR = 9999

/**
 * Read `options.referenceDate`: a valid `Date` (copied), or an ISO 8601 date or date-time string, read as
 * UTC when it gives no zone (a WARC-Date always gives `Z`).
 *
 * @param value what the user passed
 * @returns the reference date
 * @throws TypeError when it is neither, names an impossible date, or falls outside the years 1000-9999
 * @example parseReferenceDate('2026-12-07T14:19:00Z').toISOString() // '2026-12-07T14:19:00.000Z'
 */
export function parseReferenceDate(value: unknown): Date {
  let date: Date | undefined
  if (value instanceof Date) date = new Date(value.getTime())
  else if (typeof value === 'string') date = parseIsoDate(value.trim())
  else throw new TypeError(`textwash: referenceDate must be a Date or an ISO 8601 string, got ${value === null ? 'null' : typeof value}`)
  const year = date?.getUTCFullYear() ?? Number.NaN
  if (date === undefined || Number.isNaN(date.getTime()) || year < MIN_REFERENCE_YEAR || year > MAX_REFERENCE_YEAR) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : 'an invalid Date'
    throw new TypeError(`textwash: referenceDate must be a valid date in the years ${MIN_REFERENCE_YEAR}-${MAX_REFERENCE_YEAR} (a Date, or ISO 8601 such as 2026-12-07 or 2026-12-07T14:19:00Z), got ${shown}`)
  }
  return date
}

/** An ISO 8601 date or date-time, UTC unless it names a zone; undefined when it is no such date (`2026-02-30`, `25:00`). */
function parseIsoDate(s: string): Date | undefined {
  const m = ISO_DATE_TIME.exec(s)
  if (m === null) return undefined
  const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0)) as [number, number, number, number, number, number]
  const ms = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000
  // Date.UTC reads years 0-99 as 1900-1999; such years are refused anyway.
  if (y < MIN_REFERENCE_YEAR) return undefined
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 59) return undefined
  let t = Date.UTC(y, mo - 1, d, h, mi, sec, ms)
  const zone = m[8]
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    const zh = Number(digits.slice(0, 2))
    const zm = digits.length > 2 ? Number(digits.slice(2)) : 0
    if (zh > 23 || zm > 59) return undefined
    t -= sign * (zh * 60 + zm) * 60_000
  }
  return new Date(t)
}

/** The days in month `m` (1-12) of year `y`. */
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function stripUndefined(o: object): object {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}

/**
 * Whether a rule is on: it is off when its id, or a prefix of it ending in `/`, is in `options.disable`.
 *
 * @param ctx the stage context
 * @param id the rule id
 * @returns true when the rule may run
 */
export function isEnabled(ctx: Context, id: RuleId): boolean {
  const off = ctx.options.disable
  if (off.length === 0) return true
  for (const d of off) {
    if (d === id) return false
    if (d.endsWith('/') && id.startsWith(d)) return false
  }
  return true
}

/**
 * Make a stage context from user options.
 *
 * @param options user options
 * @returns a context for running stages by hand
 */
export function createContext(options?: Readonly<Options> | null): Context {
  return { options: resolveOptions(options) }
}
