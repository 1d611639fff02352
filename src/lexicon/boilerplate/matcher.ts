/**
 * Phrase tries that match every category of a lexicon in one walk over a block, instead of one regular
 * expression per category: pages are mostly short lines, and a dozen case-insensitive Unicode regexes per
 * line cost more than the whole rest of the pipeline. Matching is case-insensitive (both sides lower-cased unit by unit),
 * any run of white space matches one space, and phrases in spaced scripts stop at word boundaries.
 * The walks read char codes only: a per-code-unit table answers "space?", "word character?" and the
 * punctuation questions, so no regex and no one-character string is made per position.
 */

import { isUnspacedScript, unicodeEscape } from '../../core/chars.js'

/** How a category is matched: at the start, at the end, anywhere, as the whole block, or as a run of tokens. */
export type MatchMode = 'prefix' | 'suffix' | 'contains' | 'whole' | 'tokens'

const SPACE_KEY = 0x20

// Flags per code unit in CLASS. SPACE and WORD are computed on first sight of a unit (KNOWN marks that);
// LEAD, TRAIL and SEPARATOR are fixed sets filled below.
const SPACE = 1
/**
 * A letter, digit or combining mark of a spaced script (not Han, nor Thai, Lao, Myanmar or Khmer, which
 * put no spaces between words): phrases in such scripts stop at word boundaries, and a vowel sign
 * (Devanagari `ि`, `ी`) is inside its word.
 */
const WORD = 2
/** Bullets or markers before a label: `· Related:`, `» Read more`. */
const LEAD = 4
/** Punctuation after a heading: `Related:`, `Read more »`. */
const TRAIL = 8
/** Separators between page controls: spaces, brackets, bars, bullets, colons (`【print】 【close】`, `字号：大 中 小`). */
const SEPARATOR = 16
const KNOWN = 128

// Flags per code unit in a trie's `starts` table (0: not yet seen).
const START_KNOWN = 128
/** A spaced-script word character (`WORD`). */
const START_WORD = 1
/** Some phrase starts with this unit's lower case. */
const START_PHRASE = 2
/** A phrase of that one unit ends there. */
const START_END = 4
/** In `asciiStarts` only: the unit and the next are both word characters (the next starts nothing). */
const START_BOTH_WORDS = 8
/** Every phrase of that one unit ends in a word character: it ends there only before a non-word (`t`, not `T` of `The`). */
const START_BOUNDED_END = 16

