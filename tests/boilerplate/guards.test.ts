import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOILERPLATE_RULES } from '../../src/boilerplate/index.js'
import type { BlockView } from '../../src/boilerplate/view.js'
import { thresholdsFor } from '../../src/boilerplate/thresholds.js'
import { BOILERPLATE_LEXICONS, compileLexicon } from '../../src/lexicon/boilerplate/index.js'

const lex = compileLexicon({})
const env = { lex, th: thresholdsFor('balanced') }
const phrases = Object.values(BOILERPLATE_LEXICONS).flatMap((l) => Object.values(l).flat())
// Texts made of lexicon phrases, separators and words, so that the rules do fire.
const piece = fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(' ', ' > ', ' / ', ': ', '【', '】', '5', '2024', '@', '.', 'the minister said'), fc.string({ maxLength: 8 }))
const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''))
const view: fc.Arbitrary<BlockView> = fc.record({
  text,
  words: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 200, noNaN: true })),
  terminal: fc.boolean(),
  startsLower: fc.boolean(),
  linkRatio: fc.double({ min: 0, max: 1, noNaN: true }),
  hasDigit: fc.boolean(),
  digitRatio: fc.double({ min: 0, max: 1, noNaN: true }),
  html: fc.boolean(),
})

describe('the lexicon rules’ guards', () => {
  it('should hold whenever a rule matches: at most maxWords, and a hit in one of its lexicon categories', () => {
    fc.assert(
      fc.property(fc.array(view, { minLength: 1, maxLength: 4 }), (views) => {
        for (const r of BOILERPLATE_RULES) {
          if (r.match(views, 0, env) === 0) continue
          const v = views[0]!
          if (r.maxWords !== undefined) expect(v.words).toBeLessThanOrEqual(r.maxWords)
          if (r.lexicon !== undefined) expect(r.lexicon.some((cat) => lex[cat].test(v.text))).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
  })
})
