import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyPlan } from '../../src/core/doc.js'
import { explainRepair, repair } from '../../src/pipeline/clean.js'

// The corpus files ship with the repository as fixtures (beside their hand-written expected outputs).
const dir = new URL('../../fixtures/corpus/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.includes('.expected')).sort()
const read = (prefix: string): string => readFileSync(new URL(files.find((f) => f.startsWith(prefix))!, dir), 'utf8')

describe('repair() on the corpus', () => {
  it('should mend the machine-translated file 001', () => {
    const out = repair(read('001_'))
    for (const phrase of [
      'begun to do so “Cloud office”, “Online management”, “Intelligent manufacturing”',
      '“Intelligent manufacturing”, “Contactless production”, “Internet+” New models',
      'developing rapidly. This is not only',
      'with Chinese characteristics, As an important pillar',
      'intelligent upgrading two centenary goals The goal',
      '早在2000 During his tenure',
      'our country 5G Major breakthroughs',
      'new infrastructure. 以5G We will build',
      'nationwide 城市 Brain engineering',
      'supercomputers “跟跑并跑”, “领跑” Mobile payment',
    ]) expect(out).toContain(phrase)
    for (const glued of ['soCloud', 'country5GMajor', 'upgradingtwo', '2000During', 'rapidly。This', 'characteristics,As']) expect(out).not.toContain(glued)
    // Chinese sentences keep their own punctuation.
    expect(out).toContain('支撑疫情防控工作。 We should take')
  })
  it('should join the broken word and the split paragraphs of file 003', () => {
    const out = repair(read('003_'))
    expect(out).toContain('multiple application scenarios')
    expect(out).toContain('deputy director of SASASAC of the State Council, said')
    expect(out).toContain('At the meeting on that day, Wang Hongzhi')
    expect(out).toContain('Xinhua News Agency: Central Enterprises Should Speed up the Implementation of "AI +" Special Action\n\n2024-04-29 11:39:42')
  })
  for (const f of files) {
    it(`should be idempotent and replay its changes on ${f}`, () => {
      const text = readFileSync(new URL(f, dir), 'utf8')
      const { text: once, changes } = explainRepair(text)
      expect(repair(once)).toBe(once)
      expect(applyPlan(text, { removed: [], changes })).toBe(once)
    })
  }
})
