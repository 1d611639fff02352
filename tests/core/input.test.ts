import { describe, expect, it } from 'vitest'
import { clean, cleanHtml, repair } from 'textwash'

describe('input checking', () => {
  it('should throw a TypeError that says what to pass for non-string input', () => {
    expect(() => clean(undefined as unknown as string)).toThrow(/clean\(\) expects a string, got undefined/)
    expect(() => clean(42 as unknown as string)).toThrow(TypeError)
    expect(() => repair(null as unknown as string)).toThrow(/expects a string, got null/)
    expect(() => clean(new Uint8Array([104, 105]) as unknown as string)).toThrow(/decode it first/)
    expect(() => clean({} as unknown as string)).toThrow(/got Object/)
  })

  it('should give an empty result for the empty string', () => {
    expect(clean('')).toEqual({ body: '', metadata: {}, removed: [], changes: [] })
    expect(repair('')).toBe('')
    expect(cleanHtml('').body).toBe('')
  })

  it('should reject invalid options with a TypeError', () => {
    expect(() => clean('x', { focus: 'maximum' as never })).toThrow(/focus must be/)
    expect(() => clean('x', { foreignText: 'hide' as never })).toThrow(/foreignText must be/)
    expect(() => clean('x', { rules: [{ id: 'a', pattern: 'b' as never }] })).toThrow(/RegExp/)
  })
})
