import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lowerAlone, unicodeEscape } from '../../src/core/chars.js'

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
