import { load } from 'cheerio/slim'
import type { Element } from 'domhandler'
import { assertText, judge, toResult } from '../core/doc.js'
import { createContext, isEnabled } from '../core/options.js'
import { runStages } from '../pipeline/run.js'
import { DEFAULT_STAGES } from '../pipeline/stages.js'
import type { Block, CleanResult, Context, Doc, Metadata, Options } from '../types.js'
import { decodeBytes } from './bytes.js'
import { buildBlocks, domDoc } from './html/blocks.js'
import { collapse, nameTokens, PARSE_OPTIONS, textWeight } from './html/dom.js'
import { articleBlocks, articleBodyBound, findArticleBody, JSON_LD_BODY, SHELL_RATIO, shellRemovals } from './html/json-ld-body.js'
import { markupMetadata, type JsonLdScript } from './html/metadata.js'
import { levelsFor, neverTextRule, pageStats } from './html/prune.js'
import { disjointRemovals, domRemovals, outsideChanges } from './html/removals.js'
import { runAttempt, type Attempt } from './html/select.js'

// Content with at least this much text (non-space characters) ends the search for a better attempt: a
// short news item is a few hundred characters; below that a stricter attempt probably cut the article.
const ENOUGH_TEXT = 250
// Relaxing always lets more text through; a relaxed attempt replaces a stricter one only when it
// recovers this many times the text, i.e. when the stricter one evidently cut the article, not furniture.
const RELAX_GAIN = 2
// Below this many characters of body, language detection is less reliable than the page's declaration.
const MIN_TEXT_FOR_LANGUAGE = 200
// Headings this close to the top of the content are checked against the title.
const TITLE_SEARCH_BLOCKS = 3

/**
 * Clean a whole HTML page: decode it, drop page furniture, choose the article, turn it into paragraph
 * blocks and run the same text stages as `clean()` on them. Scripts are never run and nothing is fetched.
 * When the markup is a JavaScript shell, the body comes from the page's JSON-LD `articleBody` instead
 * (rule and warning `html/json-ld-body`).
 *
 * @param html the page, as a string or as bytes (the charset is taken from the BOM, the page's
 *   declaration or detection, and reported in `metadata.charset`)
 * @param options see `Options`; `comments: 'separate'` returns the comment section in `metadata.comments`
 * @returns `{ body, metadata, removed, changes }`, offsets into the decoded HTML
 * @throws TypeError when `html` is neither a string nor bytes, or an option is invalid
 * @example
 * const { body, metadata } = cleanHtml('<html><title>T</title><article><p>Text.</p></article></html>')
 */
export function cleanHtml(html: string | Uint8Array, options?: Readonly<Options> | null): CleanResult {
  if (!(html instanceof Uint8Array)) assertText(html, 'cleanHtml')
  const ctx = createContext(options)
  let source: string
  let charset: string | undefined
  const warnings: string[] = []
  if (typeof html === 'string') source = html
  else {
    const decoded = decodeBytes(html)
    source = decoded.text
    charset = decoded.charset
    warnings.push(...decoded.warnings)
  }
  const base: Metadata = charset === undefined ? {} : { charset }
  try {
    return extract(source, ctx, base, warnings)
  } catch (error) {
    // A page must never crash a crawl: report what went wrong instead.
    const reason = error instanceof Error ? error.message : String(error)
    return { body: '', metadata: base, removed: [], changes: [], warnings: [...warnings, `html/failed: ${reason}`] }
  }
}

