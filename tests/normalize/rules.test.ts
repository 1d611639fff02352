import { describe, expect, it } from 'vitest'
import { blockFromSpan, createContext, createDoc, NORMALIZE_RULES, normalize, segment, toResult, replay } from 'textwash'
import { readFileSync } from 'node:fs'

// Read with JSON.parse: bundler JSON loaders reject lone-surrogate escapes, which the cases need.
const cases: unknown = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'))

const ctx = createContext()

describe.each(NORMALIZE_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const mine = (cases as Array<{ rule: string; input: string; expected: string; note: string }>).filter((c) => c.rule === id)

  it('should have at least five positive and five negative cases', () => {
    expect(mine.filter((c) => c.input !== c.expected).length).toBeGreaterThanOrEqual(5)
    expect(mine.filter((c) => c.input === c.expected).length).toBeGreaterThanOrEqual(5)
  })

  it.each(mine.map((c) => [c.note, c] as const))('should handle: %s', (_note, c) => {
    const doc = createDoc(c.input)
    const block = blockFromSpan(c.input, 0, 0, c.input.length)
    const out = rule.apply(block, ctx, doc)
    expect(out.text).toBe(c.expected)
    if (c.input === c.expected) expect(out).toBe(block)
    else for (const p of out.pieces) if (p.rule !== undefined) expect(p.rule).toBe(id)
  })
})

describe('normalize stage', () => {
  it('should record every edit with offsets that replay to the body', () => {
    const input = 'Vie\u0302\u0323t\u00a0\u00a0Nam\u200b is\u0007 here\n\ncafe\u0301'
    const r = toResult(normalize(segment(createDoc(input)), ctx))
    expect(r.body).toBe('Việt Nam is here\n\ncafé')
    expect(replay(input, r)).toBe(r.body)
    for (const c of r.changes) expect(input.slice(c.start, c.end)).toBe(c.before)
  })

  it('should skip a disabled rule', () => {
    const r = toResult(normalize(segment(createDoc('a\u00a0b')), createContext({ disable: ['normalize/spaces'] })))
    expect(r.body).toBe('a\u00a0b')
  })
})
