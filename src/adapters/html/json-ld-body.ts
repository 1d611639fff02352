import type { Element } from 'domhandler'
import type { Block, Piece, Removal } from '../../types.js'
import { newBlock } from '../../core/block.js'
import { spanOf, textWeight } from './dom.js'
import { isArticle, type Json, type JsonLdScript } from './metadata.js'
import { disjointRemovals, domRemovals } from './removals.js'
import { readMarkupBody, STRICT_PRUNING, type MarkupBody, type MarkupPruning } from './json-ld-markup.js'
import { splitReferences, type Reference } from './text-pieces.js'
import { ARTICLE_BODY_ELEMENTS } from './tags.js'

/** The rule id of the fallback: the DOM content it replaces is removed under it, and `disable` turns it off. */
export const JSON_LD_BODY = 'html/json-ld-body'

// An `articleBody` with fewer non-space characters than this is a summary or a teaser, not the article:
// a short news item is a few hundred characters (the DOM extraction's ENOUGH_TEXT is 250).
export const MIN_ARTICLE_BODY = 400
// The DOM body gives way when `articleBody` has more than this many times its text. A page that renders
// its article keeps nearly all of `articleBody` in the DOM (captions and furniture move the two apart by
// a few tens of per cent, not by a factor); a JavaScript shell, a teaser or a paywall stub keeps the
// headline and a paragraph or two, which on any article worth the fallback is well under a third.
export const SHELL_RATIO = 3

/** An `articleBody` string found in the page's JSON-LD, mapped to the HTML it was read from. */
export interface ArticleBody {
  /**
   * The decoded string: plain text with HTML character references decoded too, or HTML markup (as
   * written, or with its references decoded when it was escaped for HTML: `&lt;p&gt;`).
   */
  readonly value: string
  /** The non-space characters of its text. */
  readonly weight: number
  /** The span of the string literal's content, between its quotes, in the decoded HTML. */
  readonly start: number
  readonly end: number
  /**
   * The decoded string as pieces: each run of unescaped characters is one piece, one to one with its
   * span; each escape (`\n`, `\"`, `\u00e9`) and each character reference (`&amp;`) is a piece of its
   * own whose span is the escape or the reference.
   */
  readonly pieces: readonly Piece[]
  /** When the string is HTML markup: its paragraphs and the elements it drops, read with `readMarkupBody`. */
  readonly markup: MarkupBody | undefined
}

/**
 * The page's JSON-LD `articleBody`, when exactly one long enough to be an article is found in an
 * Article-like object (`@graph` members and arrays included). A body that holds HTML tags, as written or
 * escaped for HTML (`&lt;p&gt;`), is read as HTML (`readMarkupBody`). Blocks that fail to parse, values
 * that are not strings and bodies with less text than `MIN_ARTICLE_BODY` are ignored; two different
 * qualifying bodies (a listing page) make the choice ambiguous, so none is returned. Bodies whose text is
 * the same but for white space (one written in HTML, one plain) are one.
 *
 * @param scripts the page's JSON-LD scripts, parsed (`markupMetadata`)
 * @param source the decoded HTML they were read from
 * @param pruning how a body written in HTML is pruned (`readMarkupBody`)
 * @returns the body with its source mapping, or undefined
 */
export function findArticleBody(scripts: readonly JsonLdScript[], source: string, pruning: MarkupPruning = STRICT_PRUNING): ArticleBody | undefined {
  let found: ArticleBody | undefined
  let foundRaw: string | undefined
  let foundText: string | undefined
  for (const { start, text, objects } of scripts) {
    // Text that is not the HTML as it stands cannot be mapped back to it.
    if (start === undefined) continue
    for (const value of articleBodies(objects)) {
      if (foundRaw === value) continue
      const literal = locateString(text, 'articleBody', value)
      // A value JSON.parse gave but the scanner cannot find (duplicate keys, odd nesting): no mapping, no fallback.
      if (literal === undefined) return undefined
      const body = readBody(literal, start, source, pruning)
      if (body === undefined) continue
      const bodyText = withoutSpace(body)
      if (foundText === bodyText) continue
      if (foundText !== undefined) return undefined
      foundRaw = value
      foundText = bodyText
      found = body
    }
  }
  return found
}

