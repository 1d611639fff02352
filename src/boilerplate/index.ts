import { asciiDigits, hasDigitIn } from '../core/chars.js'
import { isEnabled } from '../core/options.js'
import { judge } from '../core/doc.js'
import { editBlock, type TextEdit } from '../core/edit.js'
import { compileLexicon, scannerOf, type CompiledLexicon, type LexiconScanner } from '../lexicon/boilerplate/index.js'
import { mergedLexicon, type MergedLexicon } from '../lexicon/metadata/index.js'
import { MAX_METADATA_LINE, readEnabledLine } from '../metadata/line.js'
import { dateRule, gluedDateStart, readGluedDate } from '../metadata/rules/date.js'
import { dropsForeignText, foreignLanguage } from '../repair/foreign-paragraph.js'
import type { Block, Context, Doc, RuleId } from '../types.js'
import type { BoilerplateRule } from './rule.js'
import { aboutOrganisation } from './rules/about-organisation.js'
import { adLabel } from './rules/ad-label.js'
import { authorBio } from './rules/author-bio.js'
import { breadcrumb } from './rules/breadcrumb.js'
import { commentSection } from './rules/comment-section.js'
import { contactFooter } from './rules/contact-footer.js'
import { cookieBanner } from './rules/cookie-banner.js'
import { copyrightFooter } from './rules/copyright-footer.js'
import { duplicateLead } from './rules/duplicate-lead.js'
import { endMark } from './rules/end-mark.js'
import { filingFooter } from './rules/filing-footer.js'
import { gluedControls } from './rules/glued-controls.js'
import { imageCaption } from './rules/image-caption.js'
import { linkList } from './rules/link-list.js'
import { loginPrompt } from './rules/login-prompt.js'
import { menuRun } from './rules/menu-run.js'
import { newsletterPrompt } from './rules/newsletter-prompt.js'
import { outsideMain } from './rules/outside-main.js'
import { pageControls } from './rules/page-controls.js'
import { pageEnd } from './rules/page-end.js'
import { paywall } from './rules/paywall.js'
import { readAlso } from './rules/read-also.js'
import { readingTime } from './rules/reading-time.js'
import { socialFollow } from './rules/social-follow.js'
import { relatedLinks } from './rules/related-links.js'
import { TeaserMemo, teaserRun } from './rules/teaser-run.js'
import { prepareUserRules } from './rules/user-rules.js'
import { bestBefore, bestFrom, extendBroken, extendList, firstParagraph, leadGap, mainRegion, regionScores, shapeClass, type ShapeClass } from './shape.js'
import { ARTICLE_GOES_ON_PARAGRAPHS, BARE_LABEL_WORDS, LINK_LINE_RATIO, MAX_SETTLE_ROUNDS, TAIL_MIN_BODY_WORDS, thresholdsFor } from './thresholds.js'
import { viewOf, type BlockView, type ProseLedger, type RuleEnv } from './view.js'

/** The lexicon rules, in the order they are tried on a block; the first that matches names the removal. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = Object.freeze([
  commentSection,
  paywall,
  aboutOrganisation,
  authorBio,
  relatedLinks,
  readAlso,
  linkList,
  breadcrumb,
  pageControls,
  filingFooter,
  copyrightFooter,
  contactFooter,
  cookieBanner,
  newsletterPrompt,
  loginPrompt,
  endMark,
  imageCaption,
  adLabel,
  readingTime,
  socialFollow,
])

/** Ids of the rules that judge by shape and neighbours (text input only), for `options.disable`. */
export const SHAPE_RULE_IDS: readonly RuleId[] = Object.freeze([outsideMain.id, menuRun.id, duplicateLead.id, pageEnd.id, gluedControls.id, teaserRun.id])

const EMPTY_BODY_WARNING = 'boilerplate: no block looked like an article body; kept the blocks no lexicon rule dropped'

/**
 * Each classified document, keyed by itself, and the document it was judged from (itself when classifying
 * changed nothing): the metadata stage may ask to judge it again. Weak keys, so an entry lives exactly as
 * long as the classified document, and what `reclassify` answers depends only on the document it is given,
 * never on which documents were classified since.
 */
const judgedFrom = new WeakMap<Doc, Doc>()

/**
 * The classify stage: judges each block body or boilerplate. Lexicon rules (comment sections, footers,
 * controls, paywalls, bio boxes, link lists…) apply to every block; for plain-text blocks (no `kind`)
 * the main content region (the densest run of paragraphs) is found and what lies outside it, and menus
 * inside it, are dropped too. User patterns (`options.rules`) and lexicon entries (`options.lexicon`)
 * apply; `options.focus` moves the shape thresholds. Linear in the number of blocks.
 *
 * @param doc an annotated document
 * @param ctx the context
 * @returns the document with verdicts
 * @example runStages(segment(createDoc(text)), [normalize, annotate, classifyBoilerplate])
 */
