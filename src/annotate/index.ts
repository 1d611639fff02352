import { detectLanguage } from '../lang/detect.js'
import type { Block, Context, Doc } from '../types.js'
import { withFeatures } from '../core/block.js'
import { computeFeatures } from './features.js'

export { computeFeatures }

/** Enough text to tell a language reliably; the longest blocks are read first, they are the likeliest body. */
const LANGUAGE_SAMPLE_CHARS = 3000

/**
 * The annotate stage: features on every block, and the document's main language (from the option, or
 * detected on its longest blocks).
 *
 * @param doc a normalised document
 * @param ctx the context
 * @returns the document with `features` on each block and `lang` set when known
 */
export function annotate(doc: Doc, ctx: Context): Doc {
  const blocks = doc.blocks.map(featured)
  const lang = documentLanguage(doc, blocks, ctx)
  return lang === undefined ? { ...doc, blocks } : { ...doc, blocks, lang }
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
  return lang === undefined || lang === doc.lang ? doc : { ...doc, lang }
}
annotateLanguage.id = 'annotate-language'

/** The document language: from the option, as already set, or detected on the longest blocks. */
function documentLanguage(doc: Doc, blocks: readonly Block[], ctx: Context): string | undefined {
  return ctx.options.language ?? doc.lang ?? detectLanguage(languageSample(blocks))
}

/** A copy of the block with its features. */
function featured(b: Block): Block {
  return withFeatures(b, computeFeatures(b.text))
}

/**
 * The longest blocks, longest first (in document order among equals), each followed by a newline, until
 * the sample reaches `LANGUAGE_SAMPLE_CHARS`. Only the blocks that can make it are sorted.
 */
export function languageSample(blocks: readonly Block[]): string {
  // The shortest length a block in the sample can have: taking blocks longest first, the sample is full
  // once it holds every block longer than `min`, so shorter blocks are never reached. Lengths are counted
  // up to the sample size; longer blocks share the top count, and the sort below orders them.
  const counts = new Uint32Array(LANGUAGE_SAMPLE_CHARS + 1)
  for (const b of blocks) {
    const i = Math.min(b.text.length, LANGUAGE_SAMPLE_CHARS)
    counts[i] = counts[i]! + 1
  }
  let min = LANGUAGE_SAMPLE_CHARS
  let size = 0
  for (; min > 0; min--) {
    size += (min + 1) * counts[min]!
    if (size >= LANGUAGE_SAMPLE_CHARS) break
  }
  const longest = blocks.filter((b) => b.text.length >= min).sort((a, b) => b.text.length - a.text.length)
  // Joined rather than concatenated: a flat string, not a rope, is what the detector's character loops read fast.
  const parts: string[] = []
  let taken = 0
  for (const b of longest) {
    if (taken >= LANGUAGE_SAMPLE_CHARS) break
    parts.push(b.text, '\n')
    taken += b.text.length + 1
  }
  return parts.join('')
}