/**
 * The most non-space characters of any `articleBody` string `findArticleBody` could read, tags and
 * references included: a bound on the weight of the body it can find, known without reading any.
 *
 * @param scripts the page's JSON-LD scripts, parsed
 * @returns the bound, 0 when there is no candidate
 */
export function articleBodyBound(scripts: readonly JsonLdScript[]): number {
  let most = 0
  for (const { start, objects } of scripts) if (start !== undefined) for (const value of articleBodies(objects)) most = Math.max(most, textWeight(value))
  return most
}

/** The qualifying `articleBody` strings of one JSON-LD block's Article-like objects: long enough, tags and all. */
function articleBodies(objects: ReadonlyArray<Record<string, Json>>): string[] {
  const out: string[] = []
  for (const o of objects) {
    const body = o['articleBody']
    if (typeof body === 'string' && isArticle(o) && textWeight(body) >= MIN_ARTICLE_BODY) out.push(body)
  }
  return out
}

/**
 * A located `articleBody` read: as HTML when it holds tags as written, or once its character references
 * are decoded (markup escaped for HTML); else as plain text with its references decoded. Undefined when
 * its text is shorter than `MIN_ARTICLE_BODY`.
 */
function readBody(literal: StringLiteral, offset: number, source: string, pruning: MarkupPruning): ArticleBody | undefined {
  const start = literal.start + offset
  const end = literal.end + offset
  const raw = literal.pieces.map((p) => ({ start: p.start + offset, end: p.end + offset, text: p.text }))
  const asMarkup = (value: string, pieces: readonly Piece[]): ArticleBody | undefined => {
    const markup = readMarkupBody(value, pieces, source, pruning)
    const weight = markup.blocks.reduce((n, b) => n + textWeight(b.text), 0)
    return weight < MIN_ARTICLE_BODY ? undefined : { value, weight, start, end, pieces, markup }
  }
  if (TAG.test(literal.value)) return asMarkup(literal.value, raw)
  const pieces = decodeEntities(raw)
  const decoded = pieces.map((p) => p.text).join('')
  if (TAG.test(decoded)) return asMarkup(decoded, pieces)
  const weight = textWeight(decoded)
  return weight < MIN_ARTICLE_BODY ? undefined : { value: decoded, weight, start, end, pieces, markup: undefined }
}

/** A body's text without white space: what two copies of one article share however each lays it out. */
function withoutSpace(body: ArticleBody): string {
  const text = body.markup === undefined ? body.value : body.markup.blocks.map((b) => b.text).join('')
  return text.replace(/\s+/gu, '')
}

// An HTML start or end tag of an element an article body is made of (`ARTICLE_BODY_ELEMENTS`): `<p>`, `</div>`, `<br/>`, `<a href="…">`: the name
// ends at white space, `/` or `>`, then anything but angle brackets up to `>`. "a < b", "x <= 3" and
// "x<y and y>z" are not tags. Each `<` scans only to the next bracket: no backtracking.
const TAG = new RegExp(`</?(?:[${ARTICLE_BODY_ELEMENTS.filter((e) => e.length === 1).join('')}]|${ARTICLE_BODY_ELEMENTS.filter((e) => e.length > 1).join('|')})(?=[\\s/>])[^<>]*>`, 'i')

/** A decoded JSON string literal: the span of its content in the text, and its pieces. */
export interface StringLiteral {
  readonly value: string
  /** Offset just after the opening quote. */
  readonly start: number
  /** Offset of the closing quote. */
  readonly end: number
  readonly pieces: readonly Piece[]
}

/**
 * Find, in valid JSON text, the string value of a member `key` whose decoded value is `value`.
 *
 * @param text JSON text that `JSON.parse` accepts
 * @param key the member name
 * @param value the decoded value looked for
 * @returns the first such literal, or undefined
 */