const CLASS = new Uint8Array(0x10000)
// The lower case of each code unit, filled with its class (ASCII up front). Folding unit by unit spares
// lower-casing every block, which for text with any non-Latin-1 character goes through the slow path.
const FOLD = new Uint16Array(0x10000)
for (let c = 0; c < 0x80; c++) FOLD[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c
const SPACED_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
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
    if (SPACED_WORD_CHAR.test(ch) && !HAN_CHAR.test(ch) && !isUnspacedScript(c)) add |= WORD
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

/** Per ASCII unit, its trie key: its lower case, or `SPACE_KEY` for white space (`keyAt` without the calls). */
const ASCII_KEY = Uint16Array.from({ length: 0x80 }, (_, c) => ((classOf(c) & SPACE) !== 0 ? SPACE_KEY : FOLD[c]!))

/**
 * Rows of `asciiStarts` before the pairs are filled in, by the unit's `START_WORD | START_PHRASE` flags
 * (`START_PHRASE` here only for a phrase of the one unit): `START_BOTH_WORDS` at each word unit when
 * the unit is one.
 */
const ASCII_START_ROWS: readonly Uint8Array[] = [0, 1, 2, 3].map((flags) =>
  Uint8Array.from({ length: 0x80 }, (_, next) => flags | ((flags & START_WORD) !== 0 && (classOf(next) & WORD) !== 0 ? START_BOTH_WORDS : 0)),
)

/** No such node: the root (node 0) is nobody's child. */
const NO_NODE = 0

// The fields of a node in `PhraseTrie.nodes`, and the markers of its only-child unit.
const NODE_STRIDE = 4
const NODE_ENDS = 0
const NODE_BOUNDED = 1
const NODE_ONLY_UNIT = 2
const NODE_ONLY_CHILD = 3
/** A node without children. */
const LEAF = -1
/** A node with several children: found through the edge hash. */
const BRANCH = -2

/**
 * One trie over some categories' phrases, keyed by lower-cased code units, stored flat: node 0 is the
 * root; a node with one child keeps it in its own record, the edges of a branching node are found
 * through an open-addressing hash of (node, unit). A step of a walk is a few typed-array reads, no
 * `Map` lookup and no allocation.
 */
class PhraseTrie {
  /** Per raw code unit, filled on first sight once every phrase is added: `START_*` flags. */
  private readonly starts = new Uint8Array(0x10000)
  /**
   * The first two keys of every phrase of two or more, hashed (see `pairSlot`): `PAIR_LONGER` when a
   * phrase goes on after them, `PAIR_ENDS` when one ends there. Most word starts fail here.
   */
  private readonly pairs = new Uint8Array(PAIR_SLOTS)
  /** `pairs` for an ASCII first key and an ASCII second unit as it stands in the text, exact: `(key << 7) | unit`. */
  private readonly asciiPairs = new Uint8Array(0x4000)
  /** The first three keys of every phrase of three or more (the second not white space), hashed. */
  private readonly triples = new Uint8Array(PAIR_SLOTS)
  /**
   * Per pair of ASCII units as they stand in the text, `(unit << 7) | next`: `START_WORD` when the unit
   * is a word character, `START_PHRASE` when a phrase may start at it given the next unit (one starts
   * with it and is that one unit, or starts with both), `START_BOTH_WORDS` when the next is a word
   * character too. `anywhere` reads this one table per unit (or two) of ASCII text, where `starts` then
   * `asciiPairs` would take two reads and a branch at every word start.
   */
  private asciiStarts = new Uint8Array(0)
  /**
   * Per pair of ASCII units as in `asciiStarts`, the node after both (`NO_NODE` when there is none, or
   * when a phrase of the first unit alone ends at its node, which a walk must read): a walk from a
   * word start takes its first two steps in one read.
   */
  private asciiPairNodes = new Int32Array(0)
  /**
   * The edges of branching nodes (`BRANCH`; the others are in `nodes`), three numbers per slot: parent
   * node + 1 (0: empty slot), unit, child. Side by side, so that a probe reads one cache line, not one
   * in each of three arrays (the tables outgrow the L1 cache).
   */
  private readonly edges: Int32Array
  private readonly edgeMask: number
  /**
   * Per node, four numbers side by side (a walk reads one cache line per step, and a chain of nodes,
   * numbered in a phrase's order, lies in a few): the bit per category whose phrase ends here; of those,
   * the bits only phrases that need a word boundary after them end with (the others end in Han or
   * punctuation); the unit of the node's only child, or `LEAF` or `BRANCH`; that only child.
   */
  private readonly nodes: Int32Array
  private readonly foundEnds: number[] = []
  private readonly foundMasks: number[] = []

  /**
   * @param categories phrases per category bit (`categories[k]` → bit `1 << k`); empty lists add nothing
   */
  constructor(categories: readonly (readonly string[])[]) {
    // Built in one map of edges (node * 0x10000 + unit → child), then packed. Nodes are numbered as they
    // are made, so node `c`'s parent and unit (`parents[c]`, `units[c]`) list the edges in the map's order.
    const edges = new Map<number, number>()
    const parents: number[] = [NO_NODE]
    const units: number[] = [0]
    const bounded: number[] = [0]
    const open: number[] = [0]
    categories.forEach((phrases, k) => {
      for (const phrase of phrases) {
        const s = phrase.trim()
        const keys = phraseKeys(s)
        if (keys.length === 0) continue
        if (keys.length > 1) this.addPair(keys[0]!, keys[1]!, keys.length === 2 ? PAIR_ENDS : PAIR_LONGER)
        if (keys.length > 2 && keys[1] !== SPACE_KEY) this.triples[tripleSlot(keys[0]!, keys[1]!, keys[2]!)] = 1
        let node = 0
        for (const key of keys) {
          const edge = node * 0x10000 + key
          let child = edges.get(edge)
          if (child === undefined) {
            child = open.length
            open.push(0)
            bounded.push(0)
            parents.push(node)
            units.push(key)
            edges.set(edge, child)
          }
          node = child
        }
        if (wordAt(s, s.length - 1)) bounded[node]! |= 1 << k
        else open[node]! |= 1 << k
      }
    })
    const packed = packTrie(parents, units, open, bounded)
    this.nodes = packed.nodes
    this.edges = packed.edges
    this.edgeMask = packed.edgeMask
  }

  /** Whether `asciiStarts` and `asciiPairNodes` are made (on a trie's first walk: a trie that never walks does not pay for them). */
  private asciiReady = false

  /** Make and fill `asciiStarts` and `asciiPairNodes` from the trie (see there). */
  private fillAsciiStarts(): void {
    this.asciiReady = true
    this.asciiStarts = new Uint8Array(0x4000)
    this.asciiPairNodes = new Int32Array(0x4000)
    // Runs once per trie, unoptimised: rows are copied from templates, and only the pairs that start a
    // phrase are visited one by one.
    for (let u = 0; u < 0x80; u++) {
      const k = this.learnStart(u)
      const row = u << 7
      this.asciiStarts.set(ASCII_START_ROWS[(k & START_WORD) | ((k & START_END) !== 0 ? START_PHRASE : 0)]!, row)
      if ((k & START_PHRASE) !== 0) this.fillAsciiRow(u, (k & START_END) === 0)
    }
  }

  /**
   * The pairs of `asciiStarts` and `asciiPairNodes` that start with unit `u`, which starts a phrase (the
   * nodes too when `nodes`: no phrase of `u` alone ends). A method of its own, so that V8's compile of this
   * loop on the stack returns when it ends, into no code that had not yet run (see the constructor).
   */
  private fillAsciiRow(u: number, nodes: boolean): void {
    const row = u << 7
    const first = this.child(0, FOLD[u]!)
    const pairRow = FOLD[u]! << 7
    for (let next = 0; next < 0x80; next++) {
      // `asciiPairs` is exact for two ASCII units: look the child up only where it exists.
      if (this.asciiPairs[pairRow | next] === 0) continue
      this.asciiStarts[row | next]! |= START_PHRASE
      if (nodes) this.asciiPairNodes[row | next] = this.child(first, ASCII_KEY[next]!)
    }
  }

  private addPair(first: number, second: number, kind: number): void {
    this.pairs[pairSlot(first, second)]! |= kind
    if (first >= 0x80) return
    // The ASCII units whose key is `second`: white space for a space, both cases of a letter, else itself.
    if (second === SPACE_KEY) for (const u of ASCII_SPACES) this.asciiPairs[(first << 7) | u]! |= kind
    else if (second < 0x80) {
      this.asciiPairs[(first << 7) | second]! |= kind
      if (second >= 0x61 && second <= 0x7a) this.asciiPairs[(first << 7) | (second - 0x20)]! |= kind
    }
  }

  /** The child of `node` by a lower-cased unit (or `SPACE_KEY`), `NO_NODE` when there is none. */
  private child(node: number, unit: number): number {
    // Most nodes of a phrase trie have one child, or none: no hash for those.
    const only = this.nodes[NODE_STRIDE * node + NODE_ONLY_UNIT]!
    if (only >= 0) return only === unit ? this.nodes[NODE_STRIDE * node + NODE_ONLY_CHILD]! : NO_NODE
    if (only === LEAF) return NO_NODE
    const from = node + 1
    const mask = this.edgeMask
    const edges = this.edges
    for (let h = edgeHash(node, unit) & mask; ; h = (h + 1) & mask) {
      const f = edges[3 * h]!
      if (f === from && edges[3 * h + 1] === unit) return edges[3 * h + 2]!
      if (f === 0) return NO_NODE
    }
  }

  /** The `START_*` flags of a code unit: whether it is a word character and whether a phrase starts with its lower case. */
  private learnStart(u: number): number {
    const word = (classOf(u) & WORD) !== 0 ? START_WORD : 0
    const node = this.child(0, FOLD[u]!)
    let phrase = 0
    if (node !== NO_NODE) {
      const ends = this.nodes[NODE_STRIDE * node + NODE_ENDS]!
      phrase = START_PHRASE
      if (ends !== 0) phrase |= ends === this.nodes[NODE_STRIDE * node + NODE_BOUNDED] ? START_END | START_BOUNDED_END : START_END
    }
    const k = START_KNOWN | word | phrase
    this.starts[u] = k
    return k
  }

  /**
   * Whether a phrase may start at `s[i]`: one starts with its unit, and either is that one unit (ending
   * there, at a word boundary when it needs one) or is longer (see `mayGoOn`). A few table reads, where
   * a walk would hash its way from the root (a line starting `The` is no control `t`, nor `the`).
   */
  private mayStartAt(s: string, i: number): boolean {
    if (i >= s.length) return false
    const u = s.charCodeAt(i)
    let k = this.starts[u]!
    if (k === 0) k = this.learnStart(u)
    if ((k & START_PHRASE) === 0) return false
    if ((k & START_END) !== 0 && ((k & START_BOUNDED_END) === 0 || !wordAt(s, i + 1))) return true
    return this.mayGoOn(s, i, FOLD[u]!)
  }

  /**
   * Whether a phrase of two keys or more may start at `s[i]`, whose key is `first`: one starts with its
   * first two keys, and when every such phrase goes on (and the second is no space), with its first three.
   * Bitmap reads only: most starts that share a word's first letters with a phrase fail here.
   */
  private mayGoOn(s: string, i: number, first: number): boolean {
    if (i + 1 >= s.length) return false
    const next = s.charCodeAt(i + 1)
    const ascii = (first | next) < 0x80
    const second = ascii ? ASCII_KEY[next]! : keyAt(s, i + 1)
    const pair = ascii ? this.asciiPairs[(first << 7) | next]! : this.pairs[pairSlot(first, second)]!
    if (pair !== PAIR_LONGER || second === SPACE_KEY) return pair !== 0
    return i + 2 < s.length && this.triples[tripleSlot(first, second, keyAt(s, i + 2))] !== 0
  }

  /**
   * Phrases right after the leading bullets, and those that are the whole block (trailing punctuation allowed).
   *
   * @param s the text (read case-insensitively)
   * @param lead index of the first character after the leading bullets
   * @returns the prefix mask; the whole-block mask is left in `wholeMask`
   */
  anchored(s: string, lead: number): number {
    let prefix = 0
    let whole = 0
    const found = this.mayStartAt(s, lead) ? this.walk(s, lead) : 0
    for (let k = 0; k < found; k++) {
      const mask = this.foundMasks[k]!
      prefix |= mask
      let rest = this.foundEnds[k]!
      while (rest < s.length && (CLASS[s.charCodeAt(rest)]! & TRAIL) !== 0) rest++
      if (rest === s.length) whole |= mask
    }
    this.wholeMask = whole
    return prefix
  }

  /** The whole-block mask of the last `anchored` call. */
  wholeMask = 0
  /** The suffix mask of the last `anywhere` call. */
  suffixMask = 0

  /**
   * Phrases anywhere in the block, and those that end it.
   *
   * @param s the text (read case-insensitively)
   * @returns the contains mask; the suffix mask is left in `suffixMask`
   */
  anywhere(s: string): number {
    if (!this.asciiReady) this.fillAsciiStarts()
    const len = s.length
    let contains = 0
    let suffix = 0
    const starts = this.starts
    const asciiStarts = this.asciiStarts
    let prev = 0
    let next = 0
    for (let start = 0; start < len; start++) {
      // A phrase in a spaced script starts a word; Han and punctuation may start anywhere. One table
      // read per unit answers both, with one branch: most units are inside a word or start no phrase.
      const u = s.charCodeAt(start)
      let node: number
      let i: number
      if (start + 1 < len && ((next = s.charCodeAt(start + 1)) | u) < 0x80) {
        // ASCII with a unit after it (most of a page): the test of the first two keys is in the same
        // read, and the walk starts after them.
        const k = asciiStarts[(u << 7) | next]!
        const candidate = k & ~((prev & k) << 1) & START_PHRASE
        prev = k
        if (candidate === 0) {
          // Two word units: the second is inside the word, no start; skip it (a skip without a branch).
          start += (k & START_BOTH_WORDS) >> 3
          continue
        }
        node = this.asciiPairNodes[(u << 7) | next]!
        if (node === NO_NODE) {
          // A phrase of the one unit ends at its node: walk from the root.
          node = this.child(0, FOLD[u]!)
          i = start + 1
        } else {
          i = start + 2
          if (ASCII_KEY[next] === SPACE_KEY) i = pastSpaces(s, i, len)
        }
      } else {
        let k = starts[u]!
        if (k === 0) k = this.learnStart(u)
        const candidate = k & ~((prev & k) << 1) & START_PHRASE
        prev = k
        if (candidate === 0) continue
        // Most word starts share only their first letter with a phrase: test the first units in small
        // bitmaps before walking, unless a phrase of one unit starts here.
        const first = FOLD[u]!
        if ((k & START_END) === 0 && !this.mayGoOn(s, start, first)) continue
        node = this.child(0, first)
        i = start + 1
      }
      // The walk of `walk()`, inlined: this loop runs over most of the page's short lines.
      for (;;) {
        const ends = this.nodes[NODE_STRIDE * node + NODE_ENDS]!
        if (ends !== 0) {
          const mask = wordAt(s, i) ? ends & ~this.nodes[NODE_STRIDE * node + NODE_BOUNDED]! : ends
          contains |= mask
          if (spaceFrom(s, i)) suffix |= mask
        }
        if (i >= len) break
        const c = s.charCodeAt(i)
        const key = c < 0x80 ? ASCII_KEY[c]! : keyAt(s, i)
        if (key === SPACE_KEY) {
          i = pastSpaces(s, i, len)
        } else i++
        node = this.child(node, key)
        if (node === NO_NODE) break
      }
    }
    this.suffixMask = suffix
    return contains
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
      // Most lines fail on their first token.
      if (!this.mayStartAt(s, pos)) return 0
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
    const len = s.length
    let node = 0
    let i = start
    let found = 0
    // From a pair of ASCII units, the first two steps in one read (see `asciiPairNodes`).
    if (start + 1 < len) {
      const u = s.charCodeAt(start)
      const next = s.charCodeAt(start + 1)
      if ((u | next) < 0x80) {
        if (!this.asciiReady) this.fillAsciiStarts()
        const two = this.asciiPairNodes[(u << 7) | next]!
        if (two !== NO_NODE) {
          node = two
          i = start + 2
          if (ASCII_KEY[next] === SPACE_KEY) i = pastSpaces(s, i, len)
          found = this.recordEnd(s, node, i, found)
        }
      }
    }
    while (i < len) {
      const c = s.charCodeAt(i)
      const key = c < 0x80 ? ASCII_KEY[c]! : keyAt(s, i)
      if (key === SPACE_KEY) {
        i = pastSpaces(s, i, len)
      } else i++
      node = this.child(node, key)
      if (node === NO_NODE) return found
      found = this.recordEnd(s, node, i, found)
    }
    return found
  }

  /**
   * Record in `foundEnds`/`foundMasks` the phrases that end at `node` with the text at `i`, those that
   * respect word boundaries (most nodes end none: the boundary is tested only where one ends).
   *
   * @returns the number of ends recorded so far, with this one
   */
  private recordEnd(s: string, node: number, i: number, found: number): number {
    const ends = this.nodes[NODE_STRIDE * node + NODE_ENDS]!
    if (ends === 0) return found
    const mask = wordAt(s, i) ? ends & ~this.nodes[NODE_STRIDE * node + NODE_BOUNDED]! : ends
    if (mask === 0) return found
    this.foundEnds[found] = i
    this.foundMasks[found] = mask
    return found + 1
  }
}

/** A trie's packed tables: see `PhraseTrie.nodes`, `edges` and `edgeMask`. */
export interface PackedTrie {
  readonly nodes: Int32Array
  readonly edges: Int32Array
  readonly edgeMask: number
}

/**
 * Pack a trie given per node (the root is node 0) its parent and the unit of the edge from it, and the
 * category bits of the phrases that end there (`open`) or end there in a word character (`bounded`): a
 * record per node, and the edges of branching nodes in a hash (a smaller table, fewer cache lines).
 * Exported for tests.
 *
 * Each loop is a function of its own that returns when the loop ends: the first trie is large enough for
 * V8 to compile a loop on the stack (OSR), and that code, kept for every later trie, would leave the loop
 * into code that had not yet run (no type feedback) and deoptimise at each trie built. Plain arrays read by
 * index, not the `Map` of edges: the iterator's loads were such code too.
 *
 * @param parents per node but the root, its parent node
 * @param units per node but the root, the trie key of the edge from its parent
 * @param open per node, the category bits of the phrases that end there
 * @param bounded per node, the category bits of the phrases that end there in a word character
 * @returns the node records and the edge hash
 */
export function packTrie(parents: readonly number[], units: readonly number[], open: readonly number[], bounded: readonly number[]): PackedTrie {
  const nodes = new Int32Array(NODE_STRIDE * open.length)
  const children = new Int32Array(open.length)
  linkNodes(nodes, children, parents, units)
  markNodes(nodes, children, open, bounded)
  const count = branchEdges(children, parents)
  let size = 16
  while (size < 2 * count) size *= 2
  const edges = new Int32Array(3 * size)
  hashEdges(edges, size - 1, children, parents, units)
  return { nodes, edges, edgeMask: size - 1 }
}

/** Record in `nodes` each node's last child (its only one when it has one), counting them in `children`. */
function linkNodes(nodes: Int32Array, children: Int32Array, parents: readonly number[], units: readonly number[]): void {
  for (let child = 1; child < parents.length; child++) {
    const node = parents[child]!
    children[node]!++
    nodes[NODE_STRIDE * node + NODE_ONLY_UNIT] = units[child]!
    nodes[NODE_STRIDE * node + NODE_ONLY_CHILD] = child
  }
}

/** Fill in the ends of each node in `nodes` from the category bits `open` and `bounded`, and mark leaves and branching nodes. */
function markNodes(nodes: Int32Array, children: Int32Array, open: readonly number[], bounded: readonly number[]): void {
  for (let node = 0; node < open.length; node++) {
    const at = NODE_STRIDE * node
    nodes[at + NODE_ENDS] = open[node]! | bounded[node]!
    nodes[at + NODE_BOUNDED] = bounded[node]! & ~open[node]!
    if (children[node] !== 1) nodes[at + NODE_ONLY_UNIT] = children[node] === 0 ? LEAF : BRANCH
  }
}

/** How many edges leave a node with more than one child (`children` per node). */
function branchEdges(children: Int32Array, parents: readonly number[]): number {
  let count = 0
  for (let child = 1; child < parents.length; child++) if (children[parents[child]!]! > 1) count++
  return count
}

/** Store the edges of the nodes with more than one child in the open-addressing hash `table` (see `PhraseTrie.edges`). */
function hashEdges(table: Int32Array, mask: number, children: Int32Array, parents: readonly number[], units: readonly number[]): void {
  for (let child = 1; child < parents.length; child++) {
    const node = parents[child]!
    if (children[node]! <= 1) continue
    const unit = units[child]!
    let h = edgeHash(node, unit) & mask
    while (table[3 * h] !== 0) h = (h + 1) & mask
    table[3 * h] = node + 1
    table[3 * h + 1] = unit
    table[3 * h + 2] = child
  }
}

/** The index after the run of white space starting at `i` (a phrase's space key stands for the whole run). */
function pastSpaces(s: string, i: number, len: number): number {
  while (i < len && (classOf(s.charCodeAt(i)) & SPACE) !== 0) i++
  return i
}

/** Whether `s` from `i` on is white space only (a phrase ending at `i` ends the text). */
function spaceFrom(s: string, i: number): boolean {
  for (let j = i; j < s.length; j++) if ((classOf(s.charCodeAt(j)) & SPACE) === 0) return false
  return true
}

/** The ASCII white space units (`SPACE_KEY` in a trie). */
const ASCII_SPACES: readonly number[] = Array.from({ length: 0x80 }, (_, u) => u).filter((u) => (classOf(u) & SPACE) !== 0)

/** The trie keys of a trimmed phrase: its lower-cased units, each run of white space one `SPACE_KEY`. */
function phraseKeys(s: string): number[] {
  const keys: number[] = []
  for (let i = 0; i < s.length; i++) {
    const key = (classOf(s.charCodeAt(i)) & SPACE) !== 0 ? SPACE_KEY : lowerAt(s, i)
    if (key !== SPACE_KEY || keys[keys.length - 1] !== SPACE_KEY) keys.push(key)
  }
  return keys
}

const PAIR_SLOTS = 0x1000
/** In `pairs`: a phrase goes on after these two keys. */
const PAIR_LONGER = 1
/** In `pairs`: a phrase is these two keys. */
const PAIR_ENDS = 2

/** The slot of a phrase's first two keys in the pair bitmap. */
function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x2f) ^ b) & (PAIR_SLOTS - 1)
}

