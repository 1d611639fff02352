import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lowerAlone, otherDigitValue, unicodeEscape } from '../../src/core/chars.js'

describe('unicodeEscape', () => {
  it('should write a code unit as four hex digits after \\u', () => {
    expect(unicodeEscape(0xe9)).toBe('\\u00e9')
    expect(unicodeEscape(0x212a)).toBe('\\u212a')
    expect(unicodeEscape(0)).toBe('\\u0000')
  })

  it('should give a regular expression source that matches exactly that code unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (c) => {
        expect(new RegExp(`^${unicodeEscape(c)}$`).test(String.fromCharCode(c))).toBe(true)
      }),
    )
  })
})

describe('lowerAlone', () => {
  it('should give the lower case of a unit that lower-cases on its own', () => {
    expect(lowerAlone(0x41)).toBe(0x61)
    expect(lowerAlone(0x110)).toBe(0x111)
    expect(lowerAlone(0x4e2d)).toBe(0x4e2d)
  })

  it('should refuse surrogates, capital sigma and units whose lower case is longer', () => {
    expect(lowerAlone(0xd800)).toBe(-1)
    expect(lowerAlone(0xdc00)).toBe(-1)
    expect(lowerAlone(0x3a3)).toBe(-1)
    expect(lowerAlone(0x130)).toBe(-1)
  })

  it('should agree with lower-casing a whole text made of units it accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
        const units = [...Array(s.length).keys()].map((i) => lowerAlone(s.charCodeAt(i)))
        if (units.includes(-1)) return
        expect(String.fromCharCode(...units)).toBe(s.toLowerCase())
      }),
      { numRuns: 2000 },
    )
  })
})

describe('otherDigitValue', () => {
  // The decimal digits of other scripts that dates are written in, by their Unicode names' blocks.
  const ZEROS = { 'Arabic-Indic': 0x0660, 'Extended Arabic-Indic': 0x06f0, Devanagari: 0x0966, Bengali: 0x09e6, Thai: 0x0e50, Lao: 0x0ed0, Myanmar: 0x1040, Khmer: 0x17e0, 'full-width': 0xff10 }

  it.each(Object.entries(ZEROS))('should read the ten %s digits as 0-9', (_name, zero) => {
    for (let d = 0; d <= 9; d++) expect(otherDigitValue(zero + d)).toBe(d)
  })

  it('should give -1 for every other code unit, ASCII digits too (all 65,536 checked)', () => {
    const digit = (c: number) => Object.values(ZEROS).some((z) => c >= z && c <= z + 9)
    let others = 0
    for (let c = 0; c <= 0xffff; c++) {
      if (digit(c)) continue
      if (otherDigitValue(c) !== -1) throw new Error(`U+${c.toString(16)} read as ${otherDigitValue(c)}`)
      others++
    }
    expect(others).toBe(0x10000 - 90)
    expect(otherDigitValue(0x30)).toBe(-1)
    // Every other \p{Nd} digit is left alone (they are not date digits here).
    expect(otherDigitValue(0x0ae6)).toBe(-1)
  })
})
