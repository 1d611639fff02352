import type { BoilerplateRule } from '../rule.js'
import { LINK_LINE_RATIO } from '../thresholds.js'

/** Drops a block that is mostly links, including markdown links whose URL was lost (`· [Title](`). */
export const linkList: BoilerplateRule = {
  id: 'boilerplate/link-list',
  description: 'block made mostly of links',
  scope: 'line',
  match(views, i) {
    return views[i]!.linkRatio >= LINK_LINE_RATIO ? 1 : 0
  },
}
