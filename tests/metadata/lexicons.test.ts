import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { METADATA_LEXICONS, mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readDateAt } from '../../src/metadata/date.js'
import { readMetadataLine } from '../../src/metadata/line.js'
import { readWholeDate } from '../../src/metadata/rules/date.js'

const EUROPEAN = ['de', 'fr', 'es', 'pt', 'it'] as const

/** Every word list of a lexicon, with its name. */
function wordLists(lang: string): [string, readonly string[]][] {
  const l = METADATA_LEXICONS[lang]!
  return [
    ['months', Object.keys(l.months)],
    ['weekdays', l.weekdays],
    ['dateLeads', l.dateLeads],
    ['timeWords', l.timeWords],
    ['daySuffixes', l.daySuffixes ?? []],
    ['dateJoiners', l.dateJoiners ?? []],
    ['hourMarks', l.hourMarks ?? []],
    ['timeSuffixes', l.timeSuffixes ?? []],
    ['labels', l.labels.map((x) => x.label)],
    ['bylines', l.bylines],
    ['nameJoiners', l.nameJoiners],
    ['nameParticles', l.nameParticles ?? []],
    ['home', l.home],
    ['commentWords', l.commentWords],
    ['rightsReserved', l.rightsReserved],
  ]
}

describe('built-in metadata lexicons', () => {
  it('should register German, French, Spanish, Portuguese and Italian, reading numeric dates day first', () => {
    for (const lang of EUROPEAN) {
      expect(METADATA_LEXICONS[lang]?.numericOrder).toBe('dmy')
      expect(mergedLexicon(lang).numericOrder).toBe('dmy')
      expect(mergedLexicon(lang).shortYearLast).toBe(true)
    }
  })

  it('should write every word in lower case, as the readers compare them', () => {
    for (const lang of Object.keys(METADATA_LEXICONS)) {
      for (const [name, words] of wordLists(lang)) {
        for (const w of words) expect(w, `${lang} ${name}`).toBe(w.toLowerCase())
      }
    }
  })

  it('should list no weekday that is a month name in any language (a weekday is skipped before a date)', () => {
    const months = mergedLexicon(undefined).months
    for (const lang of Object.keys(METADATA_LEXICONS)) {
      for (const day of METADATA_LEXICONS[lang]!.weekdays) expect(months.has(day), `${lang} ${day}`).toBe(false)
    }
  })

  it('should give each month name one month across languages', () => {
    const seen = new Map<string, number>()
    for (const lang of Object.keys(METADATA_LEXICONS)) {
      for (const [name, n] of Object.entries(METADATA_LEXICONS[lang]!.months)) {
        expect(seen.get(name) ?? n, `${lang} ${name}`).toBe(n)
        seen.set(name, n)
      }
    }
  })

  it('should list a label once per field and role within a language', () => {
    for (const lang of Object.keys(METADATA_LEXICONS)) {
      const keys = METADATA_LEXICONS[lang]!.labels.map((l) => `${l.label}|${l.field}|${l.role ?? ''}`)
      expect(new Set(keys).size, lang).toBe(keys.length)
    }
  })
})

/** The month names of a lexicon written out in full (the longest name of each month). */
function fullMonthNames(lang: string): string[] {
  const names: string[] = []
  for (const [name, n] of Object.entries(METADATA_LEXICONS[lang]!.months)) {
    if ((names[n - 1]?.length ?? 0) < name.length) names[n - 1] = name
  }
  return names
}

/** A long date as each language writes it. */
const LONG_FORM: Readonly<Record<(typeof EUROPEAN)[number], (d: number, month: string, y: number) => string>> = {
  de: (d, month, y) => `${d}. ${month} ${y}`,
  fr: (d, month, y) => `${d === 1 ? '1er' : d} ${month} ${y}`,
  es: (d, month, y) => `${d} de ${month} de ${y}`,
  pt: (d, month, y) => `${d} de ${month} de ${y}`,
  it: (d, month, y) => `${d} ${month} ${y}`,
}

const pad = (n: number): string => String(n).padStart(2, '0')
const DAY = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })

