import fc from 'fast-check'
import { clean } from 'textwash'
import { describe, expect, it } from 'vitest'
import { METADATA_LEXICONS, mergedLexicon, type RelativeUnit } from '../../src/lexicon/metadata/index.js'
import { resolveRelativeDate } from '../../src/metadata/date.js'
import { readMetadataLine } from '../../src/metadata/line.js'
import { readRelativeDateline } from '../../src/metadata/rules/date.js'

// Han, kana and Hangul: units and ago words of these scripts are written without a space before them,
// except Korean `전`, which takes one (`2시간 전`).
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/

/** `reference` minus `n` units, counted on the UTC calendar (not in milliseconds), as ISO 8601. */
function minus(reference: Date, n: number, unit: RelativeUnit): string {
  if (unit === 'month' || unit === 'year') return monthsBack(reference, unit === 'year' ? 12 * n : n)
  const d = new Date(reference.getTime())
  if (unit === 'second') d.setUTCSeconds(d.getUTCSeconds() - n)
  else if (unit === 'minute') d.setUTCMinutes(d.getUTCMinutes() - n)
  else if (unit === 'hour') d.setUTCHours(d.getUTCHours() - n)
  else d.setUTCDate(d.getUTCDate() - n * (unit === 'week' ? 7 : 1))
  const iso = d.toISOString()
  return unit === 'day' || unit === 'week' ? iso.slice(0, 10) : iso.slice(0, 19)
}

/**
 * `reference` less `months` calendar months, as `YYYY-MM-DD`, by `Date`'s own month arithmetic: the first
 * of the month reached, then the reference's day of the month, or that month's last day when it has fewer
 * (day 0 of the month after is its last day).
 */
function monthsBack(reference: Date, months: number): string {
  const first = new Date(0)
  first.setUTCFullYear(reference.getUTCFullYear(), reference.getUTCMonth() - months, 1)
  const last = new Date(0)
  last.setUTCFullYear(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)
  first.setUTCDate(Math.min(reference.getUTCDate(), last.getUTCDate()))
  return first.toISOString().slice(0, 10)
}

/** Every language's `N unit ago` phrases: the amount, the unit word and its unit, in the language's order. */
const PHRASES: readonly { lang: string; unit: RelativeUnit; word: string; make: (n: number) => string }[] = Object.entries(METADATA_LEXICONS).flatMap(([lang, l]) => {
  const r = l.relativeDates
  if (r === undefined) return []
  return Object.entries(r.units).flatMap(([word, unit]) => [
    ...(r.agoAfter ?? []).map((ago) => ({ lang, unit, word, make: (n: number) => `${n}${CJK.test(word[0]!) ? '' : ' '}${word}${CJK.test(ago[0]!) ? '' : ' '}${ago}` })),
    ...(r.agoBefore ?? []).map((ago) => ({ lang, unit, word, make: (n: number) => `${ago} ${n} ${word}` })),
  ])
})

// References from 2000 to 2090, to the second.
const REFERENCE = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 11, 31) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000))

describe('resolving `N units ago`', () => {
  it('should give the reference minus N units, for every unit word of every language', () => {
    expect(new Set(PHRASES.map((p) => p.unit))).toEqual(new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']))
    fc.assert(
      fc.property(fc.constantFrom(...PHRASES), fc.integer({ min: 1, max: 999 }), REFERENCE, (p, n, reference) => {
        const phrase = p.make(n)
        const read = readRelativeDateline(phrase, 0, phrase.length, mergedLexicon(p.lang))
        expect(read?.date, phrase).toEqual({ kind: 'ago', amount: n, unit: p.unit })
        expect(resolveRelativeDate(read!.date, reference), phrase).toBe(minus(reference, n, p.unit))
      }),
      { numRuns: 2000 },
    )
  })

  it('should give the same date through clean() on a page with the dateline under its title', () => {
    const title = 'Ferry service resumes across the bay'
    const body = 'The ferry between the two towns made its first crossing in a month on Saturday, after the operator replaced a damaged engine and passed a safety check by the port authority.'
    const en = PHRASES.filter((p) => p.lang === 'en')
    fc.assert(
      fc.property(fc.constantFrom(...en), fc.integer({ min: 1, max: 999 }), REFERENCE, (p, n, reference) => {
        const r = clean(`${title}\n${p.make(n)}\n${body}`, { referenceDate: reference })
        expect(r.metadata.date).toBe(minus(reference, n, p.unit))
        expect(r.body).toBe(body)
        // Cleaning the body again finds nothing more to take out.
        expect(clean(r.body, { referenceDate: reference }).body).toBe(r.body)
      }),
      { numRuns: 200 },
    )
  })

  it('should never read a sentence that holds such a phrase as a metadata line', () => {
    const lex = mergedLexicon(undefined)
    fc.assert(
      fc.property(fc.constantFrom(...PHRASES), fc.integer({ min: 1, max: 999 }), fc.constantFrom('The fire started ', 'Police said that ', ''), fc.constantFrom(', officials said.', ' and then it rained.', '.'), (p, n, before, after) => {
        const line = `${before}${p.make(n)}${after}`
        // `vor 5 min` and a full stop is `vor 5 min.`, the abbreviation the lexicon lists: a dateline.
        fc.pre(!(before === '' && line.toLowerCase().endsWith(`${p.word}.`) && lex.relativeDates.unitOf.has(`${p.word}.`)))
        expect(readMetadataLine(line, lex)).toBeUndefined()
      }),
      { numRuns: 500 },
    )
  })
})

// References over every year `options.referenceDate` takes (1000-9999), to the second.
const ANY_REFERENCE = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000))

