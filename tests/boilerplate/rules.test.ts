import { describe, expect, it } from 'vitest'
import cases from './cases/rules.json' with { type: 'json' }
import { PARAGRAPHS, classifyText } from './helpers.js'

interface Case {
  rule: string
  at: 'start' | 'middle' | 'end'
  lines: string[]
  drop?: string[]
  keep?: string[]
  duplicateOfFirst?: boolean
  note: string
}

function page(c: Case): string {
  const body = c.duplicateOfFirst === true ? [c.lines[0]!, ...PARAGRAPHS.slice(1)] : PARAGRAPHS
  const parts = c.at === 'start' ? [...c.lines, ...body] : c.at === 'end' ? [...body, ...c.lines] : [...body.slice(0, 2), ...c.lines, ...body.slice(2)]
  return parts.join('\n\n')
}

describe('boilerplate rules', () => {
  for (const c of cases as Case[]) {
    it(`should handle ${c.rule}: ${c.note}`, () => {
      const input = page(c)
      const result = classifyText(input)
      for (const p of PARAGRAPHS.slice(1)) expect(result.body).toContain(p)
      for (const d of c.drop ?? []) {
        expect(result.body).not.toContain(d)
        expect(result.removed.some((r) => r.text.includes(d))).toBe(true)
      }
      if ((c.drop ?? []).length > 0 || c.duplicateOfFirst === true) expect(result.removed.map((r) => r.rule)).toContain(c.rule)
      for (const k of c.keep ?? []) expect(result.body).toContain(k)
      if (c.duplicateOfFirst === true) expect(result.body.split(c.lines[0]!).length).toBe(2)
    })
  }
})
