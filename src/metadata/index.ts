import { asciiDigits, isHan } from '../core/chars.js'
import { judge } from '../core/doc.js'
import { editBlock } from '../core/edit.js'
import { isEnabled } from '../core/options.js'
import { isVerbatim } from '../core/scan.js'
import { endsInCloseQuote, opensWithTitleMark } from '../boilerplate/rules/comment-section.js'
import { compileLexicon, type CompiledLexicon } from '../lexicon/boilerplate/index.js'
import { mergedLexicon, perLexicon, type MergedLexicon } from '../lexicon/metadata/index.js'
import { dropsForeignText, foreignLanguage } from '../repair/foreign-paragraph.js'
import type { Block, Context, Doc, Metadata } from '../types.js'
import { findBodyStart, isProse, leadHeaderEnd } from './layout.js'
import { escapeRegExp, wordsAt } from './text.js'
import { isEnabledReading, mayBeMetadataLine, readClosingCredit, readCreditCloser, readGluedCredit, MAX_CLOSING_LINE, readMetadataLine, MAX_METADATA_LINE, type Field, type LineReading } from './line.js'
import { reclassify } from '../boilerplate/index.js'
import { bodyLanguage, KeptLines } from './language.js'
import { authorRule } from './rules/author.js'
import { breadcrumbRule, MAX_TRAIL_LINE, mayStartTrailIn, readBreadcrumb } from './rules/breadcrumb.js'
import { commentCountRule, isLatinWord, MAX_TITLED_COUNTER_LINE, readCommentCount } from './rules/comment-count.js'
import { copyrightRule, hasCopyrightSign, mayHoldCopyright, readCopyright } from './rules/copyright.js'
import { creditRule } from './rules/credit.js'
import { dateRule, findDate, readGluedDate, readRelativeDateline } from './rules/date.js'
import { resolveRelativeDate, type RelativeDate } from './date.js'
import { headerResidueRule, isResidue } from './rules/header-residue.js'
import { ICP_MARK, icpRule, readIcp } from './rules/icp.js'
import { PUBLIC_SECURITY_MARK, publicSecurityFilingRule, readPublicSecurityFiling } from './rules/public-security-filing.js'
import { readSourcePrefix, sourceRule } from './rules/source.js'
import { findTitle, mayRepeatHead, pageTitleHeads, repeatedHead, titleRule, type PageTitleRepeat, type TitleFind } from './rules/title.js'

export { readDateAt, validDate, type FoundDate } from './date.js'
export { readMetadataLine, type Field, type LineReading } from './line.js'

/** Every metadata rule, for documentation and `disable`. */
export const METADATA_RULES = Object.freeze([
  titleRule,
  dateRule,
  authorRule,
  creditRule,
  sourceRule,
  commentCountRule,
  copyrightRule,
  icpRule,
  publicSecurityFilingRule,
  breadcrumbRule,
  headerResidueRule,
])

// A dateline sits within a few lines above the body when no title is found; further up is the menu's "today".
const DATE_LOOKBACK = 3
// A line that dates the page among other words is short; a longer line is a caption or prose.
const MAX_DATELINE = 120
// What every counter, licence and filing number has.
const DIGIT = /\d/
// What every breadcrumb trail has: one of its separators (`>`, `»`, `›`, `→`, `＞`, `/`).
const TRAIL_HINT = /[>»›→＞/]/
// Footer lines (copyright, ICP, counters, trails) are short; longer blocks are not read for them.
const MAX_FOOTER_LINE = 300

/**
 * The metadata stage: reads title, date, author, credits, source, comment count, copyright, ICP and
 * public-security filings, breadcrumb and section from the page text, never inventing a value. Lines that
 * are wholly title, dateline, byline, credit or source are judged `metadata` under their rule (so they
 * are listed in `removed`); a dateline glued to the first paragraph is cut off it. Footer lines
 * (copyright, ICP, comment counter, breadcrumb) are only read: they keep the classifier's verdict.
 *
 * @param doc a classified document
 * @param ctx the context (rules can be turned off by id, e.g. `metadata/title`)
 * @returns the document with `metadata` filled and metadata lines judged
 * @example extractMetadata(doc, ctx).metadata // { title: '…', date: '2018-05-11', language: 'en', … }
 */