describe('counting back months and years', () => {
  it('should go back N calendar months in UTC, keeping the day of the month or clamping it to the month end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), ANY_REFERENCE, (n, reference) => {
        const iso = resolveRelativeDate({ kind: 'ago', amount: n, unit: 'month' }, reference)
        expect(iso).toBe(monthsBack(reference, n))
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
        // The month reached is N months before the reference's, whatever the day.
        expect(y * 12 + m - 1).toBe(reference.getUTCFullYear() * 12 + reference.getUTCMonth() - n)
        // The day is kept up to the 28th, which every month has, and never grows.
        expect(d).toBeLessThanOrEqual(reference.getUTCDate())
        if (reference.getUTCDate() <= 28) expect(d).toBe(reference.getUTCDate())
      }),
      { numRuns: 3000 },
    )
  })

  it('should count a year as twelve months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), ANY_REFERENCE, (n, reference) => {
        expect(resolveRelativeDate({ kind: 'ago', amount: n, unit: 'year' }, reference)).toBe(resolveRelativeDate({ kind: 'ago', amount: 12 * n, unit: 'month' }, reference))
      }),
      { numRuns: 1000 },
    )
  })

  it('should clamp at month ends, in leap years and others', () => {
    const at = (iso: string): Date => new Date(iso)
    expect(resolveRelativeDate({ kind: 'ago', amount: 1, unit: 'month' }, at('2026-03-31T10:00:00Z'))).toBe('2026-02-28')
    expect(resolveRelativeDate({ kind: 'ago', amount: 1, unit: 'month' }, at('2028-03-31T10:00:00Z'))).toBe('2028-02-29')
    expect(resolveRelativeDate({ kind: 'ago', amount: 1, unit: 'month' }, at('2026-07-31T23:59:59Z'))).toBe('2026-06-30')
    expect(resolveRelativeDate({ kind: 'ago', amount: 3, unit: 'month' }, at('2026-01-15T00:00:00Z'))).toBe('2025-10-15')
    expect(resolveRelativeDate({ kind: 'ago', amount: 1, unit: 'year' }, at('2028-02-29T12:00:00Z'))).toBe('2027-02-28')
    expect(resolveRelativeDate({ kind: 'ago', amount: 4, unit: 'year' }, at('2028-02-29T12:00:00Z'))).toBe('2024-02-29')
    // UTC, not the zone the reference was written in: 01:00 at UTC+2 on 1 March is 28 February in UTC.
    expect(resolveRelativeDate({ kind: 'ago', amount: 1, unit: 'month' }, at('2026-03-01T01:00:00+02:00'))).toBe('2026-01-28')
  })
})

describe('relative-date words in the lexicons', () => {
  it('should give each unit word one unit and each day word one day across languages, all in lower case', () => {
    const units = new Map<string, RelativeUnit>()
    const days = new Map<string, number>()
    const counts = new Map<string, number>()
    for (const [lang, l] of Object.entries(METADATA_LEXICONS)) {
      const r = l.relativeDates
      if (r === undefined) continue
      for (const [w, u] of [...Object.entries(r.units), ...Object.entries(r.loneUnits ?? {})]) {
        expect(units.get(w) ?? u, `${lang} ${w}`).toBe(u)
        units.set(w, u)
      }
      for (const [w, d] of Object.entries(r.days ?? {})) {
        expect(days.get(w) ?? d, `${lang} ${w}`).toBe(d)
        days.set(w, d)
      }
      for (const w of [...units.keys(), ...days.keys(), ...(r.one ?? []), ...(r.counts ?? []).flat(), ...(r.agoAfter ?? []), ...(r.agoBefore ?? []), ...(r.now ?? [])]) expect(w, lang).toBe(w.toLowerCase())
      // Every language says `ago` somehow.
      expect((r.agoAfter ?? []).length + (r.agoBefore ?? []).length, lang).toBeGreaterThan(0)
      // A count word gives one number across languages (`six` is 6 in English and French).
      ;(r.counts ?? []).forEach((forms, i) => {
        for (const w of forms) {
          expect(counts.get(w) ?? i + 1, `${lang} ${w}`).toBe(i + 1)
          counts.set(w, i + 1)
        }
      })
      // A lone unit is also a unit after an amount.
      for (const [w, u] of Object.entries(r.loneUnits ?? {})) expect(r.units[w], `${lang} ${w}`).toBe(u)
    }
  })
})
