import { shapeClass } from '../shape.js'
import type { Thresholds } from '../thresholds.js'
import type { BlockView } from '../view.js'

/** The lead is one of the first paragraphs; only these are compared for near-copies. */
const LEAD_CANDIDATES = 2
/** How many following paragraphs may hold the full version of a lead. */
const LEAD_WINDOW = 8
/** A lead worth comparing is a summary paragraph; a one-line standfirst may well be repeated in the text. */
const NEAR_COPY_MIN_WORDS = 30
/** Share of a lead's shingles found in one later paragraph (or two adjacent lines) that makes it a copy. */
const NEAR_COPY_SHARE = 0.5
// A word is hashed (32-bit FNV-1a over its code units) rather than sliced and interned, and a shingle is
// the mix of its three hashes cut to 30 bits, a small integer that sets hash fastest. A foreign shingle
// passes for one of a lead's about once in 10^7 lookups, one shingle among the dozens a decision counts.
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const MIX = 0x9e3779b1

// What a character is to the shingle tokenizer: Han (a word on its own), part of a word, or a separator
// (white space, punctuation, symbols). Decided by a Unicode regex once per distinct character, then cached.
const HAN = 1
const WORD_CHAR = 2
const SEPARATOR_CHAR = 3
const HAN_CHAR = /^\p{Script=Han}$/u
const SEPARATOR = /^[\s\p{P}\p{S}]$/u
// BMP characters in a table (0: not yet seen), astral ones in a map.
const bmpKind = new Uint8Array(0x10000)
const astralKind = new Map<number, number>()

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp)
  return HAN_CHAR.test(ch) ? HAN : SEPARATOR.test(ch) ? SEPARATOR_CHAR : WORD_CHAR
}

function kindOf(cp: number): number {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a)) return WORD_CHAR
  if (cp > 0xffff) {
    let k = astralKind.get(cp)
    if (k === undefined) astralKind.set(cp, (k = classify(cp)))
    return k
  }
  const k = bmpKind[cp]!
  if (k !== 0) return k
  return (bmpKind[cp] = classify(cp))
}

// Per code unit, what the tokenizer needs of it inside a string: its lower case as `toLowerCase` gives
// it (bits 4+) and the kind of that (bits 1-2), with bit 0 set; 0 when not yet seen, `NOT_ALONE` when
// it does not lower-case on its own (`İ` to two units, `Σ` by context, surrogates by code point): a text
// with such a unit is lower-cased whole instead. So a text is folded unit by unit without a lower-cased
// copy (which for two-byte strings is a slow runtime call).
const FOLDED = new Int32Array(0x10000)
const NOT_ALONE = 2
const CAPITAL_SIGMA = 0x3a3

function learnFolded(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase()
  if (lower.length !== 1 || c === CAPITAL_SIGMA || (c >= 0xd800 && c <= 0xdfff)) return (FOLDED[c] = NOT_ALONE)
  const d = lower.charCodeAt(0)
  return (FOLDED[c] = (d << 4) | (kindOf(d) << 1) | 1)
}

/**
 * The shingles of a text: each run of three words (each Han character on its own, other runs of
 * letters and digits), lower-cased and hashed (see `MIX`), in order and with repeats.
 */
function shingles(text: string): number[] {
  const out: number[] = []
  // The word hashes, kept two back: a shingle is emitted with each word from the third on.
  let words = 0
  let w1 = 0
  let w2 = 0
  const emit = (h: number): void => {
    if (words >= 2) out.push((Math.imul(Math.imul(w2, MIX) ^ w1, MIX) ^ h) >> 2)
    w2 = w1
    w1 = h
    words++
  }
  const len = text.length
  let h = FNV_OFFSET
  let inWord = false
  for (let i = 0; i < len; i++) {
    const u = text.charCodeAt(i)
    let f = FOLDED[u]!
    if (f === 0) f = learnFolded(u)
    if (f === NOT_ALONE) return shinglesOfLowered(text.toLowerCase())
    const c = f >>> 4
    const k = (f >> 1) & 3
    if (k !== WORD_CHAR && inWord) emit(h)
    if (k === SEPARATOR_CHAR) {
      inWord = false
      continue
    }
    if (k === HAN || !inWord) h = FNV_OFFSET
    h = Math.imul(h ^ c, FNV_PRIME)
    if (k === HAN) {
      emit(h)
      inWord = false
    } else inWord = true
  }
  if (inWord) emit(h)
  return out
}

