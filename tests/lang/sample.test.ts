import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { computeFeatures, detectLanguage } from 'textwash'
import { languageSample } from '../../src/annotate/index.js'
import type { Block } from '../../src/types.js'

/** The plain definition: every block sorted longest first (stably), concatenated until 3000 characters. */
function referenceSample(blocks: readonly Block[]): string {
  let sample = ''
  for (const b of [...blocks].sort((a, c) => c.text.length - a.text.length)) {
    if (sample.length >= 3000) break
    sample += b.text + '\n'
  }
  return sample
}

describe('languageSample', () => {
  it('should equal sorting every block by length and taking the longest', () => {
    const lengths = fc.array(fc.oneof(fc.nat(80), fc.nat(4000)), { maxLength: 60 })
    fc.assert(
      fc.property(lengths, (ls) => {
        const blocks = ls.map((n, i) => ({ text: String.fromCharCode(97 + (i % 26)).repeat(n) }) as Block)
        expect(languageSample(blocks)).toBe(referenceSample(blocks))
      }),
      { numRuns: 500 },
    )
  })

  // Short blocks are all candidates: more of them than are sorted by insertion, in any order of lengths.
  it('should equal the plain definition on documents of many short blocks', () => {
    const lengths = fc.array(fc.oneof(fc.nat(12), fc.nat(60)), { minLength: 50, maxLength: 400 })
    fc.assert(
      fc.property(lengths, (ls) => {
        const blocks = ls.map((n, i) => ({ text: String.fromCharCode(97 + (i % 26)).repeat(n) }) as Block)
        expect(languageSample(blocks)).toBe(referenceSample(blocks))
      }),
      { numRuns: 300 },
    )
  })
})

describe('function words', () => {
  it('should match words in any case, and non-ASCII words lower-cased', () => {
    expect(detectLanguage('THE MAN AND THE DOG WENT TO THE PARK WITH THE BALL THAT WAS ON THE GRASS')).toBe('en')
    expect(detectLanguage('Bu kitap için çok iyi bir fikir ve bu da değil ama her zaman daha iyi olan bir şey gibi')).toBe('tr')
    expect(detectLanguage('ŻE SIĘ NIE JEST NA DO JAK ALE TAK OD PO PRZEZ DLA CZY JUŻ ORAZ BYĆ')).toBe('pl')
  })
})

describe('computeFeatures', () => {
  it('should count CJK characters, astral Han and letters as words', () => {
    const f = computeFeatures('中文\u{20000}abc 12')
    expect([f.words, f.hanRatio]).toEqual([5, 3 / 6])
  })

  it('should find link text only where a link can be', () => {
    expect(computeFeatures('see www.example.com now').linkRatio).toBeCloseTo(15 / 23)
    expect(computeFeatures('page.HTML').linkRatio).toBe(1)
    expect(computeFeatures('[a](b)').linkRatio).toBe(1)
    expect(computeFeatures('Mr. Smith arrived at 10:30. Then he left.').linkRatio).toBe(0)
    // A high surrogate without its low half takes the next code unit with it; a link behind it still counts.
    expect(computeFeatures('\ud800.php').linkRatio).toBe(1)
  })

  it('should tell the case of the first letter', () => {
    expect(computeFeatures('élan').startsLower).toBe(true)
    expect(computeFeatures('Élan').startsLower).toBe(false)
    expect(computeFeatures('').startsLower).toBe(false)
  })
})