export function classifyBoilerplate(doc: Doc, ctx: Context): Doc {
  return classifyOverruling(doc, ctx, NONE_OVERRULED)
}
classifyBoilerplate.id = 'classify'

const NONE_OVERRULED: ReadonlySet<number> = new Set()

/**
 * `classifyBoilerplate`, with the tail markers in `overruled` cutting whatever paragraphs lie around
 * them: a marker the article's paragraphs kept from cutting (see `tail.ts`) whose paragraphs another
 * rule dropped after all (a copy, a metadata line) is judged again as cleaning the body again sees it.
 */
function classifyOverruling(doc: Doc, ctx: Context, overruled: ReadonlySet<number>): Doc {
  const n = doc.blocks.length
  if (n === 0) return doc
  const prose = proseLedger(overruled)
  const env: RuleEnv = { lex: compileLexicon(ctx.options.lexicon), th: thresholdsFor(ctx.options.focus), lang: doc.lang, prose }
  const glued = isEnabled(ctx, gluedControls.id)
  const gluedMarks = isEnabled(ctx, endMark.id)
  const dateLex = isEnabled(ctx, dateRule.id) ? mergedLexicon(doc.lang, ctx.options.lexicon) : undefined
  const mayBeDated = dateLex === undefined ? undefined : gluedDateStart(dateLex)
  // Controls glued to a line's end are cut later; judge the line by what remains (its final `。`). So is
  // a dateline glued to a paragraph's start (`date 2025-08-25 Hưởng ứng…`), which the metadata stage cuts
  // off the first paragraph: the paragraph is judged as cleaning the body again sees it (a copy of the
  // next one; a sentence of its own, not one a menu word above it starts).
  const cuts = new Array<number>(n)
  // Where an end mark glued before those controls starts (`…实施。（完）`), cut off the line as well.
  const markCuts = new Array<number>(n)
  const views = new Array<BlockView>(n)
  // Whether some block came from HTML: the shape is then judged over the plain-text blocks only.
  let html = false
  for (let i = 0; i < n; i++) {
    const b = doc.blocks[i]!
    const controls = glued ? gluedControls.cutFrom(b.text, env.lex) : b.text.length
    cuts[i] = controls
    const cut = gluedMarks && controls > 0 ? endMark.cutFrom(b.text, controls, env.lex) : controls
    markCuts[i] = cut
    // A line of controls alone is judged whole.
    const end = cut > 0 ? cut : b.text.length
    const dated = dateLex === undefined || !mayBeDated!(b.text) ? 0 : gluedDateEnd(b.text, dateLex)
    const start = dated < end ? dated : 0
    const v = viewOf(b, start > 0 || end < b.text.length ? b.text.slice(start, end) : b.text)
    views[i] = v
    if (v.html) html = true
  }
  const marks: (RuleId | undefined)[] = new Array<RuleId | undefined>(n).fill(undefined)
  // Blocks a lexicon rule dropped that stand inside the article (see `BoilerplateRule.inline`).
  const inside = new Array<boolean>(n).fill(false)
  const tails = gluedEndMarks(markByLexicon(views, marks, inside, ctx, env), markCuts, cuts, ctx)
  const userTail = markByUserRules(views, marks, ctx)
  const classes = new Array<ShapeClass>(n)
  for (let i = 0; i < n; i++) classes[i] = shapeClass(views[i]!, marks[i] !== undefined && !inside[i], env.th)
  let shapeMarks = decideByShape(views, marks, classes, tails, userTail, html, ctx, env)
  // A dropped copy changes its neighbours' context: judge the shape again with the copies as
  // boilerplate, so that cleaning the result again finds nothing more to drop. That judgement may keep
  // a block the first one dropped (a copy of a kept one): look for copies again, until none is new.
  // The paragraphs' shingles are computed once for every round.
  const shingles = duplicateLead.newRuns()
  // Lines a later stage takes out of the body (see `metadataLines`), for the plain-text shape.
  const leaves = html ? undefined : metadataLines(views, doc.lang, ctx)
  for (let round = 0; round < MAX_SETTLE_ROUNDS && isEnabled(ctx, duplicateLead.id); round++) {
    const copies = duplicateLead.find(views, keptPlain(views, marks, shapeMarks, html), env.th, shingles, leaves)
    if (copies.length === 0) break
    for (const i of copies) marks[i] = duplicateLead.id
    // A copy is boilerplate to the region search, unless it heads the article (see `leadCopyHeads`).
    for (const i of copies) if (leaves === undefined || !leadCopyHeads(views, classes, marks, i, leaves)) classes[i] = 'bad'
    shapeMarks = decideByShape(views, marks, classes, tails, userTail, html, ctx, env, leaves)
  }
  if (leaves !== undefined) settleShape(views, classes, marks, shapeMarks, leaves, ctx, env)
  let warnings = doc.warnings
  const final = new Array<RuleId | undefined>(n)
  let anyBody = false
  for (let i = 0; i < n; i++) {
    const m = marks[i] ?? shapeMarks[i]
    final[i] = m
    if (m === undefined && !anyBody) anyBody = hasText(views[i]!)
  }
  const broken = prose.broken((i) => final[i] !== undefined || (leaves !== undefined && !views[i]!.html && leaves(i)))
  if (broken.length > 0 && overruled.size < MAX_OVERRULED) return classifyOverruling(doc, ctx, new Set([...overruled, ...broken]))
  if (!anyBody) {
    // Nothing looks like an article (a short text, or a page of short lines): the shape cannot tell
    // body from menu, so keep what no lexicon rule dropped, or failing that the longest block.
    let any = false
    for (let i = 0; i < final.length; i++) {
      if (marks[i] === undefined && hasText(views[i]!)) {
        final[i] = undefined
        any = true
      }
    }
    if (!any) final[longestBlock(views)] = undefined
    warnings = [...warnings, EMPTY_BODY_WARNING]
  }
  // New blocks only for the ones whose verdict or text changes.
  let blocks: Block[] | undefined
  for (let i = 0; i < n; i++) {
    const b = doc.blocks[i]!
    const rule = final[i]
    const from = cuts[i]!
    let next = b
    if (rule !== undefined) next = judge(b, 'boilerplate', rule)
    // Only a line with text left before the controls is edited; a line of controls alone is page-controls'.
    else {
      // An end mark glued before the controls (or at the line's end) is cut under its own rule.
      const mark = markCuts[i]!
      const edits: TextEdit[] = []
      if (mark > 0 && mark < from) edits.push({ from: mark, to: from, text: '', rule: endMark.id, removal: true })
      if (from > 0 && from < b.text.length) edits.push({ from, to: b.text.length, text: '', rule: gluedControls.id, removal: true })
      if (edits.length > 0) next = editBlock(b, edits)
    }
    if (next !== b) (blocks ??= doc.blocks.slice())[i] = next
  }
  const out = blocks === undefined && warnings === doc.warnings ? doc : { ...doc, blocks: blocks ?? doc.blocks, warnings }
  judgedFrom.set(out, doc)
  return out
}

