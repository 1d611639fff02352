import { describe, expect, it } from 'vitest'
import { blockFromSpan, createContext, createDoc, NORMALIZE_RULES, normalize, segment, toResult, replay } from 'textwash'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { mayNeedNormalizing } from '../../src/normalize/index.js'

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

describe('normalize stage shortcuts', () => {
  it('should give every rule a trigger that matches each of its positive cases', () => {
    for (const rule of NORMALIZE_RULES) {
      expect(rule.trigger).toBeDefined()
      for (const c of cases as Array<{ rule: string; input: string; expected: string }>)
        if (c.rule === rule.id && c.input !== c.expected) expect(rule.trigger!.test(c.input)).toBe(true)
    }
  })

  it('should pass over only characters no trigger matches', () => {
    const bad: string[] = []
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      if (mayNeedNormalizing(ch)) continue
      for (const rule of NORMALIZE_RULES) if (rule.trigger!.test(ch)) bad.push(`${rule.id} U+${c.toString(16)}`)
    }
    expect(bad).toEqual([])
    expect(mayNeedNormalizing('a  b')).toBe(true)
  })

  it('should leave to NFC only text its trigger passes over that NFC cannot change', () => {
    const nfc = NORMALIZE_RULES.find((r) => r.id === 'normalize/nfc')!
    // Each such character is NFC alone and not a combining mark, so only a composition could change it...
    const bad: string[] = []
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      if (!nfc.trigger!.test(ch) && (ch.normalize('NFC') !== ch || /\p{M}/u.test(ch))) bad.push(`U+${c.toString(16)}`)
    }
    // ...and none is the second half of a canonical decomposition.
    for (let x = 0; x <= 0x10ffff; x++) {
      if (x >= 0xd800 && x <= 0xdfff) continue
      const d = [...String.fromCodePoint(x).normalize('NFD')]
      for (let i = 1; i < d.length; i++) if (!nfc.trigger!.test(d[i]!)) bad.push(`U+${x.toString(16)}`)
    }
    expect(bad).toEqual([])
  })

  it('should be idempotent, and change no block that no trigger matches', () => {
    const pieces = ['a', 'é', ' ', '  ', '\t', '\u00a0', '\u200b', '\u200c', '\u200e', '\u05d0', '\u0301', 'e\u0301', '\ud83d', '\ude00', '\u0007', '\u0085', '\u2019', '中', '\uff21', '\u3000', '\n', '\u00ad']
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(text, (s) => {
        const doc = segment(createDoc(s))
        const once = normalize(doc, ctx)
        expect(normalize(once, ctx)).toBe(once)
        once.blocks.forEach((b, i) => {
          if (!mayNeedNormalizing(doc.blocks[i]!.text)) expect(b).toBe(doc.blocks[i])
        })
      }),
      { numRuns: 3000 },
    )
  })

  it('should find the same blocks by one scan of the source as by testing each line alone', () => {
    const pieces = ['a', 'é', ' ', '  ', '\t', '\u00a0', '\u200b', '\u0301', '\u0007', '\u2019', '中', '\n', '\r\n', '\n  \n', '  x']
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(text, (s) => {
        const whole = normalize(segment(createDoc(s)), ctx).blocks.map((b) => b.text)
        const alone = segment(createDoc(s)).blocks.map((b) => normalize(segment(createDoc(b.text)), ctx).blocks[0]?.text ?? '')
        expect(whole).toEqual(alone)
      }),
      { numRuns: 3000 },
    )
  })

  it('should compose what a deletion brings together in the same pass', () => {
    const doc = normalize(segment(createDoc('a\u0007\u0301 plain')), ctx)
    expect(doc.blocks[0]!.text).toBe('\u00e1 plain')
  })
})
