import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lowerAligned, lowerUnit, PrefixTable, wordAt, wordsAt } from '../../src/metadata/text.js'

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

describe('lowerUnit', () => {
  it('should give the simple lower case of every code unit, the same when asked again (all 65,536)', () => {
    for (let round = 0; round < 2; round++) {
      for (let c = 0; c <= 0xffff; c++) {
        const want = String.fromCharCode(c).toLowerCase().charCodeAt(0)
        if (lowerUnit(String.fromCharCode(c), 0) !== want) throw new Error(`U+${c.toString(16)}: ${lowerUnit(String.fromCharCode(c), 0)} for ${want}`)
      }
    }
    expect(lowerUnit('PAZARTESİ', 8)).toBe(0x69)
    expect(lowerUnit('Đà', 0)).toBe(0x111)
  })
})

describe('wordsAt', () => {
  const WORDS = ['thứ hai', 'thứ', 'tháng', 'đăng', 'đã', 'pazartesi', 'posted', 'post', 'by', '发布', '发', 'ngày']

  it('should find the first listed word that stands at the position, as a scan of the whole list does', () => {
    const piece = fc.constantFrom('Thứ', 'THỨ', 'hai', 'Tháng', 'ĐĂNG', 'Đã', 'PAZARTESİ', 'Posted', 'POST', 'by', '发布', '发', 'Ngày', ' ', 'x', '1')
    const text = fc.array(piece, { maxLength: 6 }).map((ps) => ps.join(''))
    fc.assert(fc.property(text, fc.nat(12), (t, pos) => {
      const found = wordsAt(t, pos, WORDS)
      if (found !== undefined) expect(wordAt(t, pos, found)).toBe(true)
      // No listed word before the one found (in list order) stands there, nor any word at all when none was found.
      const before = found === undefined ? WORDS : WORDS.slice(0, WORDS.indexOf(found))
      for (const w of before) if (w.charCodeAt(0) === (pos < t.length ? lowerUnit(t, pos) : -1)) expect(wordAt(t, pos, w)).toBe(false)
    }), { numRuns: 3000 })
    expect(wordsAt('Thứ hai, 7/12', 0, WORDS)).toBe('thứ hai')
    expect(wordsAt('ĐĂNG lúc 9:00', 0, WORDS)).toBe('đăng')
  })
})
