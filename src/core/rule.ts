import type { Block, Context, Doc, RuleId } from '../types.js'
import { isEnabled } from './options.js'

/** A rule that rewrites the text of one block (normalisation and repair rules). */
export interface BlockRule {
  /** Stable id, `area/name`. */
  readonly id: RuleId
  /** One line on what it does. */
  readonly description: string
  /** Returns the block edited (with its edits tagged by `id`), or the same block when nothing applies. */
  readonly apply: (block: Block, ctx: Context, doc: Doc) => Block
  /**
   * Optional cheap test over all the document's block text at once: when it returns false the rule
   * cannot change any block and is skipped (most pages need no hygiene at all). A rule whose `trigger`
   * already says this block by block leaves it out.
   */
  readonly applies?: (text: string) => boolean
  /**
   * Optional per-block guard, a linear non-global regular expression: a block whose current text does not
   * match cannot be changed by this rule, whatever the rest of the document holds. Rules are skipped on such
   * blocks, and `repair()` skips whole lines that no rule's trigger matches.
   */
  readonly trigger?: RegExp
}

/**
 * Run block rules in order over the body blocks of a document, skipping disabled rules.
 *
 * @param doc the document
 * @param ctx the context (options)
 * @param rules ordered rules
 * @param all also run on blocks already judged boilerplate or metadata (normalisation does, so lexicons match)
 * @returns the document with edited blocks
 */
export function runBlockRules(doc: Doc, ctx: Context, rules: readonly BlockRule[], all = false): Doc {
  let allText: string | undefined
  const active = rules.filter((r) => {
    if (!isEnabled(ctx, r.id)) return false
    if (r.applies === undefined) return true
    allText ??= doc.blocks.map((b) => b.text).join('\n')
    return r.applies(allText)
  })
  if (active.length === 0) return doc
  let changed = false
  const blocks = doc.blocks.map((b) => {
    if (!all && b.verdict !== 'body') return b
    let cur = b
    for (const r of active) if (r.trigger === undefined || r.trigger.test(cur.text)) cur = r.apply(cur, ctx, doc)
    if (cur !== b) changed = true
    return cur
  })
  return changed ? { ...doc, blocks } : doc
}
