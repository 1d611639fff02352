import { insideProse } from '../tail.js'
import { ARTICLE_GOES_ON_PARAGRAPHS } from '../thresholds.js'
import { labelsComments } from './comment-section.js'
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
   * Whether a footer line (a credit, a syndication notice) stands inside the article as the region search
   * sees it: a paragraph before it and the article's last paragraph after it, up to a comment label (see
   * `goesOnAfter`). Between paragraphs of their own such lines are judged as dropped, as before. Only
   * asked, not recorded: it keeps nothing from being dropped (see `BoilerplateRule.inline`).
   *
   * @param views the blocks' views
   * @param i the footer's index
   * @param env the rule environment
   * @returns true when the footer's neighbours are the article's paragraphs
   */
  footerInside(views: readonly BlockView[], i: number, env: RuleEnv): boolean {
    const label = (k: number): boolean => {
      const v = views[k]
      // A counter over a long quoted title (`12 responses to “…”`) ends the article's part as a short label does.
      return v !== undefined && labelsComments(v, env.lex)
    }
    const asked = { ...env, prose: undefined }
    const need = { before: true, after: ARTICLE_GOES_ON_PARAGRAPHS }
    return insideProse(views, i, asked, { ...need, endsAt: label }) && !insideProse(views, i, asked, need)
  },
  /**
   * Whether the mark sits inside the article's prose (a paragraph before it, paragraphs in a row after
   * it): an inline `Read also` heading, an image credit with `©`, or a subheading such as `Recommended`
   * cut nothing. One paragraph after a footer is as often the page's legal small print, but one that runs
   * up to where the article's part of the page ends (a comment section, a paywall) is the article's: a
   * credit or a syndication notice closes what lies above it, and what follows it up to the comments is
   * the article's last paragraph or its editor's note. Under a related heading that paragraph is a teaser.
   *
   * @param views the blocks' views
   * @param i the mark's index
   * @param env the rule environment
   * @param kind what the mark is (see `BoilerplateRule.endsArticle`)
   * @param endsAt whether the article's part of the page ends at a block (a comment section's label)
   * @returns true to keep the mark's tail
   */
  goesOnAfter(views: readonly BlockView[], i: number, env: RuleEnv, kind: 'footer' | 'heading', endsAt: (k: number) => boolean): boolean {
    return insideProse(views, i, env, { before: true, after: ARTICLE_GOES_ON_PARAGRAPHS, endsAt: kind === 'footer' ? endsAt : undefined })
  },
}