/** The slot of a phrase's first three keys in the triple bitmap. */
function tripleSlot(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 0x2f) ^ b, 0x1f) ^ c) & (PAIR_SLOTS - 1)
}

/** The trie key of `s[i]`: its lower case, or `SPACE_KEY` for white space. */
function keyAt(s: string, i: number): number {
  const d = lowerAt(s, i)
  return (classOf(d) & SPACE) !== 0 ? SPACE_KEY : d
}

/** The slot of an edge in the hash (before masking). */
function edgeHash(node: number, unit: number): number {
  return Math.imul(Math.imul(node, 0x10001) ^ unit, 0x9e3779b1) >>> 16
}

/** Category bits per word of a category set: 31, so every bit of either word is a positive number. */
export const WORD_BITS = 31
/** The most categories a matcher answers: two words of `WORD_BITS`, the low and the high one. */
export const MAX_CATEGORIES = 2 * WORD_BITS

/**
 * The word and bit of category `k` in a set of categories held as two integers (see `LexiconMatcher`):
 * `low` bit `k` for the first `WORD_BITS`, `high` bit `k - WORD_BITS` for the rest; the other word is 0.
 *
 * @param k the category's index
 * @returns its bit in each word
 */
export function categoryBit(k: number): { readonly low: number; readonly high: number } {
  if (!Number.isInteger(k) || k < 0 || k >= MAX_CATEGORIES) throw new RangeError(`lexicon matcher: category index ${k} is outside 0..${MAX_CATEGORIES - 1}`)
  return k < WORD_BITS ? { low: 1 << k, high: 0 } : { low: 0, high: 1 << (k - WORD_BITS) }
}