/**
 * How many tail markers may be overruled on a page before the classifier stops judging again (each
 * judgement overrules at least one more): a page has a few such markers, not dozens.
 */
const MAX_OVERRULED = 8

/**
 * The record of the paragraphs each "the article goes on" answer relied on (see `tail.ts`).
 *
 * @param overruled the markers whose paragraphs were dropped in an earlier judgement: they are not kept from cutting
 * @returns the ledger the rules write to, and the markers whose paragraphs the verdicts drop
 */
function proseLedger(overruled: ReadonlySet<number>): ProseLedger & { broken(dropped: (i: number) => boolean): number[] } {
  const relied = new Map<number, readonly number[]>()
  return {
    accept(i, paragraphs) {
      if (overruled.has(i)) return false
      relied.set(i, paragraphs)
      return true
    },
    broken(dropped) {
      const out: number[] = []
      for (const [i, paragraphs] of relied) if (paragraphs.some(dropped)) out.push(i)
      return out
    },
  }
}

/**
 * Judge a classified document again as if its language were `lang` from the start: the classifier reads
 * the language for the lines later stages take out (foreign paragraphs, metadata lines), and cleaning the
 * body again reads the language from the kept lines only. The metadata stage calls this when those lines
 * read as another language than the whole page did.
 *
 * @param doc a document `classifyBoilerplate` returned
 * @param lang the language to judge with
 * @param ctx the context
 * @returns the document judged again with `lang`, or undefined when `doc` is not one the classifier returned
 */
export function reclassify(doc: Doc, lang: string, ctx: Context): Doc | undefined {
  const from = judgedFrom.get(doc)
  return from === undefined ? undefined : classifyBoilerplate({ ...from, lang }, ctx)
}

/**
 * Judge the shape again over the blocks still kept, as cleaning the body again will see them: without
 * the blocks dropped so far (their penalties and their place in lists and menus) and without the lines
 * the metadata stage takes out (datelines, bylines). What that finds outside the region, or a menu, is
 * dropped too, until nothing changes (a fixed point; each round is linear and drops at least one block).
 * So a line kept only because dropped neighbours made the region reach it goes now, not on the next clean.
 */
