import type { BoilerplateRule } from '../rule.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'

/** Drops a newsletter prompt (`Sign up for our newsletter`, `Get the latest news delivered to your inbox`). */
export const newsletterPrompt: BoilerplateRule = {
  id: 'boilerplate/newsletter-prompt',
  description: 'newsletter sign-up prompt',
  scope: 'line',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['newsletter'],
  match(views, i, { lex }) {
    const v = views[i]!
    return v.words <= FOOTER_MAX_WORDS && lex.newsletter.test(v.text) ? 1 : 0
  },
}
