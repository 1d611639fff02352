import { clean } from 'textwash'
import { describe, expect, it } from 'vitest'
import cases from './cases/documents.json' with { type: 'json' }

interface DocCase {
  input: string
  expected: Record<string, unknown>
  absent?: string[]
  removedRules?: string[]
  bodyStartsWith?: string
  /** Passages that must stay in the body (a paragraph that starts like a byline, a date in prose). */
  bodyIncludes?: string[]
  note: string
}

describe('metadata from whole documents', () => {
  for (const c of cases as DocCase[]) {
    it(`should read what the page states: ${c.note}`, () => {
      const r = clean(c.input)
      expect(r.metadata).toMatchObject(c.expected)
      for (const key of c.absent ?? []) expect(r.metadata[key]).toBeUndefined()
      if (c.removedRules !== undefined) expect(r.removed.map((x) => x.rule).filter((x) => x.startsWith('metadata/'))).toEqual(c.removedRules)
      if (c.bodyStartsWith !== undefined) expect(r.body.startsWith(c.bodyStartsWith)).toBe(true)
      for (const passage of c.bodyIncludes ?? []) expect(r.body).toContain(passage)
    })
  }

  it('should leave metadata lines in the body when their rule is disabled', () => {
    const text = 'Some headline here today\n2018/05/11\nThe council approved a new budget on Monday that raises spending on schools by ten percent, officials said.'
    const r = clean(text, { disable: ['metadata/'] })
    expect(r.metadata.date).toBeUndefined()
    expect(r.metadata.title).toBeUndefined()
    expect(r.removed.some((x) => x.rule.startsWith('metadata/'))).toBe(false)
  })
})

describe('user lexicon entries', () => {
  const body = 'The council approved a new budget on Monday that raises spending on schools by ten percent, officials said.'

  it('should read a credit label the user adds for a role', () => {
    const text = `${body}\nSub-editor: Jane Doe`
    expect(clean(text).metadata.credits).toBeUndefined()
    const r = clean(text, { lexicon: { en: { 'metadata.credit.editor': ['Sub-editor'] } } })
    expect(r.metadata.credits).toEqual({ editor: ['Jane Doe'] })
    expect(r.removed.map((x) => x.rule)).toContain('metadata/credit')
  })

  it('should read a credit label the user adds whose first letters hold a cased non-ASCII letter', () => {
    const text = `${body}\nKỹ thuật viên: Jane Doe`
    const r = clean(text, { lexicon: { en: { 'metadata.credit.editor': ['Kỹ thuật viên'] } } })
    expect(r.metadata.credits).toEqual({ editor: ['Jane Doe'] })
  })

  it('should read month names the user adds for another language', () => {
    const text = `Rada schválila nový rozpočet pro školy\n12. března 2024\n${body}`
    expect(clean(text).metadata.date).toBeUndefined()
    expect(clean(text, { lexicon: { cs: { 'metadata.month.3': ['března'] } } }).metadata.date).toBe('2024-03-12')
  })

  it('should ignore categories that are not metadata ones', () => {
    const text = `${body}\nSub-editor: Jane Doe`
    expect(clean(text, { lexicon: { en: { paywall: ['members only'] } } }).metadata.credits).toBeUndefined()
  })
})
