import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyText } from './helpers.js'

const line = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('Home>News>World', 'Leave a comment', 'Comment', '京ICP备05070218号', '【打印本页】【关闭窗口】', 'past review', 'Author: Emma', 'The vote passed after a long debate in the chamber that lasted well into the night, officials said.'),
)
const page = fc.array(line, { maxLength: 40 }).map((l) => l.join('\n'))
// Pages of prose, short lines and boilerplate, for the properties that need a body to keep.
const proseLine = fc.oneof(
  fc.lorem({ maxCount: 40, mode: 'sentences' }),
  fc.lorem({ maxCount: 4, mode: 'words' }),
  fc.constantFrom('Home>News>World', 'This post has 5 comments:', 'Copyright © 2024 Example Media. All rights reserved.', '【print】 【close】', 'Comment', 'The tour will stop in these cities next summer:', 'June 9 -- Coral Sky Amphitheatre'),
)
const prosePage = fc.array(proseLine, { maxLength: 30 }).map((l) => l.join('\n'))

describe('classifyBoilerplate properties', () => {
  it('should never throw and account for every removal', () => {
    fc.assert(
      fc.property(page, (s) => {
        const r = classifyText(s)
        for (const x of r.removed) expect(s.slice(x.start, x.end)).toBe(x.text)
      }),
    )
  })

  it('should be deterministic', () => {
    fc.assert(
      fc.property(page, (s) => {
        expect(classifyText(s)).toEqual(classifyText(s))
      }),
    )
  })

  it('should keep something of any page with a letter or digit', () => {
    // Control characters alone are removed by normalisation before this stage sees them.
    fc.assert(
      fc.property(page, (s) => {
        if (/[\p{L}\p{N}]/u.test(s)) expect(classifyText(s).body.length).toBeGreaterThan(0)
      }),
    )
  })

  it('should be idempotent on its own body', () => {
    fc.assert(
      fc.property(prosePage, (s) => {
        const once = classifyText(s).body
        expect(classifyText(once).body).toBe(once)
      }),
      { numRuns: 300 },
    )
  })

  it('should stay linear on adversarial pages', () => {
    const inputs = [
      '、'.repeat(1_000_000),
      'Home > '.repeat(150_000),
      'T '.repeat(500_000),
      'Comment\n'.repeat(120_000),
      `${'a says:'.padEnd(40, ' ')}\n`.repeat(25_000),
      '\n'.repeat(100_000),
      `x${' '.repeat(1_000_000)}says:`,
    ]
    for (const s of inputs) {
      const t = performance.now()
      classifyText(s)
      expect(performance.now() - t).toBeLessThan(5_000)
    }
  })
})
