import type { AnyNode, Element } from 'domhandler'
import { BOILERPLATE_STEMS, BOILERPLATE_TOKENS, CONTENT_STEMS, CONTENT_TOKENS, KEEP_TOKENS } from '../../lexicon/html/patterns.js'
import { isElement, matchesNames, nameTokens, textWeight } from './dom.js'
import { dropRule, neverTextRule, type Level, type PageStats } from './prune.js'
import { BLOCK_TAGS, PARAGRAPH_TAGS } from './tags.js'

/** One extraction attempt at one level: what was dropped and which elements hold the content. */
export interface Attempt {
  readonly level: Level
  /** Top-most dropped elements (nothing inside a dropped element is listed), with their rule. */
  readonly dropped: ReadonlyMap<Element, string>
  /** The content elements, in document order. */
  readonly chosen: readonly Element[]
  /** Text weight of the content after drops. */
  readonly weight: number
}

interface Info {
  /** Text weight under the element, dropped parts left out. */
  w: number
  /** Text weight inside links. */
  link: number
  /** Clause punctuation, a cheap sign of prose. */
  commas: number
  /** Text weight not inside a nested block element: the element's own paragraph text. */
  inline: number
}

// A paragraph shorter than this says too little to vote for its container (a caption, a button label).
const MIN_PARAGRAPH = 25
// Each 100 characters of a paragraph add a point, up to this many: long paragraphs matter more, but one
// huge block must not outvote many real paragraphs.
const MAX_LENGTH_POINTS = 3
// How much a paragraph's score passes to its parent, grandparent and great-grandparent: articles wrap
// paragraphs in one or two layers of markup, rarely more.
const ANCESTOR_SHARE = [1, 0.5, 0.33] as const
// Bonuses scale a container's paragraph score, so a well-named container with little prose cannot
// beat the one that holds the article. A class/id naming content (article-body, zhengwen):
const CONTENT_NAME_BONUS = 0.25
// Microdata that says "this is the article body" is the strongest sign a page gives.
const ARTICLE_BODY_BONUS = 0.5
// Siblings of the best container join it when they score this share of it: articles split over
// several sibling containers (a lead block and a body block).
const SIBLING_SHARE = 0.2
// A sibling paragraph this long with few links is article text whatever its score.
const SIBLING_PARAGRAPH = 80
const SIBLING_MAX_LINK_DENSITY = 0.25

const LINK_DENSITY = 'html/link-density'

const CLAUSE_MARKS = new Set([',', '，', '、', '。', ';', '；'])

function clauseMarks(s: string): number {
  let n = 0
  for (const ch of s) if (CLAUSE_MARKS.has(ch)) n++
  return n
}

/** Containers that usually hold an article score up, lists and forms down. */
function tagBonus(el: Element): number {
  switch (el.name) {
    case 'article': return 0.3
    case 'main': return 0.25
    case 'div': case 'section': case 'td': return 0.1
    case 'ul': case 'ol': case 'dl': case 'form': return -0.2
    default: return 0
  }
}

function nameBonus(el: Element): number {
  let bonus = el.attribs['itemprop'] === 'articleBody' ? ARTICLE_BODY_BONUS : 0
  const tokens = nameTokens(el)
  if (tokens.length === 0) return bonus
  if (matchesNames(tokens, CONTENT_STEMS, CONTENT_TOKENS)) bonus += CONTENT_NAME_BONUS
  if (matchesNames(tokens, BOILERPLATE_STEMS, BOILERPLATE_TOKENS, KEEP_TOKENS)) bonus -= CONTENT_NAME_BONUS
  return bonus
}

const density = (i: Info): number => (i.w === 0 ? 0 : i.link / i.w)

/**
 * Run one extraction attempt: drop furniture at this level, score containers by the paragraphs under
 * them, pick the best with its qualifying siblings, and drop link-dense parts inside it.
 *
 * @param root the parsed document
 * @param level the heuristics to apply
 * @param stats page facts from `pageStats`
 * @param enabled whether a rule id is on (the user's `disable` option); never-text rules always are
 * @returns the attempt
 */