export function locateString(text: string, key: string, value: string): StringLiteral | undefined {
  let previous: StringLiteral | undefined
  let afterColon = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') {
      const literal = decodeString(text, i)
      if (literal === undefined) return undefined
      if (afterColon && previous?.value === key && literal.value === value) return literal
      previous = literal
      afterColon = false
      i = literal.end
    } else if (c === ':') afterColon = true
    else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
      previous = undefined
      afterColon = false
    }
  }
  return undefined
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/**
 * Decode the JSON string literal whose opening quote is at `quote`, keeping where each part came from.
 *
 * @param text JSON text
 * @param quote offset of the opening quote
 * @returns the literal, or undefined when it is not valid JSON
 */
export function decodeString(text: string, quote: number): StringLiteral | undefined {
  const pieces: Piece[] = []
  let value = ''
  let run = quote + 1
  const closeRun = (at: number): void => {
    if (at > run) pieces.push({ start: run, end: at, text: text.slice(run, at) })
  }
  for (let i = quote + 1; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') {
      closeRun(i)
      value += text.slice(run, i)
      return { value, start: quote + 1, end: i, pieces }
    }
    if (c !== '\\') continue
    closeRun(i)
    value += text.slice(run, i)
    const escape = decodeEscape(text, i)
    if (escape === undefined) return undefined
    pieces.push({ start: i, end: i + escape.length, text: escape.text })
    value += escape.text
    i += escape.length - 1
    run = i + 1
  }
  return undefined
}

/** The text and source length of the escape at `at` (a backslash), or undefined for an invalid one. */
function decodeEscape(text: string, at: number): { text: string; length: number } | undefined {
  const e = text[at + 1]
  if (e === undefined) return undefined
  if (e !== 'u') {
    const t = ESCAPES[e]
    return t === undefined ? undefined : { text: t, length: 2 }
  }
  const hex = text.slice(at + 2, at + 6)
  if (hex.length !== 4 || !HEX4.test(hex)) return undefined
  return { text: String.fromCharCode(parseInt(hex, 16)), length: 6 }
}

const HEX4 = /^[0-9a-f]{4}$/i

// Character references that sites leave in JSON-LD text when they escape it for HTML: numeric ones and
// the few named ones such text carries. Bounded repeats after a fixed `&`: no backtracking.
const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/iy
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
}

/**
 * Decode HTML character references inside the one-to-one pieces: each becomes a piece of its own whose
 * span is the reference, the text around it stays one to one. Unknown names are left as they are.
 *
 * @param pieces the decoded string's pieces
 * @returns the pieces with references decoded
 */
export function decodeEntities(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = []
  for (const p of pieces) {
    if (p.end - p.start !== p.text.length || !p.text.includes('&')) out.push(p)
    else splitReferences(p, jsonReference, out)
  }
  return out
}

/** The known reference at `at` of a JSON string's text, or undefined. */
function jsonReference(text: string, at: number): Reference | undefined {
  REFERENCE.lastIndex = at
  const m = REFERENCE.exec(text)
  const decoded = m === null ? undefined : referenceText(m)
  return m === null || decoded === undefined ? undefined : { length: m[0].length, text: decoded }
}

/** The text a matched reference stands for, or undefined for an unknown name or an invalid code point. */
function referenceText(m: RegExpExecArray): string | undefined {
  const [, dec, hex, name] = m
  if (name !== undefined) return NAMED[name]
  const code = dec === undefined ? parseInt(hex!, 16) : parseInt(dec, 10)
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  return String.fromCodePoint(code)
}

const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029'])

/**
 * The paragraph blocks of a found `articleBody`: those its HTML reading made when it is markup, else its
 * text split at line breaks, each trimmed, blank ones left out. A break inside a run of plain characters
 * (a raw U+2028) splits the run at its offset.
 *
 * @param body the found body
 * @returns body blocks, numbered from 0
 */
