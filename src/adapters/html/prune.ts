import type { AnyNode, Element } from 'domhandler'
import type { Focus } from '../../types.js'
import { BOILERPLATE_STEMS, BOILERPLATE_TOKENS, BYLINE_STEMS, COMMENT_STEMS, CONTENT_VETO_TOKENS, KEEP_TOKENS } from '../../lexicon/html/patterns.js'
import { isElement, matchesNames, nameTokens, textWeight } from './dom.js'
import { FURNITURE_ROLES, FURNITURE_TAGS, NEVER_TEXT } from './tags.js'

/** How many heuristics one extraction attempt applies; later levels relax earlier ones. */
export interface Level {
  readonly name: 'strict' | 'relaxed' | 'loose'
  /** Drop `nav`, `header`, `footer`, `aside` and furniture ARIA roles. */
  readonly furniture: boolean
  /** Drop elements whose class/id names boilerplate. */
  readonly classNames: boolean
  /** Inside the content, drop elements whose share of link text is above this. */
  readonly maxLinkDensity: number
  /** Drop figure captions. */
  readonly captions: boolean
}

/** The attempts, strictest first: each one relaxes one more heuristic. */
export const LEVELS: readonly Level[] = [
  { name: 'strict', furniture: true, classNames: true, maxLinkDensity: 0.5, captions: true },
  { name: 'relaxed', furniture: true, classNames: false, maxLinkDensity: 0.7, captions: false },
  // Link lists that are the content (a glossary, a table of links) survive only here.
  { name: 'loose', furniture: false, classNames: false, maxLinkDensity: 1.01, captions: false },
]

// How `focus` moves the link-density bar: `precision` drops blocks with fewer links, `recall` keeps
// blocks with more. Scaled rather than replaced so the levels keep their order.
const LINK_DENSITY_SCALE = { precision: 0.7, balanced: 1, recall: 1.4 } as const

/**
 * The attempts for a focus: `precision` is stricter about links, `recall` looser and keeps captions.
 *
 * @param focus the user's focus option
 * @returns the levels, strictest first
 */
export function levelsFor(focus: Focus): readonly Level[] {
  if (focus === 'balanced') return LEVELS
  const scale = LINK_DENSITY_SCALE[focus]
  return LEVELS.map((l) => ({ ...l, maxLinkDensity: Math.min(1.01, l.maxLinkDensity * scale), captions: l.captions && focus !== 'recall' }))
}

// An element holding more than this share of the page's text is the page, whatever its name says:
// sites put `has-sidebar` or `header-wrapper` on the wrapper of everything.
const MAX_DROP_SHARE = 0.6

// A byline is a name or two; a longer `author` box is an author biography or the article itself.
const MAX_BYLINE_WEIGHT = 80

// Holding most of the page's prose paragraphs protects an element only when there are a few of them.
const MIN_PROTECTED_PROSE = 2

/** Per-element facts gathered once per page. */
export interface PageStats {
  /** Text weight (non-space characters) under each element, ignoring never-text elements. */
  readonly weight: Map<Element, number>
  /** Elements that are or contain an `itemprop=articleBody` element. */
  readonly holdsArticle: Set<Element>
  /** Elements that are or contain the page's first `<h1>`. */
  readonly holdsTitle: Set<Element>
  readonly total: number
  /** Prose paragraphs (`<p>` of at least `PROSE_WEIGHT`) under each element. */
  readonly prose: Map<Element, number>
  readonly totalProse: number
}

// A <p> this long is prose, not a label or a teaser line.
const PROSE_WEIGHT = 80

/**
 * Why an element never carries text, or undefined.
 *
 * @param el the element
 * @returns the rule name (`html/script`, …) or undefined
 */
export function neverTextRule(el: Element): string | undefined {
  const tag = el.name
  if (NEVER_TEXT.has(tag)) {
    if (tag === 'script' || tag === 'noscript' || tag === 'template') return 'html/script'
    if (tag === 'head') return 'html/head'
    if (tag === 'style' || tag === 'link' || tag === 'meta') return 'html/style'
    if (tag === 'select' || tag === 'option' || tag === 'button' || tag === 'input' || tag === 'textarea') return 'html/form'
    return 'html/embedded'
  }
  return undefined
}

/**
 * `html/hidden` for an element the page hides (`hidden`, `display:none`, `visibility:hidden`), else
 * undefined. Only the furniture levels apply it: some templates hide the article until a script shows it.
 *
 * @param el the element
 * @returns the rule name or undefined
 */
export function hiddenRule(el: Element): string | undefined {
  if (el.attribs['hidden'] !== undefined) return 'html/hidden'
  const style = el.attribs['style']
  return style !== undefined && isHiddenStyle(style) ? 'html/hidden' : undefined
}

/** `display:none` or `visibility:hidden` in an inline style, white space ignored. */
function isHiddenStyle(style: string): boolean {
  const s = style.toLowerCase().replaceAll(' ', '')
  return s.includes('display:none') || s.includes('visibility:hidden')
}

