import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import type { Context } from '../types.js'
import { isLatinAlnum } from './chars.js'

/** Whether `s[i]` is a word character, so a match touching it is not on a word boundary. */
function wordChar(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isLatinAlnum(s.charCodeAt(i))
}

/**
 * Sorted entries per run, keyed by the run's resolved options (a new frozen object per call, so a glossary
 * the caller edits between calls is read afresh): the rule runs once per block, the glossary once per run.
 */
const SORTED = new WeakMap<object, ReadonlyArray<readonly [string, string]>>()

/** The glossary's non-empty terms, longest first (so a longer term wins over a term inside it). */
function sortedEntries(options: Context['options']): ReadonlyArray<readonly [string, string]> {
  let entries = SORTED.get(options)
  if (entries === undefined) {
    entries = Object.entries(options.glossary)
      .filter(([k]) => k.length > 0)
      .sort((a, b) => b[0].length - a[0].length)
    SORTED.set(options, entries)
  }
  return entries
}

/**
 * Whether the run has glossary terms at all (most runs have none, and the rule then touches no block).
 *
 * @param options the resolved options
 * @returns true when `options.glossary` has a non-empty term
 */
export function hasGlossary(options: Context['options']): boolean {
  return sortedEntries(options).length > 0
}

/**
 * Replace the user's known mistranslations (`options.glossary`, term → replacement, for example
 * `{ 'Snout of an ox': 'crux' }`) on word boundaries, longest term first. A term written with a capital at
 * the start of a sentence matches too, and its replacement is capitalised the same way. No default entries.
 */
export const glossary: BlockRule = {
  id: 'repair/glossary',
  description: 'Replace user-supplied literal mistranslations on word boundaries.',
  apply: (block, ctx) => {
    const entries = sortedEntries(ctx.options)
    if (entries.length === 0) return block
    const s = block.text
    const taken = new Uint8Array(s.length)
    const edits: TextEdit[] = []
    for (const [term, replacement] of entries) {
      const variants: Array<[string, string]> = [[term, replacement]]
      const upper = term[0]!.toUpperCase() + term.slice(1)
      if (upper !== term) variants.push([upper, replacement.length > 0 ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement])
      for (const [t, r] of variants) {
        for (let at = s.indexOf(t); at >= 0; at = s.indexOf(t, at + t.length)) {
          const end = at + t.length
          if (wordChar(s, at - 1) || wordChar(s, end) || taken.subarray(at, end).includes(1)) continue
          taken.fill(1, at, end)
          if (r !== t) edits.push({ from: at, to: end, text: r, rule: glossary.id })
        }
      }
    }
    return editBlock(block, edits)
  },
}
