import { WORDS_BY_FREQUENCY } from './words-en.js'

/**
 * An open-addressing hash table over the word list, keyed by ranges of the caller's text: a lookup hashes
 * and compares char codes in place, so the hot path allocates no strings (no `slice`, no `toLowerCase`).
 */
interface Table {
  /** Offset of each word in `WORDS_BY_FREQUENCY`, in rank order. */
  readonly starts: Int32Array
  readonly lengths: Uint8Array
  /** Slot → rank + 1 (0 is empty). */
  readonly slots: Int32Array
  readonly mask: number
  /** A Bloom filter over the words' hashes: most lookups are misses, and this answers them without touching the table. */
  readonly bloom: Int32Array
}

/**
 * Bits in the Bloom filter: 2^20 bits (128 kB) stay in cache where the table (1 MB of slots, plus the word
 * string) does not, and with two bits per word about 2% of misses still reach the table.
 */
const BLOOM_BITS_LOG2 = 20
const BLOOM_MASK = (1 << BLOOM_BITS_LOG2) - 1

/** The second Bloom bit, from the same hash remixed so the two bits are independent. */
function secondBit(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - BLOOM_BITS_LOG2)
}

/** Whether both of the hash's bits are set. */
function inBloom(bloom: Int32Array, h: number): boolean {
  const a = h & BLOOM_MASK
  const b = secondBit(h)
  return (bloom[a >>> 5]! & (1 << (a & 31))) !== 0 && (bloom[b >>> 5]! & (1 << (b & 31))) !== 0
}

let built: Table | undefined

/**
 * FNV-1a step over a lower-cased ASCII letter: the word hash is `WORD_HASH_SEED` stepped over each letter,
 * so a caller scanning text can hash words (and word pairs) in the same pass that finds them.
 *
 * @param h the hash so far
 * @param c a lower-case ASCII letter's code
 * @returns the hash with `c` added
 */
export function wordHashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193)
}
const step = wordHashStep
/** The hash of the empty word. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0
const FNV_OFFSET = WORD_HASH_SEED

/** Built on first use: most documents never need the word list, and building it costs a few milliseconds. */
function table(): Table {
  if (built !== undefined) return built
  const s = WORDS_BY_FREQUENCY
  const startsList: number[] = []
  let start = 0
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s.charCodeAt(i) === 0x20) {
      startsList.push(start)
      start = i + 1
    }
  }
  const n = startsList.length
  const starts = Int32Array.from(startsList)
  const lengths = new Uint8Array(n)
  let size = 1
  // Load factor at most one half keeps probe chains short.
  while (size < n * 2) size <<= 1
  const slots = new Int32Array(size)
  const mask = size - 1
  const bloom = new Int32Array(1 << (BLOOM_BITS_LOG2 - 5))
  for (let r = 0; r < n; r++) {
    const a = starts[r]!
    const b = r + 1 < n ? starts[r + 1]! - 1 : s.length
    lengths[r] = Math.min(b - a, 255)
    let h = FNV_OFFSET
    for (let i = a; i < b; i++) h = step(h, s.charCodeAt(i))
    const bit = h & BLOOM_MASK
    const bit2 = secondBit(h)
    bloom[bit >>> 5]! |= 1 << (bit & 31)
    bloom[bit2 >>> 5]! |= 1 << (bit2 & 31)
    let slot = h & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = r + 1
  }
  built = { starts, lengths, slots, mask, bloom }
  return built
}

/** Lower-case an ASCII letter's code, or -1 for anything else (the list holds only a–z words). */
function lowerLetter(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c
  if (c >= 0x41 && c <= 0x5a) return c | 0x20
  return -1
}

/**
 * Frequency rank of the word made of `s[a0, a1)` followed by `s[b0, b1)` (pass `b0 === b1` for one range).
 *
 * @param s the text
 * @param a0 start of the first range
 * @param a1 end of the first range
 * @param b0 start of the second range
 * @param b1 end of the second range
 * @returns the rank (0 is the most frequent word), or -1 when the letters are not a listed word
 */
export function rankOfRanges(s: string, a0: number, a1: number, b0: number, b1: number): number {
  const len = a1 - a0 + (b1 - b0)
  if (len <= 0 || len > 255) return -1
  let h = FNV_OFFSET
  for (let i = a0; i < a1; i++) {
    const c = lowerLetter(s.charCodeAt(i))
    if (c < 0) return -1
    h = step(h, c)
  }
  for (let i = b0; i < b1; i++) {
    const c = lowerLetter(s.charCodeAt(i))
    if (c < 0) return -1
    h = step(h, c)
  }
  return rankOfHashedRanges(h, s, a0, a1, b0, b1)
}

/**
 * Whether letters whose word hash is `h` may be a listed word: false is certain (a Bloom filter miss, the
 * common answer), true needs `rankOfHashedRanges` to confirm.
 *
 * @param h the word hash (`WORD_HASH_SEED` stepped over the lower-cased letters)
 * @returns false when no listed word has this hash
 */
export function mayBeWord(h: number): boolean {
  return inBloom((built ?? table()).bloom, h)
}

/**
 * `rankOfRanges` for a caller that already hashed the letters (all ASCII letters, at most 255 of them).
 *
 * @param h the word hash of `s[a0, a1)` followed by `s[b0, b1)`, lower-cased
 * @returns the rank, or -1 when the letters are not a listed word
 */
export function rankOfHashedRanges(h: number, s: string, a0: number, a1: number, b0: number, b1: number): number {
  const len = a1 - a0 + (b1 - b0)
  const t = built ?? table()
  if (!inBloom(t.bloom, h)) return -1
  const w = WORDS_BY_FREQUENCY
  for (let slot = h & t.mask; ; slot = (slot + 1) & t.mask) {
    const entry = t.slots[slot]!
    if (entry === 0) return -1
    const r = entry - 1
    if (t.lengths[r] !== len) continue
    let at = t.starts[r]!
    let same = true
    for (let i = a0; i < a1 && same; i++) same = lowerLetter(s.charCodeAt(i)) === w.charCodeAt(at++)
    for (let i = b0; i < b1 && same; i++) same = lowerLetter(s.charCodeAt(i)) === w.charCodeAt(at++)
    if (same) return r
  }
}

/**
 * Frequency rank of an English word (0 is the most frequent), from the SUBTLEX-US counts.
 *
 * @param word a word in any case
 * @returns its rank, or `undefined` when the word is not in the list
 * @example wordRank('the') // 2
 */
export function wordRank(word: string): number | undefined {
  const r = rankOfRanges(word, 0, word.length, 0, 0)
  return r < 0 ? undefined : r
}

/**
 * Whether a word is in the English word list at all (rare words included).
 *
 * @param word a word in any case
 * @returns true when listed
 */
export function isWord(word: string): boolean {
  return rankOfRanges(word, 0, word.length, 0, 0) >= 0
}
