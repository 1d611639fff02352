import type { BlockRule } from '../core/rule.js'
import { isEnabled } from '../core/options.js'
import { isVerbatim } from '../core/scan.js'
import type { Block, Context, Doc } from '../types.js'
import { brokenWords, joinBrokenWords } from './broken-words.js'
import { isEnglishDoc } from './context.js'
import { looksEnglish } from './english.js'
import {
  FOREIGN_PARAGRAPH,
  foreignBlocksAmong,
  foreignLanguage,
  foreignParagraphs,
  settledEnglish,
  withForeignBlocks,
  type ForeignBlock,
  type ForeignParagraph,
} from './foreign-paragraph.js'
import { fullwidthPunct } from './fullwidth-punct.js'
import { glossary, hasGlossary } from './glossary.js'
import { gluedWords } from './glued-words.js'
import { fixMojibakeDoc, fixMojibakeText, mojibake } from './mojibake.js'
import { punctSpace } from './punct-space.js'
import { quotes } from './quotes.js'
import { scriptSpacing } from './script-spacing.js'
import { ACCENTED, HAS_CJK, MAY_GLUE, MAY_PUNCT, MAY_QUOTE, OTHER_SCRIPT, scanBlock, scanMarks } from './scan.js'
import { mayEndMidSentence, splitParagraph, splitParagraphAcrossLines } from './split-paragraph.js'

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
  splitParagraphAcrossLines,
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
 * `REPAIR_RULES` for a body laid out one block per paragraph, as `clean()` lays it out: split-paragraph
 * joins a sentence split by a single line break too (`splitParagraphAcrossLines`).
 */
export const PARAGRAPH_REPAIR_RULES: readonly BlockRule[] = REPAIR_RULES.map((r) => (r === splitParagraph ? splitParagraphAcrossLines : r))

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
 * In an English document each body block is scanned once (`scanBlock`): the scan has the broken-word joins,
 * settles most paragraphs as English for the foreign-paragraph repair, and tells which other rules can have
 * work in the block; the rest are not run there.
 *
 * @param doc a classified document
 * @param ctx the context
 * @returns the repaired document; every edit is recorded under a `repair/*` rule
 */
export function repairBody(doc: Doc, ctx: Context): Doc {
  return repairWith(doc, ctx, REPAIR_RULES)
}
repairBody.id = 'repair'

/**
 * The repair stage of `clean()`, whose body lays every block out as a paragraph: `repairBody` with
 * `PARAGRAPH_REPAIR_RULES`, so a sentence split by a single line break is joined too (cleaning the result
 * again would otherwise find it split by a blank line and join it then).
 *
 * @param doc a classified document
 * @param ctx the context
 * @returns the repaired document
 */
export function repairCleanBody(doc: Doc, ctx: Context): Doc {
  return repairWith(doc, ctx, PARAGRAPH_REPAIR_RULES)
}
repairCleanBody.id = 'repair'

/** The repair stage with the given rules (`REPAIR_RULES` or `PARAGRAPH_REPAIR_RULES`). */
function repairWith(doc: Doc, ctx: Context, rules: readonly BlockRule[]): Doc {
  if (!ctx.options.repair) return doc
  const english = isEnglishDoc(doc)
  const scans = scanBody(doc, english)
  // Found in every mode: a foreign paragraph `foreignText` keeps ('mark', 'keep') is still not English, and
  // the word repairs would split its words (`offen` to `of fen`). Only the few unsettled blocks are read.
  const foreign = foreignBlocksAmong(doc, scans.unsettled, scans.unsettledCount)
  const sorted = isEnabled(ctx, FOREIGN_PARAGRAPH) ? withForeignBlocks(doc, ctx.options.foreignText, foreign) : doc
  return runRepairRules(sorted, ctx, scans, rules, english, foreign)
}

/**
 * What `scanBody` keeps of a document's body blocks. The arrays are buffers reused from one document to the
 * next (a stage run is synchronous): read them before the next scan.
 */
interface BodyScans {
  /** `scanBlock` flags by block index; set for body blocks only (other entries are stale). */
  readonly flags: Int32Array
  /** The broken-word joins of the few blocks that have any. */
  readonly joins: ReadonlyMap<number, readonly number[]> | undefined
  /** Indices of the body blocks, ascending: `body[0, bodyCount)`. */
  readonly body: Int32Array
  readonly bodyCount: number
  /**
   * Indices of the body blocks of an English document that are not settled as English (see `settledEnglish`):
   * the only ones the foreign-paragraph repair reads. `unsettled[0, unsettledCount)`; none in another document.
   */
  readonly unsettled: Int32Array
  readonly unsettledCount: number
}

/** The buffers of `BodyScans`, grown as needed. */
const buffers = { flags: new Int32Array(1024), body: new Int32Array(1024), unsettled: new Int32Array(1024) }

/**
 * Scan every body block of a document once: with `scanBlock` in an English document, else with `scanMarks`
 * (no joins, and no block settled as English).
 */
