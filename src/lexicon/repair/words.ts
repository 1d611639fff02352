import { WORDS_BY_FREQUENCY } from './words-en.js'
import { MODERN_WORD_RANK, MODERN_WORDS } from './words-modern.js'

/**
 * An open-addressing hash table over the word list, keyed by ranges of the caller's text: a lookup hashes
 * and compares char codes in place, so the hot path allocates no strings (no `slice`, no `toLowerCase`).
 */
interface Table {
  /** The words, separated by single spaces: `WORDS_BY_FREQUENCY`, then the `MODERN_WORDS` it lacks. */
  readonly words: string
  /** Offset of each entry in `words`, in order. */
  readonly starts: Int32Array
  readonly lengths: Uint8Array
  /** Each entry's rank: its index for a SUBTLEX word, `MODERN_WORD_RANK` or lower for a modern one. */
  readonly ranks: Int32Array
  /** Slot → entry + 1 (0 is empty). */
  readonly slots: Int32Array
  readonly mask: number
  /** A Bloom filter over the words' hashes: most lookups are misses, and this answers them without touching the table. */
  readonly bloom: Int32Array
}

/**
 * The Bloom filter is blocked: each word sets three bits of one 32-bit word of the filter, so a lookup reads
 * one word (one cache line) where a classic filter reads one per bit; most lookups are misses, and a miss of
 * the processor's cache costs more than the hashing. 2^15 words (128 kB), about 2.3 listed words per filter
 * word: about 1% of misses still reach the table.
 */
const BLOOM_WORDS_LOG2 = 15

/** The filter word and its three bits for a (mixed) hash: the bits from the low 15 bits, the word from the top. */
function bloomBits(h: number): number {
  return (1 << (h & 31)) | (1 << ((h >>> 5) & 31)) | (1 << ((h >>> 10) & 31))
}

/** Whether all of the hash's bits are set. */
function inBloom(bloom: Int32Array, h: number): boolean {
  const bits = bloomBits(h)
  return (bloom[h >>> (32 - BLOOM_WORDS_LOG2)]! & bits) === bits
}

/**
 * Spread a word hash's bits (the MurmurHash3 finaliser): the polynomial hash below keeps short words'
 * hashes small and close together, which the Bloom bits and table slots must not see.
 */
function mix(h: number): number {
  let x = h ^ (h >>> 16)
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  return x ^ (x >>> 16)
}

let built: Table | undefined

/**
 * The word hash: the letters as digits 1–26 of a base-27 number, modulo 2^32. A caller scanning text hashes
 * each word in the pass that finds it, and the hash of two words' join follows from theirs (`joinHash`)
 * without reading the letters again. Up to five letters it is exact (27^5 < 2^32): the hash is the word.
 *
 * @param h the hash so far (`WORD_HASH_SEED` for none)
 * @param c a lower-case ASCII letter's code
 * @returns the hash with `c` appended
 */
export function wordHashStep(h: number, c: number): number {
  return (Math.imul(h, 27) + (c - 0x60)) | 0
}
const step = wordHashStep
/** The hash of the empty word. */
export const WORD_HASH_SEED = 0

/** 27^k modulo 2^32, for `joinHash`. */
const POW27: Int32Array = (() => {
  const p = new Int32Array(256)
  p[0] = 1
  for (let k = 1; k < p.length; k++) p[k] = Math.imul(p[k - 1]!, 27)
  return p
})()

/**
 * The word hash of `a` followed by `b`, from their hashes.
 *
 * @param ha the hash of the first word
 * @param hb the hash of the second word
 * @param lengthB the second word's length (at most 255)
 * @returns the hash of the join
 */
export function joinHash(ha: number, hb: number, lengthB: number): number {
  return (Math.imul(ha, POW27[lengthB]!) + hb) | 0
}

/** The word hash of `w` (lower-case ASCII letters), mixed, as the table keys it. */
function mixedHash(w: string, a: number, b: number): number {
  let h = WORD_HASH_SEED
  for (let i = a; i < b; i++) h = step(h, w.charCodeAt(i))
  return mix(h)
}

/**
 * Built on first use: most documents never need the word list, and building it costs a few milliseconds.
 * The SUBTLEX entries go in by rank; then each of `MODERN_WORDS` is looked up: a listed one past
 * `MODERN_WORD_RANK` is moved up to it, an unlisted one is added after the SUBTLEX entries with that rank.
 */
