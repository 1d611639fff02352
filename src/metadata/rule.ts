import type { MergedLexicon } from '../lexicon/metadata/index.js'
import type { RuleId } from '../types.js'

/** What every metadata rule carries: a stable id (what `removed` and `disable` use) and one line on what it reads. */
export interface MetadataRule {
  readonly id: RuleId
  readonly description: string
}

/** What a rule reads besides the text. */
export interface RuleEnv {
  readonly lex: MergedLexicon
}
