import type { BoilerplateRule } from '../rule.js'
import { LINK_LINE_RATIO, MARKER_MAX_WORDS } from '../thresholds.js'

/** Drops a related-articles heading (`Related articles`, `past review`, `往期回顾`) and the links under it. */
export const relatedLinks: BoilerplateRule = {
  id: 'boilerplate/related-links',
  description: 'related-article or past-review heading and its link list',
  scope: 'line',
  maxWords: MARKER_MAX_WORDS,
  lexicon: ['relatedHeading'],
  endsArticle: 'heading',
  midArticle: true,
  match(views, i, { lex }) {
    const v = views[i]!
    if (v.words > MARKER_MAX_WORDS || !lex.relatedHeading.test(v.text)) return 0
    let n = 1
    while (i + n < views.length && views[i + n]!.linkRatio >= LINK_LINE_RATIO) n++
    return n
  },
}
