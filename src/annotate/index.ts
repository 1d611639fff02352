import { detectLanguage } from '../lang/detect.js'
import type { Block, Context, Doc } from '../types.js'
import { withFeatures } from '../core/block.js'
import { isVerbatim } from '../core/scan.js'
import { computeFeatures, featuresAt } from './features.js'

export { computeFeatures }

/** Enough text to tell a language reliably; the longest blocks are read first, they are the likeliest body. */
const LANGUAGE_SAMPLE_CHARS = 3000
/**
 * Blocks per text length (longer blocks counted at `LANGUAGE_SAMPLE_CHARS`), and per run of 2^`SAMPLE_BUCKET_BITS`
 * lengths: all zero between `sampleMinLength` calls.
 */
const SAMPLE_LENGTH_COUNTS = new Uint32Array(LANGUAGE_SAMPLE_CHARS + 1)
const SAMPLE_BUCKET_BITS = 6
const SAMPLE_BUCKET_COUNTS = new Uint32Array((LANGUAGE_SAMPLE_CHARS >> SAMPLE_BUCKET_BITS) + 1)
/** The text length of each block of the document being sampled; grown when a document has more blocks. */
let sampleLengths = new Int32Array(1024)
/** The indexes of the blocks that may make the sample, longest first; grown with `sampleLengths`. */
let sampleOrder = new Int32Array(1024)
/**
 * Up to this many blocks are sorted by insertion, in place: a page has some twenty, and a call to the
 * array sort with its comparator costs more than the sort. More go to the array sort (n log n).
 */
const INSERTION_SORT_MAX = 64

/**
 * The annotate stage: features on every block, and the document's main language (from the option, or
 * detected on its longest blocks).
 *
 * @param doc a normalised document
 * @param ctx the context
 * @returns the document with `features` on each block and `lang` set when known
 */
export function annotate(doc: Doc, ctx: Context): Doc {
  const blocks = doc.blocks.map((b) => featured(doc, b))
  const lang = documentLanguage(doc, blocks, ctx)
  return lang === undefined ? { ...doc, blocks } : withLang(doc, blocks, lang)
}
annotate.id = 'annotate'

/**
 * The document-language half of `annotate`, without block features: the same `doc.lang` (from the option, or
 * detected on the longest blocks), for pipelines whose later stages read no features, like `repair()`'s.
 *
 * @param doc a normalised document
 * @param ctx the context
 * @returns the document with `lang` set when known
 */
export function annotateLanguage(doc: Doc, ctx: Context): Doc {
  const lang = documentLanguage(doc, doc.blocks, ctx)
  return lang === undefined || lang === doc.lang ? doc : withLang(doc, doc.blocks, lang)
}
annotateLanguage.id = 'annotate-language'

/**
 * A copy of a document with its blocks and language: `{ ...doc, blocks, lang }`, its fields in the same
 * order, built by `Object.assign` on an empty object. A spread that then adds a field it did not copy
 * (`lang`, absent before this stage) gives every document a map of its own in V8, so that each later
 * stage's reads of the document miss their inline caches; properties added to an empty object follow
 * one transition path, and documents of the same fields share one map.
 */
function withLang(doc: Doc, blocks: readonly Block[], lang: string): Doc {
  return Object.assign({}, doc, { blocks, lang })
}

/** The document language: from the option, as already set, or detected on the longest blocks. */
function documentLanguage(doc: Doc, blocks: readonly Block[], ctx: Context): string | undefined {
  return ctx.options.language ?? doc.lang ?? detectLanguage(languageSample(blocks))
}

/** A copy of the block with its features, read from the source when its text is its span there. */
function featured(doc: Doc, b: Block): Block {
  return withFeatures(b, isVerbatim(doc, b) ? featuresAt(doc.source, b.start, b.end, b.text) : computeFeatures(b.text))
}