export function extractMetadata(doc: Doc, ctx: Context): Doc {
  const on = ruleSwitch(ctx)
  // The scan also gathers the kept lines the body language is read from (unless the language is
  // forced), read with the lexicon of the language as detected: in the rare case the language read from
  // them is another, the blocks are scanned again with its lexicon.
  const kept = ctx.options.language === undefined ? new KeptLines() : undefined
  let read = readAs(doc, doc.lang, ctx, on, kept)
  const lang = kept === undefined ? undefined : bodyLanguage(doc, kept)
  if (lang !== undefined) read = readAs(doc, lang ?? undefined, ctx, on, undefined)
  let head = findHead(read, ctx, on)
  // The title lines go too: when the language read from the kept lines without them is another (a
  // heading in one language over paragraphs in two), cleaning the body again reads that one, so it is
  // read so now, if the page read in it keeps lines that read as it too (without its title and the
  // paragraphs repair drops as foreign).
  if (kept !== undefined && head.title !== undefined && head.title.blocks.some((i) => kept.keptAt.includes(i))) {
    const untitled = keptLanguage(doc, kept, head, doc.blocks)
    if (untitled !== read.doc.lang) {
      const keptAgain = new KeptLines()
      const again = readAs(doc, untitled, ctx, on, keptAgain)
      const againHead = findHead(again, ctx, on)
      if (keptLanguage(doc, keptAgain, againHead, again.blocks) === untitled) {
        read = again
        head = againHead
      }
    }
  }
  ;({ doc } = read)
  const { blocks, lex, meta, scan } = read
  const { foreign, title } = head
  let { bodyStart } = head
  // The comment section starts at its counter: bylines and dates under it belong to comments, not the article.
  const end = scan.commentStart ?? blocks.length
  const readings = scan.readings
  if (title !== undefined) {
    meta.title = title.title
    if (title.siteName !== undefined) meta.siteName = title.siteName
    if (title.description !== undefined && meta.description === undefined) meta.description = title.description
    // A heading an earlier stage already took out as the title (the HTML adapter's) keeps its rule.
    for (const i of title.blocks) if (blocks[i]!.verdict !== 'metadata') blocks[i] = judge(blocks[i]!, 'metadata', titleRule.id)
  }
  const titleAt = title === undefined ? undefined : title.blocks[title.blocks.length - 1]!
  // A repeated page title further down shows the article starts there, not at a sidebar paragraph above.
  if (titleAt !== undefined && titleAt > bodyStart) bodyStart = findBodyStart(blocks, head.isMeta, titleAt + 1)

  // A lead printed twice: the lines just after it are header lines too.
  const leadHeader = bodyStart >= 0 ? leadHeaderEnd(blocks, bodyStart) : -1
  const inHeader = (i: number): boolean => i < end && (i < bodyStart || i < leadHeader)
  for (const i of scan.read) {
    const r = readings[i]!
    if (title?.blocks.includes(i) === true) continue
    const dateOnly = r.fields.every((f) => f.kind === 'date')
    if (!dateOnly || blocks[i]!.verdict === 'body' || inHeader(i)) blocks[i] = judge(blocks[i]!, 'metadata', r.rule)
    if (i < end) collect(meta, r)
  }

  if (bodyStart >= 0 && (on(creditRule.id) || on(sourceRule.id))) {
    cutOpener(blocks, bodyStart, lex, on, meta)
    cutCloser(blocks, bodyStart, end, lex, on, meta)
  }
  if (on(dateRule.id)) {
    // A dateline glued to the first paragraph is cut off it even when a dateline above wins, so that
    // cleaning the body again finds nothing more to take out.
    const glued = bodyStart >= 0 ? readGluedDate(blocks[bodyStart]!.text, lex) : undefined
    if (glued !== undefined) blocks[bodyStart] = editBlock(blocks[bodyStart]!, [{ from: 0, to: glued.cut, text: '', rule: dateRule.id, removal: true }])
    const span = { bodyStart, leadHeader, titleAt, end }
    const date = chooseDate(readings, span, glued?.iso, (i) => datedLine(blocks[i]!, lex))
    if (date !== undefined) meta.date = date
    else {
      const relative = chooseRelativeDate(readings, span, (i) => bareRelativeLine(blocks[i]!, lex))
      if (relative !== undefined) setRelativeDate(meta, relative, blocks, ctx.options.referenceDate)
    }
    const modified = chooseModified(readings, span)
    if (modified !== undefined) meta.dateModified ??= modified
  }
  if (bodyStart > 0 && on(headerResidueRule.id)) takeResidue(blocks, doc.blocks, bodyStart, (i) => foreign(blocks[i]!, i))
  if (meta.source === undefined && meta.title !== undefined && on(sourceRule.id)) {
    const prefix = readSourcePrefix(meta.title, lex)
    if (prefix !== undefined) meta.source = prefix
  }
  if (meta.breadcrumb !== undefined) {
    const trail = meta.breadcrumb
    const last = trail[trail.length - 1] === meta.title ? trail.length - 2 : trail.length - 1
    if (last >= 1) meta.section = trail[last]!
  }
  return { ...doc, blocks, metadata: meta }
}
extractMetadata.id = 'metadata'

// How many blocks from the body start an agency opener is looked for in: a headline taken for the body's
// first paragraph, and a dateline under it, may stand before it.
const OPENER_LOOKAHEAD = 3

