import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditAt, isLabelledCaption, isPhotoCredit } from '../../src/boilerplate/rules/image-caption.js'
import { CAPTION_CREDIT_WORDS, CAPTION_LABELS, CREDIT_LEAD_WORDS, CREDIT_SEPARATORS, SPACED_CAPTION_LABELS } from '../../src/lexicon/boilerplate/captions.js'

// `creditAt` as first written: every slice from the position, longest first, looked up in a set of the
// credit words. The rule now tries only the words that start with the position's character, and must agree.
const CREDIT_WORDS: ReadonlySet<string> = new Set(CAPTION_CREDIT_WORDS)
const LEAD_WORDS: ReadonlySet<string> = new Set(CREDIT_LEAD_WORDS)
const LONGEST = Math.max(...CAPTION_CREDIT_WORDS.map((w) => w.length))

function refNamedAfter(text: string, lower: string, end: number): boolean {
  let k = end
  while (k < text.length && text.charCodeAt(k) === 0x20) k++
  if (k >= text.length) return false
  if (CREDIT_SEPARATORS.includes(text[k]!)) return /\p{L}/u.test(text.slice(k + 1))
  if (k === end) return false
  const space = lower.indexOf(' ', k)
  return space > 0 && LEAD_WORDS.has(lower.slice(k, space)) && /\p{L}/u.test(text.slice(space + 1))
}

function refCreditAt(text: string, lower: string, start: number): boolean {
  for (let end = Math.min(lower.length, start + LONGEST); end > start; end--) {
    const word = lower.slice(start, end)
    if (!CREDIT_WORDS.has(word)) continue
    if (refNamedAfter(text, lower, end)) return true
    // A word written with its full stop (`fot.`) needs only a space and a name after it.
    if (word.endsWith('.') && text[end] === ' ' && /\p{L}/u.test(text.slice(end))) return true
  }
  return false
}

/** Credits and near-credits: credit words (in any case), lead words, separators, agency names, spaces. */
const PIECES = [
  ...CAPTION_CREDIT_WORDS, ...CAPTION_CREDIT_WORDS.slice(0, 8).map((w) => w.toUpperCase()), ...CREDIT_LEAD_WORDS, ...CREDIT_SEPARATORS,
  ' ', 'AP', 'Getty', 'Jane Doe', '新华社', '연합뉴스', 'x', 'İ', '',
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((ps) => ps.join(''))

describe('image-caption credit reader, against its slice-and-look-up version', () => {
  it('should find a credit word with a name after it at the same positions', () => {
    fc.assert(fc.property(text, fc.nat(20), (t, start) => {
      const lower = t.toLowerCase()
      expect(creditAt(t, lower, start)).toBe(refCreditAt(t, lower, start))
    }), { numRuns: 5000 })
  })

  it('should read the credits it read before', () => {
    for (const credit of ['Image: GETTY', 'AP Photo/Alan Diaz, File', 'Photo by Jane Doe/Getty Images', '图/新华社', '사진=연합뉴스', 'Photo credit: PTI']) {
      expect(isPhotoCredit(credit), credit).toBe(true)
    }
    for (const other of ['pictured', 'Photos', 'Photography', 'Reuters']) expect(isPhotoCredit(other), other).toBe(false)
    // A credit word written with its full stop needs no separator; without a name after it, it is none.
    expect(isPhotoCredit('fot. Tomasz Zieliński')).toBe(true)
    expect(isPhotoCredit('fot. 3')).toBe(false)
  })
})

describe('isLabelledCaption by its first two code units', () => {
  /** The reading before the two-unit lookup: every label against the lower-cased head of the line. */
  function reference(text: string): boolean {
    const labels = [...new Set(CAPTION_LABELS)].sort((a, b) => b.length - a.length)
    const head = text.slice(0, labels[0]!.length + 1).toLowerCase()
    for (const label of labels) {
      if (!head.startsWith(label)) continue
      const sep = text[label.length]
      if (sep === ',' || sep === ':' || sep === '：' || sep === '，' || (sep === ' ' && text[label.length + 1] === ':')) return /\p{L}/u.test(text.slice(label.length + 1))
      if (sep === ' ' && SPACED_CAPTION_LABELS.includes(label)) return /\p{L}/u.test(text.slice(label.length + 1))
    }
    return false
  }

  it('should answer as every label tried on the lower-cased head does', () => {
    const cased = (s: string): fc.Arbitrary<string> => fc.boolean().map((up) => (up ? s.toUpperCase() : s))
    const line = fc
      .tuple(fc.constantFrom(...CAPTION_LABELS).chain(cased), fc.constantFrom(',', ':', '：', ' ', ' :', '', 'x'), fc.string({ maxLength: 12 }))
      .map(([l, sep, rest]) => l + sep + rest)
    fc.assert(fc.property(fc.oneof(line, fc.string({ maxLength: 20 })), (text) => isLabelledCaption(text) === reference(text)), { numRuns: 3000 })
  })
})
