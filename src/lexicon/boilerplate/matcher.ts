/**
 * Phrase tries that match every category of a lexicon in one walk over a block, instead of one regular
 * expression per category: pages are mostly short lines, and a dozen case-insensitive Unicode regexes per
 * line cost more than the whole rest of the pipeline. Matching is case-insensitive (both sides lower-cased unit by unit),
 * any run of white space matches one space, and phrases in spaced scripts stop at word boundaries.
 * The walks read char codes only: a per-code-unit table answers "space?", "word character?" and the
 * punctuation questions, so no regex and no one-character string is made per position.
 */

/** How a category is matched: at the start, at the end, anywhere, as the whole block, or as a run of tokens. */
export type MatchMode = 'prefix' | 'suffix' | 'contains' | 'whole' | 'tokens'

interface TrieNode {
  /** Children by UTF-16 code unit; every run of white space is the key `SPACE_KEY`. */
  readonly next: Map<number, TrieNode>
  /** Bit per category whose phrase ends here and needs a word boundary after it. */
  boundedEnds: number
  /** Bit per category whose phrase ends here and needs none (it ends in Han or punctuation). */
  openEnds: number
}

const SPACE_KEY = 0x20

// Flags per code unit in CLASS. SPACE and WORD are computed on first sight of a unit (KNOWN marks that);
// LEAD, TRAIL and SEPARATOR are fixed sets filled below.
const SPACE = 1
/** A letter or digit of a spaced script (not Han): phrases in such scripts stop at word boundaries. */
const WORD = 2
/** Bullets or markers before a label: `· Related:`, `» Read more`. */
const LEAD = 4
/** Punctuation after a heading: `Related:`, `Read more »`. */
const TRAIL = 8
/** Separators between page controls: spaces, brackets, bars, bullets, colons (`【print】 【close】`, `字号：大 中 小`). */
const SEPARATOR = 16
const KNOWN = 128

const CLASS = new Uint8Array(0x10000)
// The lower case of each code unit, filled with its class (ASCII up front). Folding unit by unit spares
// lower-casing every block, which for text with any non-Latin-1 character goes through the slow path.
const FOLD = new Uint16Array(0x10000)
for (let c = 0; c < 0x80; c++) FOLD[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c
const SPACED_WORD_CHAR = /[\p{L}\p{N}]/u
const HAN_CHAR = /\p{Script=Han}/u
const SPACE_CHAR = /\s/u

function flag(chars: string, bit: number): void {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)]! |= bit
}
flag(' \t\u00a0\u3000·•*#>»›|-–—', LEAD)
flag(' \t\u00a0\u3000:：.。!！…>»›|-–—', TRAIL)
flag(' \t\u00a0\u3000【】[]()（）|｜/·•:：,，、;；-–—<>«»"\'“”', SEPARATOR)

/** The flags of a code unit; the Unicode regexes run once per distinct unit, never per position. */
function classOf(c: number): number {
  const k = CLASS[c]!
  if ((k & KNOWN) !== 0) return k
  const ch = String.fromCharCode(c)
  let add = KNOWN
  if (c < 0x80) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) add |= SPACE
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) add |= WORD
  } else {
    const lower = ch.toLowerCase()
    FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c
    if (SPACE_CHAR.test(ch)) add |= SPACE
    if (SPACED_WORD_CHAR.test(ch) && !HAN_CHAR.test(ch)) add |= WORD
  }
  CLASS[c] = k | add
  return k | add
}

/** The lower case of `s[i]` (a code unit that lower-cases to two stays as it is). */
function lowerAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c >= 0x80 && (CLASS[c]! & KNOWN) === 0) classOf(c)
  return FOLD[c]!
}

/** Whether `s[i]` is a spaced-script word character; false outside the string. */
function wordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classOf(s.charCodeAt(i)) & WORD) !== 0
}

/** A hash of two code units for the pair bitmap (collisions only cost a walk); white space counts as one space. */
function pairKey(a: number, b: number): number {
  const second = (classOf(b) & SPACE) !== 0 ? SPACE_KEY : b
  return ((a & 0xff) << 8) | (second & 0xff)
}

