import { describe, expect, it } from 'vitest'
import { explainRepair, repair } from '../../src/pipeline/clean.js'

// repair() runs the normalise stage (src/normalize/*) before the repairs; these check it does the hygiene
// the repair issue asks for, end to end.
describe('repair() Unicode hygiene', () => {
  it('should compose Vietnamese typed in NFD to NFC', () => {
    const nfd = 'Tiếng Việt'.normalize('NFD')
    expect(nfd).not.toBe('Tiếng Việt')
    expect(repair(nfd)).toBe('Tiếng Việt')
  })
  it('should delete zero-width spaces, BOMs and soft hyphens inside words', () => {
    expect(repair('infor\u200Bmation, hy\u00ADphen and B\uFEFFOM')).toBe('information, hyphen and BOM')
  })
  it('should delete a BOM at the start of the text', () => {
    expect(repair('\uFEFFtext')).toBe('text')
  })
  it('should delete C0 and C1 control characters that are not mojibake', () => {
    expect(repair('a\u0007b\u0085c')).toBe('abc')
  })
  it('should turn NBSP and odd spaces between words into one plain space', () => {
    expect(repair('one\u00A0two\u2009three\u3000 four')).toBe('one two three four')
  })
  it('should delete bidi controls outside right-to-left text', () => {
    expect(repair('abc\u202Edef')).toBe('abcdef')
  })
  it('should keep line breaks where they were', () => {
    expect(repair('first line\r\nsecond line\n\nthird.')).toBe('first line\r\nsecond line\n\nthird.')
  })
  it('should report hygiene edits under normalize rule ids', () => {
    const { changes } = explainRepair('a\u00A0b')
    expect(changes.map((c) => c.rule)).toEqual(['normalize/spaces'])
  })
  it('should repair mojibake before control characters are deleted', () => {
    expect(repair('â€œquotedâ€\u009d')).toBe('“quoted”')
  })
})
