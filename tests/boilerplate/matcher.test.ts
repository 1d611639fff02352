import { describe, expect, it } from 'vitest'
import { compileLexicon, scannerOf } from '../../src/lexicon/boilerplate/index.js'

const lex = compileLexicon({})

describe('the boilerplate lexicon matcher', () => {
  it('should give every category a bit of its own, all positive (at most 31 categories fit one integer)', () => {
    const bits = Object.values(scannerOf(lex).bits)
    expect(new Set(bits).size).toBe(bits.length)
    for (const bit of bits) expect(bit).toBeGreaterThan(0)
    expect(bits.length).toBeLessThanOrEqual(31)
  })

  it('should match phrases whatever their case, in any script', () => {
    expect(lex.commentMarker.test('BÌNH LUẬN')).toBe(true)
    expect(lex.relatedHeading.test('RELATED ARTICLES:')).toBe(true)
    expect(lex.cookie.test('This Website Uses Cookies to improve your experience.')).toBe(true)
  })

  it('should take any run of white space inside a phrase as one space', () => {
    expect(lex.paywall.test('Subscribe \u00a0 to  continue reading')).toBe(true)
  })

  it('should match spaced-script phrases only as whole words', () => {
    expect(lex.cookie.test('She reuses cookies-free recipes')).toBe(false)
    expect(lex.control.test('Share')).toBe(true)
    expect(lex.control.test('Shareholders')).toBe(false)
  })

  it('should answer each category from the scan that covers it, whichever is asked first', () => {
    const footer = 'Copyright © 2024. We use cookies.'
    const fresh = compileLexicon({ en: {} })
    expect(fresh.cookie.test(footer)).toBe(true)
    expect(fresh.copyright.test(footer)).toBe(true)
    expect(lex.copyright.test(footer)).toBe(true)
    expect(lex.cookie.test(footer)).toBe(true)
  })

  it('should match a line of controls against control phrases only', () => {
    expect(lex.control.test('E-mail: | Print')).toBe(true)
    expect(lex.control.test('Related articles')).toBe(false)
  })

  it('should match the same after a scan gets its needle filter, whatever the case or a Kelvin sign', () => {
    const fresh = compileLexicon({ vi: { cookie: ['đồng ý'] } })
    // The filter of a scan is made after it ran a few hundred times.
    for (let i = 0; i < 300; i++) expect(fresh.cookie.test(`Paragraph ${i} about baking for the holidays.`)).toBe(false)
    expect(fresh.cookie.test('We use COOKIES to improve your experience.')).toBe(true)
    expect(fresh.cookie.test('We use coo\u212aies to improve your experience.')).toBe(true)
    expect(fresh.cookie.test('By continuing to browse you accept this.')).toBe(true)
    expect(fresh.cookie.test('Bấm ĐỒNG Ý để tiếp tục.')).toBe(true)
    expect(fresh.cookie.test('She reuses cookies-free recipes')).toBe(false)
  })
})
