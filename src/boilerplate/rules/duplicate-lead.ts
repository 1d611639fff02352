import { DUPLICATE_MIN_WORDS } from '../thresholds.js'
import type { BlockView } from '../view.js'

/** Drops a paragraph that repeats an earlier kept one word for word (a lead or summary printed twice). */
export const duplicateLead = {
  id: 'boilerplate/duplicate-lead',
  description: 'paragraph repeating an earlier kept paragraph',
  /**
   * Find repeated paragraphs among the kept blocks, in one pass.
   *
   * @param views the blocks' views
   * @param kept whether each block is still body
   * @returns indices of the later copies
   */
  find(views: readonly BlockView[], kept: readonly boolean[]): number[] {
    const seen = new Set<string>()
    const out: number[] = []
    for (let i = 0; i < views.length; i++) {
      const v = views[i]!
      if (!kept[i] || v.words < DUPLICATE_MIN_WORDS) continue
      // Blocks are normalised (one space between words) before this stage, so the text is the key.
      const key = v.text
      if (seen.has(key)) out.push(i)
      else seen.add(key)
    }
    return out
  },
}