export function runAttempt(root: AnyNode, level: Level, stats: PageStats, enabled: (rule: string) => boolean = () => true): Attempt {
  const dropped = new Map<Element, string>()
  const info = new Map<Element, Info>()
  const order: Element[] = []
  // Iterative post-order walk: deep pages must not blow the stack.
  const stack: Array<[AnyNode, boolean]> = [[root, false]]
  while (stack.length > 0) {
    const [node, done] = stack.pop()!
    if (!('children' in node)) continue
    if (!done) {
      if (isElement(node)) {
        const rule = dropRule(node, level, stats)
        if (rule !== undefined && (enabled(rule) || neverTextRule(node) !== undefined)) {
          dropped.set(node, rule)
          continue
        }
      }
      stack.push([node, true])
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, false])
      continue
    }
    if (!isElement(node)) continue
    const me: Info = { w: 0, link: 0, commas: 0, inline: 0 }
    for (const c of node.children) {
      if (c.type === 'text') {
        const w = textWeight(c.data)
        me.w += w
        me.inline += w
        me.commas += clauseMarks(c.data)
      } else if (isElement(c)) {
        const ci = info.get(c)
        if (ci === undefined) continue
        me.w += ci.w
        me.link += ci.link
        me.commas += ci.commas
        if (!BLOCK_TAGS.has(c.name)) me.inline += ci.inline
      }
    }
    if (node.name === 'a') me.link = me.w
    info.set(node, me)
    order.push(node)
  }

  const score = new Map<Element, number>()
  for (const el of order) {
    // Only blocks are paragraphs: text in nested spans belongs to the block around them.
    if (!BLOCK_TAGS.has(el.name)) continue
    const i = info.get(el)!
    const paragraph = PARAGRAPH_TAGS.has(el.name) ? i.w : i.inline
    if (paragraph < MIN_PARAGRAPH) continue
    const points = (1 + i.commas + Math.min(MAX_LENGTH_POINTS, Math.floor(paragraph / 100))) * (1 - density(i))
    let up: AnyNode | null = el.parent
    for (const share of ANCESTOR_SHARE) {
      if (up === null || !isElement(up)) break
      score.set(up, (score.get(up) ?? 0) + points * share)
      up = up.parent
    }
    // A container with its own prose (text beside <br>, as old templates write) votes for itself too.
    if (!PARAGRAPH_TAGS.has(el.name)) score.set(el, (score.get(el) ?? 0) + points)
  }
  let best: Element | undefined
  let bestScore = -Infinity
  const finalScore = new Map<Element, number>()
  for (const [el, s] of score) {
    const f = s * (1 + tagBonus(el) + nameBonus(el)) * (1 - density(info.get(el)!))
    finalScore.set(el, f)
    if (f > bestScore) {
      best = el
      bestScore = f
    }
  }
  if (best === undefined) {
    const body = order.find((e) => e.name === 'body') ?? order[order.length - 1]
    if (body === undefined) return { level, dropped, chosen: [], weight: 0 }
    best = body
    bestScore = 0
  }
  const chosen = withSiblings(climb(best, info), bestScore, finalScore, info)
  let weight = 0
  if (enabled(LINK_DENSITY)) for (const el of chosen) weight += pruneDense(el, level, info, dropped)
  else for (const el of chosen) weight += info.get(el)?.w ?? 0
  return { level, dropped, chosen, weight }
}

// Prose written straight into the parent (text between <br>, as blog and old templates do) makes the
// parent the content when it is at least this share of the best element's text.
const PARENT_TEXT_SHARE = 0.3
// How far to climb for such text: the article wrapper is near its paragraphs.
const MAX_CLIMB = 3

// An <article> around the best element is the article when its links are not much more than prose's.
const MAX_ARTICLE_LINK_DENSITY = 0.3

/**
 * Move from an inline element to its block, to the article element that encloses it (markup that
 * names the article beats guessing from paragraphs split over several containers), and to a parent
 * that holds prose of its own.
 */
function climb(best: Element, info: Map<Element, Info>): Element {
  let cur = best
  for (let up = best.parent; up !== null && isElement(up) && up.name !== 'body'; up = up.parent) {
    const ui = info.get(up)
    if (ui === undefined) break
    if (up.attribs['itemprop'] === 'articleBody' || (up.name === 'article' && density(ui) < MAX_ARTICLE_LINK_DENSITY)) {
      cur = up
      break
    }
  }
  while (!BLOCK_TAGS.has(cur.name) && cur.parent !== null && isElement(cur.parent) && info.has(cur.parent)) cur = cur.parent
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = cur.parent
    if (parent === null || !isElement(parent)) break
    const pi = info.get(parent)
    const ci = info.get(cur)
    if (pi === undefined || ci === undefined || parent.name === 'body') break
    if (pi.inline < MIN_PARAGRAPH || pi.inline < ci.w * PARENT_TEXT_SHARE) break
    cur = parent
  }
  return cur
}

function withSiblings(best: Element, bestScore: number, finalScore: Map<Element, number>, info: Map<Element, Info>): Element[] {
  const parent = best.parent
  if (parent === null || !isElement(parent)) return [best]
  const threshold = Math.max(10, bestScore * SIBLING_SHARE)
  const out: Element[] = []
  for (const s of parent.children) {
    if (!isElement(s)) continue
    if (s === best) {
      out.push(s)
      continue
    }
    const i = info.get(s)
    if (i === undefined || i.w === 0) continue
    const f = finalScore.get(s) ?? 0
    if (f >= threshold) out.push(s)
    else if (BLOCK_TAGS.has(s.name) && i.inline >= SIBLING_PARAGRAPH && density(i) < SIBLING_MAX_LINK_DENSITY) out.push(s)
  }
  return out
}

/** Whether a container's links stand between blocks: it has block children and no text of its own. */
function linksStandAlone(el: Element): boolean {
  let blockChild = false
  for (const c of el.children) {
    if (c.type === 'text' && textWeight(c.data) > 0) return false
    if (isElement(c) && BLOCK_TAGS.has(c.name)) blockChild = true
  }
  return blockChild
}

/** Mark link-dense parts inside a content element as dropped; returns the weight that is left. */
function pruneDense(root: Element, level: Level, info: Map<Element, Info>, dropped: Map<Element, string>): number {
  let removed = 0
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const el = stack.pop()!
    // Computed once per container, not per link: a container of thousands of links stays linear.
    let alone: boolean | undefined
    for (const c of el.children) {
      if (!isElement(c)) continue
      const i = info.get(c)
      if (i === undefined) continue
      // Only whole blocks go: a link inside a sentence is part of the sentence; a link standing
      // alone between blocks is a teaser card ("Also on …").
      if (i.w > 0 && density(i) > level.maxLinkDensity && (BLOCK_TAGS.has(c.name) || (c.name === 'a' && (alone ??= linksStandAlone(el))))) {
        dropped.set(c, LINK_DENSITY)
        removed += i.w
      } else stack.push(c)
    }
  }
  return (info.get(root)?.w ?? 0) - removed
}

