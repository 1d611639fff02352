import { editMatches } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'

// Horizontal white space other than U+0020: tab, NBSP, the U+2000 family, narrow NBSP, ideographic space…
// A run of two or more of any horizontal space, or a single odd one, becomes one ordinary space.
const ODD_OR_RUN = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]{2,}|[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g

// Anything the rule could change: an odd space, or two spaces in a row.
const HAS_ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}/

/** Turn NBSP, tabs and other odd spaces into a plain space and collapse runs of spaces to one. */
export const spaces: BlockRule = {
  id: 'normalize/spaces',
  description: 'Replace NBSP, tabs and other Unicode spaces with U+0020 and collapse runs of spaces.',
  trigger: HAS_ODD_SPACE,
  apply: (block) => editMatches(block, ODD_OR_RUN, spaces.id, () => ' '),
}
