import { isEnabled } from '../core/options.js'
import { NO_HIT, scanSource, UNKNOWN } from '../core/scan.js'
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

// Characters no normalisation rule's trigger matches, as the body of a character class: printable ASCII,
// Latin-1 and Latin Extended letters (not NBSP or the soft hyphen), Greek and Cyrillic letters, general
// punctuation (not its spaces, invisibles and bidi controls), CJK punctuation, kana, Han, Hangul syllables and
// full-width forms. A block made only of these, without two spaces in a row, cannot change here; one native
// scan passes over most blocks.
const INERT = String.raw`\u0020-\u007E\u00A1-\u00AC\u00AE-\u02FF\u0388-\u03FF\u0400-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u3001-\u3029\u3030-\u3096\u309B-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3\uFF01-\uFFEF`
const ONLY_INERT = new RegExp(`^[${INERT}]*$`)
// The same test as one scan over a whole text: a character outside that set (line breaks aside, which
// never fall inside a text block), or two spaces.
const NOT_INERT = new RegExp(`[^\\n\\r${INERT}]| {2}`, 'g')

/** Whether a normalisation rule's trigger may match the text (false: no rule can change it). */
export function mayNeedNormalizing(text: string): boolean {
  return !ONLY_INERT.test(text) || text.includes('  ')
}

/**
 * The normalise stage: Unicode hygiene on every block, boilerplate included, so lexicons match. Each rule
 * runs on a block when its trigger (and `applies` test) matches the block's text as the earlier rules left
 * it, so a deletion that brings a base letter and a combining mark together is composed in the same pass,
 * and a second run changes nothing.
 *
 * @param doc a segmented document
 * @param ctx the context
 * @returns the document with normalised blocks; every edit is recorded under a `normalize/*` rule
 */
export function normalize(doc: Doc, ctx: Context): Doc {
  const blocks = doc.blocks
  let active: readonly BlockRule[] | undefined
  let out: Block[] | undefined
  const candidates = scanSource(doc, NOT_INERT)
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (candidates[i] === NO_HIT || (candidates[i] === UNKNOWN && !mayNeedNormalizing(b.text))) continue
    active ??= NORMALIZE_RULES.filter((r) => isEnabled(ctx, r.id))
    let cur = b
    for (const r of active) if (ruleApplies(r, cur.text)) cur = r.apply(cur, ctx, doc)
    if (cur !== b) (out ??= blocks.slice())[i] = cur
  }
  return out === undefined ? doc : { ...doc, blocks: out }
}
normalize.id = 'normalize'

/** Whether a rule can change a text: its trigger first (the cheaper, wider test), then its `applies` test. */
function ruleApplies(r: BlockRule, text: string): boolean {
  return (r.trigger === undefined || r.trigger.test(text)) && (r.applies === undefined || r.applies(text))
}
