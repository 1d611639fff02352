import { isEnabled } from '../core/options.js'
import type { BlockRule } from '../core/rule.js'
import type { Block, Context, Doc } from '../types.js'
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

// Characters no normalisation rule's trigger matches: printable ASCII, Latin-1 and Latin Extended letters
// (not NBSP or the soft hyphen), Greek and Cyrillic letters, general punctuation (not its spaces, invisibles and
// bidi controls), CJK punctuation, kana, Han, Hangul syllables and full-width forms. A block made only of these,
// without two spaces in a row, cannot change here; one native scan passes over most blocks.
const ONLY_INERT = /^[\u0020-\u007E\u00A1-\u00AC\u00AE-\u02FF\u0388-\u03FF\u0400-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u3001-\u3029\u3030-\u3096\u309B-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3\uFF01-\uFFEF]*$/

/** Whether a normalisation rule's trigger may match the text (false: no rule can change it). */
export function mayNeedNormalizing(text: string): boolean {
  return !ONLY_INERT.test(text) || text.includes('  ')
}

/**
 * The normalise stage: Unicode hygiene on every block, boilerplate included, so lexicons match. A rule
 * runs only when its `applies` test holds somewhere in the document's text as it came in (each of these
 * tests looks at single characters or at spaces side by side, so testing block by block is the same as
 * testing the joined text), and then only on blocks its trigger matches.
 *
 * @param doc a segmented document
 * @param ctx the context
 * @returns the document with normalised blocks; every edit is recorded under a `normalize/*` rule
 */
export function normalize(doc: Doc, ctx: Context): Doc {
  const blocks = doc.blocks
  const found: number[] = []
  for (let i = 0; i < blocks.length; i++) if (mayNeedNormalizing(blocks[i]!.text)) found.push(i)
  if (found.length === 0) return doc
  const active = NORMALIZE_RULES.filter((r) => isEnabled(ctx, r.id) && found.some((i) => ruleApplies(r, blocks[i]!.text)))
  if (active.length === 0) return doc
  let out: Block[] | undefined
  for (const i of found) {
    const b = blocks[i]!
    let cur = b
    for (const r of active) if (r.trigger === undefined || r.trigger.test(cur.text)) cur = r.apply(cur, ctx, doc)
    if (cur !== b) (out ??= blocks.slice())[i] = cur
  }
  return out === undefined ? doc : { ...doc, blocks: out }
}
normalize.id = 'normalize'

/** A rule's document-level test on one block's text, its trigger first (the cheaper, wider test). */
function ruleApplies(r: BlockRule, text: string): boolean {
  return (r.trigger === undefined || r.trigger.test(text)) && (r.applies === undefined || r.applies(text))
}
