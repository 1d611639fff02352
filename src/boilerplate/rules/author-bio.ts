import type { BoilerplateRule } from '../rule.js'
import { BIO_MAX_WORDS, MARKER_MAX_WORDS } from '../thresholds.js'

/** Drops an author bio box: a label (`Author: Emma`, `About the author`, `作者简介`) and the bio paragraph after it. */
export const authorBio: BoilerplateRule = {
  id: 'boilerplate/author-bio',
  description: 'author bio box: label line and bio paragraph',
  scope: 'line',
  maxWords: MARKER_MAX_WORDS,
  lexicon: ['bioLabel'],
  match(views, i, { lex }) {
    const label = views[i]!
    const bio = views[i + 1]
    if (bio === undefined || label.words > MARKER_MAX_WORDS || !lex.bioLabel.test(label.text)) return 0
    // Without a bio after it, `Author: X` is a credit line for the metadata stage, not a box.
    return bio.words <= BIO_MAX_WORDS && lex.bioWord.test(bio.text) ? 2 : 0
  },
}
