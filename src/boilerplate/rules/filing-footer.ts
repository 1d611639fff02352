import type { BoilerplateRule } from '../rule.js'
import { pageEnd } from './page-end.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'

/** Drops an ICP-licence or public-security filing line (`ICP:05001568`, `京公网安备 11010502030777号`). */
export const filingFooter: BoilerplateRule = {
  id: 'boilerplate/filing-footer',
  description: 'ICP licence or public-security filing footer',
  scope: 'line',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['filing'],
  endsArticle: 'footer',
  inline: (views, i, env) => pageEnd.footerInside(views, i, env),
  match(views, i, { lex }) {
    const v = views[i]!
    // A filing always has its number and is no sentence (`The ICP analysis of 12 wells showed lead.`).
    return v.words <= FOOTER_MAX_WORDS && v.hasDigit && !v.terminal && lex.filing.test(v.text) ? 1 : 0
  },
}
