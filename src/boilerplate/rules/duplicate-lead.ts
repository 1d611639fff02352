import { DUPLICATE_MIN_WORDS } from '../thresholds.js'
import type { BlockView } from '../view.js'

// Words for shingles: each Han character on its own (no spaces to split on), other runs of letters/digits.
const TOKEN = /\p{Script=Han}|[^\s\p{P}\p{S}\p{Script=Han}]+/gu
/** The lead is one of the first paragraphs; only these are compared for near-copies. */
const LEAD_CANDIDATES = 2
/** How many following paragraphs may hold the full version of a lead. */
const LEAD_WINDOW = 8
/** Words per shingle: three words in a row rarely repeat between different paragraphs. */
const SHINGLE = 3
/** A lead worth comparing is a summary paragraph; a one-line standfirst may well be repeated in the text. */
const NEAR_COPY_MIN_WORDS = 30
/** Share of a lead's shingles found in one later paragraph (or two adjacent lines) that makes it a copy. */
const NEAR_COPY_SHARE = 0.5

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(TOKEN) ?? []
  const out = new Set<string>()
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '))
  return out
}

function share(lead: ReadonlySet<string>, other: ReadonlySet<string>, next: ReadonlySet<string> | undefined): number {
  let n = 0
  for (const s of lead) if (other.has(s) || next?.has(s) === true) n++
  return lead.size === 0 ? 0 : n / lead.size
}

/**
 * Drops a paragraph printed twice: a later word-for-word copy of a kept paragraph, or a lead (summary)
 * whose wording mostly reappears in a following paragraph, possibly split over two lines.
 */
export const duplicateLead = {
  id: 'boilerplate/duplicate-lead',
  description: 'paragraph repeating another kept paragraph',
  /**
   * Find the copies among the kept blocks. Exact copies are found in one pass; near copies only for
   * the first paragraphs against the next few, so the cost stays bounded.
   *
   * @param views the blocks' views
   * @param kept whether each block is still body
   * @returns indices of the blocks to drop
   */
  find(views: readonly BlockView[], kept: readonly boolean[]): number[] {
    const body: number[] = []
    for (let i = 0; i < views.length; i++) if (kept[i]) body.push(i)
    const out = new Set<number>()
    const seen = new Set<string>()
    for (const i of body) {
      const v = views[i]!
      if (v.words < DUPLICATE_MIN_WORDS) continue
      // Blocks are normalised (one space between words) before this stage, so the text is the key.
      if (seen.has(v.text)) out.add(i)
      else seen.add(v.text)
    }
    // Shingles of each paragraph near the top, computed once: a lead is compared with each following
    // paragraph and with each pair of adjacent ones (a paragraph broken over two lines).
    const cache = new Map<number, Set<string>>()
    const shinglesOf = (i: number): Set<string> => {
      let s = cache.get(i)
      if (s === undefined) {
        s = shingles(views[i]!.text)
        cache.set(i, s)
      }
      return s
    }
    let leads = 0
    for (let k = 0; k < body.length && leads < LEAD_CANDIDATES; k++) {
      const lead = views[body[k]!]!
      if (lead.words < NEAR_COPY_MIN_WORDS || out.has(body[k]!)) continue
      leads++
      const mine = shinglesOf(body[k]!)
      for (let j = k + 1; j <= k + LEAD_WINDOW && j < body.length; j++) {
        // A word-for-word copy is already dropped: the lead stays and the copy goes.
        if (out.has(body[j]!)) continue
        const here = shinglesOf(body[j]!)
        const next = body[j + 1] !== undefined && !out.has(body[j + 1]!) ? shinglesOf(body[j + 1]!) : undefined
        if (share(mine, here, next) >= NEAR_COPY_SHARE) {
          out.add(body[k]!)
          break
        }
      }
    }
    return [...out].sort((a, b) => a - b)
  },
}