export function articleBlocks(body: ArticleBody): readonly Block[] {
  if (body.markup !== undefined) return body.markup.blocks
  const blocks: Block[] = []
  let line: Piece[] = []
  const flush = (): void => {
    const pieces = trimLine(line)
    line = []
    if (pieces.length === 0) return
    const text = pieces.map((p) => p.text).join('')
    blocks.push(newBlock(blocks.length, pieces[0]!.start, pieces[pieces.length - 1]!.end, text, pieces, true, 'paragraph'))
  }
  for (const p of body.pieces) {
    const oneToOne = p.end - p.start === p.text.length
    let from = 0
    for (let i = 0; i < p.text.length; i++) {
      if (!LINE_BREAKS.has(p.text[i]!)) continue
      if (oneToOne && i > from) line.push({ start: p.start + from, end: p.start + i, text: p.text.slice(from, i) })
      flush()
      from = i + 1
    }
    if (from === 0) line.push(p)
    else if (from < p.text.length) line.push({ start: p.start + from, end: p.end, text: p.text.slice(from) })
  }
  flush()
  return blocks
}

/** Drop white space at both ends of a line; a one-to-one piece's span shrinks with its text. */
function trimLine(line: readonly Piece[]): Piece[] {
  const out = [...line]
  while (out.length > 0 && out[0]!.text.trim().length === 0) out.shift()
  while (out.length > 0 && out[out.length - 1]!.text.trim().length === 0) out.pop()
  if (out.length === 0) return out
  const first = out[0]!
  const cut = first.text.length - first.text.trimStart().length
  if (cut > 0) out[0] = shrink(first, cut, 0)
  const last = out[out.length - 1]!
  const tail = last.text.length - last.text.trimEnd().length
  if (tail > 0) out[out.length - 1] = shrink(last, 0, tail)
  return out
}

/** A piece without `head` characters at its start and `tail` at its end; its span shrinks when one to one. */
function shrink(p: Piece, head: number, tail: number): Piece {
  const text = p.text.slice(head, p.text.length - tail)
  if (p.end - p.start !== p.text.length) return { start: p.start, end: p.end, text }
  return { start: p.start + head, end: p.end - tail, text }
}

/**
 * The removals when the body comes from JSON-LD: everything the DOM extraction dropped keeps its rule;
 * the content elements it chose, no longer used, are removed under `html/json-ld-body` around the
 * elements it dropped inside them, as the DOM path cuts a removed block around them (`disjointRemovals`).
 * No removal covers the string literal that is now the body: one that holds it (the `<head>`, the script)
 * is split in two around it. Inside it, a body written in HTML drops elements, each under its own rule.
 *
 * @param source the decoded HTML
 * @param chosen the DOM extraction's content elements
 * @param dropped its dropped elements and their rules
 * @param body the body taken instead
 * @returns removals that do not overlap one another or the literal
 */
export function shellRemovals(source: string, chosen: readonly Element[], dropped: ReadonlyMap<Element, string>, body: ArticleBody): Removal[] {
  const out = domRemovals(source, chosen, dropped)
  for (const [start, end] of chosen.map(spanOf)) if (end > start) out.push({ start, end, text: source.slice(start, end), rule: JSON_LD_BODY })
  const inLiteral = body.markup?.removed ?? []
  const cut = [...out.flatMap((r) => around(source, r, body.start, body.end)), ...inLiteral].sort((a, b) => a.start - b.start || a.end - b.end)
  return [...disjointRemovals(source, cut)]
}

/** A removal with the span `[start, end)` cut out of it: itself, nothing, or the parts before and after. */
function around(source: string, r: Removal, start: number, end: number): Removal[] {
  if (r.end <= start || r.start >= end) return [r]
  const out: Removal[] = []
  if (r.start < start) out.push({ start: r.start, end: start, text: source.slice(r.start, start), rule: r.rule })
  if (r.end > end) out.push({ start: end, end: r.end, text: source.slice(end, r.end), rule: r.rule })
  return out
}