function extract(source: string, ctx: Context, base: Metadata, warnings: string[]): CleanResult {
  const $ = load(source, PARSE_OPTIONS)
  const root = $.root()[0]!
  const stats = pageStats(root)
  let chosen: Attempt | undefined
  for (const level of levelsFor(ctx.options.focus)) {
    const a = runAttempt(root, level, stats, (rule) => isEnabled(ctx, rule))
    if (chosen === undefined || a.weight >= chosen.weight * RELAX_GAIN) chosen = a
    if (chosen.weight >= ENOUGH_TEXT) break
  }
  const attempt = chosen!
  const initial = [...warnings]
  if (attempt.level.name !== 'strict') warnings.push(`html/relaxed: little text survived the strict attempt; used the ${attempt.level.name} one`)
  const { metadata: markup, jsonLd } = markupMetadata(root, source)
  const built = buildBlocks(attempt.chosen, (el) => attempt.dropped.get(el), source)
  const blocks = isEnabled(ctx, 'html/title') ? markTitle(built, markup.title) : built
  const doc = domDoc(source, blocks, domRemovals(source, attempt.chosen, attempt.dropped), warnings)
  const fromDom = toResult(runStages(doc, DEFAULT_STAGES, ctx))
  const result = (isEnabled(ctx, JSON_LD_BODY) ? jsonLdResult(source, jsonLd, attempt, fromDom.body, ctx, initial) : undefined) ?? fromDom
  const metadata: Metadata = { ...result.metadata, ...markup, ...base }
  // Templates keep a default `<html lang="en">` whatever the article's language, so on enough text the
  // language measured on the body wins over the declared one.
  const detected = result.metadata.language
  if (detected !== undefined && detected !== markup.language && result.body.length >= MIN_TEXT_FOR_LANGUAGE) {
    metadata.language = detected
    if (markup.language !== undefined) metadata['declaredLanguage'] = markup.language
  }
  if (ctx.options.comments === 'separate') {
    const comments = commentText(attempt, source)
    if (comments.length > 0) metadata.comments = comments
  }
  const out: CleanResult = { ...result, metadata, removed: outsideChanges(source, disjointRemovals(source, result.removed), result.changes) }
  if (out.body.length === 0) return { ...out, warnings: [...(out.warnings ?? []), 'html/empty: no article text found on the page'] }
  return out
}

/**
 * The result with the body taken from the page's JSON-LD `articleBody`, when the DOM gave an empty body or
 * one under a `SHELL_RATIO`th of it (a page that renders its article with JavaScript): its paragraphs run
 * through the same stages, the DOM content is removed as `html/json-ld-body`, and a warning says so.
 * Undefined when there is no such `articleBody` or the stages leave less of it than the DOM body had.
 */
function jsonLdResult(source: string, jsonLd: readonly JsonLdScript[], attempt: Attempt, domBody: string, ctx: Context, warnings: readonly string[]): CleanResult | undefined {
  const domWeight = textWeight(domBody)
  // Reading a body (HTML markup is parsed) is wasted when none could outweigh the DOM's text.
  if (articleBodyBound(jsonLd) <= domWeight * SHELL_RATIO) return undefined
  const pruning = { level: levelsFor(ctx.options.focus)[0]!, enabled: (rule: string) => isEnabled(ctx, rule) }
  const body = findArticleBody(jsonLd, source, pruning)
  if (body === undefined || domWeight * SHELL_RATIO >= body.weight) return undefined
  const note = `${JSON_LD_BODY}: the page's HTML held ${domWeight} characters of article text; the body was taken from its JSON-LD articleBody (${body.weight})`
  const removed = shellRemovals(source, attempt.chosen, attempt.dropped, body)
  const doc: Doc = { source, blocks: articleBlocks(body), metadata: {}, removed, warnings: [...warnings, note] }
  const result = toResult(runStages(doc, DEFAULT_STAGES, ctx))
  return textWeight(result.body) > domWeight ? result : undefined
}

/** A heading at the top of the content that repeats the title is the title, not body text. */
function markTitle(blocks: Block[], title: string | undefined): Block[] {
  if (title === undefined) return blocks
  const t = collapse(title).trim()
  // `startsWith` covers a <title> with the site name after the headline; the length check keeps a short
  // section heading ("Introduction") from passing for the start of a long title.
  const isTitle = (b: Block): boolean => b.kind === 'heading' && (b.text === t || (t.startsWith(b.text) && b.text.length * 2 >= t.length))
  return blocks.map((b, i) => (i < TITLE_SEARCH_BLOCKS && isTitle(b) ? judge(b, 'metadata', 'html/title') : b))
}

/**
 * The comment sections' text, paragraphs separated by a blank line: the readers' comments with their
 * author lines, without the section heading ("2 thoughts on …") and the reply form.
 */
function commentText(attempt: Attempt, source: string): string {
  const sections: Element[] = []
  for (const [el, rule] of attempt.dropped) if (rule === 'html/comments') sections.push(el)
  const ordered = sections.sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0))
  const skip = (el: Element): string | undefined => {
    if (ordered.includes(el)) return undefined
    if (HEADINGS.has(el.name) || el.name === 'form' || nameTokens(el).includes('respond')) return 'html/comment-furniture'
    return neverTextRule(el)
  }
  return buildBlocks(ordered, skip, source)
    .map((b) => b.text)
    .join('\n\n')
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
