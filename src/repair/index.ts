import type { BlockRule } from '../core/rule.js'
import { isEnabled } from '../core/options.js'
import type { Block, Context, Doc } from '../types.js'
import { brokenWords } from './broken-words.js'
import { FOREIGN_PARAGRAPH, foreignLanguage, foreignParagraphs, type ForeignParagraph } from './foreign-paragraph.js'
import { fullwidthPunct } from './fullwidth-punct.js'
import { glossary, hasGlossary } from './glossary.js'
import { gluedWords } from './glued-words.js'
import { fixMojibakeDoc, fixMojibakeText, mojibake } from './mojibake.js'
import { punctSpace } from './punct-space.js'
import { quotes } from './quotes.js'
import { scriptSpacing } from './script-spacing.js'
import { splitParagraph } from './split-paragraph.js'

export {
  brokenWords,
  FOREIGN_PARAGRAPH,
  fixMojibakeText,
  foreignLanguage,
  foreignParagraphs,
  fullwidthPunct,
  glossary,
  gluedWords,
  mojibake,
  punctSpace,
  quotes,
  scriptSpacing,
  splitParagraph,
  type ForeignParagraph,
}

/**
 * The body repairs, in order. Why this order: broken words are joined before glued words are split (a join
 * is a word, so the split never undoes it); word splits come before the rules that count English words on
 * either side of CJK text (full-width punctuation, script spacing), so a second run sees the same counts and
 * the whole is idempotent; punctuation converted to ASCII before spacing, so spacing sees English clauses
 * across it; quotes after splits (an orphan quote's phrase starts at a split word); the glossary on the
 * mended text; paragraph joins last, on the final text of each block.
 */
export const REPAIR_RULES: readonly BlockRule[] = [
  brokenWords,
  gluedWords,
  fullwidthPunct,
  scriptSpacing,
  quotes,
  punctSpace,
  glossary,
  splitParagraph,
]

/**
 * The mojibake stage: runs on every block before normalisation, because the evidence of mis-decoding
 * (C1 controls, `Ã`/`â€` sequences) is what normalisation would otherwise erase.
 *
 * @param doc a segmented document
 * @param ctx the context
 * @returns the document with mojibake repaired under `repair/mojibake`
 */
export function fixMojibake(doc: Doc, ctx: Context): Doc {
  return isEnabled(ctx, mojibake.id) ? fixMojibakeDoc(doc) : doc
}
fixMojibake.id = 'fix-mojibake'

/**
 * The repair stage on body blocks: untranslated paragraphs first (by `foreignText`), then `REPAIR_RULES`.
 *
 * @param doc a classified document
 * @param ctx the context
 * @returns the repaired document; every edit is recorded under a `repair/*` rule
 */
export function repairBody(doc: Doc, ctx: Context): Doc {
  if (!ctx.options.repair) return doc
  const sorted = isEnabled(ctx, FOREIGN_PARAGRAPH) ? foreignParagraphs(doc, ctx.options.foreignText) : doc
  return runRepairRules(sorted, ctx)
}
repairBody.id = 'repair'

/**
 * `runBlockRules(doc, ctx, REPAIR_RULES)` without its whole-document `applies` pass (every rule has a
 * per-block `trigger`, which is the finer guard) and without the glossary when the run has no terms.
 */
function runRepairRules(doc: Doc, ctx: Context): Doc {
  const active = REPAIR_RULES.filter((r) => isEnabled(ctx, r.id) && (r !== glossary || hasGlossary(ctx.options)))
  if (active.length === 0) return doc
  let blocks: Block[] | undefined
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!
    if (b.verdict !== 'body') continue
    let cur = b
    for (const r of active) if (r.trigger === undefined || r.trigger.test(cur.text)) cur = r.apply(cur, ctx, doc)
    if (cur !== b) (blocks ??= doc.blocks.slice())[i] = cur
  }
  return blocks === undefined ? doc : { ...doc, blocks }
}
