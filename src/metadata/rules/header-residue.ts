import type { MetadataRule } from '../rule.js'
import { isWordChar } from '../text.js'

/** Header residue: a line of punctuation, bare numbers or a stray letter (`|`, `!`, `***`, `000`, `T`) above the body, left behind when the header's metadata lines are taken out. */
export const headerResidueRule: MetadataRule = {
  id: 'metadata/header-residue',
  description: 'Take out lines of punctuation, bare numbers or a stray letter above the article body once the stage has taken header lines out, so that cleaning the body again removes nothing more.',
}

// A word has more letters than this; fewer is a stray control glyph (`T`, `A+`) or a broken character.
const MAX_RESIDUE_LETTERS = 2

/**
 * Whether a line is residue: punctuation and digits with at most a stray letter or two, in any script.
 *
 * @param text the line
 * @returns true for a line such as `|`, `!`, `* * *`, `000` or `A+`
 * @example isResidue('* * *') // true
 */
export function isResidue(text: string): boolean {
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isWordChar(c) && !(c >= 0x30 && c <= 0x39) && ++letters > MAX_RESIDUE_LETTERS) return false
  }
  return true
}
