import type { ShapeClass } from '../shape.js'
import type { Thresholds } from '../thresholds.js'
import type { BlockView } from '../view.js'

/** Drops what lies outside the main content region (menus, teasers, footers), keeping long paragraphs under `recall`. */
export const outsideMain = {
  id: 'boilerplate/outside-main',
  description: 'block outside the densest run of paragraphs',
  /**
   * Whether a block outside the region is dropped.
   *
   * @param v the block's view
   * @param c its shape class
   * @param th the thresholds
   * @returns true to drop it
   */
  drops(v: BlockView, c: ShapeClass, th: Thresholds): boolean {
    return !(c === 'good' && v.words >= th.keepOutsideWords)
  },
}
