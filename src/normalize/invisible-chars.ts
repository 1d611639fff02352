import { editMatches } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'

// Always meaningless in scraped text: zero-width space, word joiner, BOM/ZWNBSP, Mongolian vowel
// separator (obsolete as a space), soft hyphen (a rendering hint that breaks search and tokenisers).
const ALWAYS = /[\u200B\u2060\uFEFF\u180E\u00AD]+/g
// ZWJ/ZWNJ shape Arabic, Indic and emoji sequences; only between Latin letters, digits or Han are they noise.
// A combining mark before the joiner counts as part of a letter (`e` + U+0301 is `é` once NFC composes it),
// so the rule gives the same answer before and after composition.
const JOINER_IN_WORD = /(?<=[\p{Script=Latin}\p{Script=Han}\d\p{M}])[\u200C\u200D]+(?=[\p{Script=Latin}\p{Script=Han}\d])/gu
// Bidi marks and embeddings matter in right-to-left text; elsewhere they are copy-paste debris.
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]+/g
const HAS_INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u180E\u00AD\u202A-\u202E\u2066-\u2069]/
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

/** Delete zero-width characters, soft hyphens and (outside right-to-left text) bidi controls. */
export const invisibleChars: BlockRule = {
  id: 'normalize/invisible-chars',
  description: 'Delete zero-width spaces, BOMs, soft hyphens, joiners inside Latin/Han words, and bidi controls outside RTL text.',
  trigger: HAS_INVISIBLE,
  apply: (block) => {
    let b = editMatches(block, ALWAYS, invisibleChars.id, () => '')
    if (!RTL.test(b.text)) b = editMatches(b, BIDI, invisibleChars.id, () => '')
    // Joiners last: the deletions above can bring a joiner next to the letter that makes it noise.
    return editMatches(b, JOINER_IN_WORD, invisibleChars.id, () => '')
  },
}