/**
 * Cut an agency opener (`(서울=연합뉴스) 홍길동 기자 = …`, `【ワシントン共同】…`, `新华社北京12月7日电（记者 张三）…`)
 * off the first body paragraph that has one, among the first few from the body start, under the rule of
 * its first field, and read its credits and source into `meta`.
 */
function cutOpener(blocks: Block[], bodyStart: number, lex: MergedLexicon, on: (id: string) => boolean, meta: Metadata): void {
  for (let i = bodyStart; i < blocks.length && i < bodyStart + OPENER_LOOKAHEAD; i++) {
    const b = blocks[i]!
    if (b.verdict !== 'body') continue
    const opener = readGluedCredit(b.text, lex)
    if (opener === undefined) continue
    if (!opener.fields.every((f) => on(f.rule))) return
    const rule = opener.fields[0]!.rule
    blocks[i] = editBlock(b, [{ from: 0, to: opener.cut, text: '', rule, removal: true }])
    collect(meta, { fields: opener.fields, rule })
    return
  }
}

// Wire credits may stand a few body blocks above the article's last (`Our Standards: …` under them).
const CREDIT_CLOSER_LOOKBACK = 2

/**
 * Take a closing credit off the article's end (the lexicons' `closers`, `closingLabels`, and signatures): a
 * line that is only one (`（共同）`, `（山田花子）`, `Jane Doe (Reuters)`, `Thu Hà/VOV.VN`, `Reporting by Jane Doe;
 * Editing by John Roe`), the last body block or the line just under it, and for wire credits also one of the
 * two body blocks above the last; else an agency mark glued to the end of the last body block
 * (`…と発表した。（共同）`). Read under the rule of its first field, into `meta`.
 */
function cutCloser(blocks: Block[], bodyStart: number, end: number, lex: MergedLexicon, on: (id: string) => boolean, meta: Metadata): void {
  let last = end - 1
  while (last >= bodyStart && blocks[last]!.verdict !== 'body') last--
  if (last < bodyStart) return
  for (let i = last - 1; i > bodyStart && i >= last - CREDIT_CLOSER_LOOKBACK; i--) {
    const b = blocks[i]!
    if (b.verdict !== 'body' || b.text.length > MAX_CLOSING_LINE) continue
    const fields = readCreditCloser(b.text, lex)
    if (fields === undefined || !fields.every((f) => on(f.rule))) continue
    blocks[i] = judge(b, 'metadata', fields[0]!.rule)
    collect(meta, { fields, rule: fields[0]!.rule })
  }
  for (const i of [last, last + 1]) {
    const b = blocks[i]
    if (b === undefined || i >= end || b.verdict === 'metadata') continue
    const line = readClosingCredit(b.text, lex, true)
    if (line === undefined || !line.fields.every((f) => on(f.rule))) continue
    blocks[i] = judge(b, 'metadata', line.fields[0]!.rule)
    collect(meta, { fields: line.fields, rule: line.fields[0]!.rule })
    if (i === last) return
  }
  const b = blocks[last]!
  const glued = readClosingCredit(b.text, lex, false)
  if (glued === undefined || !glued.fields.every((f) => on(f.rule))) return
  const rule = glued.fields[0]!.rule
  blocks[last] = editBlock(b, [{ from: glued.cut, to: b.text.length, text: '', rule, removal: true }])
  collect(meta, { fields: glued.fields, rule })
}

/**
 * The language the kept lines read as without the title's lines and the paragraphs repair drops as
 * foreign (the document's when they read as it; undefined when they leave it undecided).
 */
function keptLanguage(doc: Doc, kept: KeptLines, head: PageHead, blocks: readonly Block[]): string | undefined {
  const title = head.title?.blocks ?? []
  const lang = bodyLanguage(doc, kept.without((i) => title.includes(i) || head.foreign(blocks[i]!, i), blocks))
  return lang === undefined ? doc.lang : (lang ?? undefined)
}

/** The page read in one language: its document (judged again when that asks for it), blocks, lexicon, metadata so far and scan. */
interface PageReading {
  readonly doc: Doc
  readonly blocks: Block[]
  readonly lex: MergedLexicon
  readonly meta: Metadata
  readonly scan: Scan
}

/**
 * The page read in `lang` (undecided when undefined): judged again by the classifier when the language
 * asks for it, and scanned with that language's lexicon; `kept` gathers the kept lines.
 */
function readAs(doc: Doc, lang: string | undefined, ctx: Context, on: (id: string) => boolean, kept: KeptLines | undefined): PageReading {
  if (lang !== doc.lang) doc = (lang === undefined ? undefined : judgeAgain(doc, lang, ctx)) ?? withLanguage(doc, lang)
  // A copy, not a splice of the judged blocks into this one: a spread of a page's 100 000 blocks as
  // call arguments overflows the stack.
  const blocks = [...doc.blocks]
  const lex = mergedLexicon(doc.lang, ctx.options.lexicon)
  const meta = startMetadata(doc)
  return { doc, blocks, lex, meta, scan: scanBlocks(doc, blocks, { lex, labels: compileLexicon(ctx.options.lexicon) }, on, meta, kept) }
}

