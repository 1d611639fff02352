/**
 * A phrase trie that matches every category of a lexicon in one walk over a block, instead of one regular
 * expression per category: pages are mostly short lines, and a dozen case-insensitive Unicode regexes per
 * line cost more than the whole rest of the pipeline. Matching is case-insensitive (both sides lower-cased),
 * any run of white space matches one space, and phrases in spaced scripts stop at word boundaries.
 */

/** How a category is matched: at the start, at the end, anywhere, as the whole block, or as a run of tokens. */
export type MatchMode = 'prefix' | 'suffix' | 'contains' | 'whole' | 'tokens'

interface TrieNode {
  readonly next: Map<string, TrieNode>
  /** Bit per category whose phrase ends here and needs a word boundary after it. */
  boundedEnds: number
  /** Bit per category whose phrase ends here and needs none (it ends in Han or punctuation). */
  openEnds: number
}

// Latin, Vietnamese and other spaced scripts need word boundaries; Han phrases sit inside running text.
const SPACED_WORD_CHAR = /[\p{L}\p{N}]/u
const HAN_CHAR = /\p{Script=Han}/u
const SPACE_CHAR = /\s/u
// Bullets or markers before a label and punctuation after a heading: `· Related:`, `Read more »`.
const LEAD_CHARS = new Set([...' \t\u00a0\u3000·•*#>»›|-–—'])
const TRAIL_CHARS = new Set([...' \t\u00a0\u3000:：.。!！…>»›|-–—'])
// Separators between page controls: spaces, brackets, bars, bullets, colons (`【print】 【close】`, `字号：大 中 小`).
const TOKEN_SEPARATORS = new Set([...' \t\u00a0\u3000【】[]()（）|｜/·•:：,，、;；-–—<>«»"\'“”'])

function isSpacedWord(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  // ASCII fast path: the regexes below are the slow part of a scan.
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  return SPACED_WORD_CHAR.test(ch) && !HAN_CHAR.test(ch)
}

/** `isSpacedWord` of `s[i]`, false outside the string (reading past the end deoptimises the hot loop). */
function spacedWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isSpacedWord(s[i])
}

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return SPACE_CHAR.test(ch)
}

function newNode(): TrieNode {
  return { next: new Map(), boundedEnds: 0, openEnds: 0 }
}

/** A compiled set of phrase categories. */
export class PhraseTrie {
  private readonly root = newNode()
  // First characters of phrases as a code-unit bitmap, so most positions are rejected without a Map lookup.
  private readonly firstCodes = new Uint8Array(0x10000)
  // The rules ask about the same block in turn: remember its lower-cased text and what was computed.
  private lastText: string | undefined
  private lower = ''
  private lead = 0
  private anchored: [number, number] | undefined
  private anywhere: [number, number] | undefined
  private tokenMask: number | undefined

  /**
   * @param categories phrases per category bit (`categories[k]` → bit `1 << k`)
   */
  constructor(categories: readonly (readonly string[])[]) {
    categories.forEach((phrases, k) => {
      for (const p of phrases) this.add(p, 1 << k)
    })
  }

  /**
   * The categories a block matches in one mode, as a bit mask. Each mode is computed at most once per block.
   *
   * @param text the block's text
   * @param mode `prefix`, `whole`, `contains`, `suffix` or `tokens`
   * @returns a bit per matched category
   */
  match(text: string, mode: MatchMode): number {
    if (text !== this.lastText) {
      this.lastText = text
      this.lower = text.toLowerCase()
      let lead = 0
      while (lead < this.lower.length && LEAD_CHARS.has(this.lower[lead]!)) lead++
      this.lead = lead
      this.anchored = undefined
      this.anywhere = undefined
      this.tokenMask = undefined
    }
    switch (mode) {
      case 'prefix':
        return (this.anchored ??= this.scanAnchored())[0]
      case 'whole':
        return (this.anchored ??= this.scanAnchored())[1]
      case 'contains':
        return (this.anywhere ??= this.scanAnywhere())[0]
      case 'suffix':
        return (this.anywhere ??= this.scanAnywhere())[1]
      case 'tokens':
        return (this.tokenMask ??= this.tokens(this.lower))
    }
  }

