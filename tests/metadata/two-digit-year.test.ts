import fc from 'fast-check'
import { clean } from 'textwash'
import { describe, expect, it, vi } from 'vitest'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { readDateAt } from '../../src/metadata/date.js'
import { readMetadataLine } from '../../src/metadata/line.js'
import { findDate, readWholeDate } from '../../src/metadata/rules/date.js'

interface Case {
  readonly input: string
  /** The page language; undefined for a page whose language is not known. */
  readonly lang: string | undefined
  readonly expected: string | null
  readonly note: string
}

// Datelines with a two-digit year: each form read, and the look-alikes that must stay unread.
const DATELINES: readonly Case[] = [
  { input: '11/19/19', lang: 'en', expected: '2019-11-19', note: 'month first: a part over 12 can only be the day' },
  { input: '19/11/19', lang: 'en', expected: '2019-11-19', note: 'day first: a part over 12 can only be the day' },
  { input: '11-19-19', lang: 'en', expected: '2019-11-19', note: 'hyphens' },
  { input: '19.11.19', lang: 'en', expected: '2019-11-19', note: 'dots' },
  { input: '1/9/19', lang: 'vi', expected: '2019-09-01', note: 'one-digit day and month' },
  { input: '11/19/19 14:05', lang: 'en', expected: '2019-11-19T14:05', note: 'with a time' },
  { input: '11/19/19 06:56 AM EST', lang: 'en', expected: '2019-11-19T06:56', note: 'with a time and a zone' },
  { input: 'Tuesday, 11/19/19', lang: 'en', expected: '2019-11-19', note: 'after a weekday' },
  { input: '12/06/24', lang: 'vi', expected: '2024-06-12', note: 'Vietnamese numeric dates are day first' },
  { input: 'Thứ hai, 19/11/19 08:30', lang: 'vi', expected: '2019-11-19T08:30', note: 'Vietnamese weekday and time' },
  { input: '19/11/00', lang: 'en', expected: '2000-11-19', note: 'the window starts the century at 00' },
  { input: '19/11/49', lang: 'en', expected: '2049-11-19', note: 'the last year of the window' },
  { input: '19/11/50', lang: 'en', expected: '1950-11-19', note: 'the first year of the window' },
  { input: '19/11/99', lang: 'en', expected: '1999-11-19', note: 'the last century' },
  { input: '02/29/20', lang: 'en', expected: '2020-02-29', note: 'leap day' },
  { input: '02/29/21', lang: 'en', expected: null, note: 'not a leap year' },
  { input: '13/13/19', lang: 'en', expected: null, note: 'no month' },
  { input: '12/06/24', lang: 'en', expected: null, note: 'ambiguous in English: not read rather than guessed' },
  { input: '2.13.19', lang: 'en', expected: null, note: 'a dotted short date is day first: a version number' },
  { input: '13.2.19', lang: 'en', expected: '2019-02-13', note: 'a dotted day-first date' },
  { input: '11/19/19', lang: 'zh', expected: null, note: 'a Chinese page may write a short year first' },
  { input: '11/19/19', lang: undefined, expected: null, note: 'a page of unknown language' },
  { input: '11/19/19', lang: 'sv', expected: null, note: 'a language without metadata data' },
  { input: '19/11/19', lang: 'fr', expected: '2019-11-19', note: 'French writes the short year last' },
  { input: '07.12.26', lang: 'de', expected: '2026-12-07', note: 'German dotted date with a short year' },
  { input: '07/12/26', lang: 'pt', expected: '2026-12-07', note: 'Portuguese numeric dates are day first' },
  { input: '1/2/3', lang: 'vi', expected: null, note: 'a one-digit year' },
  { input: '3-1-2', lang: 'vi', expected: null, note: 'a score' },
  { input: '1/2/345', lang: 'vi', expected: null, note: 'a three-digit year' },
  { input: '11/19/199', lang: 'en', expected: null, note: 'a part of a longer number' },
  { input: '3 hours ago', lang: 'en', expected: null, note: 'relative dates are not read: no reference time is given' },
]

describe('two-digit years in a dateline', () => {
  for (const c of DATELINES) {
    it(`should read ${JSON.stringify(c.input)} (${String(c.lang)}) as ${String(c.expected)} (${c.note})`, () => {
      expect(readWholeDate(c.input, 0, c.input.length, mergedLexicon(c.lang)) ?? null).toBe(c.expected)
    })
  }

  it('should read the same year whatever the clock says', () => {
    vi.useFakeTimers()
    try {
      for (const now of ['1990-06-01', '2026-06-01', '2090-06-01']) {
        vi.setSystemTime(new Date(now))
        expect(readWholeDate('19/11/49', 0, 8, mergedLexicon('en'))).toBe('2049-11-19')
        expect(readWholeDate('19/11/50', 0, 8, mergedLexicon('en'))).toBe('1950-11-19')
      }
    } finally {
      vi.useRealTimers()
    }
  })
})

