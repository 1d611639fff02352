import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lowerAligned, PrefixTable } from '../../src/metadata/text.js'

/** Letters of every kind the table keys differently: ASCII, caseless (Han), and cased non-ASCII. */
const LETTER = fc.constantFrom(...'athxyz中文ứđéÉĐỨ :'.split(''))

/** Flip the case of some characters, as a line can write a label. */
function recase(word: string, flips: readonly boolean[]): string {
  return [...word].map((ch, i) => (flips[i % flips.length] === true ? ch.toUpperCase() : ch)).join('')
}

describe('PrefixTable', () => {
  it('should let a line through where a word with a cased non-ASCII letter among its first three starts', () => {
    const table = new PrefixTable(['thứ'], ['đăng'])
    expect(table.mask('thứ hai, 12/06/2024', 0) & 1).toBe(1)
    expect(table.mask('THỨ HAI', 0) & 1).toBe(1)
    expect(table.mask('Đăng lúc 10:00', 0) & 2).toBe(2)
  })

  it('should turn a line away when no word of any set can start there', () => {
    const table = new PrefixTable(['thứ'], ['source'])
    expect(table.mask('The minister said', 0)).toBe(0)
    expect(table.mask('xin chào', 0)).toBe(0)
    expect(table.mask('sour cream', 0) & 1).toBe(0)
  })

  it('should answer a one-character word and a two-character word exactly', () => {
    const table = new PrefixTable(['a'], ['by'])
    expect(table.mask('a b', 0)).toBe(1)
    expect(table.mask('By the', 0)).toBe(2)
    expect(table.mask('cy', 0)).toBe(0)
  })

  it('should never turn away a position where a listed word starts, whatever its case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(LETTER, { minLength: 1, maxLength: 6 }).map((a) => a.join('').toLowerCase()), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        fc.string({ maxLength: 5 }),
        (words, pick, flips, rest) => {
          const table = new PrefixTable(words)
          const word = words[pick % words.length]!
          expect(table.mask(recase(word, flips) + rest, 0) & 1).toBe(1)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('lowerAligned', () => {
  it('should lower-case code unit for code unit and keep characters whose lower case is longer', () => {
    expect(lowerAligned('ABC Đà')).toBe('abc đà')
    expect(lowerAligned('İİ Copyright')).toBe('İİ copyright')
  })

  it('should always return a string of the same length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(lowerAligned(s).length).toBe(s.length)
      }),
    )
  })
})