function settleShape(
  views: readonly BlockView[],
  classes: readonly ShapeClass[],
  marks: readonly (RuleId | undefined)[],
  shapeMarks: (RuleId | undefined)[],
  leaves: (i: number) => boolean,
  ctx: Context,
  env: RuleEnv,
): void {
  const teasers = TeaserMemo.of(views)
  // The kept blocks; each round only takes out of them what it drops.
  let idx: number[] = []
  for (let i = 0; i < views.length; i++) {
    if (marks[i] === undefined && shapeMarks[i] === undefined && hasText(views[i]!) && !leaves(i)) idx.push(i)
  }
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
    if (idx.length === 0) return
    const sub = new Array<BlockView>(idx.length)
    const subClasses = new Array<ShapeClass>(idx.length)
    for (let k = 0; k < idx.length; k++) {
      sub[k] = views[idx[k]!]!
      subClasses[k] = classes[idx[k]!]!
    }
    const again = markByShape(sub, subClasses, regionScores(sub, subClasses, env.th), ctx, env, { memo: teasers, origin: idx }).shapeMarks
    const left: number[] = []
    for (let k = 0; k < idx.length; k++) {
      if (again[k] === undefined) left.push(idx[k]!)
      else shapeMarks[idx[k]!] = again[k]
    }
    if (left.length === idx.length) return
    idx = left
  }
}

/** The indices of the blocks kept so far, without HTML blocks on a page that has some (the plain-text blocks). */
function keptPlain(views: readonly BlockView[], marks: readonly (RuleId | undefined)[], shapeMarks: readonly (RuleId | undefined)[], html: boolean): number[] {
  const body: number[] = []
  for (let i = 0; i < views.length; i++) if (marks[i] === undefined && shapeMarks[i] === undefined && !(html && views[i]!.html)) body.push(i)
  return body
}

/**
 * How far into a line a glued dateline's date may start at the latest: a date label and a weekday
 * (`Thời gian đăng: Wednesday, 8 September 2023`). A line without a digit that early holds none.
 */
const GLUED_DATE_DIGIT_WITHIN = 64

/** Where the text after a dateline glued to a line's start begins (0 without one; see `readGluedDate`). */
function gluedDateEnd(text: string, lex: MergedLexicon): number {
  // Most lines have no digit near their start: passed over without looking up a label.
  if (!hasDigitIn(text, 0, Math.min(text.length, GLUED_DATE_DIGIT_WITHIN))) return 0
  return readGluedDate(text, lex)?.cut ?? 0
}

/** Whether a block has text besides white space. */
function hasText(v: BlockView): boolean {
  return v.text.trim().length > 0
}

/**
 * Which kept blocks a later stage will take out of the body: lines that are wholly metadata fields (a
 * dateline, a byline, a credit) with every field's rule on, read as the metadata stage reads them (after
 * controls glued to the end are cut), and paragraphs the repair stage will drop as foreign (an English
 * page, `foreignText: 'drop'`, the rule on; read as the metadata stage reads them). Read when asked
 * (`settleShape` asks once per kept block).
 */
function metadataLines(views: readonly BlockView[], lang: string | undefined, ctx: Context): (i: number) => boolean {
  const lex = mergedLexicon(lang, ctx.options.lexicon)
  const foreign = dropsForeignText(lang, ctx)
  const on = (id: RuleId): boolean => isEnabled(ctx, id)
  // Each block is read once: the copy search (every round), the settling and the ledger ask again.
  const known = new Int8Array(views.length)
  return (i) => {
    if (known[i] !== 0) return known[i] === 1
    const text = views[i]!.text
    // Read as the metadata stage reads it: a date in other scripts' digits with ASCII ones (a line longer
    // than a metadata line is none, whatever its digits: not rewritten).
    const digits = views[i]!.hasDigit && text.length <= MAX_METADATA_LINE
    const leaves = readEnabledLine(digits ? asciiDigits(text) : text, lex, on) !== undefined || (foreign && foreignLanguage(text, 'en') !== undefined)
    known[i] = leaves ? 1 : -1
    return leaves
  }
}

/**
 * The tail marks with a soft one after each paragraph an end mark was glued to (`… said. (End)`): what
 * follows is not the article unless its paragraphs go on, as after a mark on a line of its own.
 *
 * @param markCuts where each block's glued end mark starts (`cuts[i]` when it has none)
 * @param cuts where each block's glued controls start
 * @returns the tail marks, in document order
 */
function gluedEndMarks(tails: TailMark[], markCuts: readonly number[], cuts: readonly number[], ctx: Context): TailMark[] {
  if (!isEnabled(ctx, pageEnd.id)) return tails
  let out: TailMark[] | undefined
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (markCuts[i]! > 0 && markCuts[i]! < cuts[i]!) (out ??= [...tails]).push({ index: i + 1, id: pageEnd.id, soft: 'footer' })
  }
  return out === undefined ? tails : out.sort((a, b) => a.index - b.index)
}

