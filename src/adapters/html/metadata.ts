import type { CheerioAPI } from 'cheerio/slim'
import type { Metadata } from '../../types.js'
import { BYLINE_STEMS, DATELINE_STEMS } from '../../lexicon/html/patterns.js'
import { collapse, matchesNames, nameTokens } from './dom.js'

// A byline longer than this is prose that happens to sit in an `author` box (a biography).
const MAX_BYLINE_CHARS = 80
// JSON-LD blocks are small; a huge one is data, not page metadata, and parsing it costs time.
const MAX_JSON_LD_CHARS = 200_000

/** The `content` of the first meta tag with one of the given `property` or `name` values. */
function meta($: CheerioAPI, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = $(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`).first().attr('content')
    const t = v === undefined ? '' : collapse(v).trim()
    if (t.length > 0) return t
  }
  return undefined
}

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

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** The JSON-LD objects of the page, `@graph` members included. */
function jsonLd($: CheerioAPI): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = []
  $('script[type="application/ld+json"]').each((_, el) => {
    const text = $(el).text()
    if (text.length > MAX_JSON_LD_CHARS) return
    let parsed: Json
    try {
      parsed = JSON.parse(text) as Json
    } catch {
      return
    }
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
  })
  return out
}

const ARTICLE_TYPES = /(?:^|\s)(?:News|Blog|Scholarly|Tech|Report)?Article$|^(?:BlogPosting|Report|WebPage|LiveBlogPosting|OpinionNewsArticle|AnalysisNewsArticle)$/

function isArticle(o: Record<string, Json>): boolean {
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

/**
 * Metadata the markup states: title, dates, author, site, URL, language, description, section.
 * Markup is more reliable than text heuristics, so these fields override what the text stages found.
 *
 * @param $ the loaded page
 * @returns only the fields the page states
 */
export function markupMetadata($: CheerioAPI): Metadata {
  const md: Metadata = {}
  const ld = jsonLd($).filter(isArticle)
  const article = ld[0]
  const set = <K extends keyof Metadata>(key: K, value: Metadata[K] | undefined): void => {
    if (value !== undefined && md[key] === undefined) md[key] = value
  }
  set('title', str(article?.['headline']) ?? meta($, ['og:title', 'twitter:title']) ?? firstText($, 'h1') ?? firstText($, 'title'))
  set('date', isoDate(str(article?.['datePublished'])) ?? isoDate(meta($, ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'PubDate', 'publish-date', 'date', 'dc.date', 'DC.date.issued', 'dcterms.created'])) ?? isoDate($('time[datetime]').first().attr('datetime')) ?? dateline($))
  set('dateModified', isoDate(str(article?.['dateModified'])) ?? isoDate(meta($, ['article:modified_time', 'og:updated_time', 'dateModified'])))
  const metaAuthor = meta($, ['author', 'article:author', 'byl', 'dc.creator'])
  set('author', nameOf(article?.['author']) ?? (metaAuthor !== undefined && !isUrl(metaAuthor) ? metaAuthor : undefined) ?? firstText($, '[rel="author"]') ?? byline($))
  const publisher = nameOf(article?.['publisher'])
  set('siteName', meta($, ['og:site_name', 'application-name']) ?? publisher)
  if (publisher !== undefined) set('source', publisher)
  set('source', meta($, ['ContentSource', 'source']))
  set('url', $('link[rel="canonical"]').first().attr('href')?.trim() || meta($, ['og:url']))
  set('description', meta($, ['og:description', 'description', 'twitter:description']) ?? str(article?.['description']))
  set('section', meta($, ['article:section']) ?? str(article?.['articleSection']))
  const lang = $('html').first().attr('lang')?.trim()
  if (lang !== undefined && lang.length > 0) set('language', lang.split(/[-_]/)[0]!.toLowerCase())
  return md
}

function firstText($: CheerioAPI, selector: string): string | undefined {
  const t = collapse($(selector).first().text()).trim()
  return t.length > 0 && t.length <= 300 ? t : undefined
}

/** The text of the first short element whose class/id has one of the stems and that `accept` takes. */
function namedText($: CheerioAPI, stems: readonly string[], accept: (text: string) => string | undefined): string | undefined {
  let found: string | undefined
  $('[class], [id]').each((_, el) => {
    if (el.type !== 'tag') return true
    if (!matchesNames(nameTokens(el), stems)) return true
    const t = collapse($(el).text()).trim()
    if (t.length > 0 && t.length <= MAX_BYLINE_CHARS) found = accept(t)
    return found === undefined
  })
  return found
}

/** The text of the first short element named byline/author. */
function byline($: CheerioAPI): string | undefined {
  return namedText($, BYLINE_STEMS, (t) => t)
}

// How far into a dateline the date may start: `发布时间：` or `Published on ` come first.
const MAX_DATE_OFFSET = 20
const DATE_START = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/

/** The date in the first short element named dateline/date/time, when it starts near the front. */
function dateline($: CheerioAPI): string | undefined {
  return namedText($, DATELINE_STEMS, (t) => {
    const m = DATE_START.exec(t.slice(0, MAX_DATE_OFFSET + 20))
    return m !== null && m.index <= MAX_DATE_OFFSET ? isoDate(t.slice(m.index)) : undefined
  })
}
