import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clean, detectLanguage } from 'textwash'

interface Case {
  readonly lang: string
  readonly short: string
  readonly paragraph: string
}

/** The labelled samples: one short line and one paragraph per language and topic. */
const CASES: Case[] = ['news', 'weather'].flatMap((name) => (JSON.parse(readFileSync(new URL(`cases/${name}.json`, import.meta.url), 'utf8')) as { cases: Case[] }).cases)

/**
 * Pairs the trigram model does not tell apart on a paragraph (written nearly alike, and franc's models of
 * them are close): the detector may answer the neighbour, and nothing else.
 */
const NEAR_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = { ms: ['id'], nb: ['da'], hr: ['bs', 'sr'] }

describe('language labels on the evaluation set', () => {
  it.each(CASES.map((c) => [c.lang, c.paragraph.slice(0, 40), c] as const))('should label a %s paragraph (%s…)', (lang, _, c) => {
    expect([lang, ...(NEAR_NEIGHBOURS[lang] ?? [])]).toContain(detectLanguage(c.paragraph))
  })

  it('should label the paragraphs of languages franc-min lacks, and of their neighbours, exactly', () => {
    for (const c of CASES.filter((x) => ['da', 'ca', 'gl', 'sk', 'fi', 'sv', 'es', 'pt', 'cs'].includes(x.lang))) expect(detectLanguage(c.paragraph)).toBe(c.lang)
    // Bokmål on at least one of its two topics.
    expect(CASES.filter((c) => c.lang === 'nb').map((c) => detectLanguage(c.paragraph))).toContain('nb')
  })

  // A short Latin line is too little for the statistical model: right (by script or function words) or no answer.
  it.each(CASES.map((c) => [c.lang, c.short] as const))('should label a short %s line rightly or not at all: %s', (lang, text) => {
    expect([lang, undefined]).toContain(detectLanguage(text))
  })

  it('should give the paragraph’s language as clean()’s metadata.language', () => {
    for (const c of CASES.filter((x) => ['da', 'ca', 'sk', 'fi', 'en', 'de'].includes(x.lang))) expect(clean(c.paragraph).metadata.language).toBe(c.lang)
  })
})
