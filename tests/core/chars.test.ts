import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { unicodeEscape } from '../../src/core/chars.js'

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
