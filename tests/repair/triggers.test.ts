import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockFromSpan } from '../../src/core/edit.js'
import { createContext } from '../../src/core/options.js'
import { mojibake, REPAIR_RULES } from '../../src/repair/index.js'
import { HAS_CJK, MAY_GLUE, MAY_PUNCT, MAY_QUOTE, scanBlock, scanMarks } from '../../src/repair/scan.js'
import type { Doc } from '../../src/types.js'

// Pieces that make every rule fire somewhere: glued and broken words, units, Han next to English, full-width
// and ASCII punctuation, curly quotes, mojibake.
const PIECES = [
  'the', 'so', 'Cloud', 'office', 'country', '5G', 'GMajor', 'upgrading', 'two', 'app', 'lication', 'infor', 'mation', 'of',
  'During', '2000', 'ofthe', 'forthe', 'goalsthe', 'soCloud', 'FujianMajor', 'ment', 'develop', '城市', '以', '跟跑', '。', '，',
  '、', '（', '）', '：', ',', '.', ':', ';', '?', '”', '“', ' ', ' ', ' ', 'We', 'The', 'é', 'Việt', 'â€™', 'Ã©', 'www.x.com',
]
const shaped = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''))
const anyText = fc.oneof(shaped, fc.string({ maxLength: 60 }))
const CONTEXTS = [createContext(), createContext({ cjkSpacing: true })]

/** An English document holding the block, with some Han elsewhere (translation debris is possible). */
function docOf(text: string): Doc {
  const block = blockFromSpan(text, 0, 0, text.length)
  return { source: text, blocks: [block, { ...block, index: 1, text: '中' }], metadata: {}, removed: [], lang: 'en', warnings: [] }
}

/** The scan flag each rule's work needs (see src/repair/index.ts). */
const FLAG: Readonly<Record<string, number>> = {
  'repair/glued-words': MAY_GLUE | HAS_CJK,
  'repair/fullwidth-punct': HAS_CJK,
  'repair/script-spacing': HAS_CJK,
  'repair/quotes': MAY_QUOTE,
  'repair/punct-space': MAY_PUNCT,
}

describe('repair triggers', () => {
  it('should match every block a rule changes (a trigger is a superset)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = docOf(text)
        const block = doc.blocks[0]!
        for (const rule of [mojibake, ...REPAIR_RULES]) {
          if (rule.trigger === undefined) continue
          for (const ctx of CONTEXTS) if (rule.apply(block, ctx, doc) !== block) expect(rule.trigger.test(text)).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })
  it('should set the scan flag of every rule that changes the block', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = docOf(text)
        const block = doc.blocks[0]!
        const flags = scanBlock(text).flags
        for (const rule of REPAIR_RULES) {
          const need = FLAG[rule.id]
          if (need === undefined) continue
          for (const ctx of CONTEXTS) if (rule.apply(block, ctx, doc) !== block) expect(flags & need).not.toBe(0)
        }
      }),
      { numRuns: 2000 },
    )
  })
  it('should set the same mark flags without reading words (scanMarks)', () => {
    const marks = HAS_CJK | MAY_QUOTE | MAY_PUNCT
    fc.assert(
      fc.property(anyText, (text) => {
        expect(scanMarks(text)).toBe(scanBlock(text).flags & marks)
      }),
      { numRuns: 2000 },
    )
  })
  it('should scan a block inside a longer string as on its own, whatever stands around it', () => {
    const around = fc.constantFrom('', 'a', 'word  ', '”', '“', '中', '5', 'é', 'the ', '\n', 'A', 'ab ')
    fc.assert(
      fc.property(around, anyText, around, (pre, text, post) => {
        const alone = { ...scanBlock(text) }
        const inside = { ...scanBlock(`${pre}${text}${post}`, pre.length, pre.length + text.length) }
        expect(inside).toEqual(alone)
      }),
      { numRuns: 2000 },
    )
  })
})
