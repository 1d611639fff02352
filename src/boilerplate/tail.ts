import { shapeClass } from './shape.js'
import { ARTICLE_GOES_ON_PARAGRAPHS, LINK_LINE_RATIO, type Thresholds } from './thresholds.js'
import type { BlockView, RuleEnv } from './view.js'

/** Which paragraphs show that a mark lies inside the article's prose. */
export interface ProseNeed {
  /** A paragraph right before the mark. */
  readonly before: boolean
  /** Paragraphs in a row right after it, past the link lines an inline `Read also` heading carries. */
  readonly after: number
  /**
   * Where the article's part of the page ends (a comment section's label, a paywall notice): fewer
   * paragraphs after the mark do when their run stops at such a block, since the article ran on up to it.
   */
  readonly endsAt?: ((k: number) => boolean) | undefined
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
  const relied = proseAround(views, i, env.th, need)
  return relied !== undefined && (env.prose === undefined || env.prose.accept(i, relied))
}

/** The paragraphs around a mark that `need` asks for, or undefined when one is missing. */
function proseAround(views: readonly BlockView[], i: number, th: Thresholds, need: ProseNeed): number[] | undefined {
  const relied: number[] = []
  if (need.before) {
    if (!isParagraph(views[i - 1], th)) return undefined
    relied.push(i - 1)
  }
  let j = i + 1
  while (j < views.length && views[j]!.linkRatio >= LINK_LINE_RATIO) j++
  for (let k = j; k < j + need.after; k++) {
    if (!isParagraph(views[k], th)) {
      if (k > j && need.endsAt?.(k) === true) break
      return undefined
    }
    relied.push(k)
  }
  return relied
}

/**
 * Whether paragraphs follow a mark: `ARTICLE_GOES_ON_PARAGRAPHS` in a row right after it (past link lines).
 * Only asked, not recorded (see `insideProse` for the recorded answer).
 *
 * @param views the blocks' views
 * @param i the mark's index
 * @param th the thresholds (`goodWords` makes a paragraph)
 * @returns true when they do
 */
export function paragraphsFollow(views: readonly BlockView[], i: number, th: Thresholds): boolean {
  return proseAround(views, i, th, { before: false, after: ARTICLE_GOES_ON_PARAGRAPHS }) !== undefined
}

/**
 * The first block after a mark's run of paragraphs (past link lines right after the mark), looking at most
 * `max` paragraphs ahead: what the run ends at.
 *
 * @param views the blocks' views
 * @param i the mark's index
 * @param th the thresholds
 * @param max how many paragraphs to pass at most
 * @returns the index of the block that ends the run, or undefined when the page ends first or the run is longer
 */
export function afterParagraphs(views: readonly BlockView[], i: number, th: Thresholds, max: number): number | undefined {
  let k = i + 1
  while (k < views.length && views[k]!.linkRatio >= LINK_LINE_RATIO) k++
  for (const end = k + max; k < views.length && k <= end; k++) if (!isParagraph(views[k], th)) return k
  return undefined
}

/** A paragraph of prose: long enough, not a line of links. */
function isParagraph(v: BlockView | undefined, th: Thresholds): boolean {
  return v !== undefined && v.linkRatio < LINK_LINE_RATIO && shapeClass(v, false, th) === 'good'
}
