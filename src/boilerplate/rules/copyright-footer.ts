import type { BoilerplateRule } from '../rule.js'
import { pageEnd } from './page-end.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'

/** Drops a copyright footer (`Copyright @ 2008 … All Rights Reserved`, `版权所有`, `Bản quyền thuộc về`). */
export const copyrightFooter: BoilerplateRule = {
  id: 'boilerplate/copyright-footer',
  description: 'copyright footer line',
  scope: 'line',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['copyright'],
  endsArticle: 'footer',
  inline: (views, i, env) => pageEnd.footerInside(views, i, env),
  match(views, i, { lex }) {
    const v = views[i]!
    if (v.words > FOOTER_MAX_WORDS || !lex.copyright.test(v.text)) return 0
    // A footer is no sentence, or carries the sign, or starts with the notice and a year:
    // `In 2019 the copyright office received 500 claims.` and `Copyright law is complex.` are sentences.
    return !v.terminal || v.text.includes('©') || (v.hasDigit && lex.copyrightLead.test(v.text)) ? 1 : 0
  },
}
