import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clean, segment } from 'textwash'
import { languageSample } from '../../src/annotate/index.js'
import { createDoc } from '../../src/core/doc.js'
import { KeptLines, sameSample } from '../../src/metadata/language.js'
import type { Block } from '../../src/types.js'

const BASE = segment(createDoc('x')).blocks[0]!

/** Blocks with these texts. */
function blocksOf(texts: readonly string[]): Block[] {
  return texts.map((text) => ({ ...BASE, text }))
}

/** `sameSample` called as the metadata stage calls it, for the blocks whose `keep` flag is set. */
function sameSampleOf(blocks: readonly Block[], keep: readonly boolean[]): boolean {
  const lines = new KeptLines()
  blocks.forEach((b, i) => lines.add(b, i, keep[i] === true))
  return sameSample(languageSample(lines.kept), blocks, lines.kept, lines.keptAt, lines.droppedAt)
}

// Lines of a few lengths, so that ties, repeats and samples that fill up all occur.
const line = fc.oneof(
  fc.constantFrom('', 'a', 'b', 'menu', 'Menu', 'a\nb', 'x'.repeat(900), 'y'.repeat(900), 'z'.repeat(1500)),
  fc.string({ maxLength: 40 }),
  fc.nat({ max: 2500 }).map((n) => 'w'.repeat(n)),
)

describe('KeptLines', () => {
  it('should note the kept blocks in order and the first longest dropped one', () => {
    const blocks = blocksOf(['kept one', 'dropped', 'longer dropped', 'kept', 'same length...'])
    const lines = new KeptLines()
    blocks.forEach((b, i) => lines.add(b, i, i === 0 || i === 3))
    expect(lines.kept).toEqual([blocks[0], blocks[3]])
    expect(lines.keptAt).toEqual([0, 3])
    expect(lines.droppedAt).toBe(2)
  })

  it('should have no dropped block while every block is kept', () => {
    const lines = new KeptLines()
    blocksOf(['a', 'b']).forEach((b, i) => lines.add(b, i, true))
    expect(lines.droppedAt).toBe(-1)
  })
})

describe('sameSample', () => {
  it('should tell whether the kept blocks give the language sample of all the blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, fc.boolean()), { minLength: 2, maxLength: 30 }).filter((bs) => bs.some(([, k]) => k) && bs.some(([, k]) => !k)),
        (bs) => {
          const blocks = blocksOf(bs.map(([t]) => t))
          const keep = bs.map(([, k]) => k)
          const kept = blocks.filter((_, i) => keep[i])
          expect(sameSampleOf(blocks, keep)).toBe(languageSample(kept) === languageSample(blocks))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('should see the same sample when the dropped block comes after a full sample', () => {
    const blocks = blocksOf(['x'.repeat(3100), 'short menu line', 'y'.repeat(200)])
    expect(sameSampleOf(blocks, [true, false, true])).toBe(true)
  })

  it('should see another sample when the dropped block would be taken', () => {
    const blocks = blocksOf(['A long paragraph of the article.', 'A longer menu line of the page, dropped.', 'short'])
    expect(sameSampleOf(blocks, [true, false, true])).toBe(false)
  })

  it('should see the same sample when a kept line repeats the dropped one where the sample takes it', () => {
    const blocks = blocksOf(['Same line', 'w'.repeat(2990), 'Same line'])
    expect(sameSampleOf(blocks, [false, true, true])).toBe(true)
  })
})

describe('body language', () => {
  it('should read the footer again in the language the kept lines read as', () => {
    // Every line together leaves the language undecided; without the menu the page reads as English.
    const LEAD = '习近平总书记强调,要充分运用大数据。We should take this opportunity'
    const r = clean(`${LEAD}\nHome>News>General News T  T\n${LEAD}\n가\n${LEAD}\n`)
    expect(r.metadata).toEqual({ language: 'en', breadcrumb: ['Home', 'News', 'General News'], section: 'General News' })
    expect(Object.keys(r.metadata)).toEqual(['language', 'breadcrumb', 'section'])
  })

  it('should keep the language it is given', () => {
    const LEAD = '习近平总书记强调,要充分运用大数据。We should take this opportunity'
    const r = clean(`${LEAD}\nHome>News>General News T  T\n${LEAD}\n`, { language: 'zh' })
    expect(r.metadata.language).toBe('zh')
  })
})