/**
 * One trie and the categories it holds. A trie numbers its categories itself (local bit `j` is
 * `cats[j]`), so its walks keep one integer mask whatever the categories' global indexes: the matcher
 * maps a walk's local mask to the two words once per scan, not per step.
 */
class Scan {
  readonly trie: PhraseTrie
  /** The global index of the category of each local bit. */
  readonly cats: readonly number[]
  /** The categories the scan answers for, as the two words. */
  readonly low: number
  readonly high: number
  /** The local bits of the categories in each mode. */
  readonly prefix: number
  readonly whole: number
  readonly contains: number
  readonly suffix: number
  /** Set by `toWords`: a local mask's categories, as the two words. */
  hitLow = 0
  hitHigh = 0

  constructor(categories: readonly (readonly string[])[], modes: readonly MatchMode[], cats: readonly number[]) {
    this.cats = cats
    this.trie = new PhraseTrie(cats.map((k) => categories[k]!))
    let low = 0
    let high = 0
    const local = [0, 0, 0, 0]
    const MODE_SLOT: Partial<Record<MatchMode, number>> = { prefix: 0, whole: 1, contains: 2, suffix: 3 }
    cats.forEach((k, j) => {
      const bit = categoryBit(k)
      low |= bit.low
      high |= bit.high
      const slot = MODE_SLOT[modes[k]!]
      if (slot !== undefined) local[slot]! |= 1 << j
    })
    this.low = low
    this.high = high
    ;[this.prefix, this.whole, this.contains, this.suffix] = local as [number, number, number, number]
  }

