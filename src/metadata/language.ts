import { languageSample } from '../annotate/index.js'
import { detectLanguage } from '../lang/detect.js'
import { mergedLexicon, type MergedLexicon } from '../lexicon/metadata/index.js'
import type { Block, Context, Doc } from '../types.js'
import { mayBeMetadataLine, readMetadataLine, type LineReading } from './line.js'

/** The document with its body language, and the metadata line readings of its body blocks taken on the way. */
export interface BodyLanguage {
  readonly doc: Doc
  /**
   * When set, every body block of `doc` was read with this lexicon (the one of `doc.lang`): its reading
   * is in `readings` (undefined where the line is not wholly metadata).
   */
  readonly lex?: MergedLexicon
  readonly readings?: readonly (LineReading | undefined)[]
}

/**
 * The document with its language read again from the lines the page keeps, unless the language is
 * forced. The annotate stage read it from every line, dropped ones too (a footer, a menu, a repeated
 * lead, a credit line); cleaning the body again reads it from the kept lines only, and a language that
 * flips then reads other metadata words and drops other paragraphs as foreign. So the kept lines decide
 * it now: the lines the classifier kept, without the lines that read as metadata, also when every line
 * together left the language undecided (a menu's words can hide an English page's function words). A page
 * whose every line is kept keeps its language as detected.
 *
 * The body blocks' metadata line readings are handed on, so the stage reads each line once.
 */
export function withBodyLanguage(doc: Doc, ctx: Context): BodyLanguage {
  if (ctx.options.language !== undefined) return { doc }
  const lex = mergedLexicon(doc.lang, ctx.options.lexicon)
  const blocks = doc.blocks
  const readings = new Array<LineReading | undefined>(blocks.length).fill(undefined)
  const kept: Block[] = []
  const keptAt: number[] = []
  // The dropped block the language sample takes first: the longest, the first among equals.
  let droppedAt = -1
  let droppedLength = -1
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    const t = b.text
    if (b.verdict === 'body') {
      const r = mayBeMetadataLine(t, 0, t.length, lex) ? readMetadataLine(t, lex) : undefined
      if (r === undefined) {
        kept.push(b)
        keptAt.push(i)
        continue
      }
      readings[i] = r
    }
    if (t.length > droppedLength) {
      droppedLength = t.length
      droppedAt = i
    }
  }
  const read = { doc, lex, readings }
  if (kept.length === 0 || kept.length === blocks.length) return read
  // Most pages keep the long blocks the language was read from: the same sample, the same language.
  const sample = languageSample(kept)
  if (sameSample(sample, blocks, kept, keptAt, droppedAt)) return read
  const lang = detectLanguage(sample)
  return lang === undefined || lang === doc.lang ? read : { doc: { ...doc, lang } }
}

/**
 * Whether `sample` (the language sample of the kept blocks) is the language sample of all the blocks,
 * mostly without building the latter. A sample takes blocks longest first (the first among equals),
 * each with a line break, until it is full or the blocks run out; so the kept blocks ranked above
 * the first dropped block the sample would take (at `droppedAt`) are taken in both samples alike. When
 * the kept sample is full before them all, the dropped block is never reached: the samples are the
 * same. When it goes past them, the other sample takes the dropped block where this one takes the next
 * kept block: two lines without line breaks that differ make the samples differ from there on. Else
 * (the kept blocks ran out there, or the two lines are alike) both samples are built and compared.
 *
 * @param sample `languageSample(kept)`
 * @param blocks every block
 * @param kept the kept blocks, in document order (not all of `blocks`)
 * @param keptAt the index in `blocks` of each kept block
 * @param droppedAt the index of the longest block not kept (the first among equals)
 * @returns whether `sample === languageSample(blocks)`
 */
export function sameSample(sample: string, blocks: readonly Block[], kept: readonly Block[], keptAt: readonly number[], droppedAt: number): boolean {
  const dropped = blocks[droppedAt]!.text
  const d = dropped.length
  let above = 0
  let next: string | undefined
  for (let k = 0; k < kept.length; k++) {
    const t = kept[k]!.text
    const n = t.length
    if (n > d || (n === d && keptAt[k]! < droppedAt)) above += n + 1
    else if (next === undefined || n > next.length) next = t
  }
  if (sample.length < above) return true
  if (sample.length > above && next !== undefined && next !== dropped && !next.includes('\n') && !dropped.includes('\n')) return false
  return sample === languageSample(blocks)
}
