import { runBlockRules, type BlockRule } from '../core/rule.js'
import type { Context, Doc } from '../types.js'
import { controlChars } from './control-chars.js'
import { invisibleChars } from './invisible-chars.js'
import { loneSurrogate } from './lone-surrogate.js'
import { nfc } from './nfc.js'
import { spaces } from './spaces.js'

export { controlChars, invisibleChars, loneSurrogate, nfc, spaces }

/**
 * Unicode hygiene, in order: surrogates first (nothing else can handle them), then characters that are
 * deleted, then spaces (deleting a zero-width character can leave two spaces side by side), and NFC last
 * so it composes what the deletions brought together.
 */
export const NORMALIZE_RULES: readonly BlockRule[] = [loneSurrogate, controlChars, invisibleChars, spaces, nfc]

/**
 * The normalise stage: Unicode hygiene on every block, boilerplate included, so lexicons match.
 *
 * @param doc a segmented document
 * @param ctx the context
 * @returns the document with normalised blocks; every edit is recorded under a `normalize/*` rule
 */
export function normalize(doc: Doc, ctx: Context): Doc {
  return runBlockRules(doc, ctx, NORMALIZE_RULES, true)
}
normalize.id = 'normalize'
