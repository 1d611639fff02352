import { readFileSync, readdirSync } from 'node:fs'
import { clean, replay, type CleanResult } from 'textwash'
import { describe, expect, it } from 'vitest'

// The corpus files as the repository bundles them (the fixtures also hold expected results).
const DIR = new URL('../../fixtures/corpus/', import.meta.url).pathname
const file = (prefix: string): string => readdirSync(DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt') && !f.includes('.expected'))!
const run = (prefix: string): { text: string; result: CleanResult } => {
  const text = readFileSync(DIR + file(prefix), 'utf8')
  return { text, result: clean(text) }
}
const metadataRemovals = (r: CleanResult): string[] => r.removed.filter((x) => x.rule.startsWith('metadata/')).map((x) => `${x.rule} ${x.text.trim()}`)

describe('metadata on the corpus', () => {
  it('should read the credits, the author bio and the comment count of 000', () => {
    const { result } = run('000')
    expect(result.metadata.credits).toEqual({
      reporter: ['Li Yannan'],
      photographer: ['Chang Zhengle'],
      editor: ['Summer Yuqing', 'he Li'],
      reviewer: ['Li Xiangyang'],
    })
    expect(result.metadata.author).toBe('Emma')
    expect(result.metadata.commentCount).toBe(5)
    expect(result.metadata.language).toBe('en')
    expect(metadataRemovals(result)).toEqual([
      'metadata/credit reporter:Li Yannan',
      'metadata/credit photography:Chang Zhengle',
      'metadata/credit edit:Summer Yuqing',
      'metadata/credit editor:he Li',
      'metadata/credit audit:Li Xiangyang',
      'metadata/author Author: Emma',
    ])
    expect(result.body).not.toContain('reporter:')
  })

  it('should read no date and no title from 001, whose first line is a paragraph', () => {
    const { result } = run('001')
    expect(result.metadata.language).toBe('en')
    expect(result.metadata.date).toBeUndefined()
    expect(result.metadata.title).toBeUndefined()
  })

  it('should read title, date, breadcrumb, section, ICP and copyright of 002', () => {
    const { result } = run('002')
    expect(result.metadata).toMatchObject({
      title: 'Jilin Provincial Party Committee Theory Learning Center Group Held a Collective (Enlarged) Learning Meeting',
      date: '2018-05-11',
      breadcrumb: ['Home', 'News', 'General News'],
      section: 'General News',
      icp: '05001568',
      copyright: { holder: "People's Government of JiLin Province", year: 2008 },
    })
    expect(result.metadata.source).toBeUndefined()
    const ruleOf = (start: string): string | undefined => result.removed.find((r) => r.text.trim().startsWith(start))?.rule
    expect(ruleOf('Jilin Provincial')).toBe('metadata/title')
    expect(ruleOf('2018/05/11')).toBe('metadata/date')
    // Footer lines keep the classifier's rule: they are read, not re-labelled.
    expect(ruleOf('ICP:05001568')).not.toMatch(/^metadata\//)
  })

  it('should read title, date with time, and the agency prefix of 003, not the trailing paywall date', () => {
    const { result } = run('003')
    expect(result.metadata.title).toBe('Xinhua News Agency: Central Enterprises Should Speed up the Implementation of "AI +" Special Action')
    expect(result.metadata.date).toBe('2024-04-29T11:39:42')
    expect(result.metadata.source).toBe('Xinhua News Agency')
  })

  it('should cut the glued dateline off the first paragraph of 004', () => {
    const { text, result } = run('004')
    expect(result.metadata.date).toBe('2025-08-25')
    expect(result.metadata.language).toBe('vi')
    expect(result.body.startsWith('Hưởng ứng')).toBe(true)
    expect(result.removed.find((r) => r.rule === 'metadata/date')?.text).toBe('date 2025-08-25 ')
    expect(replay(text, result)).toBe(result.body)
  })

  it('should keep replay exact on every corpus file', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { text, result } = run(prefix)
      expect(replay(text, result)).toBe(result.body)
    }
  })
})
