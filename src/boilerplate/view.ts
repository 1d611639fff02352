import { computeFeatures } from '../annotate/features.js'
import type { CompiledLexicon } from '../lexicon/boilerplate/index.js'
import type { Block, BlockFeatures } from '../types.js'
import { HAN_WORD_WEIGHT, type Thresholds } from './thresholds.js'

/** What the boilerplate rules read of a block, computed once. */
export interface BlockView {
  readonly text: string
  /** Words, with Han characters weighted by `HAN_WORD_WEIGHT`. */
  readonly words: number
  readonly terminal: boolean
  /** Starts with a lower-case letter: it continues the line before (a sentence broken by the scraper). */
  readonly startsLower: boolean
  readonly linkRatio: number
  readonly hasDigit: boolean
  /** Share of characters that are digits. */
  readonly digitRatio: number
  /** The block came from HTML (its `kind` is set): shape rules do not apply to it. */
  readonly html: boolean
}

/** What every rule gets besides the blocks. */
export interface RuleEnv {
  readonly lex: CompiledLexicon
  readonly th: Thresholds
  /** The document's language (`doc.lang`): a few words are labels in one language and prose in another. */
  readonly lang?: string | undefined
  /** Records the paragraphs a tail marker's "the article goes on" relied on (see `tail.ts`); none: no record. */
  readonly prose?: ProseLedger | undefined
}

/** What the classifier keeps of the tail markers that the article's paragraphs around them kept from cutting. */
export interface ProseLedger {
  /**
   * Whether a marker may be kept from cutting by these paragraphs around it.
   *
   * @param i the marker's index
   * @param relied the indices of the paragraphs around it
   * @returns false for a marker whose paragraphs were dropped in an earlier judgement (it cuts now)
   */
  accept(i: number, relied: readonly number[]): boolean
}

/**
 * The view of a block the rules read.
 *
 * @param block an annotated block (features are computed when missing)
 * @param text the part of its text to judge, when not all of it (controls glued to its end are left out)
 * @returns effective words, terminal punctuation, link share, digits, origin
 */
export function viewOf(block: Block, text: string = block.text): BlockView {
  const f = text === block.text && block.features !== undefined ? block.features : computeFeatures(text)
  return {
    text,
    words: effectiveWords(f),
    terminal: f.terminal,
    startsLower: f.startsLower,
    linkRatio: f.linkRatio,
    hasDigit: f.digitRatio > 0,
    digitRatio: f.digitRatio,
    html: block.kind !== undefined,
  }
}

/**
 * A text's words as the rules count them: Han characters weighted by `HAN_WORD_WEIGHT`.
 *
 * @param f the text's features
 * @returns its effective words
 */
export function effectiveWords(f: BlockFeatures): number {
  return f.words * (1 - (1 - HAN_WORD_WEIGHT) * f.hanRatio)
}
