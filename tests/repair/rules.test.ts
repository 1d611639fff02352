import { describe, expect, it } from 'vitest'
import { segment } from '../../src/adapters/text.js'
import { annotate } from '../../src/annotate/index.js'
import { createDoc, toResult } from '../../src/core/doc.js'
import { createContext } from '../../src/core/options.js'
import { runBlockRules, type BlockRule } from '../../src/core/rule.js'
import { explainRepair } from '../../src/pipeline/clean.js'
import * as repairs from '../../src/repair/index.js'
import { fixMojibakeText } from '../../src/repair/index.js'

const RULES: ReadonlyArray<[BlockRule, string, string]> = [
  [repairs.mojibake, 'donâ€™t stop', 'don’t stop'],
  [repairs.brokenWords, 'multiple app lication scenarios', 'multiple application scenarios'],
  [repairs.gluedWords, 'intelligent upgradingtwo goals', 'intelligent upgrading two goals'],
  [repairs.fullwidthPunct, 'it grows fast。This is new', 'it grows fast. This is new'],
  [repairs.scriptSpacing, 'Implement it nationwide城市Brain engineering', 'Implement it nationwide 城市 Brain engineering'],
  [repairs.quotes, 'items“Cloud office”“Online work” grew', 'items “Cloud office”, “Online work” grew'],
  [repairs.punctSpace, 'with characteristics,As a pillar', 'with characteristics, As a pillar'],
]

describe('each repair rule on its own', () => {
  for (const [rule, input, expected] of RULES) {
    it(`should run ${rule.id} alone through runBlockRules`, () => {
      const ctx = createContext({ language: 'en' })
      const doc = runBlockRules(annotate(segment(createDoc(input)), ctx), ctx, [rule])
      const result = toResult(doc)
      expect(result.body).toBe(expected)
      expect(result.changes.every((c) => c.rule === rule.id)).toBe(true)
      expect(rule.id.startsWith('repair/')).toBe(true)
      expect(rule.description.length).toBeGreaterThan(0)
    })
  }
  it('should be turned off by its id in options.disable', () => {
    expect(explainRepair('upgradingtwo goals', { disable: ['repair/glued-words'] }).text).toBe('upgradingtwo goals')
    expect(explainRepair('upgradingtwo goals', { disable: ['repair/'] }).changes).toEqual([])
  })
  it('should report changes with offsets into the input', () => {
    const input = 'one\n\nsee app lication now。Then'
    const { changes } = explainRepair(input)
    for (const c of changes) expect(input.slice(c.start, c.end)).toBe(c.before)
    expect(changes.map((c) => c.rule)).toEqual(['repair/broken-words', 'repair/fullwidth-punct'])
  })
  it('should add Han/Latin spaces everywhere with cjkSpacing', () => {
    expect(explainRepair('我们使用5G网络和iPhone手机。', { cjkSpacing: true }).text).toBe('我们使用 5G 网络和 iPhone 手机。')
    expect(explainRepair('我们使用5G网络和iPhone手机。').text).toBe('我们使用5G网络和iPhone手机。')
  })
  it('should undo double encoding with the string helper', () => {
    expect(fixMojibakeText('Ã¢â‚¬â„¢')).toBe('’')
  })
  it('should finish a 1 MB adversarial input in linear time', () => {
    const unit = 'aÃ¢â‚¬ 城市Brain x。y,z ”“ thethe 5GWe ' // every rule's trigger, repeated
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length))
    const letters = 'a'.repeat(1_000_000)
    const marks = '。'.repeat(500_000) + 'a a'.repeat(100_000)
    // A quadratic pass over 1 MB takes minutes; a linear one takes about a second on a quiet machine, and a
    // few on a loaded one (5.9 s was seen with three other test runs on two cores): the bound allows for that.
    for (const s of [big, letters, marks]) {
      const t0 = performance.now()
      explainRepair(s)
      expect(performance.now() - t0).toBeLessThan(20_000)
    }
  }, 90_000)
})
