import type { GuardCategory } from '../lexicon/boilerplate/index.js'
import type { RuleId } from '../types.js'
import type { BlockView, RuleEnv } from './view.js'

/** A lexicon rule: looks at one block (and maybe the next) and says how many blocks are boilerplate. */
export interface BoilerplateRule {
  /** Stable id, `boilerplate/<name>`. */
  readonly id: RuleId
  /** One line on what it drops. */
  readonly description: string
  /** `line`: the matched blocks; `tail`: the matched block and everything after it, once the body has started. */
  readonly scope: 'line' | 'tail'
  /** A match usually marks the end of the article (a copyright footer, a related-links heading): see `page-end`. */
  readonly endsArticle?: boolean
  /**
   * A match stands inside the article wherever it is (a one-line teaser for another article): the region
   * search judges its blocks by their shape, as if kept, so dropping them does not cut the article in two.
   */
  readonly inline?: boolean
  /**
   * A match may stand between two of the article's paragraphs (a related heading and its link lines, a
   * teaser): where the paragraphs go on right before and right after it, the region search passes over
   * it as absent (see `absentInside` in `index.ts`). Elsewhere it is boilerplate (a related list after
   * the article, a menu above it).
   */
  readonly midArticle?: boolean
  /** A block with more effective words than this never matches (the classifier skips the rule there). */
  readonly maxWords?: number
  /** The block matches only when its text matches one of these categories (a guard the classifier checks first). */
  readonly lexicon?: readonly GuardCategory[]
  /** How many blocks from `i` on are boilerplate; 0 when the rule does not apply. */
  readonly match: (views: readonly BlockView[], i: number, env: RuleEnv) => number
}
