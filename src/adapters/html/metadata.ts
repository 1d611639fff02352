import type { AnyNode, Element } from 'domhandler'
import type { Metadata } from '../../types.js'
import { BYLINE_STEMS, DATELINE_STEMS } from '../../lexicon/html/patterns.js'
import { collapse, isElement, matchesNames, nameTokens, spanOf } from './dom.js'
import { neverTextRule } from './prune.js'
// A byline element's text keeps its label (`By Jane Doe`); the metadata stage knows the labels per language.
import { authorOfByline } from '../../metadata/index.js'

// A byline longer than this is prose that happens to sit in an `author` box (a biography).
const MAX_BYLINE_CHARS = 80
// JSON-LD blocks are small; a huge one is data, not page metadata, and parsing it costs time.
export const MAX_JSON_LD_CHARS = 200_000

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?/
const ISO_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/

/**
 * A date as ISO 8601, from the shapes markup uses (`2018-05-11`, `2018/05/11 10:00`,
 * `2024-04-29T11:39:42+07:00`); undefined for anything else, so no date is invented.
 *
 * @param raw the attribute or text value
 * @returns `YYYY-MM-DD`, or with `THH:MM[:SS]` and the zone when given
 */
export function isoDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const s = raw.trim()
  const m = ISO_DATE.exec(s)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, sec] = m
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  let out = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`
  if (h !== undefined && mi !== undefined) {
    out += `T${h.padStart(2, '0')}:${mi}${sec === undefined ? '' : `:${sec}`}`
    const zone = ISO_ZONE.exec(s)
    if (zone !== null) out += zone[0]
  }
  return out
}

/** A parsed JSON value. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/**
 * One `<script type="application/ld+json">` of the page, parsed once: the metadata reads its objects, and
 * the body fallback (`findArticleBody`) reads them with the text and offset to map an `articleBody` back.
 */
export interface JsonLdScript {
  /** The script's text. */
  readonly text: string
  /** The offset of that text in the HTML, when it is the HTML there as it stands (one text node); else undefined. */
  readonly start: number | undefined
  /** Its objects (`jsonLdObjects`): none when it does not parse or is longer than `MAX_JSON_LD_CHARS`. */
  readonly objects: ReadonlyArray<Record<string, Json>>
}

/** A JSON-LD script element read and parsed. */
function jsonLdScript(el: Element, source: string): JsonLdScript {
  const text = textOf(el, MAX_JSON_LD_CHARS + 1)
  const child = el.children.length === 1 ? el.children[0]! : undefined
  const [s, e] = child === undefined ? [0, 0] : spanOf(child)
  // Script text is raw (no entities), so its node data is the source slice; check rather than assume.
  const start = child?.type === 'text' && source.slice(s, e) === child.data ? s : undefined
  if (text.length > MAX_JSON_LD_CHARS) return { text, start, objects: [] }
  let parsed: Json
  try {
    parsed = JSON.parse(text) as Json
  } catch {
    return { text, start, objects: [] }
  }
  return { text, start, objects: jsonLdObjects(parsed) }
}

/**
 * The objects of one parsed JSON-LD block, breadth first: array members and `@graph` members included.
 *
 * @param parsed the block's parsed JSON
 * @returns its objects, outer ones first
 */
export function jsonLdObjects(parsed: Json): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = []
  const queue: Json[] = [parsed]
  while (queue.length > 0) {
    const x = queue.shift()
    if (Array.isArray(x)) queue.push(...x)
    else if (x !== null && typeof x === 'object') {
      out.push(x)
      const graph = x['@graph']
      if (graph !== undefined) queue.push(graph)
    }
  }
  return out
}

const ARTICLE_TYPES = /(?:^|\s)(?:News|Blog|Scholarly|Tech|Report)?Article$|^(?:BlogPosting|Report|WebPage|LiveBlogPosting|OpinionNewsArticle|AnalysisNewsArticle)$/

/** Whether a JSON-LD object's `@type` (a string or a list) names an article or a web page. */
export function isArticle(o: Record<string, Json>): boolean {
  const t = o['@type']
  const types = Array.isArray(t) ? t : [t]
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x))
}

/** A person or organisation name from a JSON-LD value: a string, `{ name }`, or a list of them. */
function nameOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => x !== undefined)
    return names.length > 0 ? names.join(', ') : undefined
  }
  if (v !== null && typeof v === 'object') return nameOf(v['name'])
  return undefined
}

const str = (v: Json | undefined): string | undefined => (typeof v === 'string' && v.trim().length > 0 ? collapse(v).trim() : undefined)

/** A meta value that is a URL is a profile link, not a name. */
const isUrl = (s: string): boolean => s.startsWith('http://') || s.startsWith('https://') || s.startsWith('/')

/** What the page's markup states, and its JSON-LD scripts for the body fallback. */
export interface PageMarkup {
  /** Only the fields the page states. */
  readonly metadata: Metadata
  /** The JSON-LD scripts, in document order. */
  readonly jsonLd: readonly JsonLdScript[]
}

/**
 * Metadata the markup states: title, dates, author, site, URL, language, description, section.
 * Markup is more reliable than text heuristics, so these fields override what the text stages found.
 * Each JSON-LD script is parsed once, here, and returned for the body fallback.
 *
 * @param root the parsed page
 * @param source the HTML it was parsed from, with start and end indices
 * @returns the metadata and the JSON-LD scripts
 */
export function markupMetadata(root: AnyNode, source: string): PageMarkup {
  const m = collectMarkup(root, source)
  const meta = (keys: readonly string[]): string | undefined => {
    for (const k of keys) {
      const v = m.metas.get(k.toLowerCase())
      if (v !== undefined) return v
    }
    return undefined
  }
  const md: Metadata = {}
  const article = m.jsonLd.flatMap((script) => script.objects).find(isArticle)
  const set = <K extends keyof Metadata>(key: K, value: Metadata[K] | undefined): void => {
    if (value !== undefined && md[key] === undefined) md[key] = value
  }
  set('title', str(article?.['headline']) ?? meta(['og:title', 'twitter:title', 'ArticleTitle']) ?? m.h1 ?? m.title)
  set('date', isoDate(str(article?.['datePublished'])) ?? isoDate(meta(DATE_META)) ?? isoDate(m.time) ?? m.datelines.map(datelineDate).find((d) => d !== undefined))
  set('dateModified', isoDate(str(article?.['dateModified'])) ?? isoDate(meta(['article:modified_time', 'og:updated_time', 'dateModified'])))
  const metaAuthor = meta(['author', 'article:author', 'byl', 'dc.creator'])
  set('author', nameOf(article?.['author']) ?? (metaAuthor !== undefined && !isUrl(metaAuthor) ? metaAuthor : undefined) ?? m.relAuthor ?? (m.byline === undefined ? undefined : authorOfByline(m.byline, m.lang?.split(/[-_]/)[0]?.toLowerCase())))
  const publisher = nameOf(article?.['publisher'])
  set('siteName', meta(['og:site_name', 'SiteName', 'application-name']) ?? publisher)
  set('source', publisher ?? meta(['ContentSource', 'source']))
  set('url', m.canonical ?? meta(['og:url']))
  set('description', meta(['og:description', 'description', 'twitter:description']) ?? str(article?.['description']))
  set('section', meta(['article:section', 'ColumnName']) ?? str(article?.['articleSection']))
  if (m.lang !== undefined) set('language', m.lang.split(/[-_]/)[0]!.toLowerCase())
  return { metadata: md, jsonLd: m.jsonLd }
}

// Chinese government sites share one template whose meta names are `ArticleTitle`, `SiteName`,
// `ColumnName` (section), `PubDate` and `ContentSource`; they are read beside the og: names.

// Meta names that carry the publication date, most specific first (`PubDate` is the Chinese
// government template's name; names are compared case-insensitively).
const DATE_META = ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created']

// How far into a dateline the date may start: `发布时间：` or `Published on ` come first.
const MAX_DATE_OFFSET = 20
const DATE_START = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/

/** The date in a dateline's text, when it starts near the front. */
function datelineDate(t: string): string | undefined {
  const d = DATE_START.exec(t.slice(0, MAX_DATE_OFFSET + 20))
  return d !== null && d.index <= MAX_DATE_OFFSET ? isoDate(t.slice(d.index)) : undefined
}

// Datelines looked at before giving up: the first few date-named elements are the article's.
const MAX_DATELINES = 5

interface Markup {
  /** `content` by lower-cased `name`, `property` or `itemprop`; the first wins. */
  readonly metas: Map<string, string>
  readonly jsonLd: JsonLdScript[]
  title?: string | undefined
  h1?: string | undefined
  canonical?: string | undefined
  time?: string | undefined
  lang?: string | undefined
  relAuthor?: string | undefined
  byline?: string | undefined
  readonly datelines: string[]
}

const NAME_STEMS = [...BYLINE_STEMS, ...DATELINE_STEMS]

/** A cheap substring test before tokenising: almost no element is named after a byline or a date. */
function mayName(el: Element): boolean {
  const raw = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.toLowerCase()
  return NAME_STEMS.some((stem) => raw.includes(stem))
}

/** Gather every metadata-bearing element in one iterative walk instead of one query per field. */
function collectMarkup(root: AnyNode, source: string): Markup {
  const m: Markup = { metas: new Map(), jsonLd: [], datelines: [] }
  const stack: AnyNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isElement(node)) {
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
      continue
    }
    const a = node.attribs
    switch (node.name) {
      case 'meta': {
        const key = a['property'] ?? a['name'] ?? a['itemprop']
        const content = a['content'] === undefined ? '' : collapse(a['content']).trim()
        if (key !== undefined && content.length > 0 && !m.metas.has(key.toLowerCase())) m.metas.set(key.toLowerCase(), content)
        continue
      }
      case 'script':
        if (a['type']?.trim().toLowerCase() === 'application/ld+json') m.jsonLd.push(jsonLdScript(node, source))
        continue
      case 'title':
        m.title ??= shortText(node)
        continue
      case 'h1':
        m.h1 ??= shortText(node)
        break
      case 'link':
        if (a['rel']?.toLowerCase().split(' ').includes('canonical') === true && a['href'] !== undefined && a['href'].trim().length > 0) m.canonical ??= a['href'].trim()
        continue
      case 'time':
        if (a['datetime'] !== undefined) m.time ??= a['datetime']
        break
      case 'html':
        if (a['lang'] !== undefined && a['lang'].trim().length > 0) m.lang ??= a['lang'].trim()
        break
      case 'style':
        continue
    }
    if (a['rel'] === 'author') m.relAuthor ??= shortText(node)
    if ((a['class'] !== undefined || a['id'] !== undefined) && (m.byline === undefined || m.datelines.length < MAX_DATELINES) && mayName(node)) {
      const tokens = nameTokens(node)
      if (m.byline === undefined && matchesNames(tokens, BYLINE_STEMS)) m.byline = shortText(node, MAX_BYLINE_CHARS)
      if (m.datelines.length < MAX_DATELINES && matchesNames(tokens, DATELINE_STEMS)) {
        const t = shortText(node, MAX_BYLINE_CHARS)
        if (t !== undefined) m.datelines.push(t)
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return m
}

// A title or heading longer than this is not one.
const MAX_TITLE_CHARS = 300

/** An element's collapsed text when it is short enough to be a field value, else undefined. */
function shortText(el: Element, max = MAX_TITLE_CHARS): string | undefined {
  const t = collapse(textOf(el, max * 4)).trim()
  return t.length > 0 && t.length <= max ? t : undefined
}

/** An element's text, iteratively, stopping once `limit` characters are gathered. */
function textOf(el: Element, limit: number): string {
  let out = ''
  const stack: AnyNode[] = [el]
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!
    if (n.type === 'text') out += n.data
    else if ('children' in n && !(isElement(n) && n !== el && neverTextRule(n) !== undefined)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!)
  }
  return out
}