/** Where a tail rule matched: the rest of the page may be cut from here. */
interface TailMark {
  readonly index: number
  readonly id: RuleId
  /** The mark only suggests the article ended (`page-end`): it cuts when the body lies before it. */
  readonly soft?: 'footer' | 'heading'
  /** The mark cuts only when more body lies before it than after it (see `BoilerplateRule.weighs`). */
  readonly weighed?: boolean
}

/**
 * Run the lexicon rules over every block, marking matched blocks. Tail rules mark their own block and
 * are returned as candidates; a candidate counts only after enough body text (a `Comments` menu item at
 * the top must not cut the article).
 *
 * @param inside set for the blocks of a match that stands inside the article (`BoilerplateRule.inline`)
 * @returns the tail candidates, in document order
 */
function markByLexicon(views: readonly BlockView[], marks: (RuleId | undefined)[], inside: boolean[], ctx: Context, env: RuleEnv): TailMark[] {
  const groups = ruleGroups(ctx, env.lex)
  const softTails = isEnabled(ctx, pageEnd.id)
  const n = views.length
  const tails: TailMark[] = []
  let bodyWords = 0
  for (let i = 0; i < n; ) {
    let step = 1
    const v = views[i]!
    let g = 0
    while (v.words > groups[g]!.maxWords) g++
    const group = groups[g]!
    // Every lexicon category the group's rules read, in as few scans of the text as possible (the
    // category sets are two words: see `categoryBit`).
    let matched = 0
    let matchedHigh = 0
    if (group.wanted) {
      matched = group.matcher.matchAll(v.text, group.wantedLow, group.wantedHigh)
      matchedHigh = group.matcher.highMatched
    }
    // Without a lexicon hit only the rules that read no lexicon may match (most blocks).
    const rules = (matched | matchedHigh) === 0 ? group.free : group.rules
    for (let q = 0; q < rules.length; q++) {
      const { rule: r, guarded, lexicon, lexiconHigh } = rules[q]!
      if (guarded && (matched & lexicon) === 0 && (matchedHigh & lexiconHigh) === 0) continue
      const k = r.match(views, i, env)
      if (k === 0) continue
      if (bodyWords >= TAIL_MIN_BODY_WORDS) {
        if (r.scope === 'tail') tails.push({ index: i, id: r.id, weighed: r.weighs?.(views, i, env) === true })
        else if (r.endsArticle !== undefined && softTails) tails.push({ index: i, id: pageEnd.id, soft: r.endsArticle })
      }
      const within = typeof r.inline === 'function' ? r.inline(views, i, env) : r.inline === true
      for (let j = i; j < i + k && j < n; j++) {
        marks[j] = r.id
        inside[j] = within
      }
      step = k
      break
    }
    if (marks[i] === undefined && v.words >= env.th.goodWords) bodyWords += v.words
    i += step
  }
  return tails
}

/** A lexicon rule with its guards as numbers. */
interface GuardedRule {
  readonly rule: BoilerplateRule
  /** Whether the rule reads a lexicon category (the words below are not both 0). */
  readonly guarded: boolean
  /** The lexicon categories one of which the block must match, the low word of the set and the high one. */
  readonly lexicon: number
  readonly lexiconHigh: number
}

/** The rules that may match a block of at most `maxWords` effective words (and more than the group before). */
interface RuleGroup {
  readonly maxWords: number
  readonly rules: readonly GuardedRule[]
  /** The rules that read no lexicon category, in order. */
  readonly free: readonly GuardedRule[]
  /** Whether these rules read any lexicon category. */
  readonly wanted: boolean
  /** The lexicon categories these rules read, the low word of the set and the high one. */
  readonly wantedLow: number
  readonly wantedHigh: number
  readonly matcher: LexiconScanner['matcher']
}

/** The last groups made for a compiled lexicon, with the `disable` list they were made for. */
const groupCache = new WeakMap<CompiledLexicon, { readonly disable: Context['options']['disable']; readonly groups: readonly RuleGroup[] }>()

/** The enabled lexicon rules in groups (see `groupRules`), made once per lexicon and `disable` list. */
function ruleGroups(ctx: Context, lex: CompiledLexicon): readonly RuleGroup[] {
  const hit = groupCache.get(lex)
  if (hit !== undefined && hit.disable === ctx.options.disable) return hit.groups
  const groups = groupRules(
    BOILERPLATE_RULES.filter((r) => isEnabled(ctx, r.id)),
    scannerOf(lex),
  )
  groupCache.set(lex, { disable: ctx.options.disable, groups })
  return groups
}

/**
 * Group the rules by the word counts they read: a long paragraph is asked only about what may match it.
 *
 * @returns groups by ascending `maxWords`, the last one for any length; each keeps the rules' order
 */