/** The document with its language set, or without one. */
function withLanguage(doc: Doc, lang: string | undefined): Doc {
  if (lang !== undefined) return { ...doc, lang }
  const { lang: _undecided, ...rest } = doc
  return rest
}

/** Where the body starts on a page read, and its title. */
interface PageHead {
  readonly bodyStart: number
  readonly title: TitleFind | undefined
  /** Whether repair will drop block `i` as a foreign paragraph. */
  readonly foreign: (b: Block, i: number) => boolean
  /** Whether block `i` is stepped over like a metadata line. */
  readonly isMeta: (i: number) => boolean
}

/** The body start and the title of a page read. */
function findHead(read: PageReading, ctx: Context, on: (id: string) => boolean): PageHead {
  const { blocks, scan } = read
  const readings = scan.readings
  // Paragraphs the repair stage will drop as foreign are stepped over like metadata lines: the title
  // and the body start are the same whether or not they are still there (cleaning the body again).
  const foreign = dropsForeign(read.doc, ctx)
  const isMeta = (i: number): boolean => readings[i] !== undefined || foreign(blocks[i]!, i)
  const bodyStart = findBodyStart(blocks, isMeta)
  const title = on(titleRule.id) ? findTitle(blocks, bodyStart, isMeta, read.lex, scan.repeats) : undefined
  return { bodyStart, title, foreign, isMeta }
}

/**
 * The document judged again by the classifier with the language the kept lines read as, when that
 * language makes the repair stage drop foreign paragraphs the classifier did not expect to go (an
 * English body on a page read as another language): cleaning the body again judges the lines around
 * them without them, so they are judged so now. Otherwise (or when the document did not come from the
 * classifier) undefined: the verdicts stand.
 */
function judgeAgain(doc: Doc, lang: string, ctx: Context): Doc | undefined {
  if (!dropsForeignText(lang, ctx) || dropsForeignText(doc.lang, ctx)) return undefined
  return reclassify(doc, lang, ctx)
}

/** The metadata a document starts the stage with: what earlier stages found, and its language. */
function startMetadata(doc: Doc): Metadata {
  const meta: Metadata = { ...doc.metadata }
  if (doc.lang !== undefined) meta.language = doc.lang
  return meta
}

/** Whether a rule is on: every rule when none is turned off; else looked up once per document, not once per block. */
function ruleSwitch(ctx: Context): (id: string) => boolean {
  if (ctx.options.disable.length === 0) return allOn
  const enabled = new Map<string, boolean>(METADATA_RULES.map((r) => [r.id, isEnabled(ctx, r.id)]))
  return (id) => enabled.get(id) ?? isEnabled(ctx, id)
}

function allOn(): boolean {
  return true
}

/**
 * Once the stage has taken header lines out (or cut a dateline off the first paragraph), punctuation
 * or a stray letter left above the body is not the article's: cleaning the body again would drop it as
 * outside the article, so it goes now.
 */
function takeResidue(blocks: Block[], before: readonly Block[], bodyStart: number, dropsLater: (i: number) => boolean): void {
  let tookOut = false
  for (let i = 0; i <= bodyStart && !tookOut; i++) tookOut = blocks[i] !== before[i] || dropsLater(i)
  if (!tookOut) return
  for (let i = 0; i < bodyStart; i++) if (blocks[i]!.verdict === 'body' && isResidue(blocks[i]!.text)) blocks[i] = judge(blocks[i]!, 'metadata', headerResidueRule.id)
}

/**
 * The author a byline states, without its label, for adapters that find a byline by markup (an
 * element named `byline`): `By Jane Doe` → `Jane Doe`, `Author: Emma` → `Emma`, `作者：张三` → `张三`.
 * A byline the line reader cannot read as names keeps its words, only the leading byline word goes
 * (`By JANE DOE, AP Writer` → `JANE DOE, AP Writer`).
 *
 * @param text the byline's text
 * @param lang the document language, when known
 * @returns the author as written, without the label
 * @example authorOfByline('By Jane Doe') // 'Jane Doe'
 */
export function authorOfByline(text: string, lang?: string): string {
  const lex = mergedLexicon(lang)
  const t = text.trim()
  const author = readMetadataLine(t, lex)?.fields.find((f) => f.kind === 'author' && f.value !== '')
  if (author !== undefined) return author.value
  const w = wordsAt(t, 0, lex.bylines)
  return w !== undefined && t[w.length] === ' ' ? t.slice(w.length + 1).trim() : t
}

