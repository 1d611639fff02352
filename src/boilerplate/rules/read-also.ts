import { spacesIn } from '../../metadata/text.js'
import { FOOTER_MAX_WORDS } from '../thresholds.js'
import type { BoilerplateRule } from '../rule.js'

/** How far into a line the separator after a related-articles label may stand (code units). */
const MAX_LABEL_LENGTH = 40
/** A teaser's title is a headline: at most this many words after the label. */
const MAX_TITLE_WORDS = 25

/**
 * The position of the separator that ends a label at the start of `text` (`:`, `：`, `|`, `»`, `›`, `>`, or
 * a dash with a space before or after it: `Read more - …`, Hindi `यह भी पढ़ें- …`), or -1 when there is none
 * in the first `MAX_LABEL_LENGTH` code units.
 */
function labelEnd(text: string): number {
  const n = Math.min(text.length, MAX_LABEL_LENGTH)
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3a || c === 0xff1a || c === 0x7c || c === 0xbb || c === 0x203a || c === 0x3e) return i
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i + 1) === 0x20)) return i
  }
  return -1
}

/** Whether what follows the label reads as a headline: some letters, not too long, not a sentence ending in a full stop. */
function isTeaserTitle(title: string): boolean {
  if (title.length === 0 || !/\p{L}/u.test(title)) return false
  const last = title.charCodeAt(title.length - 1)
  // `…` and `...` end teasers; one full stop ends a sentence (`Latest news: the minister resigned.`).
  if ((last === 0x2e && !title.endsWith('...')) || last === 0x3002) return false
  return spacesIn(title, 0, title.length) + 1 <= MAX_TITLE_WORDS
}

/** Drops a one-line teaser for another article: a related-articles label, a separator and a title (`Baca juga: …`, `Read more: …`, `相关阅读：…`). */
export const readAlso: BoilerplateRule = {
  id: 'boilerplate/read-also',
  description: 'one-line link to another article: a related-articles label, a separator and its title',
  scope: 'line',
  inline: true,
  midArticle: true,
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['relatedLead'],
  match(views, i, { lex }) {
    const v = views[i]!
    if (v.words > FOOTER_MAX_WORDS) return 0
    const text = v.text
    const end = labelEnd(text)
    if (end < 0 || !lex.relatedHeading.test(text.slice(0, end))) return 0
    return isTeaserTitle(text.slice(end + 1).trim()) ? 1 : 0
  },
}
