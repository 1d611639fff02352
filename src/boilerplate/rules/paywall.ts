import type { BoilerplateRule } from '../rule.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'

/** Drops a paywall notice (`All can be viewed after purchase`, `Subscribe to continue reading`) and what trails it. */
export const paywall: BoilerplateRule = {
  id: 'boilerplate/paywall',
  description: 'paywall notice and the unrelated content after it',
  scope: 'tail',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['paywall'],
  match(views, i, { lex }) {
    const v = views[i]!
    return v.words <= FOOTER_MAX_WORDS && lex.paywall.test(v.text) ? 1 : 0
  },
}
