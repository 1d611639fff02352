import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDoc, toResult } from '../../src/core/doc.js'
import { createContext } from '../../src/core/options.js'
import { repair } from '../../src/pipeline/clean.js'
import { runStages } from '../../src/pipeline/run.js'
import { DEFAULT_STAGES, segment } from '../../src/pipeline/stages.js'
import { annotate } from '../../src/annotate/index.js'
import { normalize } from '../../src/normalize/index.js'
import { fixMojibake, repairBody, repairCleanBody } from '../../src/repair/index.js'

/** `clean()` with the repair stage that lays every block out as a paragraph (`repairCleanBody`). */
function cleanBody(text: string): string {
  const stages = DEFAULT_STAGES.map((s) => (s === repairBody ? repairCleanBody : s))
  return toResult(runStages(segment(createDoc(text)), stages, createContext())).body
}

/**
 * The repairs alone, laid out one block per paragraph as `clean()` lays its body out: split-paragraph without
 * boilerplate removal, which can drop a line between two halves of a sentence (a join across a dropped line
 * is not made, so cleaning twice can still join there).
 */
function paragraphLayout(text: string): string {
  return toResult(runStages(segment(createDoc(text)), [fixMojibake, normalize, annotate, repairCleanBody], createContext())).body
}

// Lines that end mid-sentence or end one, start in lower or upper case: the shapes split-paragraph reads.
const LINES = [
  'the council met on Monday and agreed that the',
  'plan for the coming year would go ahead, said the',
  'chairman of the board of directors,',
  'new rules take effect in May.',
  'and the rest of the sentence ends here.',
  'It was a long day for everyone in the city of',
  'Another paragraph starts here and ends here.',
  'reporter: Li Yannan',
]
const layout = fc
  .array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([line, brk]) => line + brk).join(''))

describe('repair/split-paragraph', () => {
  it.each([
    {
      name: 'a chain of split lines whole, so a second run joins nothing more',
      run: repair,
      text: 'The meeting was held in the city of\n\nthe northern province and the\n\ncouncil approved the plan.',
      joined: 'The meeting was held in the city of the northern province and the council approved the plan.',
    },
    {
      // Benchmark page 21486419: clean() laid the two lines out as paragraphs, and cleaning its output joined them.
      name: 'a sentence split by a single line break where every block is a paragraph (clean)',
      run: cleanBody,
      text: 'Jika engkau membenci seseorang, jangan sampai kebencian menimbulkan keinginan orang yang kamu\nbenci celaka atau binasanya.',
      joined: 'Jika engkau membenci seseorang, jangan sampai kebencian menimbulkan keinginan orang yang kamu benci celaka atau binasanya.',
    },
  ])('should join $name', ({ run, text, joined }) => {
    const once = run(text)
    expect(once).toBe(joined)
    expect(run(once)).toBe(once)
  })
  it('should keep a single line break in repair(), which keeps the line layout', () => {
    expect(repair('It was a line of\nthe same paragraph.')).toBe('It was a line of\nthe same paragraph.')
  })
  it('should be idempotent in both layouts', () => {
    fc.assert(
      fc.property(layout, (text) => {
        const r = repair(text)
        expect(repair(r)).toBe(r)
        const c = paragraphLayout(text)
        expect(paragraphLayout(c)).toBe(c)
      }),
      { numRuns: 300 },
    )
  })
})
