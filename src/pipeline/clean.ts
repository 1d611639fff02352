import { segment } from '../adapters/text.js'
import { assertText, createDoc, toResult, applyPlan } from '../core/doc.js'
import { createContext } from '../core/options.js'
import type { Change, CleanResult, Options } from '../types.js'
import { runStages } from './run.js'
import { DEFAULT_STAGES, REPAIR_STAGES } from './stages.js'

/**
 * Clean scraped plain text: drop boilerplate, move title/date/credits into metadata, repair the body.
 *
 * @param text whole-page plain text (for example a Common Crawl WET record)
 * @param options see `Options`; every field has a default
 * @returns `{ body, metadata, removed, changes }`, where removed and changes carry offsets into `text`
 * @throws TypeError when `text` is not a string
 * @example
 * const { body, metadata } = clean('Home>News\nTitle\n2018/05/11\nFirst paragraph…')
 */
export function clean(text: string, options?: Readonly<Options> | null): CleanResult {
  assertText(text, 'clean')
  const ctx = createContext(options)
  return toResult(runStages(segment(createDoc(text)), DEFAULT_STAGES, ctx))
}

/**
 * Repair text without removing anything: mojibake, Unicode hygiene, spacing and punctuation between
 * scripts, glued and broken words, split paragraphs. Line layout is kept.
 *
 * @param text any text
 * @param options see `Options` (`disable`, `glossary`, `cjkSpacing`, `language` apply)
 * @returns the repaired text and every change with offsets into `text`
 * @throws TypeError when `text` is not a string
 */
export function explainRepair(text: string, options?: Readonly<Options> | null): { text: string; changes: Change[] } {
  assertText(text, 'repair')
  const ctx = createContext(options)
  const result = toResult(runStages(segment(createDoc(text)), REPAIR_STAGES, ctx))
  // repair() removes nothing, so a removal a repair rule recorded (an untranslated paragraph) is kept here.
  const changes = [...result.changes]
  return { text: applyPlan(text, { removed: [], changes }), changes }
}

/**
 * Repair text and return the repaired string; `explainRepair` gives the changes too.
 *
 * @param text any text
 * @param options see `Options`
 * @returns the repaired text
 * @throws TypeError when `text` is not a string
 * @example repair('donâ€™t') // 'don’t'
 */
export function repair(text: string, options?: Readonly<Options> | null): string {
  return explainRepair(text, options).text
}