/**
 * Whether the repair stage will drop a body block as a paragraph in a foreign language (an English
 * page, `foreignText: 'drop'`, the rule on), answered once per block.
 */
function dropsForeign(doc: Doc, ctx: Context): (b: Block, i: number) => boolean {
  if (!dropsForeignText(doc.lang, ctx)) return () => false
  const known = new Map<number, boolean>()
  return (b, i) => {
    if (b.verdict !== 'body') return false
    let v = known.get(i)
    if (v === undefined) {
      v = foreignLanguage(b.text, 'en') !== undefined
      known.set(i, v)
    }
    return v
  }
}

/** Add a line's author, source and credits (first value of each wins; credits gather, without repeats). */
function collect(meta: Metadata, r: LineReading): void {
  for (const f of r.fields) {
    if (f.kind === 'author' && f.value !== '' && meta.author === undefined) meta.author = f.value
    else if (f.kind === 'source' && f.value !== '' && meta.source === undefined) meta.source = f.value
    else if (f.kind === 'credit' && f.names !== undefined && f.names.length > 0) {
      const credits = { ...meta.credits }
      const role = f.role ?? 'credit'
      const names = [...(credits[role] ?? [])]
      for (const n of f.names) if (!names.includes(n)) names.push(n)
      credits[role] = names
      meta.credits = credits
    }
  }
}

/** What one pass over the blocks finds. */
interface Scan {
  /** The first comment counter: the comment section starts there. */
  readonly commentStart?: number
  /** Each block's metadata line reading, for blocks above the comments and body blocks. */
  readonly readings: readonly (LineReading | undefined)[]
  /** The blocks that have a reading, in order. */
  readonly read: readonly number[]
  /** Lines that repeat the first line (a page title), when the title rule is on. */
  readonly repeats?: readonly PageTitleRepeat[]
}

/**
 * One pass over the blocks: footer values from every short block, whatever its verdict (into `meta`);
 * metadata line readings of the blocks above the comment section and of body blocks; lines that
 * repeat the first line; and, when `kept` is given, every block noted into it as kept (a body block
 * that does not read as a metadata line, whichever rules are on) or dropped. Each test starts with
 * what rejects most lines on a character or two.
 */
function scanBlocks(
  doc: Doc,
  blocks: readonly Block[],
  { lex, labels }: { readonly lex: MergedLexicon; readonly labels: CompiledLexicon },
  on: (id: string) => boolean,
  meta: Metadata,
  kept: KeptLines | undefined,
): Scan {
  const source = doc.source
  let commentStart: number | undefined
  const readings = new Array<LineReading | undefined>(blocks.length).fill(undefined)
  const read: number[] = []
  const first = blocks[0]?.text
  const page = first !== undefined && on(titleRule.id) ? pageTitleHeads(first) : undefined
  const repeats: PageTitleRepeat[] = []
  const pageMax = page === undefined ? -1 : page.maxLen
  const footer = footerMatchers(lex)
  const trailOn = on(breadcrumbRule.id)
  const found: FooterFind[] = []
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    const t = b.text
    // The first tests read the line's characters in the source when it is the source span as it
    // stands: a character of a slice costs more to read than one of the source.
    const n = t.length
    // A long paragraph is read for nothing but a repeat of the first line, on its length.
    const inSource = (n <= MAX_FOOTER_LINE || n <= pageMax) && isVerbatim(doc, b)
    const s = inSource ? source : t
    const from = inSource ? b.start : 0
    const to = inSource ? b.end : n
    if (n <= MAX_FOOTER_LINE) {
      if (meta.breadcrumb === undefined && trailOn && t.length <= MAX_TRAIL_LINE && mayStartTrailIn(s, from, to, lex) && TRAIL_HINT.test(t)) {
        const trail = readBreadcrumb(t, lex)
        if (trail !== undefined) {
          meta.breadcrumb = trail
          found.push({ key: 'breadcrumb', at: i })
        }
      }
      // Counters, ICP and filing numbers have digits and a marker word: most lines are passed over on
      // their features. A counter over a quoted title (`One thought on “…”`, `34 Gedanken zu „…“`) may
      // write its count as a word, and its words are the boilerplate lexicon's (`commentsOn`): a line that
      // ends in a closing quote, or opens with a title's mark (`“Başlık” üzerine 3 düşünce`), is read
      // whatever its words (few lines do).
      const quoted = t.length <= MAX_TITLED_COUNTER_LINE && (endsInCloseQuote(t) || opensWithTitleMark(t))
      if ((quoted || (hasDigits(b) && (t.length <= MAX_TITLED_COUNTER_LINE ? footer.short : footer.long).test(t))) && readFooterLine(t, lex, labels, on, meta, i, found)) commentStart = i
    }
    const body = b.verdict === 'body'
    // A date in other scripts' digits (`٧ ديسمبر ٢٠٢٦`, `２０２６年１２月７日`) is read with ASCII ones.
    const d = n <= MAX_METADATA_LINE && hasDigits(b) ? asciiDigits(t) : t
    const r =
      n <= MAX_METADATA_LINE && (commentStart === undefined || i < commentStart || body) && (d === t ? mayBeMetadataLine(s, from, to, lex) : mayBeMetadataLine(d, 0, n, lex))
        ? readMetadataLine(d, lex)
        : undefined
    if (r !== undefined && isEnabledReading(r, on)) {
      readings[i] = r
      read.push(i)
    }
    // A body line that reads as metadata, whichever rules are on, is not kept for the body language.
    kept?.add(b, i, body && r === undefined)
    if (page !== undefined && i > 0 && mayRepeatHead(s, from, to, page)) {
      const head = repeatedHead(t, page)
      if (head !== undefined) repeats.push({ at: i, head })
    }
  }
  if (on(copyrightRule.id)) readLastCopyright(blocks, lex, footer, meta, found)
  const scan = { readings, read, repeats }
  return commentStart === undefined ? scan : { ...scan, commentStart }
}