function scanBody(doc: Doc, english: boolean): BodyScans {
  const n = doc.blocks.length
  if (buffers.flags.length < n) {
    buffers.flags = new Int32Array(n * 2)
    buffers.body = new Int32Array(n * 2)
    buffers.unsettled = new Int32Array(n * 2)
  }
  const { flags, body, unsettled } = buffers
  let bodyCount = 0
  for (let i = 0; i < n; i++) if (doc.blocks[i]!.verdict === 'body') body[bodyCount++] = i
  if (!english) {
    for (let k = 0; k < bodyCount; k++) flags[body[k]!] = scanMarks(doc.blocks[body[k]!]!.text)
    return { flags, joins: undefined, body, bodyCount, unsettled, unsettledCount: 0 }
  }
  let unsettledCount = 0
  let joins: Map<number, readonly number[]> | undefined
  for (let k = 0; k < bodyCount; k++) {
    const i = body[k]!
    const b = doc.blocks[i]!
    // A block that is its source span as it stands is read in the source: a slice of it reads slower.
    const scan = isVerbatim(doc, b) ? scanBlock(doc.source, b.start, b.end) : scanBlock(b.text)
    flags[i] = scan.flags
    if (!settledEnglish((scan.flags & (ACCENTED | OTHER_SCRIPT | HAS_CJK)) === 0, scan.letters, scan.sampleWords, scan.sampleHits)) unsettled[unsettledCount++] = i
    if (scan.joins !== undefined) (joins ??= new Map()).set(i, scan.joins)
  }
  return { flags, joins, body, bodyCount, unsettled, unsettledCount }
}

/** The gate of split-paragraph (run where the block can end mid-sentence) and of broken-words (the scan's joins). */
const SPLIT_GATE = -1
const BROKEN_GATE = -2

/**
 * The scan flags without which a rule has nothing to do in a block (0: no flag tells, test the rule's own
 * trigger), or the gate of a rule the runner handles itself (broken-words, split-paragraph).
 */
function gateOf(rule: BlockRule): number {
  if (rule === splitParagraph || rule === splitParagraphAcrossLines) return SPLIT_GATE
  if (rule === brokenWords) return BROKEN_GATE
  if (rule === gluedWords) return MAY_GLUE | HAS_CJK
  if (rule === fullwidthPunct || rule === scriptSpacing) return HAS_CJK
  if (rule === quotes) return MAY_QUOTE
  if (rule === punctSpace) return MAY_PUNCT
  return 0
}

/** Whether a rule is one of the word repairs, which read English words and run on English text only. */
function isWordRepair(rule: BlockRule): boolean {
  return rule === brokenWords || rule === gluedWords
}

/**
 * `runBlockRules(doc, ctx, REPAIR_RULES)` without its whole-document `applies` pass, without the glossary
 * when the run has no terms, and without the word repairs outside English. A rule runs on a block only when
 * the block's scan flags (while the block is as scanned) or else its `trigger` say it may have work;
 * split-paragraph only when the block can end mid-sentence; the word repairs not on the `foreign` blocks.
 * `english` is `isEnglishDoc(doc)`, as the caller has it.
 */
function runRepairRules(doc: Doc, ctx: Context, scans: BodyScans, rules: readonly BlockRule[], english: boolean, foreign: readonly ForeignBlock[]): Doc {
  const active = rules.filter((r) => isEnabled(ctx, r.id) && (r !== glossary || hasGlossary(ctx.options)) && (english || !isWordRepair(r)))
  if (active.length === 0) return doc
  // The foreign blocks a `foreignText` mode kept: not English, so the word repairs skip them.
  const foreignAt = new Set(foreign.map((f) => f.index))
  // So are paragraphs with accented Latin letters and no CJK that do not read as English, though not found
  // foreign (too short for the detector, or a detector guess too unsure): `todas` is `to das` to the glued-word repair.
  for (let k = 0; k < scans.unsettledCount; k++) {
    const i = scans.unsettled[k]!
    if ((scans.flags[i]! & (ACCENTED | HAS_CJK)) === ACCENTED && !looksEnglish(doc.blocks[i]!.text)) foreignAt.add(i)
  }
  const gates = active.map(gateOf)
  // A block none of whose flags a rule is gated on, and with no joins, is left alone by every rule but
  // split-paragraph (unless a rule has no gate, as the glossary).
  const gated = gates.every((g) => g !== 0)
  const anyGate = gates.reduce((m, g) => (g > 0 ? m | g : m), 0)
  const split = gates.indexOf(SPLIT_GATE)
  const { flags: scanFlags, joins, body, bodyCount } = scans
  let blocks: Block[] | undefined
  for (let j = 0; j < bodyCount; j++) {
    const i = body[j]!
    const b = doc.blocks[i]!
    // A body block the foreign-paragraph repair dropped is no longer body.
    if (b.verdict !== 'body') continue
    const flags = scanFlags[i]!
    if (gated && (flags & anyGate) === 0 && joins?.has(i) !== true) {
      if (split >= 0 && mayEndMidSentence(b.text)) {
        const cur = active[split]!.apply(b, ctx, doc)
        if (cur !== b) (blocks ??= doc.blocks.slice())[i] = cur
      }
      continue
    }
    let cur = b
    const words = foreignAt.size === 0 || !foreignAt.has(i)
    for (let k = 0; k < active.length; k++) {
      const gate = gates[k]!
      if (!words && isWordRepair(active[k]!)) continue
      if (gate === SPLIT_GATE) {
        if (mayEndMidSentence(cur.text)) cur = active[k]!.apply(cur, ctx, doc)
      } else if (cur === b) {
        // The block is still the text that was scanned: its flags decide.
        if (gate === BROKEN_GATE) cur = joinBrokenWords(cur, joins?.get(i))
        else if (gate === 0 || (flags & gate) !== 0) cur = active[k]!.apply(cur, ctx, doc)
      } else {
        const r = active[k]!
        if (r.trigger === undefined || r.trigger.test(cur.text)) cur = r.apply(cur, ctx, doc)
      }
    }
    if (cur !== b) (blocks ??= doc.blocks.slice())[i] = cur
  }
  return blocks === undefined ? doc : { ...doc, blocks }
}