// Numbers around the date: it is part of a longer run, a path or a version, not a date.
const IN_LINES: readonly Case[] = [
  { input: 'Posted 11/19/19 by admin', lang: 'en', expected: '2019-11-19', note: 'among words' },
  { input: 'Updated (11/19/19)', lang: 'en', expected: '2019-11-19', note: 'in brackets' },
  { input: 'Build 13.11.19.5 notes', lang: 'en', expected: null, note: 'a run of four numbers' },
  { input: 'Order 19-11-19-88 shipped', lang: 'en', expected: null, note: 'a code of four numbers' },
  { input: 'See 19/11/19/story', lang: 'en', expected: null, note: 'a path that starts like a date' },
  { input: 'Build 10.13.05.19 notes', lang: 'en', expected: null, note: 'a date shape inside a run of numbers' },
  { input: 'Call 090-13-05-19 now', lang: 'vi', expected: null, note: 'a phone number' },
  { input: 'See example.com/19/11/19/story', lang: 'en', expected: null, note: 'a path' },
  { input: 'Version 2.13.19 released', lang: 'en', expected: null, note: 'a version number' },
  { input: 'It ended 3-1-2 after extra time', lang: 'en', expected: null, note: 'a score' },
]

describe('two-digit years in a line', () => {
  for (const c of IN_LINES) {
    it(`should find ${String(c.expected)} in ${JSON.stringify(c.input)} (${c.note})`, () => {
      expect(findDate(c.input, mergedLexicon(c.lang))?.iso ?? null).toBe(c.expected)
    })
  }

  it('should read a two-digit year after a date label', () => {
    const date = (line: string, lang: string): unknown => readMetadataLine(line, mergedLexicon(lang))?.fields.find((f) => f.kind === 'date')?.value
    expect(date('Published: 11/19/19', 'en')).toBe('2019-11-19')
    expect(date('Published: 11/19/19 2:05 pm', 'en')).toBe('2019-11-19T14:05')
    expect(date('Posted on 11-19-19', 'en')).toBe('2019-11-19')
    expect(date('Date: 19.11.19', 'en')).toBe('2019-11-19')
    expect(date('ngày 19/11/19', 'vi')).toBe('2019-11-19')
    expect(date('Ngày đăng: 12/06/24', 'vi')).toBe('2024-06-12')
    expect(readMetadataLine('Published: 12/06/24', mergedLexicon('en'))).toBeUndefined()
  })
})

describe('two-digit years on a page', () => {
  const en = 'The city council approved a new budget on Monday that raises spending on schools by ten percent, officials said after a long meeting.'
  const vn = 'Chiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan để bàn về kế hoạch phát triển kinh tế xã hội trong năm tới.'

  it('should date a page by a dateline between title and body and take the line out', () => {
    const r = clean(`City Council Approves New Budget For Schools\n11/19/19 2:05 PM\n${en}`)
    expect(r.metadata.date).toBe('2019-11-19T14:05')
    expect(r.removed.map((x) => x.rule)).toContain('metadata/date')
    expect(r.body).toBe(en)
  })

  it('should date a page by a byline that ends in a date, and read its author, as with a four-digit year', () => {
    const r = clean(`City Council Approves New Budget For Schools\nBy Jane Doe - 11/19/19 06:56 AM EST\n${en}`)
    expect(r.metadata.date).toBe('2019-11-19T06:56')
    expect(r.metadata.author).toBe('Jane Doe')
    expect(r.body).toBe(en)
  })

  it('should cut a labelled date glued to the first paragraph', () => {
    const r = clean(`City Council Approves New Budget For Schools\nPublished: 11/19/19 ${en}`)
    expect(r.metadata.date).toBe('2019-11-19')
    expect(r.body).toBe(en)
  })

  it('should read a Vietnamese dateline day first', () => {
    const r = clean(`Thủ tướng chủ trì họp về kinh tế\nngày 12/06/24\n${vn}`)
    expect(r.metadata.language).toBe('vi')
    expect(r.metadata.date).toBe('2024-06-12')
  })

  it('should not read a two-digit year on a page whose language may write it first', () => {
    expect(clean(`City Council Approves New Budget For Schools\n11/19/19\n${en}`, { language: 'zh' }).metadata.date).toBeUndefined()
  })

  it('should not date a page by a date in a paragraph', () => {
    const prose = 'The committee voted on 11/19/19 to approve the plan, and the mayor signed it a week later after a long public debate.'
    const r = clean(`City Council Approves New Budget For Schools\n${prose}\n${en}`)
    expect(r.metadata.date).toBeUndefined()
    expect(r.body.startsWith(prose)).toBe(true)
  })

  it('should report a date the input states: its day, month and year read back at some place in it', () => {
    const lines = [
      'City Council Approves New Budget For Schools', en, vn, 'Thủ tướng chủ trì họp về kinh tế', '11/19/19', '19.11.19 14:05',
      'Published: 12/06/24', 'ngày 12/06/24', 'By Jane Doe - 11/19/19 06:56 AM EST', '1/2/3', 'Version 2.13.19', '2018/05/11',
    ]
    const page = fc.array(fc.oneof(fc.constantFrom(...lines), fc.string({ maxLength: 20 })), { maxLength: 10 }).map((ls) => ls.join('\n'))
    fc.assert(
      fc.property(page, (text) => {
        const { date, language } = clean(text).metadata
        if (date === undefined) return
        const lex = mergedLexicon(language)
        const day = date.slice(0, 10)
        let found = false
        for (let i = 0; i < text.length && !found; i++) found = readDateAt(text, i, lex)?.iso.slice(0, 10) === day
        expect(found).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
