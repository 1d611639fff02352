import type { BoilerplateRule } from '../rule.js'
import { pageEnd } from './page-end.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'

/**
 * A filing number has at least this many digits (`ICP备05070218号`, `KRS 0000123456`, `REGON 123456789`); a
 * list item's own number (`4. Krs aaa`) or a year alone is too short to be one.
 */
const MIN_FILING_DIGITS = 4

/** Whether a line holds a number long enough to be a filing's, not counting a leading list number (`4. `, `12) `). */
export function hasFilingNumber(text: string): boolean {
  let i = 0
  // A list number: digits, then `.` `)` `、` and a space (`4. `) or the mark alone (`4、`).
  while (i < text.length && i < 4 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++
  if (i > 0 && i < text.length && '.)、'.includes(text[i]!)) i++
  else i = 0
  let digits = 0
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39 && ++digits >= MIN_FILING_DIGITS) return true
  }
  return false
}

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
    // A filing always has its number (not a list item's) and is no sentence (`The ICP analysis of 12 wells showed lead.`).
    return v.words <= FOOTER_MAX_WORDS && v.hasDigit && !v.terminal && hasFilingNumber(v.text) && lex.filing.test(v.text) ? 1 : 0
  },
}
