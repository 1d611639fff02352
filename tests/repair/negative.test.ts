import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repair } from '../../src/pipeline/clean.js'

const { strings } = JSON.parse(readFileSync(new URL('./negative.json', import.meta.url), 'utf8')) as { strings: string[] }

describe('repair() on clean text', () => {
  it('should have at least 100 clean strings', () => {
    expect(strings.length).toBeGreaterThanOrEqual(100)
  })
  for (const s of strings) {
    it(`should return ${JSON.stringify(s.slice(0, 40))} byte-identical`, () => {
      expect(repair(s)).toBe(s)
    })
  }
  it('should return the whole file joined as one document byte-identical', () => {
    const doc = strings.join('\n\n')
    expect(repair(doc)).toBe(doc)
  })
})
