import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'

// A run of non-ASCII characters with the character before it (a base letter can compose with a
// following combining mark). ASCII characters other than that base never change under NFC.
const NON_ASCII_RUN = /[\s\S]?[^\u0000-\u007F]+/g // eslint-disable-line no-control-regex
// Text made only of these is in NFC whatever the order: each is NFC on its own, has combining class 0 and is
// never the second half of a canonical composition (Latin-1 and Latin Extended, Greek and Cyrillic letters, general punctuation,
// CJK punctuation, kana, Han, Hangul syllables, full-width forms). Anything else may change under NFC.
const MAY_CHANGE = /[^\u0000-\u02FF\u0388-\u03FF\u0400-\u0482\u048A-\u052F\u2002-\u206F\u3000-\u3029\u3030-\u3096\u309B-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3\uFF01-\uFFEF]/ // eslint-disable-line no-control-regex

/** Compose text to Unicode Normalization Form C (Vietnamese typed in NFD comes out NFC). */
export const nfc: BlockRule = {
  id: 'normalize/nfc',
  description: 'Normalise to Unicode NFC, reporting each run that changed.',
  applies: (text) => MAY_CHANGE.test(text) && text.normalize('NFC') !== text,
  trigger: MAY_CHANGE,
  apply: (block) => {
    const text = block.text
    if (!MAY_CHANGE.test(text) || text.normalize('NFC') === text) return block
    const edits: TextEdit[] = []
    NON_ASCII_RUN.lastIndex = 0
    for (let m = NON_ASCII_RUN.exec(text); m !== null; m = NON_ASCII_RUN.exec(text)) {
      const after = m[0].normalize('NFC')
      if (after !== m[0]) edits.push({ from: m.index, to: m.index + m[0].length, text: after, rule: nfc.id })
    }
    return editBlock(block, edits)
  },
}
