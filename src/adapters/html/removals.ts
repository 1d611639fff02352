import type { AnyNode, Element } from 'domhandler'
import type { Change, Removal } from '../../types.js'
import { isElement, spanOf, textWeight } from './dom.js'

/**
 * The DOM-level removals of an extraction, one per dropped top-level element: everything beside the
 * content (each sibling of the content and of its ancestors, under its own drop rule or
 * `html/outside-content`) and every element dropped inside the content.
 *
 * @param source the decoded HTML
 * @param chosen the content elements
 * @param dropped the dropped elements and their rules
 * @returns removals with offsets into `source`
 */
export function domRemovals(source: string, chosen: readonly Element[], dropped: ReadonlyMap<Element, string>): Removal[] {
  const out: Removal[] = []
  const add = (node: AnyNode, rule: string): void => {
    const [start, end] = spanOf(node)
    if (end > start) out.push({ start, end, text: source.slice(start, end), rule })
  }
  const chosenSet = new Set<AnyNode>(chosen)
  const ancestors = new Set<AnyNode>()
  for (const el of chosen) for (let up = el.parent; up !== null && !ancestors.has(up); up = up.parent) ancestors.add(up)
  for (const a of ancestors) {
    if (!('children' in a)) continue
    for (const c of a.children) {
      if (chosenSet.has(c) || ancestors.has(c)) continue
      if (isElement(c)) add(c, dropped.get(c) ?? 'html/outside-content')
      else if (c.type === 'text' && textWeight(c.data) > 0) add(c, 'html/outside-content')
    }
  }
  const stack: Element[] = [...chosen]
  while (stack.length > 0) {
    const el = stack.pop()!
    for (const c of el.children) {
      if (!isElement(c)) continue
      const rule = dropped.get(c)
      if (rule !== undefined) add(c, rule)
      else stack.push(c)
    }
  }
  return out
}

/**
 * Removals that do not overlap, each dropped span reported once under the rule that dropped it. A block
 * the text stages removed (`metadata/date`, `boilerplate/…`) spans its element or its first to last text
 * node, and an element dropped at DOM level inside it (`html/byline`, `html/style`) is already a removal
 * of its own: the block's removal is cut around it, so the tags and text that were the block's stay under
 * the block's rule and the nested element keeps its own. Where spans overlap, the one that starts later
 * (of nested ones, the inner one) takes the overlap.
 *
 * @param source the decoded HTML
 * @param removed removals, sorted by start
 * @returns the same removals when none overlap, else the cut ones, sorted by start
 */
export function disjointRemovals(source: string, removed: readonly Removal[]): readonly Removal[] {
  if (!overlaps(removed)) return removed
  const order = [...removed].sort((a, b) => a.start - b.start || b.end - a.end)
  const bounds = [...new Set(order.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b)
  const out: Removal[] = []
  // The removals covering the current stretch, in the order they start: the last one owns it.
  let active: Removal[] = []
  let next = 0
  let lastOwner: Removal | undefined
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!
    const to = bounds[i + 1]!
    // Every span starts and ends at a bound, so what covers `from` covers the stretch up to `to`.
    active = active.filter((r) => r.end > from)
    for (; next < order.length && order[next]!.start <= from; next++) if (order[next]!.end > from) active.push(order[next]!)
    const owner = active[active.length - 1]
    if (owner === undefined) continue
    const last = out[out.length - 1]
    if (last !== undefined && owner === lastOwner && last.end === from) out[out.length - 1] = { ...last, end: to, text: source.slice(last.start, to) }
    else out.push({ start: from, end: to, text: source.slice(from, to), rule: owner.rule })
    lastOwner = owner
  }
  return out
}

/**
 * Removals with the spans of changes cut out. A repair that crosses from one text node into the next
 * (normalising the space of `&nbsp;<style>…</style>  The`) spans both nodes whole, and with them the
 * element dropped between: the change's `before` holds that element and its `after` leaves it out, so
 * the change accounts for it and a removal of it would apply twice.
 *
 * @param source the decoded HTML
 * @param removed non-overlapping removals, sorted by start
 * @param changes non-overlapping changes, sorted by start
 * @returns the same removals when no change overlaps one, else the cut ones, sorted by start
 */
export function outsideChanges(source: string, removed: readonly Removal[], changes: readonly Change[]): readonly Removal[] {
  if (!overlaps([...removed, ...changes].sort((a, b) => a.start - b.start))) return removed
  const out: Removal[] = []
  let ci = 0
  for (const r of removed) {
    let pos = r.start
    while (ci < changes.length && changes[ci]!.end <= pos) ci++
    for (let k = ci; k < changes.length && changes[k]!.start < r.end; k++) {
      const c = changes[k]!
      if (c.start > pos) out.push({ start: pos, end: c.start, text: source.slice(pos, c.start), rule: r.rule })
      pos = Math.max(pos, c.end)
    }
    if (pos < r.end) out.push(pos === r.start ? r : { start: pos, end: r.end, text: source.slice(pos, r.end), rule: r.rule })
  }
  return out
}

/** Whether any two spans of a list sorted by start overlap. */
function overlaps(removed: readonly { readonly start: number; readonly end: number }[]): boolean {
  let end = 0
  for (const r of removed) {
    if (r.start < end) return true
    end = Math.max(end, r.end)
  }
  return false
}
