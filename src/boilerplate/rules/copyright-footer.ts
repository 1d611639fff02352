import type { BoilerplateRule } from '../rule.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'

/** Drops a copyright footer (`Copyright @ 2008 … All Rights Reserved`, `版权所有`, `Bản quyền thuộc về`). */
export const copyrightFooter: BoilerplateRule = {
  id: 'boilerplate/copyright-footer',
  description: 'copyright footer line',
  scope: 'line',
  endsArticle: true,
  match(views, i, { lex }) {
    const v = views[i]!
    // A footer carries a year or is no sentence; `Copyright law is complex.` is a sentence without one.
    return v.words <= FOOTER_MAX_WORDS && (v.hasDigit || !v.terminal) && lex.copyright.test(v.text) ? 1 : 0
  },
}