  private add(phrase: string, bit: number): void {
    const chars = [...phrase.toLowerCase().trim()]
    if (chars.length === 0) return
    let node = this.root
    let prevSpace = false
    for (const ch of chars) {
      const key = isSpace(ch) ? ' ' : ch
      if (key === ' ' && prevSpace) continue
      prevSpace = key === ' '
      if (node === this.root) this.firstCodes[key.charCodeAt(0)] = 1
      let child = node.next.get(key)
      if (child === undefined) {
        child = newNode()
        node.next.set(key, child)
      }
      node = child
    }
    if (isSpacedWord(chars[chars.length - 1])) node.boundedEnds |= bit
    else node.openEnds |= bit
  }

  /** `[prefix, whole]` masks: phrases right after the leading bullets, and those that are the whole block. */
  private scanAnchored(): [number, number] {
    const s = this.lower
    let prefix = 0
    let whole = 0
    this.walk(s, this.lead, (mask, end) => {
      prefix |= mask
      if (restIs(s, end, TRAIL_CHARS)) whole |= mask
    })
    return [prefix, whole]
  }

  /** `[contains, suffix]` masks: phrases anywhere, and those that end the block. */
  private scanAnywhere(): [number, number] {
    const s = this.lower
    let contains = 0
    let suffix = 0
    let lastNonSpace = s.length - 1
    while (lastNonSpace >= 0 && isSpace(s[lastNonSpace]!)) lastNonSpace--
    for (let start = 0; start < s.length; start++) {
      if (this.firstCodes[s.charCodeAt(start)] === 0) continue
      // A phrase in a spaced script starts a word; Han and punctuation may start anywhere.
      if (spacedWordAt(s, start) && spacedWordAt(s, start - 1)) continue
      // The walk of `walk()`, inlined: this loop runs over most of the page's short lines.
      let node: TrieNode | undefined = this.root
      let i = start
      while (node !== undefined && i < s.length) {
        const ch = s[i]!
        if (isSpace(ch)) {
          while (i < s.length && isSpace(s[i]!)) i++
          node = node.next.get(' ')
        } else {
          node = node.next.get(ch)
          i++
        }
        if (node === undefined || (node.openEnds | node.boundedEnds) === 0) continue
        const mask = node.openEnds | (spacedWordAt(s, i) ? 0 : node.boundedEnds)
        contains |= mask
        if (i > lastNonSpace) suffix |= mask
      }
    }
    return [contains, suffix]
  }

  /** Walk the trie from `start`, calling `found` with each phrase end that respects word boundaries. */
  private walk(s: string, start: number, found: (mask: number, end: number) => void): void {
    let node: TrieNode | undefined = this.root
    let i = start
    while (node !== undefined && i < s.length) {
      const ch = s[i]!
      if (isSpace(ch)) {
        while (i < s.length && isSpace(s[i]!)) i++
        node = node.next.get(' ')
      } else {
        node = node.next.get(ch)
        i++
      }
      if (node === undefined) return
      // Most nodes end no phrase: test the boundary only where one ends.
      if ((node.openEnds | node.boundedEnds) === 0) continue
      const mask = node.openEnds | (spacedWordAt(s, i) ? 0 : node.boundedEnds)
      if (mask !== 0) found(mask, i)
    }
  }

  /** Categories the whole block is made of: phrases (longest first) between separators, left to right. */
  private tokens(s: string): number {
    let common = -1
    let pos = 0
    let any = false
    while (pos < s.length) {
      if (TOKEN_SEPARATORS.has(s[pos]!)) {
        pos++
        continue
      }
      let bestEnd = -1
      let bestMask = 0
      this.walk(s, pos, (mask, end) => {
        if ((mask & common) !== 0 && end > bestEnd) {
          bestEnd = end
          bestMask = mask & common
        }
      })
      if (bestEnd < 0) return 0
      common = bestMask
      pos = bestEnd
      any = true
    }
    return any ? common : 0
  }
}

function restIs(s: string, from: number, allowed: ReadonlySet<string>): boolean {
  for (let i = from; i < s.length; i++) if (!allowed.has(s[i]!)) return false
  return true
}
