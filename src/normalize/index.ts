import { isEnabled } from '../core/options.js'
import { isVerbatim } from '../core/scan.js'
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

// Characters no normalisation rule's trigger matches, as code-unit ranges: the line breaks, printable ASCII,
// Latin-1 and Latin Extended letters (not NBSP or the soft hyphen), Greek and Cyrillic letters, general
// punctuation (not its spaces, invisibles and bidi controls), CJK punctuation, kana, Han, Hangul syllables and
// full-width forms. A block made only of these, without two spaces in a row, cannot change here.
const INERT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0a, 0x0a], [0x0d, 0x0d], [0x20, 0x7e], [0xa1, 0xac], [0xae, 0x2ff], [0x388, 0x3ff], [0x400, 0x482],
  [0x48a, 0x52f], [0x2010, 0x2027], [0x2030, 0x205e], [0x3001, 0x3029], [0x3030, 0x3096], [0x309b, 0x30ff],
  [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xff01, 0xffef],
]
/** A code unit's kind, as bits: it may change (`MAY_CHANGE`), or it is a space (`SPACE`, inert alone); 0 for the rest. */
const MAY_CHANGE = 1
const SPACE = 2
const CHAR_KIND = new Uint8Array(0x10000).fill(MAY_CHANGE)
for (const [lo, hi] of INERT_RANGES) CHAR_KIND.fill(0, lo, hi + 1)
CHAR_KIND[0x20] = SPACE

/**
 * Whether a normalisation rule's trigger may match `s[from, to)` (false: no rule can change it): a code unit
 * outside the inert ranges, or two spaces in a row. A table lookup per code unit, with no branch taken until
 * a hit: a regex alternation of the two tests costs twice as much on the pages of the benchmark.
 */
function mayNeedNormalizingAt(s: string, from: number, to: number): boolean {
  let prev = 0
  for (let i = from; i < to; i++) {
    const k = CHAR_KIND[s.charCodeAt(i)]!
    // A space hits only after a space; anything that may change hits at once.
    if ((k & (prev | MAY_CHANGE)) !== 0) return true
    prev = k
  }
  return false
}

/** Whether a normalisation rule's trigger may match the text (false: no rule can change it). */
export function mayNeedNormalizing(text: string): boolean {
  return mayNeedNormalizingAt(text, 0, text.length)
}

/** `mayNeedNormalizing` of a block's text, read from the source when the text is its source span (a flat string reads faster than a slice). */
function blockMayNeedNormalizing(doc: Doc, b: Block): boolean {
  return isVerbatim(doc, b) ? mayNeedNormalizingAt(doc.source, b.start, b.end) : mayNeedNormalizing(b.text)
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
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (!blockMayNeedNormalizing(doc, b)) continue
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