  /** Map the local bits `hits` to the two words, left in `hitLow` and `hitHigh` (no allocation). */
  toWords(hits: number): void {
    let low = 0
    let high = 0
    for (let m = hits; m !== 0; m &= m - 1) {
      const k = this.cats[31 - Math.clz32(m & -m)]!
      if (k < WORD_BITS) low |= 1 << k
      else high |= 1 << (k - WORD_BITS)
    }
    this.hitLow = low
    this.hitHigh = high
  }
}

/** `cats` in scans of at most `WORD_BITS` categories each (one scan when they fit, even none). */
function scansOf(categories: readonly (readonly string[])[], modes: readonly MatchMode[], cats: readonly number[]): Scan[] {
  const out = [new Scan(categories, modes, cats.slice(0, WORD_BITS))]
  for (let at = WORD_BITS; at < cats.length; at += WORD_BITS) out.push(new Scan(categories, modes, cats.slice(at, at + WORD_BITS)))
  return out
}

/**
 * Every category of a lexicon, compiled into one trie per kind of scan: a scan walks only the phrases
 * of the categories it answers for (the one-letter controls `t` and `a` would otherwise start a walk at
 * every word of a paragraph scanned for a cookie banner). Categories read anywhere in a block may have
 * several scans: a block asked about one category is walked by the narrowest scan that covers it,
 * unless a wider scan that covers it already ran on the block.
 *
 * A set of categories is two integers, a low and a high word of `WORD_BITS` each (see `categoryBit`), so
 * up to `MAX_CATEGORIES` categories fit; each trie numbers its own (at most `WORD_BITS`: a mode or scan
 * with more gets a trie per `WORD_BITS` of them), so the walks over the text OR one integer per phrase
 * end, as with a single word.
 */
