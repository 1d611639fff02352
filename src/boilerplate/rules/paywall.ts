import type { BoilerplateRule } from '../rule.js'
import { articleGoesOn, insideProse } from '../tail.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'

/**
 * Drops a paywall notice (`All can be viewed after purchase`, `Subscribe to continue reading`) and what
 * trails it, unless the article goes on after it (`She stopped to continue reading the letter.`).
 */
export const paywall: BoilerplateRule = {
  id: 'boilerplate/paywall',
  description: 'paywall notice and the unrelated content after it',
  scope: 'tail',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['paywall'],
  match(views, i, env) {
    const v = views[i]!
    if (v.words > FOOTER_MAX_WORDS || !env.lex.paywall.test(v.text)) return 0
    // A notice ends what the page shows of the article: paragraphs after it mean the phrase was the
    // article's, and so does a sentence between two of its paragraphs (`He paused to continue reading.`).
    if (articleGoesOn(views, i, env)) return 0
    const sentence = v.terminal && !v.text.trimEnd().endsWith(':')
    return sentence && insideProse(views, i, env, { before: true, after: 1 }) ? 0 : 1
  },
}
