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
// The same test as one scan over a whole text: a character outside that set (line breaks aside, which
// never fall inside a text block), or two spaces.
const NOT_INERT = /[^\n\r\u0020-\u007E\u00A1-\u00AC\u00AE-\u02FF\u0388-\u03FF\u0400-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u3001-\u3029\u3030-\u3096\u309B-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3\uFF01-\uFFEF]| {2}/g

const UNKNOWN = 0
const NO_HIT = 1
const HIT = 2

/**
 * For each block, whether one native scan of the source found a character some rule can react to in it:
 * `HIT` or `NO_HIT` for blocks whose text is still their source span (text input), `UNKNOWN` for the
 * others (edited by an earlier stage, or HTML text), which are tested on their own.
 */
function candidateBlocks(doc: Doc): Uint8Array {
  const blocks = doc.blocks
  const out = new Uint8Array(blocks.length)
  const src = doc.source
  let prevEnd = 0
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    // The scan maps a hit to the block around it, so blocks must be verbatim and in source order.
    if (b.start < prevEnd || b.pieces.length !== 1 || b.pieces[0]!.rule !== undefined || b.end - b.start !== b.text.length || b.text.length === 0) continue
    out[i] = NO_HIT
    prevEnd = b.end
  }
  NOT_INERT.lastIndex = 0
  let j = 0
  for (let m = NOT_INERT.exec(src); m !== null; m = NOT_INERT.exec(src)) {
    const at = m.index
    while (j < blocks.length && (out[j] === UNKNOWN || blocks[j]!.end <= at)) j++
    if (j === blocks.length) break
    const b = blocks[j]!
    if (b.start > at) {
      // A hit between blocks (indentation, a tab before a line): go on from the next block.
      NOT_INERT.lastIndex = b.start
      continue
    }
    out[j] = HIT
    NOT_INERT.lastIndex = b.end
  }
  return out
}

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
  const candidates = candidateBlocks(doc)
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
