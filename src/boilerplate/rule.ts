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
  /**
   * A match usually marks the end of the article (see `page-end`): `footer`, a line that closes what lies
   * above it (a copyright or filing line, a photo credit); `heading`, a heading over what follows it (related
   * links), so a paragraph under it is a teaser.
   */
  readonly endsArticle?: 'footer' | 'heading'
  /**
   * A match stands inside the article wherever it is (a one-line teaser for another article): the region
   * search judges its blocks by their shape, as if kept, so dropping them does not cut the article in two.
   */
  readonly inline?: boolean | ((views: readonly BlockView[], i: number, env: RuleEnv) => boolean)
  /**
   * For a `tail` rule: whether its match at block `i` cuts only where more body lies before it than after it
   * (a label that paragraphs follow may be a subheading mid-article). Unset: it cuts wherever the body has started.
   */
  readonly weighs?: (views: readonly BlockView[], i: number, env: RuleEnv) => boolean
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
