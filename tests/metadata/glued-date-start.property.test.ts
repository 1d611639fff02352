import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergedLexicon } from '../../src/lexicon/metadata/index.js'
import { gluedDateStart, readGluedDate } from '../../src/metadata/rules/date.js'

// The classifier asks `gluedDateStart` of every line and reads a glued date only where it says yes: it may
// pass lines `readGluedDate` then reads nothing in, but must never turn away one it would read.
const LEX = mergedLexicon('en')
const startsGlued = gluedDateStart(LEX)
const LABELS = LEX.labels.filter((l) => l.field === 'date').map((l) => l.label)

/** The pre-test as first written: a line that starts with an ASCII digit or a date label's first letter (either case). */
function firstCharTest(text: string): boolean {
  const c = text.charCodeAt(0)
  if (c >= 0x30 && c <= 0x39) return true
  return LABELS.some((l) => {
    const first = l.charAt(0)
    return c === first.toLowerCase().charCodeAt(0) || c === first.toUpperCase().charCodeAt(0)
  })
}

const CASED = (s: string): fc.Arbitrary<string> => fc.constantFrom(s, s.toUpperCase(), s.charAt(0).toUpperCase() + s.slice(1))
const LABEL = fc.constantFrom(...LABELS).chain(CASED)
const SEPARATOR = fc.constantFrom('', ':', '：', ' ', ': ', '： ', ':  ', ' - ', ',')
const DATE = fc.constantFrom('2025-08-25', '2025/8/25', 'May 8, 2023', '8 September 2023', '2026年12月7日', '12/06/2024', '2024', '20240', '1999.', '7.12.2026', 'Monday, 8 June 2026 14:30')
const REST = fc.constantFrom('', 'x', ' 9', ' A council in the hill towns voted on the new bus timetable last night.', 'Hội đồng thị trấn đã bỏ phiếu về lịch xe buýt mới.')
/** A glued dateline and the paragraph after it, with any part missing or mangled. */
const GLUED = fc.tuple(fc.option(LABEL, { nil: '' }), SEPARATOR, DATE, fc.constantFrom(' ', '', '. '), REST).map((ps) => ps.join(''))
/** Loose pieces in any order: labels, digits, dates, letters, separators, a Turkish dotted capital. */
const PIECES = fc.array(fc.oneof(LABEL, DATE, SEPARATOR, fc.constantFrom('0', '12', '2024', 'a', 'The', 'İ', 'Ş', 'データ', '\n', 'dated', 'posted2')), { maxLength: 6 }).map((ps) => ps.join(''))

describe('gluedDateStart, against readGluedDate', () => {
  it('should pass every line readGluedDate reads a date from, and only lines the first-character test passed', () => {
    fc.assert(
      fc.property(fc.oneof(GLUED, PIECES, fc.string({ maxLength: 12 })), (text) => {
        if (!startsGlued(text)) expect(readGluedDate(text, LEX), text).toBeUndefined()
        if (startsGlued(text)) expect(firstCharTest(text), text).toBe(true)
      }),
      { numRuns: 4000 },
    )
  })

  it('should read some of the generated glued datelines, so that the property above is not empty', () => {
    const read = fc.sample(GLUED, { numRuns: 2000, seed: 7 }).filter((t) => readGluedDate(t, LEX) !== undefined)
    expect(read.length).toBeGreaterThan(50)
  })

  it('should pass a labelled or year-first date at a line start', () => {
    for (const t of ['Published: May 8, 2023 The council met.', 'date 2025-08-25 Hưởng ứng', 'DATUM 7.12.2026 Der Rat', '2025-08-25 Hưởng ứng', '发布时间：2026年12月7日 市议会', 'Posted on 8 June']) {
      expect(startsGlued(t), t).toBe(true)
    }
  })

  it('should turn away a line that only starts with a label letter or a digit', () => {
    // Words that begin like a label, a label with no separator after it, short or long digit runs.
    for (const t of ['The council met last night.', 'Dated material stays.', 'Datenschutz', 'Published', 'Published2023', 'Time-lapse of the storm', '2 hours of rain', '20250 people came', '123', '2024']) {
      expect(startsGlued(t), t).toBe(false)
    }
  })
})