function table(): Table {
  if (built !== undefined) return built
  const base = WORDS_BY_FREQUENCY
  const startsList: number[] = []
  let start = 0
  for (let i = 0; i <= base.length; i++) {
    if (i === base.length || base.charCodeAt(i) === 0x20) {
      startsList.push(start)
      start = i + 1
    }
  }
  const n = startsList.length
  let size = 1
  // Load factor at most one half keeps probe chains short.
  while (size < (n + MODERN_WORDS.length) * 2) size <<= 1
  const slots = new Int32Array(size)
  const mask = size - 1
  const bloom = new Int32Array(1 << BLOOM_WORDS_LOG2)
  const rankList: number[] = []
  const insert = (e: number, h: number): void => {
    bloom[h >>> (32 - BLOOM_WORDS_LOG2)]! |= bloomBits(h)
    let slot = h & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = e + 1
  }
  for (let r = 0; r < n; r++) {
    const b = r + 1 < n ? startsList[r + 1]! - 1 : base.length
    rankList.push(r)
    insert(r, mixedHash(base, startsList[r]!, b))
  }
  // The modern words the list lacks, appended after the SUBTLEX entries (joined to them once, below).
  const added: string[] = []
  for (const w of MODERN_WORDS) {
    const h = mixedHash(w, 0, w.length)
    let found = -1
    for (let slot = h & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const e = slots[slot]! - 1
      if (e >= n ? added[e - n] === w : (e + 1 < n ? startsList[e + 1]! - 1 : base.length) - startsList[e]! === w.length && base.startsWith(w, startsList[e]!)) {
        found = e
        break
      }
    }
    if (found >= 0) {
      rankList[found] = Math.min(rankList[found]!, MODERN_WORD_RANK)
      continue
    }
    rankList.push(MODERN_WORD_RANK)
    insert(n + added.length, h)
    added.push(w)
  }
  // `join` makes one flat string: a concatenation would leave a rope, and every lookup reads its letters.
  const words = [base, ...added].join(' ')
  for (let e = n, at = base.length + 1; e < n + added.length; e++) {
    startsList.push(at)
    at += added[e - n]!.length + 1
  }
  const total = startsList.length
  const starts = Int32Array.from(startsList)
  const lengths = new Uint8Array(total)
  for (let e = 0; e < total; e++) lengths[e] = Math.min((e + 1 < total ? starts[e + 1]! - 1 : words.length) - starts[e]!, 255)
  built = { words, starts, lengths, ranks: Int32Array.from(rankList), slots, mask, bloom }
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
  let h = WORD_HASH_SEED
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
  return inBloom((built ?? table()).bloom, mix(h))
}

/**
 * `mayBeWord(joinHash(ha, hb, lengthB))`, in one call for a scan that asks it of every word pair.
 *
 * @param ha the hash of the first word
 * @param hb the hash of the second word
 * @param lengthB the second word's length (at most 255)
 * @returns false when no listed word is the join
 */
export function mayBeJoinedWord(ha: number, hb: number, lengthB: number): boolean {
  return inBloom((built ?? table()).bloom, mix(joinHash(ha, hb, lengthB)))
}

/**
 * `rankOfRanges` for a caller that already hashed the letters (all ASCII letters, at most 255 of them).
 *
 * @param h the word hash of `s[a0, a1)` followed by `s[b0, b1)`, lower-cased
 * @returns the rank, or -1 when the letters are not a listed word
 */
export function rankOfHashedRanges(hash: number, s: string, a0: number, a1: number, b0: number, b1: number): number {
  const len = a1 - a0 + (b1 - b0)
  const t = built ?? table()
  const h = mix(hash)
  if (!inBloom(t.bloom, h)) return -1
  const w = t.words
  for (let slot = h & t.mask; ; slot = (slot + 1) & t.mask) {
    const entry = t.slots[slot]!
    if (entry === 0) return -1
    const e = entry - 1
    if (t.lengths[e] !== len) continue
    let at = t.starts[e]!
    let same = true
    for (let i = a0; i < a1 && same; i++) same = lowerLetter(s.charCodeAt(i)) === w.charCodeAt(at++)
    for (let i = b0; i < b1 && same; i++) same = lowerLetter(s.charCodeAt(i)) === w.charCodeAt(at++)
    if (same) return t.ranks[e]!
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
