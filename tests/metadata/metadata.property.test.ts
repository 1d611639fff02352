import fc from 'fast-check'
import { clean, type Metadata } from 'textwash'
import { describe, expect, it } from 'vitest'

/** White space folded to single spaces, as the normaliser leaves the text the rules read. */
const fold = (s: string): string => s.replace(/\s+/gu, ' ')

/** Every string value of the metadata, nested ones included (credits, breadcrumb, copyright holder). */
function strings(meta: Metadata): string[] {
  const out: string[] = []
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      // The language tag and the ISO date are derived, not copied.
      if (key !== 'language' && key !== 'date' && key !== 'dateModified') out.push(v)
    } else if (Array.isArray(v)) for (const x of v) walk(x, key)
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, k)
  }
  walk(meta, '')
  return out
}

// Chinese prose on a page whose other lines are English (dropped later by the repair stage).
const FOREIGN = '会议指出，要加快推进数字经济发展，推动传统产业转型升级，培育壮大新兴产业，为经济高质量发展提供有力支撑。'
// Lines a page is made of: metadata lines, menu items, headings and prose, in any order.
const LINES = [
  'Home>News>General News T T T', 'Home', 'News', 'Share', 'By Jane Doe', 'Author: Emma', 'reporter:Li Yannan',
  'editor:he Li', '责任编辑：张三', '记者 李四', 'Phóng viên: Nguyễn Văn An', 'Source: Xinhua', '来源：新华社',
  '2018/05/11     Source:', '2024-04-29 11:39:42', 'date 2025-08-25 Hưởng ứng Công văn số 380-CV/ĐU, thực hiện Nghị quyết số 57NQ-TW.',
  'September 6, 2024', 'ngày 12/06/2024', '2023年05月08日 10:20', 'This post has 5 comments:', 'Leave a comment:',
  'ICP:05001568 Copyright @ 2008 Example Government All Rights Reserved', '京ICP备05070218号-1', '京公网安备 11010502000001号',
  'City Council Approves New Budget For Schools', 'Xinhua News Agency: Central Enterprises Speed Up',
  'The city council approved a new budget on Monday that raises spending on schools by ten percent, officials said after a long meeting.',
  FOREIGN,
  // Vietnamese prose and labels: with them a page can read as Vietnamese while its kept lines read as English.
  'Chiều nay, Thủ tướng Chính phủ đã chủ trì cuộc họp với các bộ ngành liên quan.', 'Trang chủ', 'Tin tức', 'Home > Tin tức',
  'Thứ hai, 12/06/2024 08:30', 'Experts warn that the drought could last well into next year if the rains do not come soon.',
  'What Does Stadia Offer?', '专家表示，这一政策将有助于稳定市场预期，促进消费回暖。',
  // Two-digit years: read on English and Vietnamese pages only.
  'By Jane Doe - 11/19/19 06:56 AM EST', 'ngày 19/11/19', 'Published: 19.11.19',
]
// Pages of known lines only, the foreign paragraph included: the repair stage drops it after the
// metadata stage ran, and the stage steps over it so the second pass finds the same title.
const linesPage = fc.array(fc.constantFrom(...LINES), { maxLength: 14 }).map((ls) => ls.join('\n'))
const page = fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 40 })), { maxLength: 14 }).map((ls) => ls.join('\n'))

describe('metadata properties', () => {
  it('should only report string values that occur in the input', () => {
    fc.assert(
      fc.property(page, (text) => {
        const input = fold(text)
        for (const s of strings(clean(text).metadata)) expect(input).toContain(fold(s))
      }),
      { numRuns: 300 },
    )
  })

  it('should report an ISO 8601 date of a real day', () => {
    fc.assert(
      fc.property(page, (text) => {
        const d = clean(text).metadata.date
        if (d === undefined) return
        expect(d).toMatch(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/)
        expect(new Date(`${d.slice(0, 10)}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.slice(0, 10))
      }),
      { numRuns: 300 },
    )
  })

  it('should be deterministic', () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(clean(text)).toEqual(clean(text))
      }),
      { numRuns: 100 },
    )
  })

  it('should take no more metadata out when the body is cleaned again', () => {
    // Shrunk counterexamples this property found are kept in idempotence.test.ts.
    fc.assert(
      fc.property(linesPage, (text) => {
        const again = clean(clean(text).body)
        expect(again.removed.filter((r) => r.rule.startsWith('metadata/'))).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('should never throw on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(() => clean(text)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('should read a long line of digits and colons in bounded time', () => {
    const text = `${'2018/05/11 '.repeat(20_000)}\n${'Source: '.repeat(20_000)}\n${'1:'.repeat(100_000)}`
    const t0 = performance.now()
    clean(text)
    expect(performance.now() - t0).toBeLessThan(20_000)
  })
})
