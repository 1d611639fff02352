import type { MetadataRule } from '../rule.js'
import { isWordChar } from '../text.js'

/** Header residue: a line of bare punctuation or a stray letter (`|`, `!`, `"`, `***`, `T`) above the body, left behind when the header's metadata lines are taken out. */
export const headerResidueRule: MetadataRule = {
  id: 'metadata/header-residue',
  description: 'Take out lines of punctuation or a stray letter above the article body once the stage has taken header lines out, so that cleaning the body again removes nothing more.',
}

// A word has more letters than this; fewer is a stray control glyph (`T`, `A+`) or a broken character.
const MAX_RESIDUE_WORD_CHARS = 2

/**
 * Whether a line is residue: punctuation with at most a stray letter or two, in any script.
 *
 * @param text the line
 * @returns true for a line such as `|`, `!`, `* * *` or `A+`
 * @example isResidue('* * *') // true
 */
export function isResidue(text: string): boolean {
  let n = 0
  for (let i = 0; i < text.length; i++) if (isWordChar(text.charCodeAt(i)) && ++n > MAX_RESIDUE_WORD_CHARS) return false
  return true
}
