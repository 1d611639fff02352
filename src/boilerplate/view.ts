import { computeFeatures } from '../annotate/features.js'
import type { CompiledLexicon } from '../lexicon/boilerplate/index.js'
import type { Block } from '../types.js'
import { HAN_WORD_WEIGHT, type Thresholds } from './thresholds.js'

/** What the boilerplate rules read of a block, computed once. */
export interface BlockView {
  readonly text: string
  /** Words, with Han characters weighted by `HAN_WORD_WEIGHT`. */
  readonly words: number
  readonly terminal: boolean
  readonly linkRatio: number
  readonly hasDigit: boolean
  /** The block came from HTML (its `kind` is set): shape rules do not apply to it. */
  readonly html: boolean
}

/** What every rule gets besides the blocks. */
export interface RuleEnv {
  readonly lex: CompiledLexicon
  readonly th: Thresholds
}

/**
 * The view of a block the rules read.
 *
 * @param block an annotated block (features are computed when missing)
 * @returns effective words, terminal punctuation, link share, digits, origin
 */
export function viewOf(block: Block): BlockView {
  const f = block.features ?? computeFeatures(block.text)
  return {
    text: block.text,
    words: f.words * (1 - (1 - HAN_WORD_WEIGHT) * f.hanRatio),
    terminal: f.terminal,
    linkRatio: f.linkRatio,
    hasDigit: f.digitRatio > 0,
    html: block.kind !== undefined,
  }
}