export class LexiconMatcher {
  /** The `prefix` and `whole` categories' scans (one while they are at most `WORD_BITS`), and the `tokens` ones'. */
  private readonly anchored: Scan[]
  private readonly tokens: Scan[]
  private readonly anywhere: Scan[]
  /**
   * Per anywhere scan, a native test every text it can match passes (see `needleFilter`), or undefined;
   * made once the scan has run `FILTER_AFTER` times (a short input does not pay for making it).
   */
  private readonly anywhereFilters: (RegExp | undefined)[]
  /** Per anywhere scan, how many texts it scanned, until its filter is made. */
  private readonly anywhereRuns: number[]
  /** Per category index, the narrowest anywhere scan covering it, -1 when none does. */
  private readonly scanOf: Int8Array
  private readonly categories: readonly (readonly string[])[]
  /** The categories matched anywhere in a block (`contains`, `suffix`), as the two words. */
  private readonly anywhereLow: number
  private readonly anywhereHigh: number
  // The rules ask about the same block in turn: remember which block it is and what was computed.
  private lastText: string | undefined
  /** The categories answered for `lastText`, and of those the ones it matches, as the two words. */
  private knownLow = 0
  private knownHigh = 0
  private matchedLow = 0
  private matchedHigh = 0
  /** The high word of the last `matchAll` answer (the low word is its return value). */
  highMatched = 0