function groupRules(rules: readonly BoilerplateRule[], scanner: LexiconScanner): readonly RuleGroup[] {
  const guarded = rules.map((rule): GuardedRule => {
    const cats = rule.lexicon ?? []
    const lexicon = cats.reduce((bits, cat) => bits | scanner.bits[cat].low, 0)
    const lexiconHigh = cats.reduce((bits, cat) => bits | scanner.bits[cat].high, 0)
    return { rule, guarded: (lexicon | lexiconHigh) !== 0, lexicon, lexiconHigh }
  })
  const limits = [...new Set(rules.map((r) => r.maxWords ?? Infinity)), Infinity].sort((a, b) => a - b)
  return limits.map((maxWords) => {
    const fit = guarded.filter((r) => (r.rule.maxWords ?? Infinity) >= maxWords)
    const free = fit.filter((r) => !r.guarded)
    const wantedLow = fit.reduce((bits, r) => bits | r.lexicon, 0)
    const wantedHigh = fit.reduce((bits, r) => bits | r.lexiconHigh, 0)
    return { maxWords, rules: fit, free, wanted: (wantedLow | wantedHigh) !== 0, wantedLow, wantedHigh, matcher: scanner.matcher }
  })
}

/**
 * Apply the user's patterns: `line` drops the block; `tail` the block and everything after it.
 *
 * @returns the first `tail` match, if any
 */
function markByUserRules(views: readonly BlockView[], marks: (RuleId | undefined)[], ctx: Context): TailMark | undefined {
  const rules = prepareUserRules(ctx.options.rules).filter((r) => isEnabled(ctx, r.id))
  if (rules.length === 0) return undefined
  for (let i = 0; i < views.length; i++) {
    for (const r of rules) {
      if (!r.pattern.test(views[i]!.text)) continue
      marks[i] = r.id
      if (r.scope === 'tail') return { index: i, id: r.id }
      break
    }
  }
  return undefined
}

/**
 * The shape pass plus the tail cut: what the region search drops, then everything from the first tail
 * marker that lies inside or after the body.
 *
 * @returns a rule id per block for the blocks dropped by shape or by a tail cut
 */
function decideByShape(
  views: readonly BlockView[],
  marks: readonly (RuleId | undefined)[],
  classes: readonly ShapeClass[],
  tails: readonly TailMark[],
  userTail: TailMark | undefined,
  html: boolean,
  ctx: Context,
  env: RuleEnv,
  leaves?: (i: number) => boolean,
): (RuleId | undefined)[] {
  const n = views.length
  const absent = absentInside(views, classes, marks, leaves)
  // Region scores over every block, HTML ones too: a bare tail label compares the body before and after it.
  const scores = regionScores(views, classes, env.th, absent)
  // What teaser-run reads of the blocks, read once for every judgement of the page.
  const teasers = { memo: TeaserMemo.of(views) }
  const { shapeMarks, bodyStart } = markByShape(views, classes, html ? undefined : scores, ctx, env, teasers, marks)
  // The best region before and after each point, computed only when a mark needs them.
  let around: { before: number[]; after: number[] } | undefined
  const cutsHere = (t: TailMark): boolean => {
    around ??= { before: bestBefore(scores), after: bestFrom(scores) }
    return pageEnd.cuts(around.before[t.index]!, around.after[t.index + 1]!)
  }
  // A tail marker before the main region is a toolbar or menu item (`Comment` beside `Share`), not the
  // start of a comment section: only markers inside or after the body cut the rest of the page. A bare
  // label (`Comment`, `评论`) cuts only when more body text lies before it than after it.
  // A soft mark (page-end) judges by the page's shape, which HTML blocks do not have.
  // A soft mark the article's paragraphs follow (an inline `Read also`, an image credit) ends nothing.
  // A label that paragraphs follow (`weighed`) cuts as a bare one does.
  let hard: Set<number> | undefined
  const endsAt = (k: number): boolean => (hard ??= new Set(tails.filter((t) => t.soft === undefined).map((t) => t.index))).has(k)
  const cut = tails.find(
    (t) =>
      t.index > bodyStart &&
      !(t.soft !== undefined && (views[t.index]!.html || pageEnd.goesOnAfter(views, t.index, env, t.soft, endsAt))) &&
      (!(t.soft !== undefined || t.weighed === true || isBareLabel(views[t.index]!)) || cutsHere(t)),
  )
  const first = [cut, userTail].filter((t) => t !== undefined).sort((a, b) => a.index - b.index)[0]
  if (first === undefined) return shapeMarks
  // Judge the shape again without the cut tail, so that what the region kept only because body
  // followed it (a stray line before a comment section) is decided as it will be on the cleaned text.
  const headViews = views.slice(0, first.index)
  const headClasses = classes.slice(0, first.index)
  const headMarks = marks.slice(0, first.index)
  const headScores = html ? undefined : regionScores(headViews, headClasses, env.th, absentInside(headViews, headClasses, headMarks, leaves))
  const head = markByShape(headViews, headClasses, headScores, ctx, env, teasers, headMarks).shapeMarks
  for (let j = first.index; j < n; j++) head.push(marks[j] ?? (userTail !== undefined && j >= userTail.index ? userTail.id : cut!.id))
  return head
}

