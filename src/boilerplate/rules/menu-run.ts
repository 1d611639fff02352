import { menuLike, type ShapeClass } from '../shape.js'
import type { Thresholds } from '../thresholds.js'
import type { BlockView } from '../view.js'

/** Drops a run of short lines without terminal punctuation inside the main region (a menu between paragraphs). */
export const menuRun = {
  id: 'boilerplate/menu-run',
  description: 'run of short menu-like lines',
  /**
   * Mark runs of at least `th.menuRun` menu-like blocks in `[from, to)`.
   *
   * @param views the blocks' views
   * @param classes their shape classes
   * @param from first index of the region
   * @param to index just past the region
   * @param th the thresholds
   * @param mark called with each index to drop
   */
  apply(views: readonly BlockView[], classes: readonly ShapeClass[], from: number, to: number, th: Thresholds, mark: (i: number) => void): void {
    let runStart = from
    for (let i = from; i <= to; i++) {
      if (i < to && menuLike(views[i]!, classes[i]!)) continue
      if (i - runStart >= th.menuRun) for (let k = runStart; k < i; k++) mark(k)
      runStart = i + 1
    }
  },
}