/** A hash of three code units for the triple bitmap; white space counts as one space. */
function tripleKey(a: number, b: number, c: number): number {
  const third = (classOf(c) & SPACE) !== 0 ? SPACE_KEY : c
  return (pairKey(a, b) * 31 + third) & 0xffff
}

function newNode(): TrieNode {
  return { next: new Map(), boundedEnds: 0, openEnds: 0 }
}

/** One trie over some categories' phrases, keyed by lower-cased code units. */
class PhraseTrie {
  private readonly root = newNode()
  // First code units of phrases (1: a phrase of one unit starts with it, 2: only longer ones do) and
  // hashed bitmaps of their first two (bit 1; bit 2: a phrase is just these two) and first three units,
  // so most positions (every word of a paragraph scanned for a cookie banner) are rejected without a walk.
  private readonly firstCodes = new Uint8Array(0x10000)
  private readonly pairs = new Uint8Array(0x10000)
  private readonly triples = new Uint8Array(0x10000)
  private readonly foundEnds: number[] = []
  private readonly foundMasks: number[] = []

  /**
   * @param categories phrases per category bit (`categories[k]` → bit `1 << k`); empty lists add nothing
   */
  constructor(categories: readonly (readonly string[])[]) {
    categories.forEach((phrases, k) => {
      for (const p of phrases) this.add(p, 1 << k)
    })
  }

  private add(phrase: string, bit: number): void {
    const s = phrase.trim()
    const keys: number[] = []
    for (let i = 0; i < s.length; i++) {
      const key = (classOf(s.charCodeAt(i)) & SPACE) !== 0 ? SPACE_KEY : lowerAt(s, i)
      if (key !== SPACE_KEY || keys[keys.length - 1] !== SPACE_KEY) keys.push(key)
    }
    if (keys.length === 0) return
    const head = keys[0]!
    if (keys.length === 1) this.firstCodes[head] = 1
    else {
      if (this.firstCodes[head] === 0) this.firstCodes[head] = 2
      this.pairs[pairKey(head, keys[1]!)]! |= keys.length === 2 ? 3 : 1
      if (keys.length > 2) this.triples[tripleKey(head, keys[1]!, keys[2]!)] = 1
    }
    let node = this.root
    for (const key of keys) {
      let child = node.next.get(key)
      if (child === undefined) {
        child = newNode()
        node.next.set(key, child)
      }
      node = child
    }
    if (wordAt(s, s.length - 1)) node.boundedEnds |= bit
    else node.openEnds |= bit
  }

  /**
   * Phrases right after the leading bullets, and those that are the whole block (trailing punctuation allowed).
   *
   * @param s the text (read case-insensitively)
   * @param lead index of the first character after the leading bullets
   * @returns `[prefix, whole]` masks
   */
  anchored(s: string, lead: number): [number, number] {
    let prefix = 0
    let whole = 0
    const found = this.walk(s, lead)
    for (let k = 0; k < found; k++) {
      const mask = this.foundMasks[k]!
      prefix |= mask
      let rest = this.foundEnds[k]!
      while (rest < s.length && (CLASS[s.charCodeAt(rest)]! & TRAIL) !== 0) rest++
      if (rest === s.length) whole |= mask
    }
    return [prefix, whole]
  }