  /**
   * @param categories phrases per category (`categories[k]` → `categoryBit(k)`), at most `MAX_CATEGORIES`
   * @param modes how each category is matched (`modes[k]` for `categories[k]`)
   * @param scans the anywhere scans (`contains`, `suffix`), each as the indexes of the categories it
   *   covers (other modes are ignored); every such category must be covered by at least one
   * @throws RangeError when there are more categories than fit
   */
  constructor(categories: readonly (readonly string[])[], modes: readonly MatchMode[], scans: readonly (readonly number[])[]) {
    if (categories.length > MAX_CATEGORIES) throw new RangeError(`lexicon matcher: at most ${MAX_CATEGORIES} categories, not ${categories.length}`)
    const indexes = (wanted: (m: MatchMode) => boolean): number[] => categories.map((_, k) => k).filter((k) => wanted(modes[k]!))
    const anywhereMode = (m: MatchMode): boolean => m === 'contains' || m === 'suffix'
    this.anchored = scansOf(categories, modes, indexes((m) => m === 'prefix' || m === 'whole'))
    this.tokens = scansOf(categories, modes, indexes((m) => m === 'tokens'))
    this.anywhere = scans.flatMap((cats) => scansOf(categories, modes, [...new Set(cats)].filter((k) => anywhereMode(modes[k]!))))
    let low = 0
    let high = 0
    for (const k of indexes(anywhereMode)) {
      const bit = categoryBit(k)
      low |= bit.low
      high |= bit.high
    }
    this.anywhereLow = low
    this.anywhereHigh = high
    this.categories = categories
    this.anywhereFilters = this.anywhere.map(() => undefined)
    this.anywhereRuns = this.anywhere.map(() => 0)
    this.scanOf = Int8Array.from(categories, (_, k) => this.narrowest(k))
  }

  /**
   * The categories among `low`/`high` that a block matches, each in its mode, with as few scans as possible
   * (answers are kept for the next questions about the same text).
   *
   * @param text the block's text
   * @param low the categories asked about, low word (see `categoryBit`)
   * @param high the same, high word
   * @returns the subset of `low` that matches; the subset of `high` is left in `highMatched`
   */
  matchAll(text: string, low: number, high: number): number {
    if (text !== this.lastText) {
      this.lastText = text
      this.knownLow = 0
      this.knownHigh = 0
      this.matchedLow = 0
      this.matchedHigh = 0
    }
    const todoLow = low & ~this.knownLow
    const todoHigh = high & ~this.knownHigh
    if ((todoLow | todoHigh) !== 0) this.answer(text, todoLow, todoHigh)
    this.highMatched = this.matchedHigh & high
    return this.matchedLow & low
  }

  /** Run the scans that answer the categories in `todoLow`/`todoHigh` on `text`, recording what they find. */
  private answer(text: string, todoLow: number, todoHigh: number): void {
    let lead = -1
    for (let a = 0; a < this.anchored.length; a++) {
      const anchored = this.anchored[a]!
      if (((todoLow & anchored.low) | (todoHigh & anchored.high)) === 0) continue
      if (lead < 0) {
        lead = 0
        while (lead < text.length && (CLASS[text.charCodeAt(lead)]! & LEAD) !== 0) lead++
      }
      const prefix = anchored.trie.anchored(text, lead)
      this.record(anchored, (prefix & anchored.prefix) | (anchored.trie.wholeMask & anchored.whole))
    }
    for (let t = 0; t < this.tokens.length; t++) {
      const tokens = this.tokens[t]!
      if (((todoLow & tokens.low) | (todoHigh & tokens.high)) !== 0) this.record(tokens, tokens.trie.tokens(text))
    }
    let restLow = todoLow & this.anywhereLow
    let restHigh = todoHigh & this.anywhereHigh
    while ((restLow | restHigh) !== 0) {
      const k = restLow !== 0 ? 31 - Math.clz32(restLow & -restLow) : WORD_BITS + 31 - Math.clz32(restHigh & -restHigh)
      const g = this.scanOf[k]!
      if (g < 0) {
        // Covered by no scan: never matches.
        const bit = categoryBit(k)
        this.knownLow |= bit.low
        this.knownHigh |= bit.high
        this.matchedLow &= ~bit.low
        this.matchedHigh &= ~bit.high
        restLow &= ~bit.low
        restHigh &= ~bit.high
        continue
      }
      const scan = this.anywhere[g]!
      const filter = this.filterOf(g)
      if (filter !== undefined && !filter.test(text)) this.record(scan, 0)
      else {
        const contains = scan.trie.anywhere(text)
        this.record(scan, (contains & scan.contains) | (scan.trie.suffixMask & scan.suffix))
      }
      restLow &= ~scan.low
      restHigh &= ~scan.high
    }
  }