/** A footer value found while scanning: which field, and on which block it was first read. */
interface FooterFind {
  readonly key: 'breadcrumb' | 'commentCount' | 'icp' | 'publicSecurityFiling'
  readonly at: number
}

/**
 * The last copyright notice wins (the footer's, not a `© Agency / Photographer` photo credit above
 * it): read from the end of the page, so most pages are read only as far back as their footer. The
 * field keeps its place among the footer fields found on the way down (where the first notice is).
 */
function readLastCopyright(blocks: readonly Block[], lex: MergedLexicon, footer: FooterMatchers, meta: Metadata, found: readonly FooterFind[]): void {
  let last = -1
  let copyright: Metadata['copyright']
  for (let i = blocks.length - 1; i >= 0 && copyright === undefined; i--) {
    copyright = readsCopyright(blocks[i]!, lex, footer)
    last = i
  }
  if (copyright === undefined) return
  if (meta.copyright !== undefined) {
    meta.copyright = copyright
    return
  }
  // Fields found above the last notice may have been found before or after the first one.
  let upTo = -1
  for (const f of found) if (f.at <= last && f.at > upTo) upTo = f.at
  let first = last
  for (let i = 0; i <= upTo && i < last; i++) {
    if (readsCopyright(blocks[i]!, lex, footer) !== undefined) {
      first = i
      break
    }
  }
  // On one line the trail is read before the notice, the other fields after it.
  const after = found.filter((f) => f.at > first || (f.at === first && f.key !== 'breadcrumb'))
  const values = after.map((f) => meta[f.key])
  for (const f of after) delete meta[f.key]
  meta.copyright = copyright
  after.forEach((f, k) => Object.assign(meta, { [f.key]: values[k] }))
}

/** The copyright notice a line holds: a year or `©` (or a Han word that stands alone), and a marker. */
function readsCopyright(b: Block, lex: MergedLexicon, footer: FooterMatchers): Metadata['copyright'] {
  const t = b.text
  if (t.length > MAX_FOOTER_LINE || !(hasDigits(b) || hasCopyrightSign(t) || hasHanMark(b, footer)) || !mayHoldCopyright(t, lex)) return undefined
  return readCopyright(t, lex)
}

/** Read the counter, ICP and filing a line holds into `meta`; true when it is the page's (first) comment counter. */
function readFooterLine(t: string, lex: MergedLexicon, labels: CompiledLexicon, on: (id: string) => boolean, meta: Metadata, at: number, found: FooterFind[]): boolean {
  // Without a digit only a counter whose count is a word may be read (ICP and filing numbers have digits).
  const digits = DIGIT.test(t)
  if (!digits && !endsInCloseQuote(t) && !opensWithTitleMark(t)) return false
  let counter = false
  if (meta.commentCount === undefined && on(commentCountRule.id)) {
    const n = readCommentCount(t, lex, labels)
    if (n !== undefined) {
      meta.commentCount = n
      found.push({ key: 'commentCount', at })
      counter = true
    }
  }
  if (!digits) return counter
  if (meta.icp === undefined && on(icpRule.id)) {
    const icp = readIcp(t)
    if (icp !== undefined) {
      meta.icp = icp
      found.push({ key: 'icp', at })
    }
  }
  if (meta.publicSecurityFiling === undefined && on(publicSecurityFilingRule.id)) {
    const psf = readPublicSecurityFiling(t)
    if (psf !== undefined) {
      meta.publicSecurityFiling = psf
      found.push({ key: 'publicSecurityFiling', at })
    }
  }
  return counter
}

