import { opensProse } from '../../lexicon/boilerplate/index.js'
import type { BoilerplateRule } from '../rule.js'
import { MARKER_MAX_WORDS } from '../thresholds.js'

/** Drops a comment section from its marker (`Leave a comment`, `This post has 5 comments:`, `joe says:`, `发表评论`) to the end. */
export const commentSection: BoilerplateRule = {
  id: 'boilerplate/comment-section',
  description: 'comment section: from a comment marker or counter to the end of the page',
  scope: 'tail',
  maxWords: MARKER_MAX_WORDS,
  lexicon: ['commentMarker', 'commentByline', 'commentWord'],
  match(views, i, { lex, lang }) {
    const v = views[i]!
    if (v.words > MARKER_MAX_WORDS) return 0
    // `Comment fonctionne le dispositif` on a French page is a subheading ("how…"), not English `Comment`.
    if (opensProse(lang, v.text)) return 0
    // A marker is a label, not a sentence: `Comments made by the minister were brief.` is prose.
    const label = !v.terminal || v.text.trimEnd().endsWith(':')
    if (label && (lex.commentMarker.test(v.text) || lex.commentByline.test(v.text))) return 1
    return v.hasDigit && lex.commentWord.test(v.text) ? 1 : 0
  },
}
