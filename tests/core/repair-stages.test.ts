import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annotate, annotateLanguage, createContext, createDoc, explainRepair, fixMojibake, normalize, repairBody, REPAIR_STAGES, runStages, segment, toResult } from 'textwash'

// repair() runs annotateLanguage instead of annotate; this is only sound while the repair rules read the
// document language and no block features, so the two pipelines must agree on everything they return.
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom(
    'The committee met on May 10 and approved the plan for the coming year.',
    '习近平总书记强调,要充分运用大数据。We should take this opportunity',
    'Petrovietnam triển khai kế hoạch truyền thông trong năm nay.',
    'El comité se reunió el martes y aprobó el plan para el próximo año.',
    'we need an app lication that works,As the report said',
    'donâ€™t do soCloud office”“Online management”',
    'the plan of',
    'the State Council said',
  ),
)
const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n')), { maxLength: 12 }).map((ls) => ls.map(([l, s]) => l + s).join(''))

function withFullAnnotate(s: string): ReturnType<typeof toResult> {
  const ctx = createContext()
  return toResult(runStages(segment(createDoc(s)), [fixMojibake, normalize, annotate, repairBody], ctx))
}

describe('REPAIR_STAGES', () => {
  it('should run the language half of annotate, not its features', () => {
    expect(REPAIR_STAGES.map((s) => s.id)).toEqual(['fix-mojibake', 'normalize', 'annotate-language', 'repair'])
  })

  it('should set the same document language as annotate', () => {
    fc.assert(fc.property(text, (s) => {
      const ctx = createContext()
      const doc = normalize(segment(createDoc(s)), ctx)
      expect(annotateLanguage(doc, ctx).lang).toBe(annotate(doc, ctx).lang)
    }), { numRuns: 200 })
  })

  it('should keep a language given in the options', () => {
    const ctx = createContext({ language: 'vi' })
    expect(annotateLanguage(segment(createDoc('The committee met on May 10 and approved the plan.')), ctx).lang).toBe('vi')
  })

  it('should give the same changes as the pipeline with full annotation', () => {
    fc.assert(fc.property(text, (s) => {
      expect(explainRepair(s).changes).toEqual(withFullAnnotate(s).changes)
    }), { numRuns: 200 })
  })
})