describe('dates in the languages of the European lexicons', () => {
  it('should read any day written out with its month name, capitalised or not, as its ISO date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EUROPEAN), DAY, fc.boolean(), (lang, { y, m, d }, capital) => {
        let month = fullMonthNames(lang)[m - 1]!
        if (capital) month = month[0]!.toUpperCase() + month.slice(1)
        const text = LONG_FORM[lang](d, month, y)
        expect(readWholeDate(text, 0, text.length, mergedLexicon(lang))).toBe(`${y}-${pad(m)}-${pad(d)}`)
      }),
      { numRuns: 500 },
    )
  })

  it('should read any numeric date day first, with any of the three separators, and a time after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EUROPEAN), DAY, fc.constantFrom('/', '.', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (lang, { y, m, d }, sep, h, min) => {
        const text = `${pad(d)}${sep}${pad(m)}${sep}${y} ${pad(h)}:${pad(min)}`
        expect(readWholeDate(text, 0, text.length, mergedLexicon(lang))).toBe(`${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}`)
      }),
      { numRuns: 300 },
    )
  })

  it('should never read a date that starts inside a word or number', () => {
    const lex = mergedLexicon('de')
    expect(readDateAt('A7. Dezember 2026', 1, lex)).toBeUndefined()
    expect(readDateAt('17 de diciembre de 2026', 1, lex)).toBeUndefined()
  })
})

/** A line's fields as `kind: value`. */
function fieldsOf(text: string, lang: string): string[] | undefined {
  return readMetadataLine(text, mergedLexicon(lang))?.fields.map((f) => `${f.kind}: ${f.value}`)
}

describe('German time zones and weekday abbreviations', () => {
  it.each([
    ['7. Dezember 2026, 14:30 Uhr MEZ', 'date: 2026-12-07T14:30'],
    ['07.12.2026 14:30 MESZ', 'date: 2026-12-07T14:30'],
    ['Mo., 07.12.2026, 09:05 Uhr OEZ', 'date: 2026-12-07T09:05'],
    ['7. Dezember 2026 14:30 CET', 'date: 2026-12-07T14:30'],
    ['7. Dezember 2026 14:30 CEST', 'date: 2026-12-07T14:30'],
  ])('should read the dateline %j past its zone', (text, want) => {
    expect(fieldsOf(text, 'de')).toEqual([want])
  })

  it('should read no zone that no lexicon lists and that is not shaped like one', () => {
    expect(fieldsOf('7. Dezember 2026, 14:30 MEX', 'de')).toBeUndefined()
    expect(fieldsOf('7. Dezember 2026, 14:30 Mez', 'de')).toBeUndefined()
  })

  it('should skip a two-letter German weekday on a German page, elsewhere only before a full stop or comma', () => {
    expect(fieldsOf('So 7. Dezember 2026', 'de')).toEqual(['date: 2026-12-07'])
    expect(fieldsOf('Do, 7. Dezember 2026', 'en')).toEqual(['date: 2026-12-07'])
    expect(fieldsOf('So. 7. Dezember 2026', 'en')).toEqual(['date: 2026-12-07'])
    expect(fieldsOf('So 7 May 2026', 'en')).toBeUndefined()
    expect(fieldsOf('Do 7 May 2026', 'en')).toBeUndefined()
    expect(fieldsOf('Di 7 dicembre 2026', 'it')).toBeUndefined()
    // Dutch lists the same abbreviations: a Dutch page reads them too.
    expect(fieldsOf('do 7 december 2026', 'nl')).toEqual(['date: 2026-12-07'])
  })
})

describe('Italian bylines in lower case', () => {
  it('should read `di` before a capitalised name of two words or more on an Italian page', () => {
    expect(fieldsOf('di Marco Rossi', 'it')).toEqual(['author: Marco Rossi'])
    expect(fieldsOf('di Giulia Bianchi e Luca Conti', 'it')).toEqual(['author: Giulia Bianchi e Luca Conti'])
    expect(fieldsOf('Di Marco Rossi', 'it')).toEqual(['author: Marco Rossi'])
  })

  it('should read no lower-case `di` elsewhere, before one name or before words in lower case', () => {
    expect(fieldsOf('di Marco Rossi', 'en')).toBeUndefined()
    expect(fieldsOf('di Marco Rossi', 'es')).toBeUndefined()
    expect(fieldsOf('di Roma', 'it')).toBeUndefined()
    expect(fieldsOf('di recente Marco Rossi', 'it')).toBeUndefined()
    expect(fieldsOf('di De Luca', 'it')).toBeUndefined()
  })
})