/** What the shape pass found. */
interface ShapeResult {
  readonly shapeMarks: (RuleId | undefined)[]
  /** The index of the first body block of the main region, -1 when there are no plain-text blocks. */
  readonly bodyStart: number
}

/** A tail marker of one or two words and no number (`Comment`, `评论`) may be a toolbar button. */
function isBareLabel(v: BlockView): boolean {
  return v.words <= BARE_LABEL_WORDS && !v.hasDigit
}

/**
 * Judge the plain-text blocks by shape and neighbours: find the main region among them, drop what lies
 * outside it and menu runs inside it. HTML blocks (with `kind`) were chosen by DOM scoring and are left alone.
 *
 * @param views the blocks' views
 * @param classes their shape classes
 * @param allScores the region scores of all blocks when they are all plain text (saves computing them again)
 * @param teasers what teaser-run read of the page's blocks, and the page's index of each of `views` (the identity when none)
 * @returns a rule id per block for the blocks shape drops, and where the main region's body starts
 */
function markByShape(
  views: readonly BlockView[],
  classes: readonly ShapeClass[],
  allScores: readonly number[] | undefined,
  ctx: Context,
  env: RuleEnv,
  teasers: { readonly memo: TeaserMemo; readonly origin?: readonly number[] },
  marks?: readonly (RuleId | undefined)[],
): ShapeResult {
  const out = new Array<RuleId | undefined>(views.length).fill(undefined)
  // The plain-text blocks: all of them (idx undefined), or those listed in idx.
  let idx: number[] | undefined
  let sub = views
  let subClasses = classes
  if (allScores === undefined) {
    idx = []
    for (let i = 0; i < views.length; i++) if (!views[i]!.html) idx.push(i)
    if (idx.length === 0) return { shapeMarks: out, bodyStart: -1 }
    sub = idx.map((i) => views[i]!)
    subClasses = idx.map((i) => classes[i]!)
  }
  const at = (k: number): number => (idx === undefined ? k : idx[k]!)
  const scores = allScores ?? regionScores(sub, subClasses, env.th, marks === undefined ? undefined : absentInside(sub, subClasses, idx === undefined ? marks : idx.map((i) => marks[i])))
  const [start, end] = mainRegion(scores)
  const to = start < end ? extendList(sub, subClasses, end) : end
  const from = start < to ? extendBroken(sub, subClasses, start) : start
  // Lines that reach the body only through a headline above them (see `leadGap`).
  const lead = firstParagraph(subClasses, start, end)
  if (isEnabled(ctx, outsideMain.id)) {
    for (let k = 0; k < sub.length; k++) {
      const outside = k < from || k >= to || (k >= start && k < lead && leadGap(sub[k]!, scores[k]!))
      if (outside && outsideMain.drops(sub[k]!, subClasses[k]!, env.th)) out[at(k)] = outsideMain.id
    }
  }
  if (isEnabled(ctx, menuRun.id)) menuRun.apply(sub, subClasses, from, to, env.th, (k) => (out[at(k)] = menuRun.id), env.lex)
  if (isEnabled(ctx, teaserRun.id)) {
    const origin = teasers.origin
    const home = origin === undefined ? at : (k: number): number => origin[at(k)]!
    teaserRun.apply({ views: sub, classes: subClasses, home, memo: teasers.memo }, from, to, (k) => (out[at(k)] ??= teaserRun.id))
  }
  return { shapeMarks: out, bodyStart: from < to ? at(from) : -1 }
}

/** The rules whose matches may stand between the article's paragraphs (see `absentInside`). */
const MID_ARTICLE_IDS: ReadonlySet<RuleId> = new Set([...BOILERPLATE_RULES.filter((r) => r.midArticle === true).map((r) => r.id), duplicateLead.id])

/**
 * The blocks the region search passes over as absent (see `regionScores`), as cleaning the body again
 * will not see them:
 * - a run of blocks that rules whose matches may stand inside an article dropped (`midArticle`: a
 *   related heading and its link lines, a one-line teaser, a copy of a paragraph), with a paragraph right
 *   before and right after it: the article's run of paragraphs goes on at both sides. A run with anything
 *   else in it (a breadcrumb, a menu line, a dateline) or at either end of the paragraphs (a related list
 *   after the last one, a menu above the first) is boilerplate and still ends the region;
 * - the lines a later stage takes out (`leaves`: a byline, a dateline) between a lead's dropped print and
 *   the article's paragraphs (see `leadCopyHeads`).
 *
 * @param views the blocks' views
 * @param classes their shape classes
 * @param marks the lexicon and duplicate rules' marks
 * @param leaves which blocks a later stage takes out of the body, when known (plain text)
 * @returns a flag per block, or undefined when no block is absent (most pages)
 */
