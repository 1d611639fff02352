import { perLexicon, type MergedLexicon } from '../../lexicon/metadata/index.js'
import type { MetadataRule } from '../rule.js'
import { escapeRegExp, PrefixTable, wordsAt } from '../text.js'

/** Breadcrumbs: `Home>News>General News`, `首页 > 新闻`, `Trang chủ » Tin tức` → breadcrumb and section. */
export const breadcrumbRule: MetadataRule = {
  id: 'metadata/breadcrumb',
  description: 'Read the breadcrumb trail and the section (its last item) from a breadcrumb line; the line keeps its boilerplate verdict.',
}

/** A trail is a short line of a few short items: longer lines are not read as one. */
export const MAX_TRAIL_LINE = 150
const MAX_ITEMS = 8
const MAX_ITEM_WORDS = 6
// Labels before a trail (`You are here:`, `当前位置：`, `Você está em:`), the lexicons' `trailLeads`: an
// alternation of literal words, then single optional characters, so linear.
const lead = perLexicon((lex) => new RegExp(`^(?:${lex.trailLeads.length === 0 ? '(?!)' : lex.trailLeads.map(escapeRegExp).join('|')})\\s?[:：]\\s?`, 'i'))
// Trail separators: `>`, `>>`, `»`, `›`, `→`, `＞`, `/`.
const SEPARATOR = /\s?(?:>>|[>»›→＞/])\s?/

/**
 * Read a breadcrumb trail that starts with a home item. Trailing page controls glued to the line
 * (`T T T`, `A+ A-`: runs of one- or two-character tokens) are not part of the last item.
 *
 * @param text the line
 * @param lex the merged lexicon (home words)
 * @returns the items as written, at least two, or undefined
 * @example readBreadcrumb('Home>News>General News T T T', lex) // ['Home', 'News', 'General News']
 */
export function readBreadcrumb(text: string, lex: MergedLexicon): string[] | undefined {
  if (text.length > MAX_TRAIL_LINE) return undefined
  const found = lead(lex).exec(text)
  const rest = found === null ? text : text.slice(found[0].length)
  const home = wordsAt(rest, 0, lex.home)
  if (home === undefined) return undefined
  const items = rest.split(SEPARATOR).map((s) => s.trim())
  if (items.length < 2 || items.length > MAX_ITEMS || items[0]!.length !== home.length) return undefined
  items[items.length - 1] = dropControls(items[items.length - 1]!)
  if (items.some((s) => s.length === 0 || s.split(' ').length > MAX_ITEM_WORDS)) return undefined
  return items
}

/** Drop a trailing run of two or more tokens of one or two characters: `General News T T T` → `General News`. */
function dropControls(item: string): string {
  const words = item.split(' ')
  let n = words.length
  while (n > 0 && words[n - 1]!.length <= 2) n--
  return words.length - n >= 2 && n > 0 ? words.slice(0, n).join(' ') : item
}

// The first characters of the words a trail may start with.
const starts = perLexicon((lex) => new PrefixTable([...lex.home, ...lex.trailLeads]))

/**
 * Whether a line may be a trail, from its first characters: a trail starts with a home item or a
 * label before it. One table lookup, so footer scanning passes most lines over at once.
 *
 * @param text the line
 * @param lex the merged lexicon (home words)
 * @returns false when `readBreadcrumb` cannot read the line
 */
export function mayStartTrail(text: string, lex: MergedLexicon): boolean {
  return mayStartTrailIn(text, 0, text.length, lex)
}

/**
 * `mayStartTrail` for the line `s[from, to)`, read in place.
 *
 * @param s the string the line is part of (the line itself, or the document source)
 * @param from where the line starts
 * @param to where it ends
 * @param lex the merged lexicon (home words)
 * @returns false when `readBreadcrumb` cannot read the line
 */
export function mayStartTrailIn(s: string, from: number, to: number, lex: MergedLexicon): boolean {
  return to > from && starts(lex).maskIn(s, from, to, s.charCodeAt(from)) !== 0
}
