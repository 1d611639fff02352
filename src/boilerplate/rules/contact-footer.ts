import type { BoilerplateRule } from '../rule.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'

/** Drops an address, postcode or phone footer (`Post:100051 Tel:+86-0431-88905342`, `地址：…`, `Điện thoại: 024…`). */
export const contactFooter: BoilerplateRule = {
  id: 'boilerplate/contact-footer',
  description: 'address, postcode, phone or e-mail footer',
  scope: 'line',
  match(views, i, { lex }) {
    const v = views[i]!
    // The label must come with a number or an address; an e-mail quoted in a sentence has no label.
    return v.words <= FOOTER_MAX_WORDS && (v.hasDigit || v.text.includes('@')) && lex.contact.test(v.text) ? 1 : 0
  },
}