/** What a footer line holds, compiled once per lexicon. */
interface FooterMatchers {
  /** Case-insensitive: `ICP`, the filing mark, or (for lines short enough to be counters) a comment word. */
  readonly short: RegExp
  /** The same without the comment words, compared as the copyright and ICP readers compare (non-Unicode). */
  readonly long: RegExp
  /** The first characters of the Han copyright words (`版` of `版权所有`), which stand without year or `©`. */
  readonly hanMarks: string
}

// Matches every line.
const ANY = /^/

const footerMatchers = perLexicon((lex): FooterMatchers => {
  const marks = [ICP_MARK, PUBLIC_SECURITY_MARK]
  // The readers compare comment words on a lower-case copy of the line; a Unicode case-insensitive
  // match finds them wherever that copy does (every one-to-one lower-case mapping folds alike), unless
  // a word could meet the one character whose lower case is two (`İ` → `i̇`): then no word is left out.
  // A Latin word that ends in `i` (`commenti`) cannot: the dot that follows its `i` in the copy runs the
  // word on, and the reader takes a Latin word only where it ends.
  const exact = !lex.commentWords.some((w) => (w.endsWith('i') && !isLatinWord(w)) || w.includes('\u0307'))
  // Alternations of literal words: linear in the line.
  return {
    short: exact ? new RegExp([...marks, ...lex.commentWords].map(escapeRegExp).join('|'), 'iu') : ANY,
    long: new RegExp(marks.map(escapeRegExp).join('|'), 'i'),
    hanMarks: [...new Set(lex.copyright.filter((w) => isHan(w.charCodeAt(0))).map((w) => w[0]!))].join(''),
  }
})

/** Whether a line has an ASCII digit (or, by its features when they are the current text's, a digit of any script). */
function hasDigits(b: Block): boolean {
  const f = b.features
  return f !== undefined && f.length === b.text.length ? f.digitRatio > 0 : DIGIT.test(b.text)
}

/** Whether a line has the first character of a Han copyright word (`版` of `版权所有`); never without Han, by its features. */
function hasHanMark(b: Block, m: FooterMatchers): boolean {
  const f = b.features
  if (m.hanMarks.length === 0 || (f !== undefined && f.length === b.text.length && f.hanRatio === 0)) return false
  for (let k = 0; k < m.hanMarks.length; k++) if (b.text.includes(m.hanMarks[k]!)) return true
  return false
}

/**
 * Where the page's header lies: the body start, the end of the lines after a lead printed twice (-1 for
 * none: `leadHeaderEnd`), the title's last line, the comments' start.
 */
interface HeaderSpan {
  readonly bodyStart: number
  readonly leadHeader: number
  readonly titleAt: number | undefined
  readonly end: number
}

/**
 * The header lines where a dateline stands, top down: between the title and the body start (or a few
 * lines above the body start when there is no title), then after a lead printed twice.
 */
function headerLines({ bodyStart, leadHeader, titleAt, end }: HeaderSpan): number[] {
  const lo = titleAt !== undefined ? titleAt + 1 : Math.max(0, bodyStart - DATE_LOOKBACK)
  const header: number[] = []
  for (let i = lo; i < bodyStart; i++) header.push(i)
  for (let i = bodyStart + 1; i < leadHeader && i < end; i++) header.push(i)
  return header
}

/** Whether a field is an absolute date the page was last changed on (`Updated: May 9, 2023`). */
function isModifiedDate(f: Field): boolean {
  return f.kind === 'date' && f.relative === undefined && f.modified === true
}

/**
 * Choose the page date, in order of trust: a dateline between the title and the body (or just after a
 * lead printed twice, before the next paragraph); a short line there that holds a date; a dateline glued to the first
 * paragraph; a dateline just above the title; a labelled date anywhere above the comments. A date the
 * page labels as its last change (`Updated …`) is taken from the header only when no other dateline is there.
 */
function chooseDate(
  readings: readonly (LineReading | undefined)[],
  span: HeaderSpan,
  glued: string | undefined,
  dateIn: (i: number) => string | undefined,
): string | undefined {
  const { bodyStart, titleAt, end } = span
  // On a line with both, the published date (`Published …| Updated …`).
  const datelineAt = (i: number, modified = true): string | undefined => {
    const dates = readings[i]?.fields.filter((f) => f.kind === 'date' && f.relative === undefined)
    return (dates?.find((f) => f.modified !== true) ?? (modified ? dates?.[0] : undefined))?.value
  }
  if (bodyStart >= 0) {
    const header = headerLines(span)
    for (const i of header) {
      const d = datelineAt(i, false)
      if (d !== undefined) return d
    }
    for (const i of header) {
      const d = datelineAt(i)
      if (d !== undefined) return d
    }
    if (titleAt !== undefined) {
      for (const i of header) {
        const d = dateIn(i)
        if (d !== undefined) return d
      }
    }
    if (glued !== undefined) return glued
    if (titleAt !== undefined) {
      for (let i = titleAt - 1; i >= Math.max(0, titleAt - DATE_LOOKBACK); i--) {
        const d = datelineAt(i)
        if (d !== undefined) return d
      }
    }
  }
  for (let i = 0; i < end; i++) {
    const f = readings[i]?.fields.find((x) => x.kind === 'date' && x.labelled === true && x.relative === undefined)
    if (f !== undefined) return f.value
  }
  return undefined
}

