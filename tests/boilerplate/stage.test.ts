import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { replay } from 'textwash'
import { classifyBoilerplate } from '../../src/boilerplate/index.js'
import { compileLexicon } from '../../src/lexicon/boilerplate/index.js'
import { PARAGRAPHS, classifyHtmlBlocks, classifyText } from './helpers.js'

const [P1, P2, P3, P4] = PARAGRAPHS as [string, string, string, string]
const MENU = Array.from({ length: 30 }, (_, i) => `Section ${i}`)

describe('classifyBoilerplate', () => {
  it('should keep its stage id', () => {
    expect(classifyBoilerplate.id).toBe('classify')
  })

  it('should account for every removed span with its source offsets', () => {
    const input = ['Home>News>World', P1, P2, '【print】 【close】', P3, 'Copyright © 2024 Example. All rights reserved.'].join('\n')
    const result = classifyText(input)
    for (const r of result.removed) expect(input.slice(r.start, r.end)).toBe(r.text)
    expect(replay(input, result)).toBe(result.body)
  })

  it('should skip a rule turned off by id', () => {
    const input = [P1, P2, '【print】 【close】', P3].join('\n\n')
    expect(classifyText(input).body).not.toContain('【print】')
    expect(classifyText(input, { disable: ['boilerplate/page-controls'] }).body).toContain('【print】')
  })

  it('should skip every rule under a disabled prefix', () => {
    const input = ['Home', 'News', 'World', P1, 'Leave a comment', 'Nice.'].join('\n')
    expect(classifyText(input, { disable: ['boilerplate/'] }).removed).toEqual([])
  })

  it('should drop a block matching a user rule of line scope', () => {
    const input = [P1, 'ADVERTISEMENT', P2, P3].join('\n\n')
    const result = classifyText(input, { rules: [{ id: 'user/ad', pattern: /^advertisement$/gi }] })
    expect(result.body).not.toContain('ADVERTISEMENT')
    expect(result.removed.find((r) => r.text === 'ADVERTISEMENT')?.rule).toBe('user/ad')
  })

  it('should drop everything from a user rule of tail scope', () => {
    const input = [P1, P2, 'END OF STORY', P3].join('\n\n')
    const result = classifyText(input, { rules: [{ id: 'user/end', pattern: /^END OF STORY$/, scope: 'tail' }] })
    expect(result.body).toContain(P2)
    expect(result.body).not.toContain(P3)
  })

  it('should merge user lexicon entries into the built-in lexicons', () => {
    const input = [P1, P2, 'Endast för prenumeranter', P3].join('\n\n')
    expect(classifyText(input).body).toContain(P3)
    const result = classifyText(input, { lexicon: { sv: { paywall: ['endast för prenumeranter'] } } })
    expect(result.body).not.toContain(P3)
    expect(result.removed.map((r) => r.rule)).toContain('boilerplate/paywall')
  })

  it('should compile a lexicon once per options object', () => {
    const user = { en: { control: ['listen now'] } }
    expect(compileLexicon(user)).toBe(compileLexicon(user))
    expect(compileLexicon(user).control.test('Listen now | Share')).toBe(true)
  })

  it('should keep a long paragraph far from the body only under recall focus', () => {
    const far = `${P3} ${P2}`
    const input = [P1, P2, P3, ...MENU, far].join('\n')
    expect(classifyText(input).body).not.toContain(far)
    expect(classifyText(input, { focus: 'recall' }).body).toContain(far)
  })

  it('should drop shorter menu runs under precision focus', () => {
    const input = [P1, P2, 'Travel', 'Sports', 'Weather', P3, P4].join('\n')
    expect(classifyText(input).body).toContain('Sports')
    expect(classifyText(input, { focus: 'precision' }).body).not.toContain('Sports')
  })

  it('should not cut the page at a comment button before the article', () => {
    const input = ['Share', 'Comment', ...PARAGRAPHS].join('\n')
    const body = classifyText(input).body
    for (const p of PARAGRAPHS) expect(body).toContain(p)
  })

  it('should apply only lexicon rules to blocks from HTML', () => {
    const doc = classifyHtmlBlocks([...MENU, P1, P2, '【打印本页】【关闭窗口】', P3, 'This post has 5 comments:', 'Nice one.'])
    const kept = doc.blocks.filter((b) => b.verdict === 'body').map((b) => b.text)
    expect(kept).toContain('Section 3')
    expect(kept).not.toContain('【打印本页】【关闭窗口】')
    expect(kept).not.toContain('Nice one.')
  })

  it('should not cut HTML blocks at a footer or a bare comment label followed by more body', () => {
    const doc = classifyHtmlBlocks([P1, P2, 'Copyright © 2024 Example', 'Comment', P3, P4])
    const kept = doc.blocks.filter((b) => b.verdict === 'body').map((b) => b.text)
    expect(kept).toEqual([P1, P2, P3, P4])
  })

  it('should keep short lines when nothing looks like an article, with a warning', () => {
    const result = classifyText(['Hello world.', 'How are you?', 'Leave a comment'].join('\n'))
    expect(result.body).toBe('Hello world.\n\nHow are you?')
    expect(result.warnings?.some((w) => w.startsWith('boilerplate:'))).toBe(true)
  })

  it('should keep the longest block when a lexicon rule dropped every block', () => {
    const result = classifyText(['Leave a comment', 'Copyright © 2024 Example Media Group'].join('\n'))
    expect(result.body).toBe('Copyright © 2024 Example Media Group')
  })

  it('should return an empty document unchanged', () => {
    expect(classifyText('').body).toBe('')
  })
})

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url)
const corpus = (prefix: string): string => {
  const name = readdirSync(CORPUS).find((f) => f.startsWith(prefix) && f.endsWith('.txt') && !f.includes('expected'))
  return readFileSync(new URL(name!, CORPUS), 'utf8')
}
// The article's paragraphs: long lines that end a sentence (titles and link lines do not).
const paragraphsOf = (text: string): string[] =>
  text.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 15 && /[.。!?"”]$/u.test(l))

describe('classifyBoilerplate on the corpus', () => {
  const cases: Record<string, string[]> = {
    '000': ['past review', 'Night reading', 'Author: Emma', 'An experienced news writer', 'This post has 5 comments', 'Leave a comment'],
    '002': ['Home>News', '【print】', 'Special Report', 'Festival Exhibition', 'ICP:05001568', 'Tel:+86'],
    // The first paragraph is a summary whose wording the next (broken) paragraph repeats.
    '003': ['Central enterprises, large local', 'All can be viewed after purchase', 'In order to implement the spirit'],
  }
  for (const [id, drops] of Object.entries(cases)) {
    it(`should drop the boilerplate of corpus ${id} and keep its article`, () => {
      const input = corpus(id)
      const { body } = classifyText(input)
      for (const d of drops) expect(body).not.toContain(d)
      const article = paragraphsOf(input).filter((p) => !drops.some((d) => p.includes(d)))
      for (const p of article) expect(body).toContain(p)
    })
  }
  for (const id of ['001', '004']) {
    it(`should keep all of corpus ${id}`, () => {
      expect(classifyText(corpus(id)).removed).toEqual([])
    })
  }
})
