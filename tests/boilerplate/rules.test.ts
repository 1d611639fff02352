import { describe, expect, it } from 'vitest'
import cases from './cases/rules.json' with { type: 'json' }
import { PARAGRAPHS, casePage, classifyText, type RuleCase as Case } from './helpers.js'

function page(c: Case): string {
  const body = c.duplicateOfFirst === true ? [c.lines[0]!, ...PARAGRAPHS.slice(1)] : PARAGRAPHS
  return casePage(c, body)
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