/**
 * Choose the date the page was last changed on, where `chooseDate` looks for datelines: a date labelled so
 * (`Updated: …`, `aktualisiert am …`, `更新时间：…`) on a header line, then just above the title, then with a
 * label anywhere above the comments.
 */
function chooseModified(readings: readonly (LineReading | undefined)[], span: HeaderSpan): string | undefined {
  const { bodyStart, titleAt, end } = span
  const modifiedAt = (i: number): string | undefined => readings[i]?.fields.find(isModifiedDate)?.value
  if (bodyStart >= 0) {
    for (const i of headerLines(span)) {
      const d = modifiedAt(i)
      if (d !== undefined) return d
    }
    if (titleAt !== undefined) {
      for (let i = titleAt - 1; i >= Math.max(0, titleAt - DATE_LOOKBACK); i--) {
        const d = modifiedAt(i)
        if (d !== undefined) return d
      }
    }
  }
  for (let i = 0; i < end; i++) {
    const f = readings[i]?.fields.find((x) => isModifiedDate(x) && x.labelled === true)
    if (f !== undefined) return f.value
  }
  return undefined
}

/** A relative dateline chosen for the page: what it states, as written, and the block a bare one stands on. */
interface RelativeChoice {
  readonly date: RelativeDate
  readonly phrase: string
  /** The block of a lone day or moment word (`Hôm qua`), which no line reading took out: it goes now. */
  readonly bareAt?: number
}

/**
 * Choose a relative dateline when no absolute date is found (`chooseDate`), where a dateline stands: between
 * the title and the body (or after a lead printed twice), then just above the title. A lone day or moment word
 * (`Yesterday`, `Hôm qua`, `just now`) is taken only between a title and the body, after every other
 * relative dateline there; never from the comments or from a labelled line elsewhere on the page.
 */
function chooseRelativeDate(readings: readonly (LineReading | undefined)[], span: HeaderSpan, bareIn: (i: number) => RelativeChoice | undefined): RelativeChoice | undefined {
  const { bodyStart, titleAt } = span
  if (bodyStart < 0) return undefined
  const relativeAt = (i: number): RelativeChoice | undefined => {
    const f = readings[i]?.fields.find((x) => x.kind === 'date' && x.relative !== undefined)
    return f === undefined ? undefined : { date: f.relative!, phrase: f.value }
  }
  const header = headerLines(span)
  for (const i of header) {
    const r = relativeAt(i)
    if (r !== undefined) return r
  }
  if (titleAt === undefined) return undefined
  for (let i = titleAt - 1; i >= Math.max(0, titleAt - DATE_LOOKBACK); i--) {
    const r = relativeAt(i)
    if (r !== undefined) return r
  }
  for (const i of header) {
    const r = bareIn(i)
    if (r !== undefined) return { ...r, bareAt: i }
  }
  return undefined
}

/** A header line that is only a day or moment word (`Yesterday`, `Hôm qua`, `刚刚`). */
function bareRelativeLine(b: Block, lex: MergedLexicon): RelativeChoice | undefined {
  if (b.text.length > MAX_BARE_RELATIVE) return undefined
  const r = readRelativeDateline(b.text, 0, b.text.length, lex)
  return r === undefined || !r.bare ? undefined : { date: r.date, phrase: b.text.slice(r.start, r.end) }
}

// Longer than any day or moment word of the lexicons, with separators around it.
const MAX_BARE_RELATIVE = 40

/**
 * Put a relative dateline into the metadata: `dateRelative` as written; `date` resolved against the
 * reference date when one is given and no date is known yet (a date in the page's markup wins). A lone day
 * word's line is taken out of the body.
 */
function setRelativeDate(meta: Metadata, r: RelativeChoice, blocks: Block[], reference: Date | undefined): void {
  meta.dateRelative = r.phrase
  if (reference !== undefined && meta.date === undefined) meta.date = resolveRelativeDate(r.date, reference)
  if (r.bareAt !== undefined) blocks[r.bareAt] = judge(blocks[r.bareAt]!, 'metadata', dateRule.id)
}

/**
 * A short header line that holds a date among other words (`Published 11:34 PM EST Nov 19, 2019 |
 * Updated …`): it dates the page, though the line is not taken out.
 */
function datedLine(b: Block, lex: MergedLexicon): string | undefined {
  if (b.text.length > MAX_DATELINE || isProse(b)) return undefined
  return findDate(b.text, lex)?.iso
}
