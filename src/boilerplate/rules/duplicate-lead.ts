import { lowerAlone } from '../../core/chars.js'
import { shapeClass } from '../shape.js'
import type { Thresholds } from '../thresholds.js'
import type { BlockView } from '../view.js'

/** The lead is one of the first paragraphs; only these are compared for copies. */
const LEAD_CANDIDATES = 2
/**
 * How many other kept paragraphs may lie between a lead and its word-for-word copy (a photo caption
 * between a standfirst and the first paragraph that repeats it). More, and the copy is inside the
 * article's own run of paragraphs, where a repeat is content: a refrain, an interview's repeated question.
 */
const EXACT_COPY_MAX_BETWEEN = 1
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

function learnFolded(c: number): number {
  const d = lowerAlone(c)
  if (d < 0) return (FOLDED[c] = NOT_ALONE)
  return (FOLDED[c] = (d << 4) | (kindOf(d) << 1) | 1)
}

// The shingles of the blocks compared, in one buffer reused by every call: a block's run is written once
// (see `find`) and read in place. Grown when a page needs more.
let shingleBuf = new Int32Array(1 << 14)
let shingleEnd = 0

/**
 * Where each block's shingles lie in the buffer, kept between the `find` calls of one classification: the
 * classifier looks for copies again after judging the shape again, over mostly the same paragraphs.
 */
export interface ShingleRuns {
  /** Per block index, its run's index in `from`/`to`. */
  readonly runs: Map<number, number>
  readonly from: number[]
  readonly to: number[]
}

/** The runs the buffer holds now (another `ShingleRuns` finds its own gone and starts again). */
let bufferRuns: ShingleRuns | undefined

/** Make room for `more` shingles after `shingleEnd`. */
function reserveShingles(more: number): void {
  if (shingleEnd + more <= shingleBuf.length) return
  let size = shingleBuf.length * 2
  while (size < shingleEnd + more) size *= 2
  const grown = new Int32Array(size)
  grown.set(shingleBuf.subarray(0, shingleEnd))
  shingleBuf = grown
}

/** The shingle of three word hashes. */
function shingleOf(w2: number, w1: number, h: number): number {
  return (Math.imul(Math.imul(w2, MIX) ^ w1, MIX) ^ h) >> 2
}

/**
 * Append the shingles of a text to the buffer: each run of three words (each Han character on its own,
 * other runs of letters and digits), lower-cased and hashed (see `MIX`), in order and with repeats.
 */
