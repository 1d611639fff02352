import { languageSample } from '../annotate/index.js'
import { detectLanguage } from '../lang/detect.js'
import { CJK_LANGS } from '../repair/chars.js'
import type { Block, Doc } from '../types.js'

/**
 * The lines the body language is read from, gathered while the metadata stage scans the blocks: the
 * kept blocks (body blocks that do not read as metadata lines), and the dropped block the language
 * sample takes first (the longest; the first among equals).
 */
export class KeptLines {
  readonly kept: Block[] = []
  /** The index of each kept block. */
  readonly keptAt: number[] = []
  /** The index of the first longest dropped block; -1 while none is dropped. */
  droppedAt = -1
  private droppedLength = -1

  /** Note block `i`, kept or dropped, in document order. */
  add(b: Block, i: number, keep: boolean): void {
    if (keep) {
      this.kept.push(b)
      this.keptAt.push(i)
    } else if (b.text.length > this.droppedLength) {
      this.droppedLength = b.text.length
      this.droppedAt = i
    }
  }

  /** The same lines with the blocks `drop` tells (by index, as noted) dropped too; this one when none of them is kept. */
  without(drop: (i: number) => boolean, blocks: readonly Block[]): KeptLines {
    if (!this.keptAt.some(drop)) return this
    const lines = new KeptLines()
    let k = 0
    for (let i = 0; i < blocks.length; i++) {
      const keep = this.keptAt[k] === i
      if (keep) k++
      lines.add(blocks[i]!, i, keep && !drop(i))
    }
    return lines
  }
}

/**
 * The language the kept lines read as, when it is another than the document's (else undefined). The
 * annotate stage read the language from every line, dropped ones too (a footer, a menu, a repeated lead,
 * a credit line); cleaning the body again reads it from the kept lines only, and a language that flips
 * then reads other metadata words and drops other paragraphs as foreign. So the kept lines decide it
 * now: the lines the classifier kept, without the lines that read as metadata, also when every line
 * together left the language undecided (a menu's words can hide an English page's function words). A
 * page whose every line is kept keeps its language as detected. (The caller skips this when the
 * language is forced.) Kept lines that leave the language undecided (a short line) keep the page's
 * language, unless it is Chinese, Japanese or Korean: then they leave it undecided, as cleaning the body
 * again does, since the repairs of spaced scripts (a space after `。` before Latin words) run only then.
 *
 * @param doc the document
 * @param lines its kept lines, every block noted
 * @returns the new language, null when the kept lines leave it undecided on a page read as a CJK
 *   language, or undefined when the document keeps its own
 */
export function bodyLanguage(doc: Doc, lines: KeptLines): string | null | undefined {
  const { kept, keptAt, droppedAt } = lines
  if (kept.length === 0 || droppedAt < 0) return undefined
  // Most pages keep the long blocks the language was read from: the same sample, the same language.
  const sample = languageSample(kept)
  if (sameSample(sample, doc.blocks, kept, keptAt, droppedAt)) return undefined
  const lang = detectLanguage(sample)
  if (lang === undefined) return doc.lang !== undefined && CJK_LANGS.has(doc.lang) ? null : undefined
  return lang === doc.lang ? undefined : lang
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
