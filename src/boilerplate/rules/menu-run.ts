import { introducesList, menuLike, type ShapeClass } from '../shape.js'
import type { Thresholds } from '../thresholds.js'
import type { BlockView } from '../view.js'

/** Drops a run of short lines without terminal punctuation inside the main region (a menu between paragraphs), unless a line ending in a colon introduces it. */
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
    // Blocks already judged boilerplate neither break nor count in a run: once they are gone (cleaning
    // the result again), the lines on both sides of them are neighbours.
    let runStart = from
    let count = 0
    for (let i = from; i <= to; i++) {
      if (i < to && classes[i] === 'bad') continue
      if (i < to && menuLike(views[i]!, classes[i]!) && !introducesList(views[i]!)) {
        count++
        continue
      }
      // A run after a line ending in a colon is the list that line introduces, not a menu.
      const listed = runStart > 0 && introducesList(views[runStart - 1]!)
      if (count >= th.menuRun && !listed) for (let k = runStart; k < i; k++) if (classes[k] !== 'bad') mark(k)
      runStart = i + 1
      count = 0
    }
  },
}
