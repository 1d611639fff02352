import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BOILERPLATE_RULES, clean, cleanHtml, METADATA_RULES, NORMALIZE_RULES, REPAIR_RULES } from 'textwash'

// Rule ids are public API: every id a result can carry must be in docs/rules.md.
const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')
const documented = (id: string): boolean => doc.includes(`\`${id}\``)

describe('docs/rules.md', () => {
  it('should document every exported rule', () => {
    const ids = [...NORMALIZE_RULES, ...REPAIR_RULES, ...BOILERPLATE_RULES, ...METADATA_RULES].map((r) => r.id)
    expect(ids.length).toBeGreaterThan(30)
    expect(ids.filter((id) => !documented(id))).toEqual([])
  })

  it('should document every rule id that the fixtures produce', () => {
    const seen = new Set<string>()
    const collect = (r: { removed: readonly { rule: string }[]; changes: readonly { rule: string }[] }): void => {
      for (const x of [...r.removed, ...r.changes]) for (const id of x.rule.split('+')) seen.add(id)
    }
    const corpus = new URL('../../fixtures/corpus/', import.meta.url)
    for (const f of readdirSync(corpus).filter((n) => /^\d{3}_[0-9a-f]+\.txt$/.test(n))) collect(clean(readFileSync(new URL(f, corpus), 'utf8')))
    const html = new URL('../../fixtures/html/', import.meta.url)
    for (const d of readdirSync(html, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const f of readdirSync(new URL(`${d.name}/`, html)).filter((n) => n.startsWith('source.'))) collect(cleanHtml(readFileSync(new URL(`${d.name}/${f}`, html))))
    }
    expect(seen.size).toBeGreaterThan(10)
    expect([...seen].filter((id) => !documented(id))).toEqual([])
  })
})