  /**
   * Phrases anywhere in the block, and those that end it.
   *
   * @param s the text (read case-insensitively)
   * @returns `[contains, suffix]` masks
   */
  anywhere(s: string): [number, number] {
    const len = s.length
    let contains = 0
    let suffix = 0
    let lastNonSpace = len - 1
    while (lastNonSpace >= 0 && (classOf(s.charCodeAt(lastNonSpace)) & SPACE) !== 0) lastNonSpace--
    const first = this.firstCodes
    const pairs = this.pairs
    let prevWord = false
    for (let start = 0; start < len; start++) {
      // A phrase in a spaced script starts a word; Han and punctuation may start anywhere. Most
      // characters are inside a word: rejected on their class alone, before folding their case.
      const word = (classOf(s.charCodeAt(start)) & WORD) !== 0
      const inside = word && prevWord
      prevWord = word
      if (inside) continue
      const c = lowerAt(s, start)
      if (first[c] === 0) continue
      // Most word starts share only their first letter with a phrase: test the first two or three units
      // before walking (not across a run of spaces, which the walk takes as one).
      if (first[c] === 2 && start + 1 < len) {
        const b = lowerAt(s, start + 1)
        const pair = pairs[pairKey(c, b)]!
        if (pair === 0) continue
        if (pair === 1 && start + 2 < len && (classOf(b) & SPACE) === 0 && this.triples[tripleKey(c, b, lowerAt(s, start + 2))] === 0) continue
      }
      // The walk of `walk()`, inlined: this loop runs over most of the page's short lines.
      let node: TrieNode | undefined = this.root
      let i = start
      while (i < len) {
        const d = lowerAt(s, i)
        if ((classOf(d) & SPACE) !== 0) {
          while (i < len && (classOf(s.charCodeAt(i)) & SPACE) !== 0) i++
          node = node.next.get(SPACE_KEY)
        } else {
          node = node.next.get(d)
          i++
        }
        if (node === undefined) break
        if ((node.openEnds | node.boundedEnds) === 0) continue
        const mask = node.openEnds | (wordAt(s, i) ? 0 : node.boundedEnds)
        contains |= mask
        if (i > lastNonSpace) suffix |= mask
      }
    }
    return [contains, suffix]
  }

  /**
   * Categories the whole block is made of: phrases (longest first) between separators, left to right.
   *
   * @param s the text (read case-insensitively)
   * @returns the mask of categories every token belongs to, 0 if some token is no phrase
   */
  tokens(s: string): number {
    let common = -1
    let pos = 0
    let any = false
    while (pos < s.length) {
      if ((CLASS[s.charCodeAt(pos)]! & SEPARATOR) !== 0) {
        pos++
        continue
      }
      let bestEnd = -1
      let bestMask = 0
      const found = this.walk(s, pos)
      for (let k = 0; k < found; k++) {
        const mask = this.foundMasks[k]!
        const end = this.foundEnds[k]!
        if ((mask & common) !== 0 && end > bestEnd) {
          bestEnd = end
          bestMask = mask & common
        }
      }
      if (bestEnd < 0) return 0
      common = bestMask
      pos = bestEnd
      any = true
    }
    return any ? common : 0
  }

  /**
   * Walk the trie from `start`, recording in `foundEnds`/`foundMasks` each phrase end that respects word
   * boundaries (reused buffers: no closure or array per walk).
   *
   * @returns how many ends were recorded
   */
  private walk(s: string, start: number): number {
    let node: TrieNode | undefined = this.root
    let i = start
    let found = 0
    while (i < s.length) {
      const d = lowerAt(s, i)
      if ((classOf(d) & SPACE) !== 0) {
        while (i < s.length && (classOf(s.charCodeAt(i)) & SPACE) !== 0) i++
        node = node.next.get(SPACE_KEY)
      } else {
        node = node.next.get(d)
        i++
      }
      if (node === undefined) return found
      // Most nodes end no phrase: test the boundary only where one ends.
      if ((node.openEnds | node.boundedEnds) === 0) continue
      const mask = node.openEnds | (wordAt(s, i) ? 0 : node.boundedEnds)
      if (mask === 0) continue
      this.foundEnds[found] = i
      this.foundMasks[found] = mask
      found++
    }
    return found
  }
}

const ANCHORED_MODES: ReadonlySet<MatchMode> = new Set(['prefix', 'whole'])
const ANYWHERE_MODES: ReadonlySet<MatchMode> = new Set(['contains', 'suffix'])