function absentInside(
  views: readonly BlockView[],
  classes: readonly ShapeClass[],
  marks: readonly (RuleId | undefined)[],
  leaves?: (i: number) => boolean,
): boolean[] | undefined {
  const n = views.length
  const passable = (k: number): boolean => marks[k] !== undefined && MID_ARTICLE_IDS.has(marks[k]!)
  let out: boolean[] | undefined
  for (let a = 0; a < n; ) {
    if (!passable(a)) {
      a++
      continue
    }
    let b = a + 1
    while (b < n && passable(b)) b++
    if (a > 0 && isKeptParagraph(views, classes, marks, a - 1) && keptParagraphsFrom(views, classes, marks, b, headsRun(marks, a, b) ? ARTICLE_GOES_ON_PARAGRAPHS : 1)) {
      out ??= new Array<boolean>(n).fill(false)
      for (let k = a; k < b; k++) out[k] = true
    }
    // A lead's print that heads the article (its class left as a paragraph's): the lines under it that a
    // later stage takes out are passed over.
    const last = b - 1
    if (leaves !== undefined && marks[last] === duplicateLead.id && classes[last] !== 'bad') {
      for (let k = b; k < n && marks[k] === undefined && leaves(k); k++) (out ??= new Array<boolean>(n).fill(false))[k] = true
    }
    a = b
  }
  return out
}

/**
 * Whether a dropped print of a lead heads the article: no paragraph right above it, and past the lines a
 * later stage takes out (a byline, a dateline) the article's paragraphs follow in a row (`[headline,
 * standfirst, byline, date, standfirst again, paragraphs…]` with the first print dropped). The region
 * search then counts the print as the paragraph it is and passes over those lines (see `absentInside`),
 * so the region starts at the print as it did before the copy was found, and the byline and dateline
 * stay for the metadata stage instead of falling outside the region. A caption printed twice is followed
 * by its credit and gallery controls, not paragraphs.
 *
 * @param views the blocks' views
 * @param classes their shape classes
 * @param marks the lexicon and duplicate rules' marks, the copies' among them
 * @param i the copy's index
 * @param leaves which blocks a later stage takes out of the body
 * @returns true to leave the copy its paragraph's class in the region search
 */
function leadCopyHeads(
  views: readonly BlockView[],
  classes: readonly ShapeClass[],
  marks: readonly (RuleId | undefined)[],
  i: number,
  leaves: (i: number) => boolean,
): boolean {
  // A paragraph above would read the print as its neighbour and join the region through it.
  if (i > 0 && isKeptParagraph(views, classes, marks, i - 1)) return false
  let k = i + 1
  while (k < views.length && marks[k] === undefined && leaves(k)) k++
  return keptParagraphsFrom(views, classes, marks, k, ARTICLE_GOES_ON_PARAGRAPHS)
}

/**
 * Whether `count` paragraphs no rule dropped stand in a row from block `k` (as the region search sees them;
 * `tail.ts`'s `paragraphsFollow` asks the same of the blocks' shapes alone, before any verdict).
 */
function keptParagraphsFrom(views: readonly BlockView[], classes: readonly ShapeClass[], marks: readonly (RuleId | undefined)[], k: number, count: number): boolean {
  for (let p = k; p < k + count; p++) if (p >= views.length || !isKeptParagraph(views, classes, marks, p)) return false
  return true
}

/**
 * Whether a run of passable blocks holds a related heading: one paragraph under it is as likely its teaser
 * (before the comments or the footer) as the article going on, so the article must go on for two.
 */
function headsRun(marks: readonly (RuleId | undefined)[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (marks[k] === relatedLinks.id) return true
  return false
}

/** Whether block `k` is a paragraph no rule dropped: long enough, not a line of links. */
function isKeptParagraph(views: readonly BlockView[], classes: readonly ShapeClass[], marks: readonly (RuleId | undefined)[], k: number): boolean {
  return marks[k] === undefined && classes[k] === 'good' && views[k]!.linkRatio < LINK_LINE_RATIO
}

/** The longest block, kept when every block was dropped by a lexicon rule. */
function longestBlock(views: readonly BlockView[]): number {
  let best = 0
  for (let i = 1; i < views.length; i++) if (views[i]!.text.length > views[best]!.text.length) best = i
  return best
}
