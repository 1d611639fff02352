import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean } from '../../src/index.js'
import { classifyText } from './helpers.js'

/**
 * Pages on which `classifyBoilerplate` alone, with foreign paragraphs dropped, is not idempotent (found
 * by the property below with default options, seeds 29, 72 and 106): dropping a breadcrumb or a
 * `Comment` line changes the detected language of the lorem ipsum between French and English.
 */
const LANGUAGE_FLIPS = [
  'Erat consequat tempus tempus adipiscing felis elementum. Amet, sit augue aliquam turpis fusce. Dignissim ornare integer congue dignissim mauris elementum et eu ullamcorper nisl.\nconvallis cras\nNon. Dolor massa in augue dolor lorem.\nHome>News>World',
  'Massa, suspendisse. Purus aliquet. Adipiscing amet suspendisse in blandit posuere vitae molestie, vel curae, morbi.\nThe tour will stop in these cities next summer:\nLectus, mauris, cras tortor. Eleifend. Faucibus, diam convallis pellentesque sit. Posuere arcu. Felis sapien lorem consequat tincidunt risus porttitor, tempor. Egestas. Sit porttitor.\ndiam\nComment',
  'Maecenas fusce integer ut eros adipiscing integer non. At egestas curabitur justo ipsum cubilia feugiat.\nLectus.\nCras vivamus adipiscing sodales enim. Est odio. Non placerat volutpat. Nulla egestas tincidunt cursus volutpat faucibus, euismod velit orci adipiscing. Ut orci semper a, amet, eu ante.\nThe tour will stop in these cities next summer:\ndui\nsodales\nAugue, consectetuer porttitor, praesent sodales et eros leo aliquam. Integer massa, nulla pulvinar aliquam, nunc.',
]

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
    // With the default foreignText 'drop', the classifier counts a paragraph in another language than the
    // page's as gone, because the repair stage will drop it; this stage alone keeps it, and a page of
    // lorem ipsum can read as French with a breadcrumb and as English without one. So the stage's own
    // property is stated with foreign paragraphs kept; the pipeline's is below and in tests/core.
    const keep = { foreignText: 'keep' } as const
    fc.assert(
      fc.property(prosePage, (s) => {
        const once = classifyText(s, keep).body
        expect(classifyText(once, keep).body).toBe(once)
      }),
      { numRuns: 300 },
    )
  })

  it.each(LANGUAGE_FLIPS)('should give clean() an idempotent body where the page language flips once a line is dropped (%#)', (s) => {
    const once = clean(s).body
    expect(clean(once).body).toBe(once)
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
      expect(performance.now() - t).toBeLessThan(20_000)
    }
  }, 120_000)
})