function appendShingles(text: string): void {
  const len = text.length
  // Each shingle ends a word, and a word takes at least one unit.
  reserveShingles(len)
  let out = shingleEnd
  // The word hashes, kept two back: a shingle is emitted with each word from the third on.
  let words = 0
  let w1 = 0
  let w2 = 0
  let h = FNV_OFFSET
  let inWord = false
  for (let i = 0; i < len; i++) {
    const u = text.charCodeAt(i)
    // Most units are ASCII letters or digits inside a word: hash them without the table.
    const lower = u | 0x20
    if ((lower >= 0x61 && lower <= 0x7a) || (u >= 0x30 && u <= 0x39)) {
      if (!inWord) {
        h = FNV_OFFSET
        inWord = true
      }
      h = Math.imul(h ^ (u <= 0x39 ? u : lower), FNV_PRIME)
      continue
    }
    let f = FOLDED[u]!
    if (f === 0) f = learnFolded(u)
    if (f === NOT_ALONE) {
      appendShinglesOfLowered(text.toLowerCase())
      return
    }
    const c = f >>> 4
    const k = (f >> 1) & 3
    if (k !== WORD_CHAR && inWord) {
      if (words >= 2) shingleBuf[out++] = shingleOf(w2, w1, h)
      w2 = w1
      w1 = h
      words++
    }
    if (k === SEPARATOR_CHAR) {
      inWord = false
      continue
    }
    if (k === HAN || !inWord) h = FNV_OFFSET
    h = Math.imul(h ^ c, FNV_PRIME)
    if (k === HAN) {
      if (words >= 2) shingleBuf[out++] = shingleOf(w2, w1, h)
      w2 = w1
      w1 = h
      words++
      inWord = false
    } else inWord = true
  }
  if (inWord && words >= 2) shingleBuf[out++] = shingleOf(w2, w1, h)
  shingleEnd = out
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

/** `appendShingles` for a text already lower-cased as a whole. */
function appendShinglesOfLowered(s: string): void {
  const w = wordHashes(s)
  reserveShingles(w.length)
  for (let i = 0; i + 2 < w.length; i++) shingleBuf[shingleEnd++] = shingleOf(w[i]!, w[i + 1]!, w[i + 2]!)
}

// The distinct shingles of the lead being compared, in an open-addressing table whose slots are in use
// when stamped with the lead's number: a lookup is a few typed-array reads, and nothing is cleared
// between leads or pages.
let leadKeys = new Int32Array(1 << 10)
let leadStamp = new Uint32Array(1 << 10)
let leadMask = (1 << 10) - 1
let leadGen = 0
/** Per slot of the lead table, the number of the last count that found it. */
let hitStamp = new Uint32Array(1 << 10)
let hitGen = 0

/** The home slot of a shingle in the lead table. */
function homeSlot(s: number): number {
  return (Math.imul(s, MIX) >>> 12) & leadMask
}

/**
 * Fill the lead table with the shingles in `[from, to)` of the buffer.
 *
 * @returns how many distinct shingles the lead has
 */
function setLead(from: number, to: number): number {
  let size = leadKeys.length
  while (size < 2 * (to - from)) size *= 2
  if (size > leadKeys.length || leadGen === 0xffffffff || hitGen > 0xfffffff0) {
    leadKeys = new Int32Array(size)
    leadStamp = new Uint32Array(size)
    hitStamp = new Uint32Array(size)
    leadMask = size - 1
    leadGen = 0
    hitGen = 0
  }
  const gen = ++leadGen
  let distinct = 0
  for (let k = from; k < to; k++) {
    const s = shingleBuf[k]!
    let h = homeSlot(s)
    while (leadStamp[h] === gen && leadKeys[h] !== s) h = (h + 1) & leadMask
    if (leadStamp[h] === gen) continue
    leadStamp[h] = gen
    leadKeys[h] = s
    distinct++
  }
  return distinct
}

/** How many of the lead's distinct shingles the buffer's `[from, to)` holds that this count has not found yet. */
function countRun(from: number, to: number): number {
  const gen = leadGen
  let found = 0
  for (let k = from; k < to; k++) {
    const s = shingleBuf[k]!
    let h = homeSlot(s)
    while (leadStamp[h] === gen && leadKeys[h] !== s) h = (h + 1) & leadMask
    if (leadStamp[h] !== gen || hitStamp[h] === hitGen) continue
    hitStamp[h] = hitGen
    found++
  }
  return found
}

/** Per block index, the number of the `find` call that judged it a copy (nothing to clear between calls). */
let copyStamp = new Uint32Array(1024)
let copyGen = 0
/** Per block index, the previous paragraph of the same text length, -1 for none. */
let sameLength = new Int32Array(1024)
/** Per block index, its place among the kept paragraphs of the body (0 for the first). */
let paragraphRank = new Int32Array(1024)
/** Per block index of a paragraph's first print, its latest print still kept. */
let latestPrint = new Int32Array(1024)

/**
 * Drops a lead printed twice: a word-for-word copy of one of the first paragraphs just after it (a
 * standfirst repeated as the first paragraph, a slideshow's captions printed again), or a lead (summary)
 * whose wording mostly reappears in a following paragraph, possibly split over two lines. A paragraph
 * repeated further into the article is content (a recipe's steps, a chorus, an interview's question,
 * a table row) and stays. Plain text only, and only paragraphs: a short line repeated is content, and
 * HTML blocks were chosen by their markup.
 */
export const duplicateLead = {
  id: 'boilerplate/duplicate-lead',
  description: 'lead paragraph printed twice',
  /**
   * Find the copies of a lead among the kept plain-text blocks: exact copies in one pass, near copies
   * only for the first paragraphs against the next few, so the cost stays bounded.
   *
   * @param views the blocks' views
   * @param body the indices of the plain-text blocks still kept as body, in order
   * @param th the thresholds (what counts as a paragraph)
   * @param runs the shingles already computed for these views by an earlier call (see `newRuns`)
   * @param leaves which blocks a later stage takes out of the body (a dateline, a foreign paragraph):
   *   not counted between a lead's two prints, as cleaning the body again will not see them
   * @returns indices of the blocks to drop
   */
  find(
    views: readonly BlockView[],
    body: readonly number[],
    th: Thresholds,
    runs: ShingleRuns = duplicateLead.newRuns(),
    leaves?: (i: number) => boolean,
  ): number[] {
    const n = views.length
    if (copyStamp.length < n || copyGen === 0xffffffff) {
      copyStamp = new Uint32Array(Math.max(n, copyStamp.length))
      sameLength = new Int32Array(copyStamp.length)
      paragraphRank = new Int32Array(copyStamp.length)
      latestPrint = new Int32Array(copyStamp.length)
      copyGen = 0
    }
    const gen = ++copyGen
    const isCopy = (i: number): boolean => copyStamp[i] === gen
    let copies = markExactCopies(views, body, th, gen, leaves)
    // Shingles of each paragraph near the top, computed once: a lead is compared with each following
    // paragraph and with each pair of adjacent ones (a paragraph broken over two lines).
    if (bufferRuns !== runs) {
      bufferRuns = runs
      shingleEnd = 0
      runs.runs.clear()
      runs.from.length = 0
      runs.to.length = 0
    }
    const { from: runFrom, to: runTo } = runs
    /** The run of block i's shingles in the buffer, as its index in runFrom/runTo; -1 (empty) for none or a copy. */
    const shinglesOf = (i: number | undefined): number => {
      if (i === undefined || isCopy(i)) return -1
      let r = runs.runs.get(i)
      if (r === undefined) {
        r = runFrom.length
        runFrom.push(shingleEnd)
        appendShingles(views[i]!.text)
        runTo.push(shingleEnd)
        runs.runs.set(i, r)
      }
      return r
    }
    const sizeOf = (r: number): number => (r < 0 ? 0 : runTo[r]! - runFrom[r]!)
    let leads = 0
    for (let k = 0; k < body.length && leads < LEAD_CANDIDATES; k++) {
      const lead = views[body[k]!]!
      if (lead.words < NEAR_COPY_MIN_WORDS || isCopy(body[k]!)) continue
      leads++
      const mine = shinglesOf(body[k]!)
      const repeats = (i: number): boolean => views[i]!.text === lead.text
      const size = setLead(runFrom[mine]!, runTo[mine]!)
      if (size === 0) continue
      // At least NEAR_COPY_SHARE of the lead's distinct shingles must occur in one later paragraph or two adjacent ones.
      const need = NEAR_COPY_SHARE * size
      for (let j = k + 1; j <= k + LEAD_WINDOW && j < body.length; j++) {
        // A word-for-word copy is already dropped: the lead stays and the copy goes. One that stays lies
        // too deep in the article to be the lead printed twice (see `markExactCopies`): it is no near copy either.
        if (isCopy(body[j]!) || repeats(body[j]!)) continue
        const other = shinglesOf(body[j]!)
        const next = body[j + 1] === undefined || repeats(body[j + 1]!) ? -1 : shinglesOf(body[j + 1])
        // The shingles found cannot outnumber those of the two paragraphs together.
        if (sizeOf(other) + sizeOf(next) < need) continue
        hitGen++
        let found = other < 0 ? 0 : countRun(runFrom[other]!, runTo[other]!)
        if (found < need && next >= 0) found += countRun(runFrom[next]!, runTo[next]!)
        if (found >= need) {
          copyStamp[body[k]!] = gen
          copies++
          break
        }
      }
    }
    const out: number[] = []
    if (copies > 0) for (const i of body) if (isCopy(i)) out.push(i)
    return out
  },
  /**
   * An empty record of shingle runs, for the `find` calls over one set of views.
   *
   * @returns runs to pass to each of those calls
   */
  newRuns(): ShingleRuns {
    return { runs: new Map(), from: [], to: [] }
  },
}

/**
 * Stamp the prints of a lead printed twice: a paragraph among `body` that repeats one of the first
 * `LEAD_CANDIDATES` kept paragraphs word for word. With no kept paragraph between the prints (a standfirst,
 * a byline, then the lead again; a caption printed over and over) it is a copy. With one between (a
 * photo caption) it is a copy only when the page prints the text no more: a text printed again and again
 * with paragraphs between is a recurring element (the question put to each guest of an interview).
 * Further apart, a repeat is the article's own text.
 *
 * When the page opens with the copy (no paragraph before the first print or between) and the later print
 * runs into the next paragraph, the earlier print goes: the one against the article's paragraphs stays
 * (dropped, the later one would leave the earlier alone before a gap, for the shape pass to cut).
 * Otherwise the later print goes. Paragraphs a later stage takes out (`leaves`) are passed over, as
 * cleaning the body again will not see them. Texts are compared only with earlier ones of the same length
 * (blocks are normalised before this stage, one space between words, so the text is the key), which
 * spares hashing every paragraph; past the first few paragraphs the pass stops.
 *
 * @returns how many were stamped
 */
function markExactCopies(views: readonly BlockView[], body: readonly number[], th: Thresholds, gen: number, leaves?: (i: number) => boolean): number {
  const lastOfLength = new Map<number, number>()
  const isParagraph = (i: number): boolean => shapeClass(views[i]!, false, th) === 'good'
  const goes = (i: number): boolean => leaves?.(i) === true
  let copies = 0
  // Kept paragraphs so far: a lead and its copy count once, a repeat that stays counts, it is the article's
  // text; one a later stage takes out does not.
  let paragraphs = 0
  for (let k = 0; k < body.length; k++) {
    // Past this many paragraphs no print can be a lead's copy: the rest is the article's.
    if (paragraphs > LEAD_CANDIDATES + EXACT_COPY_MAX_BETWEEN) break
    const i = body[k]!
    const v = views[i]!
    if (!isParagraph(i)) continue
    const len = v.text.length
    const last = lastOfLength.get(len) ?? -1
    // Only the first print of a text is indexed: its place tells whether it is a lead.
    let first = -1
    for (let q = last; q >= 0 && first < 0; q = sameLength[q]!) if (views[q]!.text === v.text) first = q
    // Prints of one text are alike to `leaves`: either both hold a place among the paragraphs or neither.
    const gone = goes(i)
    const rank = first < 0 ? -1 : paragraphRank[first]!
    const between = paragraphs - rank - (gone ? 0 : 1)
    if (first >= 0 && rank < LEAD_CANDIDATES && (between === 0 || (between <= EXACT_COPY_MAX_BETWEEN && !printedAgain(views, body, k)))) {
      const next = body[k + 1]
      const intoArticle = next !== undefined && isParagraph(next) && views[next]!.text !== v.text && !goes(next)
      if (between === 0 && rank === 0 && intoArticle) {
        copyStamp[latestPrint[first]!] = gen
        latestPrint[first] = i
      } else copyStamp[i] = gen
      copies++
      continue
    }
    paragraphRank[i] = paragraphs
    if (!gone) paragraphs++
    if (first < 0) {
      sameLength[i] = last
      lastOfLength.set(len, i)
      latestPrint[i] = i
    }
  }
  return copies
}

/** Whether the text of `body[k]` is printed again after it (a scan run only for a lead's second print). */
function printedAgain(views: readonly BlockView[], body: readonly number[], k: number): boolean {
  const text = views[body[k]!]!.text
  for (let j = k + 1; j < body.length; j++) {
    const t = views[body[j]!]!.text
    if (t.length === text.length && t === text) return true
  }
  return false
}
