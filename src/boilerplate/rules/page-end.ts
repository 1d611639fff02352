import { insideProse } from '../tail.js'
import { ARTICLE_GOES_ON_PARAGRAPHS } from '../thresholds.js'
import type { BlockView, RuleEnv } from '../view.js'

// The body before the mark must clearly outweigh what follows: an image credit (`Image copyright Getty`)
// or an inline `Read more` mid-article has much of the article after it.
const PAGE_END_RATIO = 2

/**
 * Drops everything after a mark of the article's end (a copyright or filing footer, a related-links
 * heading) when more body text lies before the mark than after it and the article does not go on right
 * after it: what follows is teasers and footers, not paragraphs after an inline `Read also` or a credit.
 */
export const pageEnd = {
  id: 'boilerplate/page-end',
  description: 'everything after a footer or related-links heading that follows the body',
  /**
   * Whether a mark cuts the rest of the page.
   *
   * @param before best region score of the blocks before the mark
   * @param after best region score of the blocks after it
   * @returns true to drop the mark's tail
   */
  cuts(before: number, after: number): boolean {
    return before >= PAGE_END_RATIO * after
  },
  /**
   * Whether the mark sits inside the article's prose (a paragraph before it, paragraphs in a row after
   * it): an inline `Read also` heading, an image credit with `©`, or a subheading such as `Recommended`
   * cut nothing. One paragraph after a footer is as often the page's legal small print.
   *
   * @param views the blocks' views
   * @param i the mark's index
   * @param env the rule environment
   * @returns true to keep the mark's tail
   */
  goesOnAfter(views: readonly BlockView[], i: number, env: RuleEnv): boolean {
    return insideProse(views, i, env, { before: true, after: ARTICLE_GOES_ON_PARAGRAPHS })
  },
}
