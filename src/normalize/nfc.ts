import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'

// A run of non-ASCII characters with the character before it (a base letter can compose with a
// following combining mark). ASCII characters other than that base never change under NFC.
const NON_ASCII_RUN = /[\s\S]?[^\u0000-\u007F]+/g // eslint-disable-line no-control-regex

/** Compose text to Unicode Normalization Form C (Vietnamese typed in NFD comes out NFC). */
export const nfc: BlockRule = {
  id: 'normalize/nfc',
  description: 'Normalise to Unicode NFC, reporting each run that changed.',
  applies: (text) => text.normalize('NFC') !== text,
  apply: (block) => {
    const text = block.text
    if (text.normalize('NFC') === text) return block
    const edits: TextEdit[] = []
    NON_ASCII_RUN.lastIndex = 0
    for (let m = NON_ASCII_RUN.exec(text); m !== null; m = NON_ASCII_RUN.exec(text)) {
      const after = m[0].normalize('NFC')
      if (after !== m[0]) edits.push({ from: m.index, to: m.index + m[0].length, text: after, rule: nfc.id })
    }
    return editBlock(block, edits)
  },
}