/** Hashes of the words of a lower-cased text (each Han character on its own, other runs of letters and digits). */
function wordHashes(s: string): number[] {
  const len = s.length
  const out: number[] = []
  let h = FNV_OFFSET
  let inWord = false
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i)
    // A surrogate pair is one character: classify it whole, hash both halves.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < len
    const k = kindOf(pair ? s.codePointAt(i)! : c)
    if (k !== WORD_CHAR && inWord) out.push(h)
    if (k === SEPARATOR_CHAR) {
      inWord = false
      if (pair) i++
      continue
    }
    if (k === HAN || !inWord) h = FNV_OFFSET
    h = Math.imul(h ^ c, FNV_PRIME)
    if (pair) h = Math.imul(h ^ s.charCodeAt(++i), FNV_PRIME)
    if (k === HAN) {
      out.push(h)
      inWord = false
    } else inWord = true
  }
  if (inWord) out.push(h)
  return out
}

/** `shingles` of a text already lower-cased as a whole. */
function shinglesOfLowered(s: string): number[] {
  const w = wordHashes(s)
  const out: number[] = []
  for (let i = 0; i + 2 < w.length; i++) out.push((Math.imul(Math.imul(w[i]!, MIX) ^ w[i + 1]!, MIX) ^ w[i + 2]!) >> 2)
  return out
}

/** Whether at least `NEAR_COPY_SHARE` of the lead's distinct shingles occur in `other` or `next`. */
function nearCopy(lead: ReadonlySet<number>, other: readonly number[], next: readonly number[]): boolean {
  const need = NEAR_COPY_SHARE * lead.size
  // The shingles found cannot outnumber those of the two paragraphs together.
  if (lead.size === 0 || other.length + next.length < need) return false
  const found = new Set<number>()
  for (const part of [other, next]) {
    for (const s of part) {
      if (!lead.has(s)) continue
      found.add(s)
      if (found.size >= need) return true
    }
  }
  return false
}

/**
 * Drops a paragraph printed twice: a later word-for-word copy of a kept paragraph, or a lead (summary)
 * whose wording mostly reappears in a following paragraph, possibly split over two lines. Plain text
 * only, and only paragraphs: a short line repeated (a recipe's `1 tsp. olive oil`, a list item) is
 * content, and HTML blocks were chosen by their markup.
 */
export const duplicateLead = {
  id: 'boilerplate/duplicate-lead',
  description: 'paragraph repeating another kept paragraph',
  /**
   * Find the copies among the kept plain-text blocks. Exact copies are found in one pass; near copies
   * only for the first paragraphs against the next few, so the cost stays bounded.
   *
   * @param views the blocks' views
   * @param kept whether each block is still body
   * @param th the thresholds (what counts as a paragraph)
   * @returns indices of the blocks to drop
   */
  find(views: readonly BlockView[], kept: readonly boolean[], th: Thresholds): number[] {
    const body: number[] = []
    for (let i = 0; i < views.length; i++) if (kept[i] === true && !views[i]!.html) body.push(i)
    const out = new Set<number>()
    const seen = new Set<string>()
    for (const i of body) {
      const v = views[i]!
      if (shapeClass(v, false, th) !== 'good') continue
      // Blocks are normalised (one space between words) before this stage, so the text is the key.
      if (seen.has(v.text)) out.add(i)
      else seen.add(v.text)
    }
    // Shingles of each paragraph near the top, computed once: a lead is compared with each following
    // paragraph and with each pair of adjacent ones (a paragraph broken over two lines).
    const cache = new Map<number, number[]>()
    const shinglesOf = (i: number | undefined): number[] => {
      if (i === undefined || out.has(i)) return []
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
      const mine = new Set(shinglesOf(body[k]!))
      for (let j = k + 1; j <= k + LEAD_WINDOW && j < body.length; j++) {
        // A word-for-word copy is already dropped: the lead stays and the copy goes.
        if (out.has(body[j]!)) continue
        if (nearCopy(mine, shinglesOf(body[j]!), shinglesOf(body[j + 1]))) {
          out.add(body[k]!)
          break
        }
      }
    }
    return [...out].sort((a, b) => a - b)
  },
}
