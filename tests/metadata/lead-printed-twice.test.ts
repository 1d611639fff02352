import { describe, expect, it } from 'vitest'
import { clean, segment } from 'textwash'
import { createDoc } from '../../src/core/doc.js'
import { leadHeaderEnd } from '../../src/metadata/layout.js'
import type { Block, Verdict } from '../../src/types.js'

const BASE = segment(createDoc('x')).blocks[0]!

/** Blocks with these texts, each body unless marked `!` (dropped). */
function blocksOf(texts: readonly string[]): Block[] {
  return texts.map((t) => {
    const dropped = t.startsWith('!')
    const verdict: Verdict = dropped ? 'boilerplate' : 'body'
    return { ...BASE, text: dropped ? t.slice(1) : t, verdict }
  })
}

const title = 'Harbour town opens its first public sauna on the old ferry pier'
const lead =
  'The harbour town of Westcliff opened a public sauna on its disused ferry pier on Saturday, charging two euros a visit and promising cold sea dips to anyone brave enough to climb down the ladder.'
const rest = [
  'The wooden building seats twenty people and was paid for by a crowdfunding drive that raised more than forty thousand euros over the summer, organisers said at the opening.',
  'Swimmers who had used the pier for years welcomed the plan, though some neighbours worried about parking on the narrow quay road during busy winter weekends.',
  'The council will review the opening hours in the spring and may add a second changing room if the queues at weekends stay as long as they were on the first day.',
]

describe('leadHeaderEnd', () => {
  it('should end the lines after a lead at the next paragraph when the lead is printed again, one print dropped', () => {
    expect(leadHeaderEnd(blocksOf([title, `!${lead}`, 'Nov 9, 2026', lead, ...rest]), 1)).toBe(3)
    expect(leadHeaderEnd(blocksOf([title, lead, 'Nov 9, 2026', rest[0]!, `!${lead}`, rest[1]!]), 1)).toBe(3)
  })

  it('should find nothing when the lead is not printed again, or both prints stay', () => {
    expect(leadHeaderEnd(blocksOf([title, lead, 'Nov 9, 2026', ...rest]), 1)).toBe(-1)
    expect(leadHeaderEnd(blocksOf([title, lead, 'Nov 9, 2026', lead, ...rest]), 1)).toBe(-1)
    expect(leadHeaderEnd(blocksOf([title, 'Nov 9, 2026']), 1)).toBe(-1)
    // Too far below to be the lead printed twice.
    expect(leadHeaderEnd(blocksOf([lead, 'a', 'b', 'c', 'd', `!${lead}`]), 0)).toBe(-1)
  })
})

describe('a lead printed twice around the dateline', () => {
  const page = (lines: readonly string[]): string => lines.join('\n\n')

  it('should date the page from a dateline between the two prints, and take the line out under the date rule', () => {
    for (const dateline of ['November 9, 2026', 'Nov 9, 2026 14:05', '2026-11-09']) {
      const input = page([title, lead, dateline, lead, ...rest])
      const r = clean(input)
      expect(r.metadata.date?.slice(0, 10)).toBe('2026-11-09')
      expect(r.removed.find((x) => x.text === dateline)).toMatchObject({ rule: 'metadata/date', start: input.indexOf(dateline) })
      expect(r.body.split('\n\n').filter((p) => p === lead)).toHaveLength(1)
      expect(clean(r.body).body).toBe(r.body)
    }
  })

  it('should date the page from a byline with a date, or a dateline under a byline, between the prints', () => {
    expect(clean(page([title, lead, 'By Mara Lind | November 9, 2026', lead, ...rest])).metadata).toMatchObject({ author: 'Mara Lind', date: '2026-11-09' })
    const r = clean(page([title, lead, 'Mara Lind', 'November 9, 2026', lead, ...rest]))
    expect(r.metadata.date).toBe('2026-11-09')
    expect(r.removed.find((x) => x.text === 'November 9, 2026')?.rule).toBe('metadata/date')
  })

  it('should date the page from a dateline after the lead when the copy comes further down', () => {
    expect(clean(page([title, lead, 'November 9, 2026', rest[0]!, lead, ...rest.slice(1)])).metadata.date).toBe('2026-11-09')
  })

  it('should prefer a dateline above the lead', () => {
    expect(clean(page([title, 'October 30, 2026', lead, 'November 9, 2026', lead, ...rest])).metadata.date).toBe('2026-10-30')
  })

  it('should not date the page from a date line after a lead printed once', () => {
    const r = clean(page([title, lead, 'November 9, 2026', ...rest]))
    expect(r.metadata.date).toBeUndefined()
  })
})
