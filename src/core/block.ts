import type { Block, BlockFeatures, Piece, RuleId, Verdict } from '../types.js'

// Every block is built here with all its fields in one order, absent ones as `undefined`. Blocks then share
// one object shape, so the rules that read them stay monomorphic, and a copy is one object literal, several
// times cheaper than a spread or `Object.assign` on the thousands of lines of a page.

/**
 * A new body block.
 *
 * @param index its position in the document
 * @param start source offset of its first code unit
 * @param end source offset just past its last code unit
 * @param text its text
 * @param pieces the pieces that map its text to the source
 * @param paragraphStart a blank line or an HTML block boundary comes before it
 * @param kind the adapter's structural hint
 * @returns the block
 */
export function newBlock(index: number, start: number, end: number, text: string, pieces: readonly Piece[], paragraphStart?: boolean, kind?: string): Block {
  return {
    index, start, end, text, pieces, verdict: 'body', rule: undefined, kind, lang: undefined, features: undefined,
    paragraphStart, joinNext: undefined, data: undefined,
  }
}

/** A copy of a block with the fields that stages change given anew: the one object literal every copy is. */
function copy(
  b: Block,
  text: string,
  pieces: readonly Piece[],
  verdict: Verdict,
  rule: RuleId | undefined,
  features: BlockFeatures | undefined,
  joinNext: Block['joinNext'],
): Block {
  return {
    index: b.index, start: b.start, end: b.end, text, pieces, verdict, rule, kind: b.kind, lang: b.lang, features,
    paragraphStart: b.paragraphStart, joinNext, data: b.data,
  }
}

/** A copy of a block with a new verdict and deciding rule. */
export function withVerdict(b: Block, verdict: Verdict, rule: RuleId | undefined): Block {
  return copy(b, b.text, b.pieces, verdict, rule, b.features, b.joinNext)
}

/** A copy of a block with its features. */
export function withFeatures(b: Block, features: BlockFeatures): Block {
  return copy(b, b.text, b.pieces, b.verdict, b.rule, features, b.joinNext)
}

/** A copy of a block with new text and pieces. */
export function withText(b: Block, text: string, pieces: readonly Piece[]): Block {
  return copy(b, text, pieces, b.verdict, b.rule, b.features, b.joinNext)
}

/** A copy of a block that joins the next kept block with `joinNext.text` instead of a blank line. */
export function withJoinNext(b: Block, joinNext: Block['joinNext']): Block {
  return copy(b, b.text, b.pieces, b.verdict, b.rule, b.features, joinNext)
}
