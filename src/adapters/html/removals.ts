import type { AnyNode, Element } from 'domhandler'
import type { Removal } from '../../types.js'
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
