import { describe, expect, it } from 'vitest'
import { createContext, DEFAULT_OPTIONS, isEnabled, resolveOptions } from 'textwash'

describe('options', () => {
  it('should fill every default', () => {
    expect(resolveOptions()).toBe(DEFAULT_OPTIONS)
    expect(resolveOptions({ focus: 'recall' }).focus).toBe('recall')
    expect(resolveOptions({ focus: undefined }).focus).toBe('balanced')
  })

  it('should turn rules off by id or by prefix', () => {
    const ctx = createContext({ disable: ['normalize/nfc', 'repair/'] })
    expect(isEnabled(ctx, 'normalize/nfc')).toBe(false)
    expect(isEnabled(ctx, 'repair/glued-words')).toBe(false)
    expect(isEnabled(ctx, 'normalize/spaces')).toBe(true)
    expect(isEnabled(ctx, 'boilerplate/nfc')).toBe(true)
  })
})
