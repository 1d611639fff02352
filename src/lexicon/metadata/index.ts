import { en } from './en.js'
import type { DatePattern, FieldLabel, MetadataLexicon } from './types.js'
import { vi } from './vi.js'
import { zh } from './zh.js'

export type { DatePattern, FieldKind, FieldLabel, MetadataLexicon } from './types.js'
export { en, vi, zh }

/** The built-in metadata lexicons by language. */
export const METADATA_LEXICONS: Readonly<Record<string, MetadataLexicon>> = Object.freeze({ en, zh, vi })

/** All languages' metadata data in one, as the rules read it. */
export interface MergedLexicon {
  readonly months: ReadonlyMap<string, number>
  readonly weekdays: readonly string[]
  readonly timeWords: readonly string[]
  readonly dateLeads: readonly string[]
  /** Longest label first, so `responsible editor` wins over `editor`. */
  readonly labels: readonly FieldLabel[]
  /** The same labels by their first character, so a line is scanned without trying every label at every word. */
  readonly labelsByFirst: ReadonlyMap<string, readonly FieldLabel[]>
  readonly bylines: readonly string[]
  readonly nameJoiners: readonly string[]
  readonly home: readonly string[]
  readonly outletWords: readonly string[]
  readonly commentWords: readonly string[]
  readonly copyright: readonly string[]
  readonly rightsReserved: readonly string[]
  readonly datePatterns: readonly DatePattern[]
  readonly numericOrder: 'dmy' | 'mdy' | undefined
}

const cache = new Map<string, MergedLexicon>()

/**
 * Merge the metadata lexicons of every language: pages mix languages (an English translation keeps
 * Chinese labels), so every label is looked for on every page. Only the reading of ambiguous numeric
 * dates follows the document language.
 *
 * @param lang the document language, when known
 * @returns the merged lexicon
 * @example mergedLexicon('vi').numericOrder // 'dmy'
 */
export function mergedLexicon(lang: string | undefined): MergedLexicon {
  const key = lang ?? ''
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const all = Object.values(METADATA_LEXICONS)
  const flat = <K extends keyof MetadataLexicon>(k: K): MetadataLexicon[K] extends readonly (infer T)[] ? T[] : never =>
    all.flatMap((l) => l[k] as unknown as never[]) as never
  const months = new Map<string, number>()
  for (const l of all) for (const [name, n] of Object.entries(l.months)) months.set(name, n)
  const labels = [...flat('labels')].sort((a, b) => b.label.length - a.label.length)
  const labelsByFirst = new Map<string, FieldLabel[]>()
  for (const l of labels) labelsByFirst.set(l.label[0]!, [...(labelsByFirst.get(l.label[0]!) ?? []), l])
  const merged: MergedLexicon = {
    months,
    weekdays: byLength(flat('weekdays')),
    timeWords: byLength(flat('timeWords')),
    dateLeads: byLength(flat('dateLeads')),
    labels,
    labelsByFirst,
    bylines: flat('bylines'),
    nameJoiners: flat('nameJoiners'),
    home: byLength(flat('home')),
    outletWords: flat('outletWords'),
    commentWords: byLength(flat('commentWords')),
    copyright: flat('copyright'),
    rightsReserved: byLength(flat('rightsReserved')),
    datePatterns: flat('datePatterns'),
    numericOrder: lang === undefined ? undefined : METADATA_LEXICONS[lang]?.numericOrder,
  }
  cache.set(key, merged)
  return merged
}

function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length)
}
