import type { BoilerplateRule } from '../rule.js'
import { COOKIE_MAX_WORDS } from '../thresholds.js'

/** Drops a cookie banner (`We use cookies to improve your experience…`, `Cookie settings`). */
export const cookieBanner: BoilerplateRule = {
  id: 'boilerplate/cookie-banner',
  description: 'cookie consent banner',
  scope: 'line',
  maxWords: COOKIE_MAX_WORDS,
  lexicon: ['cookie'],
  match(views, i, { lex }) {
    const v = views[i]!
    return v.words <= COOKIE_MAX_WORDS && lex.cookie.test(v.text) ? 1 : 0
  },
}