/**
 * The shortest length a block in the language sample can have, given the text lengths of a document's
 * blocks in `sampleLengths` (the first `n`): taking blocks longest first, the sample is full once it holds
 * every block longer than this, so shorter blocks are never reached. Lengths are counted up to the sample
 * size (longer blocks share the top count); the counts are walked down from the top, skipping each run of
 * 2^`SAMPLE_BUCKET_BITS` lengths where none occurs.
 */
function sampleMinLength(n: number): number {
  const lengths = sampleLengths
  const counts = SAMPLE_LENGTH_COUNTS
  const buckets = SAMPLE_BUCKET_COUNTS
  for (let b = 0; b < n; b++) {
    const i = Math.min(lengths[b]!, LANGUAGE_SAMPLE_CHARS)
    counts[i] = counts[i]! + 1
    buckets[i >> SAMPLE_BUCKET_BITS] = buckets[i >> SAMPLE_BUCKET_BITS]! + 1
  }
  let min = 0
  let size = 0
  for (let bucket = LANGUAGE_SAMPLE_CHARS >> SAMPLE_BUCKET_BITS; bucket >= 0 && min === 0; bucket--) {
    if (buckets[bucket] === 0) continue
    const low = Math.max(bucket << SAMPLE_BUCKET_BITS, 1)
    for (let m = Math.min(((bucket + 1) << SAMPLE_BUCKET_BITS) - 1, LANGUAGE_SAMPLE_CHARS); m >= low; m--) {
      size += (m + 1) * counts[m]!
      if (size >= LANGUAGE_SAMPLE_CHARS) {
        min = m
        break
      }
    }
  }
  // Cleared for the next call: cheaper than new arrays per document.
  counts.fill(0)
  buckets.fill(0)
  return min
}

/**
 * The longest blocks, longest first (in document order among equals), each followed by a newline, until
 * the sample reaches `LANGUAGE_SAMPLE_CHARS`. Only the blocks that can make it are sorted.
 */
export function languageSample(blocks: readonly Block[]): string {
  const n = blocks.length
  if (sampleLengths.length < n) {
    sampleLengths = new Int32Array(Math.max(n, 2 * sampleLengths.length))
    sampleOrder = new Int32Array(sampleLengths.length)
  }
  const lengths = sampleLengths
  for (let b = 0; b < n; b++) lengths[b] = blocks[b]!.text.length
  const min = sampleMinLength(n)
  // Block indexes in document order, then sorted stably: longest first, in document order among equals.
  const longest = sampleOrder
  let count = 0
  for (let b = 0; b < n; b++) if (lengths[b]! >= min) longest[count++] = b
  sortLongestFirst(longest, count, lengths)
  const parts: string[] = []
  let taken = 0
  // Indexed, not for-of: leaving a for-of early closes its iterator, a path rare enough to deoptimize on.
  for (let k = 0; k < count && taken < LANGUAGE_SAMPLE_CHARS; k++) {
    const b = longest[k]!
    parts.push(blocks[b]!.text, '\n')
    taken += lengths[b]! + 1
  }
  // Joined rather than concatenated: a flat string, not a rope, is what the detector's character loops read fast.
  return parts.join('')
}

/**
 * Sort the first `count` block indexes of `order` (in document order) by their `lengths`, longest first,
 * stably: by insertion for a few, else with the array sort.
 */
function sortLongestFirst(order: Int32Array, count: number, lengths: Int32Array): void {
  if (count > INSERTION_SORT_MAX) {
    const sorted = Array.from(order.subarray(0, count)).sort((a, b) => lengths[b]! - lengths[a]!)
    order.set(sorted)
    return
  }
  for (let k = 1; k < count; k++) {
    const b = order[k]!
    const length = lengths[b]!
    // Past the strictly shorter ones only: equal lengths keep their document order.
    let j = k
    for (; j > 0 && lengths[order[j - 1]!]! < length; j--) order[j] = order[j - 1]!
    order[j] = b
  }
}
