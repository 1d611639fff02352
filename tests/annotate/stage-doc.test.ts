import { annotate, annotateLanguage, createContext, createDoc, normalize, segment, toResult, type Doc } from 'textwash'
import { describe, expect, it } from 'vitest'

// The annotate stages and toResult build their objects field by field instead of with a spread that adds a
// field (one V8 map for all documents): they must give the same fields, in the same order, as the spread did.

const TEXT = 'Der Stadtrat hat gestern Abend über den neuen Busfahrplan abgestimmt.\n\nDie Linien fahren ab Montag öfter.'

function prepared(extra: Partial<Doc> = {}): Doc {
  return { ...normalize(segment(createDoc(TEXT)), createContext()), ...extra }
}

describe('annotate stage documents', () => {
  it('should keep every field of the input in order, with the new blocks and the language after them', () => {
    const doc = prepared({ spacesCollapsed: true })
    const out = annotate(doc, createContext())
    expect(Object.keys(out)).toEqual([...Object.keys(doc), 'lang'])
    expect(out).toEqual({ ...doc, blocks: out.blocks, lang: 'de' })
    expect(out.spacesCollapsed).toBe(true)
    expect(out.blocks.every((b) => b.features !== undefined)).toBe(true)
  })

  it('should let the language option replace a language already set, where it stood', () => {
    const doc = prepared({ lang: 'fr' })
    const out = annotate(doc, createContext({ language: 'it' }))
    expect(Object.keys(out)).toEqual(Object.keys(doc))
    expect(out.lang).toBe('it')
  })

  it('should leave out the language when none is found, and copy nothing but the blocks', () => {
    const doc = { ...createDoc('12 34'), blocks: segment(createDoc('12 34')).blocks }
    const out = annotate(doc, createContext())
    expect(Object.keys(out)).toEqual(Object.keys(doc))
    expect('lang' in out).toBe(false)
  })

  it('should give annotateLanguage the same fields, and the same document when the language is known', () => {
    const doc = prepared()
    const out = annotateLanguage(doc, createContext())
    expect(out).toEqual({ ...doc, lang: 'de' })
    expect(Object.keys(out)).toEqual([...Object.keys(doc), 'lang'])
    expect(out.blocks).toBe(doc.blocks)
    expect(annotateLanguage(out, createContext())).toBe(out)
  })
})

describe('toResult fields', () => {
  it('should list body, metadata, removed and changes, and warnings last only when there are any', () => {
    expect(Object.keys(toResult(prepared()))).toEqual(['body', 'metadata', 'removed', 'changes'])
    const warned = toResult(prepared({ warnings: ['w'] }))
    expect(Object.keys(warned)).toEqual(['body', 'metadata', 'removed', 'changes', 'warnings'])
    expect(warned.warnings).toEqual(['w'])
  })
})
