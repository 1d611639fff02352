import type { BoilerplateRule } from '../rule.js'
import { CONTACT_MIN_DIGIT_RATIO, FOOTER_MAX_WORDS } from '../thresholds.js'

/** Drops an address, postcode or phone footer (`Post:100051 Tel:+86-0431-88905342`, `地址：…`, `Điện thoại: 024…`). */
export const contactFooter: BoilerplateRule = {
  id: 'boilerplate/contact-footer',
  description: 'address, postcode, phone or e-mail footer',
  scope: 'line',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['contact'],
  match(views, i, { lex }) {
    const v = views[i]!
    // The label must come with a phone number or postcode (digits are a good share of the line) or an
    // address; `Washington Post: 5 things to know` has one digit, an e-mail quoted in a sentence no label.
    const numbers = v.digitRatio >= CONTACT_MIN_DIGIT_RATIO || v.text.includes('@')
    return v.words <= FOOTER_MAX_WORDS && numbers && lex.contact.test(v.text) ? 1 : 0
  },
}
