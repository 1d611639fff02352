// The body before the mark must clearly outweigh what follows: an image credit (`Image copyright Getty`)
// or an inline `Read more` mid-article has much of the article after it.
const PAGE_END_RATIO = 2

/**
 * Drops everything after a mark of the article's end (a copyright or filing footer, a related-links
 * heading) when more body text lies before the mark than after it: what follows is teasers and footers.
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
}