/**
 * Gather text weights once, in one iterative post-order walk (deep pages must not blow the stack).
 *
 * @param root the document
 * @returns the weights and which elements hold an article
 */
export function pageStats(root: AnyNode): PageStats {
  const weight = new Map<Element, number>()
  const holdsArticle = new Set<Element>()
  const holdsTitle = new Set<Element>()
  let seenH1 = false
  const prose = new Map<Element, number>()
  const ownProse = new Map<AnyNode, number>()
  let totalProse = 0
  const stack: Array<[AnyNode, boolean]> = [[root, false]]
  let total = 0
  const own = new Map<AnyNode, number>()
  while (stack.length > 0) {
    const [node, done] = stack.pop()!
    if (node.type === 'text') {
      addTo(own, node.parent, textWeight(node.data))
      continue
    }
    if (isElement(node) && (neverTextRule(node) !== undefined || hiddenRule(node) !== undefined)) continue
    if (!('children' in node)) continue
    if (!done) {
      stack.push([node, true])
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, false])
      continue
    }
    const w = own.get(node) ?? 0
    let p = ownProse.get(node) ?? 0
    if (isElement(node)) {
      if (node.name === 'p' && w >= PROSE_WEIGHT) p++
      prose.set(node, p)
      weight.set(node, w)
      // Only the microdata mark counts: blogs wrap each reader comment in its own <article>.
      if (node.attribs['itemprop'] === 'articleBody') holdsArticle.add(node)
      // A wrapper named `has-comments` holds the page's first <h1>; a comment list does not.
      if (node.name === 'h1' && !seenH1) holdsTitle.add(node)
      if (node.name === 'h1') seenH1 = true
      if (holdsTitle.has(node) && node.parent !== null && isElement(node.parent)) holdsTitle.add(node.parent)
      if (holdsArticle.has(node) && node.parent !== null && isElement(node.parent)) holdsArticle.add(node.parent)
    } else {
      total = w
      totalProse = p
    }
    addTo(own, node.parent, w)
    addTo(ownProse, node.parent, p)
  }
  return { weight, holdsArticle, holdsTitle, total, prose, totalProse }
}

function addTo(map: Map<AnyNode, number>, key: AnyNode | null, n: number): void {
  if (key !== null) map.set(key, (map.get(key) ?? 0) + n)
}

/**
 * The rule that drops an element at a level, or undefined when it stays. Never-text elements always go;
 * comment sections always go (the caller decides whether to return them); the rest depends on the level
 * and never takes an element that holds most of the page.
 *
 * @param el the element
 * @param level the attempt's heuristics
 * @param stats page facts
 * @returns a rule id such as `html/furniture`, or undefined
 */
export function dropRule(el: Element, level: Level, stats: PageStats): string | undefined {
  const never = neverTextRule(el)
  if (never !== undefined) return never
  if (level.furniture && hiddenRule(el) !== undefined) return 'html/hidden'
  const tag = el.name
  if (tag === 'body' || tag === 'html') return undefined
  const weight = stats.weight.get(el) ?? 0
  const prose = stats.prose.get(el) ?? 0
  const large = (stats.total > 0 && weight > stats.total * MAX_DROP_SHARE) || (prose >= MIN_PROTECTED_PROSE && prose > stats.totalProse * MAX_DROP_SHARE)
  const tokens = nameTokens(el)
  // A comment section may well be longer than the article, so size does not protect it; holding the
  // article's heading or body does.
  if (tokens.length > 0 && !stats.holdsArticle.has(el) && !stats.holdsTitle.has(el) && matchesNames(tokens, COMMENT_STEMS, [], KEEP_TOKENS)) return 'html/comments'
  if (large || stats.holdsArticle.has(el) || tag === 'main' || tag === 'article') return undefined
  // Whole-page ASP.NET forms are caught by `large`; a form that still holds the article goes only until the loose level.
  if (tag === 'form' && level.furniture) return 'html/form'
  // A caption describes a picture the text does not carry; only the strict attempt drops it.
  if (level.captions && tag === 'figcaption') return 'html/caption'
  if (level.furniture) {
    if (FURNITURE_TAGS.has(tag)) return 'html/furniture'
    const role = el.attribs['role']
    if (role !== undefined && FURNITURE_ROLES.has(role.trim().toLowerCase())) return 'html/aria-role'
  }
  // Bylines are metadata (read by the markup metadata step); the text stages see only the article.
  if (level.classNames && weight <= MAX_BYLINE_WEIGHT && tokens.length > 0 && matchesNames(tokens, BYLINE_STEMS)) return 'html/byline'
  if (level.classNames && tokens.length > 0 && !tokens.some((t) => CONTENT_VETO_TOKENS.includes(t)) && matchesNames(tokens, BOILERPLATE_STEMS, BOILERPLATE_TOKENS, KEEP_TOKENS)) return 'html/class-pattern'
  return undefined
}
