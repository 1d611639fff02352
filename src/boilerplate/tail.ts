import { shapeClass } from './shape.js'
import { ARTICLE_GOES_ON_PARAGRAPHS, LINK_LINE_RATIO, type Thresholds } from './thresholds.js'
import type { BlockView, RuleEnv } from './view.js'

/** Which paragraphs show that a mark lies inside the article's prose. */
export interface ProseNeed {
  /** A paragraph right before the mark. */
  readonly before: boolean
  /** Paragraphs in a row right after it, past the link lines an inline `Read also` heading carries. */
  readonly after: number
}

/**
 * Whether the article goes on after a would-be tail marker: the blocks right after it (past a link line
 * or two, which an inline `Read also` heading carries) are paragraphs in a row. A comment thread breaks its
 * comments with names, dates and `Reply` links, a paywall notice or a footer is followed by prompts,
 * teasers and footers; a subheading or a sentence that only contains their words is followed by the
 * article's next paragraphs. Cutting there would silently drop the rest of the article.
 *
 * @param views the blocks' views
 * @param i the marker's index
 * @param env the rule environment (`th.goodWords` makes a paragraph; `prose` records what the answer relied on)
 * @returns true when `ARTICLE_GOES_ON_PARAGRAPHS` paragraphs follow
 * @example articleGoesOn(views, i, env) // true after `Comments from 4 residents` and two paragraphs
 */
export function articleGoesOn(views: readonly BlockView[], i: number, env: RuleEnv): boolean {
  return insideProse(views, i, env, { before: false, after: ARTICLE_GOES_ON_PARAGRAPHS })
}

/**
 * Whether a mark sits inside the article's prose: a paragraph right before it (when asked) and paragraphs
 * right after it. A list of teasers under `Most read` (each a headline and its summary on one line)
 * follows the menu or headline above the heading, not a paragraph; a credit, an inline `Read also` or a
 * sentence that only contains a notice's words lies between two of the article's paragraphs. The answer
 * holds only while those paragraphs are kept: `env.prose` records them, and says no for a mark whose
 * paragraphs the classifier dropped after all (cleaning the body again would not see them).
 *
 * @param views the blocks' views
 * @param i the mark's index
 * @param env the rule environment
 * @param need which paragraphs must lie around the mark
 * @returns true when they do
 */
export function insideProse(views: readonly BlockView[], i: number, env: RuleEnv, need: ProseNeed): boolean {
  const relied: number[] = []
  if (need.before) {
    if (!isParagraph(views[i - 1], env.th)) return false
    relied.push(i - 1)
  }
  let j = i + 1
  while (j < views.length && views[j]!.linkRatio >= LINK_LINE_RATIO) j++
  for (let k = j; k < j + need.after; k++) {
    if (!isParagraph(views[k], env.th)) return false
    relied.push(k)
  }
  return env.prose === undefined || env.prose.accept(i, relied)
}

/** A paragraph of prose: long enough, not a line of links. */
function isParagraph(v: BlockView | undefined, th: Thresholds): boolean {
  return v !== undefined && v.linkRatio < LINK_LINE_RATIO && shapeClass(v, false, th) === 'good'
}
