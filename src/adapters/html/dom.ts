import type { load } from 'cheerio/slim'
import type { AnyNode, Element, Text } from 'domhandler'

// htmlparser2 options pass through cheerio's loader; its type omits them. Indices give source offsets.
export const PARSE_OPTIONS = { withStartIndices: true, withEndIndices: true } as Parameters<typeof load>[1]

/** Whether a node is an element (domhandler gives `<script>` and `<style>` their own node types). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style'
}

/** Whether a node is a text node. */
export function isText(node: AnyNode): node is Text {
  return node.type === 'text'
}

/**
 * The source span of a node, half-open; htmlparser2's end index is inclusive.
 *
 * @param node a node parsed with start and end indices
 * @returns `[start, end)` into the decoded HTML
 */
export function spanOf(node: AnyNode): [number, number] {
  const start = node.startIndex ?? 0
  let end = node.endIndex === null || node.endIndex === undefined ? start : node.endIndex + 1
  // An element closed by the next one's start tag (`<tr>…<tr class=x>`) ends inside that tag.
  const next = node.next?.startIndex
  if (next !== null && next !== undefined && next >= start) end = Math.min(end, next)
  return [start, Math.max(start, end)]
}

/**
 * The lower-cased words of an element's `class` and `id`: split at camel-case humps and at anything
 * that is not a letter or digit, so `articleComments__list` gives `article`, `comments`, `list`.
 *
 * @param el the element
 * @returns its class and id tokens
 */
export function nameTokens(el: Element): readonly string[] {
  // Every attempt and the scorer ask again for the same element; the DOM is never changed meanwhile.
  const cached = TOKENS.get(el)
  if (cached !== undefined) return cached
  const tokens = tokenize(el)
  TOKENS.set(el, tokens)
  return tokens
}

const TOKENS = new WeakMap<Element, readonly string[]>()
const NO_TOKENS: readonly string[] = Object.freeze([])

function tokenize(el: Element): readonly string[] {
  if (el.attribs['class'] === undefined && el.attribs['id'] === undefined) return NO_TOKENS
  const raw = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`
  const out: string[] = []
  let cur = ''
  let prevLower = false
  for (const ch of raw) {
    const lower = ch.toLowerCase()
    const isUpper = lower !== ch
    const isWord = (lower >= 'a' && lower <= 'z') || (ch >= '0' && ch <= '9')
    if (!isWord || (isUpper && prevLower)) {
      if (cur.length > 0) out.push(cur)
      cur = ''
    }
    if (isWord) cur += lower
    prevLower = isWord && !isUpper && !(ch >= '0' && ch <= '9')
  }
  if (cur.length > 0) out.push(cur)
  return out
}

/**
 * Whether some token starts with one of the stems or equals one of the whole tokens.
 *
 * @param tokens class/id tokens of an element
 * @param stems prefixes that count
 * @param whole tokens that count only whole
 * @param keep tokens that never count
 * @returns true on a match
 */
export function matchesNames(tokens: readonly string[], stems: readonly string[], whole: readonly string[] = [], keep: readonly string[] = []): boolean {
  for (const t of tokens) {
    if (keep.includes(t)) continue
    if (whole.includes(t)) return true
    for (const s of stems) if (t.startsWith(s)) return true
  }
  return false
}

// Whitespace as HTML defines it: space, tab, LF, FF, CR. Non-breaking spaces are text.
const HTML_SPACE = /[\t\n\f\r ]+/g

/**
 * Collapse HTML white space runs to one space, as a browser lays out normal text.
 *
 * @param s decoded text node data
 * @returns the collapsed text
 */
export function collapse(s: string): string {
  return s.replace(HTML_SPACE, ' ')
}

/** Count of non-space characters, the unit of every length measure here. */
export function textWeight(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) n++
  }
  return n
}
