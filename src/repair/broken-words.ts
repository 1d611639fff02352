import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import type { Block } from '../types.js'
import { isEnglishDoc } from './context.js'
import { englishGate } from './english.js'
import { scanBlock } from './scan.js'

/**
 * Delete the spaces `scanBlock` found inside broken words, except in a sentence or paragraph whose words are
 * too few English (`englishGate`): a join read from an English word list is no repair in another language.
 *
 * @param block the block that was scanned
 * @param joins offsets of the spaces, or undefined
 * @returns the edited block, or the same block when there are none
 */
export function joinBrokenWords(block: Block, joins: readonly number[] | undefined): Block {
  if (joins === undefined) return block
  const english = englishGate(block.text, joins)
  const kept = joins.filter((at) => english(at))
  if (kept.length === 0) return block
  return editBlock(block, kept.map((at): TextEdit => ({ from: at, to: at + 1, text: '', rule: brokenWords.id })))
}

/**
 * Join a word broken by a stray space (`app lication` → `application`, `infor mation` → `information`) when
 * one fragment is not a word and the join is. Word pairs stay (`app developers`, `pre school`), and so do
 * names: the second fragment must start in lower case.
 *
 * Runs in English documents (`doc.lang` `en` or unknown) only. The work is done by `scanBlock`: one pass over
 * the block hashes each ASCII word as it is read, and its join with the word one space before it from the two
 * hashes, so a pair costs a Bloom-filter bit test and no slice; the word table is probed only on a Bloom hit.
 */
export const brokenWords: BlockRule = {
  id: 'repair/broken-words',
  description: 'Delete a space inside a broken word when a fragment is not a word and the join is.',
  // A join needs a letter, one space, and a lower-case letter.
  trigger: /[A-Za-z] [a-z]/,
  apply: (block, _ctx, doc) => (isEnglishDoc(doc) ? joinBrokenWords(block, scanBlock(block.text).joins) : block),
}