/**
 * Every category of a lexicon, compiled into one trie per kind of scan: a scan walks only the phrases
 * of the categories it answers for (the one-letter controls `t` and `a` would otherwise start a walk at
 * every word of a paragraph scanned for a cookie banner). Categories read anywhere in a block may have
 * several scans: a block asked about one category is walked by the narrowest scan that covers it,
 * unless a wider scan that covers it already ran on the block.
 */
export class LexiconMatcher {
  private readonly anchoredTrie: PhraseTrie
  private readonly tokensTrie: PhraseTrie
  private readonly anywhereTries: PhraseTrie[]
  /** Per anywhere scan, the bits of the categories it covers. */
  private readonly covers: number[]
  // The rules ask about the same block in turn: remember which block it is and what was computed.
  private lastText: string | undefined
  private lead = 0
  private anchoredMasks: [number, number] | undefined
  private readonly anywhereMasks: ([number, number] | undefined)[]
  private tokenMask: number | undefined

  /**
   * @param categories phrases per category bit (`categories[k]` → bit `1 << k`)
   * @param modes how each category is matched (`modes[k]` for `categories[k]`)
   * @param scans the anywhere scans (`contains`, `suffix`), each as the category bits it covers; every
   *   such category must be covered by at least one
   */
  constructor(categories: readonly (readonly string[])[], modes: readonly MatchMode[], scans: readonly number[]) {
    const only = (wanted: (k: number) => boolean): PhraseTrie => new PhraseTrie(categories.map((p, k) => (wanted(k) ? p : [])))
    this.anchoredTrie = only((k) => ANCHORED_MODES.has(modes[k]!))
    this.tokensTrie = only((k) => modes[k] === 'tokens')
    this.covers = [...scans]
    this.anywhereTries = scans.map((bits) => only((k) => ANYWHERE_MODES.has(modes[k]!) && (bits & (1 << k)) !== 0))
    this.anywhereMasks = new Array<[number, number] | undefined>(scans.length).fill(undefined)
  }

  /**
   * Whether a block matches a category in its mode.
   *
   * @param text the block's text
   * @param mode `prefix`, `whole`, `contains`, `suffix` or `tokens`
   * @param bit the category's bit
   * @returns true when the block matches
   */
  test(text: string, mode: MatchMode, bit: number): boolean {
    if (text !== this.lastText) {
      this.lastText = text
      let lead = 0
      while (lead < text.length && (CLASS[text.charCodeAt(lead)]! & LEAD) !== 0) lead++
      this.lead = lead
      this.anchoredMasks = undefined
      for (let g = 0; g < this.anywhereMasks.length; g++) this.anywhereMasks[g] = undefined
      this.tokenMask = undefined
    }
    switch (mode) {
      case 'prefix':
        return ((this.anchoredMasks ??= this.anchoredTrie.anchored(text, this.lead))[0] & bit) !== 0
      case 'whole':
        return ((this.anchoredMasks ??= this.anchoredTrie.anchored(text, this.lead))[1] & bit) !== 0
      case 'contains':
        return (this.anywhere(bit)[0] & bit) !== 0
      case 'suffix':
        return (this.anywhere(bit)[1] & bit) !== 0
      case 'tokens':
        return ((this.tokenMask ??= this.tokensTrie.tokens(text)) & bit) !== 0
    }
  }

  /** The masks of a scan covering `bit`: one already run on this block, or else the narrowest. */
  private anywhere(bit: number): [number, number] {
    let narrowest = -1
    for (let g = 0; g < this.covers.length; g++) {
      if ((this.covers[g]! & bit) === 0) continue
      const done = this.anywhereMasks[g]
      if (done !== undefined) return done
      if (narrowest < 0 || popCount(this.covers[g]!) < popCount(this.covers[narrowest]!)) narrowest = g
    }
    if (narrowest < 0) return [0, 0]
    const masks = this.anywhereTries[narrowest]!.anywhere(this.lastText ?? '')
    this.anywhereMasks[narrowest] = masks
    return masks
  }
}

function popCount(bits: number): number {
  let n = 0
  for (let b = bits; b !== 0; b &= b - 1) n++
  return n
}
