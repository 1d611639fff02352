import { segment } from '../adapters/text.js'
import { annotate, annotateLanguage } from '../annotate/index.js'
import { classifyBoilerplate } from '../boilerplate/index.js'
import { extractMetadata } from '../metadata/index.js'
import { normalize } from '../normalize/index.js'
import { fixMojibake, repairBody, repairCleanBody } from '../repair/index.js'
import type { Stage } from '../types.js'

/**
 * The default pipeline of `clean()` after segmentation, in order. Why this order:
 * 1. mojibake first: its evidence (C1 controls, `Ã` sequences) is what normalisation would erase;
 * 2. normalise before anything reads the text, so lexicons and features see NFC text with plain spaces;
 * 3. annotate computes features and the document language once, for every later rule;
 * 4. classify before metadata: where the body starts tells which heading is the title;
 * 5. metadata before repair: credits and datelines are taken out before the body is mended;
 * 6. repair last, on body blocks only: there is no point mending what is dropped. `clean()` lays every kept
 *    line out as a paragraph, so its repair stage (`repairCleanBody`) also joins a sentence split by one line break.
 */
export const DEFAULT_STAGES: readonly Stage[] = Object.freeze([
  fixMojibake,
  normalize,
  annotate,
  classifyBoilerplate,
  extractMetadata,
  repairCleanBody,
] as Stage[])

/**
 * The stages `repair()` runs: text hygiene, the document language and the repairs; no block features (no
 * repair rule reads them), no boilerplate removal and no metadata.
 */
export const REPAIR_STAGES: readonly Stage[] = Object.freeze([fixMojibake, normalize, annotateLanguage, repairBody] as Stage[])

export { segment }
