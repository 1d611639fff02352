import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { explainRepair, repair } from '../../src/pipeline/clean.js'
import type { Options } from '../../src/types.js'

interface Case {
  readonly input: string
  readonly expected?: string
  readonly note: string
  readonly options?: Options
}
interface CaseFile {
  readonly rule: string
  readonly positive: readonly Case[]
  readonly negative: readonly Case[]
}

const dir = new URL('./cases/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

for (const file of files) {
  const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as CaseFile
  describe(data.rule, () => {
    it('should have at least five positive and five negative cases', () => {
      expect(data.positive.length).toBeGreaterThanOrEqual(5)
      expect(data.negative.length).toBeGreaterThanOrEqual(5)
    })
    for (const c of data.positive) {
      it(`should repair: ${c.note}`, () => {
        const { text, changes } = explainRepair(c.input, c.options)
        expect(text).toBe(c.expected)
        expect(changes.some((ch) => ch.rule.split('+').includes(data.rule))).toBe(true)
      })
    }
    for (const c of data.negative) {
      it(`should leave alone: ${c.note}`, () => {
        expect(repair(c.input, c.options)).toBe(c.input)
      })
    }
  })
}
