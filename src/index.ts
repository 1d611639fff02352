export { clean, repair, explainRepair } from './pipeline/clean.js'
export { cleanHtml } from './adapters/html.js'
export { decodeBytes, decodeTextBytes, type Decoded } from './adapters/bytes.js'
export { DEFAULT_STAGES, REPAIR_STAGES } from './pipeline/stages.js'
export { runStages } from './pipeline/run.js'
export { segment } from './adapters/text.js'
export { normalize, NORMALIZE_RULES } from './normalize/index.js'
export { annotate, annotateLanguage, computeFeatures } from './annotate/index.js'
export { classifyBoilerplate, BOILERPLATE_RULES, SHAPE_RULE_IDS } from './boilerplate/index.js'
export type { BoilerplateRule } from './boilerplate/rule.js'
export { BOILERPLATE_LEXICONS, compileLexicon, type BoilerplateLexicon, type LexiconCategory } from './lexicon/boilerplate/index.js'
export { extractMetadata, METADATA_RULES, authorOfByline } from './metadata/index.js'
export { METADATA_LEXICONS, type MetadataLexicon, type FieldLabel, type RelativeDateWords } from './lexicon/metadata/index.js'
export {
  fixMojibake,
  repairBody,
  repairCleanBody,
  REPAIR_RULES,
  mojibake,
  brokenWords,
  gluedWords,
  fullwidthPunct,
  scriptSpacing,
  quotes,
  punctSpace,
  glossary,
  splitParagraph,
  foreignParagraphs,
  foreignLanguage,
  fixMojibakeText,
  FOREIGN_PARAGRAPH,
  type ForeignParagraph,
} from './repair/index.js'
export { detectLanguage } from './lang/detect.js'
export { createDoc, toResult, replay, applyPlan } from './core/doc.js'
export { editBlock, editMatches, blockFromSpan, type TextEdit } from './core/edit.js'
export { runBlockRules, type BlockRule } from './core/rule.js'
export { createContext, resolveOptions, isEnabled, DEFAULT_OPTIONS } from './core/options.js'
export type * from './types.js'