  /** The needle filter of anywhere scan `g`, made on its `FILTER_AFTER`th text. */
  private filterOf(g: number): RegExp | undefined {
    const runs = this.anywhereRuns[g]!
    if (runs <= FILTER_AFTER) {
      this.anywhereRuns[g] = runs + 1
      if (runs === FILTER_AFTER) this.anywhereFilters[g] = needleFilter(this.anywhere[g]!.cats.flatMap((k) => this.categories[k]!))
    }
    return this.anywhereFilters[g]
  }

  /** Mark the categories of `scan` answered, with those of the local bits `hits` matched. */
  private record(scan: Scan, hits: number): void {
    this.knownLow |= scan.low
    this.knownHigh |= scan.high
    if (hits === 0) {
      this.matchedLow &= ~scan.low
      this.matchedHigh &= ~scan.high
      return
    }
    scan.toWords(hits)
    this.matchedLow = (this.matchedLow & ~scan.low) | scan.hitLow
    this.matchedHigh = (this.matchedHigh & ~scan.high) | scan.hitHigh
  }

  /** The narrowest anywhere scan covering category `k`, -1 when none does. */
  private narrowest(k: number): number {
    let best = -1
    for (let g = 0; g < this.anywhere.length; g++) {
      if (!this.anywhere[g]!.cats.includes(k)) continue
      if (best < 0 || this.anywhere[g]!.cats.length < this.anywhere[best]!.cats.length) best = g
    }
    return best
  }
}

/** A scan gets its needle filter after this many texts. */
const FILTER_AFTER = 200
/**
 * A scan gets a needle filter only when this many needles or fewer cover its phrases (a long alternation is
 * slower than the scan). The cookie scan takes twelve: `cookie`, `erez`, `쿠키`, two for the English phrases
 * that name no cookie, Arabic `الارتباط`, Hindi `कुकी`, and five Thai phrases (each one run of letters).
 */
const MAX_NEEDLES = 12
/**
 * A scan with more phrases than this gets no filter (building one compares every phrase's runs with every
 * other's: for the footer scan's hundreds of phrases that would cost more than it saves). The cookie scan,
 * which every paragraph of up to 80 words goes through, lists about 160 phrases in fifteen languages that
 * nearly all contain `cookie`, `erez` (Turkish `çerez`) or `쿠키`: it must stay under this.
 */
export const MAX_FILTERED_PHRASES = 192
const CASED = /\p{Cased}/u
const KELVIN = 0x212a

/**
 * A regex that every text a trie of these phrases matches also matches: a few needles (runs of units
 * that every phrase of them contains, lower-cased), each unit written as the class of every unit that
 * folds to it. Only units whose folding is known are used: ASCII (only `K` KELVIN SIGN folds into it
 * from outside) and units without case (Han, punctuation), which nothing else folds to.
 *
 * @param phrases the phrases of the scan
 * @returns the filter, or undefined when no small set of needles covers every phrase
 */
function needleFilter(phrases: readonly string[]): RegExp | undefined {
  if (phrases.length === 0 || phrases.length > MAX_FILTERED_PHRASES) return undefined
  // The runs of safe keys in each phrase, as strings of lower-cased units.
  const runs = phrases.map((p) => safeRuns(phraseKeys(p.trim())))
  if (runs.some((r) => r.length === 0)) return undefined
  const needles: string[] = []
  let left = runs.map((_, k) => k)
  while (left.length > 0) {
    if (needles.length === MAX_NEEDLES) return undefined
    const needle = bestNeedle(left.map((k) => runs[k]!))
    needles.push(needle)
    left = left.filter((k) => !runs[k]!.some((r) => r.includes(needle)))
  }
  return new RegExp(needles.map(needlePattern).join('|'))
}

/** The runs of a phrase's keys made of units whose folding is known (see `needleFilter`). */
function safeRuns(keys: readonly number[]): string[] {
  const out: string[] = []
  let run = ''
  for (const key of keys) {
    const safe = key !== SPACE_KEY && (key < 0x80 || !CASED.test(String.fromCharCode(key))) && (key < 0xd800 || key > 0xdfff)
    if (safe) run += String.fromCharCode(key)
    else if (run !== '') {
      out.push(run)
      run = ''
    }
  }
  if (run !== '') out.push(run)
  return out
}

/**
 * The run worth testing for: found (as a substring of a run) in many phrases and long (a long needle is
 * rare in prose), scored by phrases × length.
 */
function bestNeedle(phraseRuns: readonly (readonly string[])[]): string {
  let best = ''
  let bestScore = 0
  for (const runs of phraseRuns) {
    for (const run of runs) {
      if (run.length * phraseRuns.length <= bestScore) continue
      let n = 0
      for (const other of phraseRuns) {
        for (const r of other) {
          if (!r.includes(run)) continue
          n++
          break
        }
      }
      if (n * run.length <= bestScore) continue
      best = run
      bestScore = n * run.length
    }
  }
  return best
}

/** A needle as a pattern: each unit as the class of the units that fold to it. */
function needlePattern(needle: string): string {
  let out = ''
  for (let i = 0; i < needle.length; i++) {
    const c = needle.charCodeAt(i)
    if (c >= 0x61 && c <= 0x7a) out += `[${unicodeEscape(c)}${unicodeEscape(c - 0x20)}${c === 0x6b ? unicodeEscape(KELVIN) : ''}]`
    else out += unicodeEscape(c)
  }
  return out
}
