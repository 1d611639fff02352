import { describe, expect, it } from 'vitest'
import { PARAGRAPHS, classifyHtmlBlocks, classifyText } from './helpers.js'

const [P1, P2, P3, P4] = PARAGRAPHS as [string, string, string, string]
// A recipe's ingredient line, repeated under each recipe on the page: 12 words, not a paragraph.
const INGREDIENTS = 'Containers: 1 green, 1 red, 1 yellow, 1 tsp. olive oil and a pinch of salt'

const keptText = (lines: readonly string[]): string[] =>
  classifyHtmlBlocks(lines)
    .blocks.filter((b) => b.verdict === 'body')
    .map((b) => b.text)

describe('classifyBoilerplate on blocks from HTML', () => {
  it('should not cut the article after an image credit or copyright line', () => {
    const lines = [P1, 'Image copyright Getty Images', P2, 'Copyright © 2019 Reuters', P3, P4]
    expect(keptText(lines)).toEqual([P1, P2, P3, P4])
  })

  it('should not cut the article after a related-links heading mid-page', () => {
    expect(keptText([P1, P2, 'Related articles', P3, P4])).toEqual([P1, P2, P3, P4])
  })

  it('should keep a paragraph the page repeats', () => {
    expect(keptText([P1, P2, P3, P1, P4])).toEqual([P1, P2, P3, P1, P4])
  })

  it('should keep a summary lead whose wording the next paragraph repeats', () => {
    const lead = `${P2.slice(0, -1)}, officials said.`
    expect(keptText([lead, P2, P3])).toEqual([lead, P2, P3])
  })

  it('should still drop lexicon matches such as a comment section', () => {
    expect(keptText([P1, P2, 'This post has 5 comments:', 'Nice one.'])).toEqual([P1, P2])
  })
})

describe('duplicate-lead on plain text', () => {
  it('should keep a repeated short line that is not a paragraph', () => {
    const input = [P1, 'Green salad:', INGREDIENTS, P2, 'Chicken soup:', INGREDIENTS, P3, P4].join('\n')
    const { body, removed } = classifyText(input)
    expect(body.split(INGREDIENTS).length - 1).toBe(2)
    expect(removed.map((r) => r.rule)).not.toContain('boilerplate/duplicate-lead')
  })

  it('should drop a paragraph printed twice', () => {
    const { body, removed } = classifyText([P1, P2, P3, P2, P4].join('\n'))
    expect(body.split(P2).length - 1).toBe(1)
    expect(removed.find((r) => r.text === P2)?.rule).toBe('boilerplate/duplicate-lead')
  })
})
