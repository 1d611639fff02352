import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPlan } from '../../src/core/doc.js'
import { explainRepair, repair } from '../../src/pipeline/clean.js'

// Text shaped like the corpus: English words, Han, digits, units, full-width and ASCII punctuation, curly
// quotes and line breaks, so the properties exercise the repairs and not only random code units.
const PIECES = [
  'the', 'so', 'Cloud', 'office', 'country', '5G', 'Major', 'upgrading', 'two', 'app', 'lication', 'of', 'During',
  '2000', '12,500', '2.5', 'U.S.', 'PayPal', '城市', '以', '早在', '习近平', '。', '，', ',', '.', ':', '”', '“', ' ',
  ' ', ' ', '\n', '\n\n', 'Ã', '©', 'â€™', 'www.example.com', 'We', 'will', 'ofthe', 'Internet+', '、', '（', '）',
]
const shaped = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''))
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), shaped)

describe('repair() properties', () => {
  it('should never throw', () => {
    fc.assert(fc.property(anyText, (s) => {
      repair(s)
    }), { numRuns: 500 })
  })
  it('should be idempotent', () => {
    fc.assert(fc.property(anyText, (s) => {
      const once = repair(s)
      expect(repair(once)).toBe(once)
    }), { numRuns: 500 })
  })
  it('should leave clean ASCII prose unchanged', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/)
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => {
      const s = w.join(' ')
      return s[0]!.toUpperCase() + s.slice(1) + '.'
    })
    const prose = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((a) => a.join(' '))
    // Random lower-case words can spell a glued pair (`ofthe`) or a broken word by chance; real clean prose
    // is made of real words, so the property draws words from the list the repairs consult.
    const realWord = fc.constantFrom('the', 'city', 'of', 'and', 'growth', 'council', 'said', 'on', 'new', 'data', 'market', 'to', 'people')
    const realProse = fc.array(realWord, { minLength: 1, maxLength: 20 }).map((w) => w.join(' ') + '.')
    fc.assert(fc.property(realProse, (s) => {
      expect(repair(s)).toBe(s)
    }), { numRuns: 300 })
    fc.assert(fc.property(prose, (s) => {
      expect(repair(s)).toBe(repair(repair(s)))
    }), { numRuns: 200 })
  })
  it('should report changes that replay to the output', () => {
    fc.assert(fc.property(anyText, (s) => {
      const { text, changes } = explainRepair(s)
      expect(applyPlan(s, { removed: [], changes })).toBe(text)
    }), { numRuns: 500 })
  })
})

describe('repair() on round brackets', () => {
  // English words, Han, full-width marks and brackets of both widths.
  const BRACKET_PIECES = ['the', 'plan', 'draft', 'version', 'meeting', 'and', 'more', '会议', '大意', '他说', '（', '）', '(', ')', '，', '、', '。', ' ', ' ']
  const text = fc.array(fc.constantFrom(...BRACKET_PIECES), { maxLength: 40 }).map((a) => a.join(''))

  /** Matched bracket pairs as [opener, closer] characters, either width, as the rule matches them. */
  function pairs(s: string): Array<[string, string]> {
    const open: number[] = []
    const out: Array<[string, string]> = []
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '(' || s[i] === '（') open.push(i)
      else if ((s[i] === ')' || s[i] === '）') && open.length > 0) out.push([s[open.pop()!]!, s[i]!])
    }
    return out
  }

  it('should turn a full-width pair into ASCII on both halves or neither', () => {
    fc.assert(fc.property(text, (s) => {
      const out = repair(s)
      const before = pairs(s)
      const after = pairs(out)
      expect(after.length).toBe(before.length)
      // A pair that came in one width leaves in one width.
      before.forEach(([o, c], k) => {
        if ((o === '（') === (c === '）')) expect((after[k]![0] === '（') === (after[k]![1] === '）')).toBe(true)
      })
    }), { numRuns: 500 })
  })
})
