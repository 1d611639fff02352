/**
 * The retext plugin (`textwash/retext`): reports each textwash repair and each foreign-language sentence
 * as a vfile message, so unified users get textwash in their pipeline and editors as a linter.
 *
 * @example
 * import { retext } from 'retext'
 * import retextTextwash from 'textwash/retext'
 * const file = await retext().use(retextTextwash).process('It grew fast。This is new')
 * file.messages[0].ruleId // 'fullwidth-punct', with actual '。' and expected ['. ']
 */
import type { Root, Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import type { Plugin } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { detectLanguage } from '../lang/detect.js'
import { explainRepair } from '../pipeline/clean.js'
import { foreignLanguage } from '../repair/foreign-paragraph.js'
import type { Options as CleanOptions } from '../types.js'

/** Options of the plugin: the textwash options for `repair()`, plus the document language. */
export interface Options extends CleanOptions {
  /** Report sentences in another language than the document's. Default `true`. */
  readonly foreignSentences?: boolean
}

const EMPTY: Readonly<Options> = Object.freeze({})
/** The `source` of every message, so a reporter can group them. */
const SOURCE = 'textwash'

interface Point {
  line: number
  column: number
  offset: number
}

/** Offsets to line/column points, with a line-start table built once per file. */
function locator(text: string): (offset: number) => Point {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1)
  }
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset }
  }
}

/** Show white space in a message, where an inserted space or a joined line break would be invisible. */
function show(s: string): string {
  return s === '' ? 'nothing' : JSON.stringify(s)
}

/**
 * Report what `repair()` would change, and each sentence in another language, as vfile messages with
 * `ruleId` (the textwash rule id without its `repair/` area), `source: 'textwash'`, position, `actual` and
 * `expected`. The tree is not changed: textwash is a linter here; call `repair()` to apply the fixes.
 *
 * @param options textwash options (`glossary`, `cjkSpacing`, `disable`, `language`…) and `foreignSentences`
 * @returns the transformer
 */
const retextTextwash: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  const settings = options ?? EMPTY
  const { foreignSentences = true, ...repairOptions } = settings
  return (tree: Root, file: VFile) => {
    const text = String(file)
    const at = locator(text)
    const { changes } = explainRepair(text, repairOptions)
    for (const c of changes) {
      const rule = c.rule.split('+')[0]!
      const message = file.message(`Replace ${show(c.before)} with ${show(c.after)}`, {
        place: { start: at(c.start), end: at(c.end) },
        ruleId: rule.slice(rule.indexOf('/') + 1),
        source: SOURCE,
      })
      message.actual = c.before
      message.expected = [c.after]
    }
    if (!foreignSentences) return
    const main = settings.language ?? detectLanguage(text)
    if (main === undefined) return
    visit(tree, 'SentenceNode', (node: Sentence) => {
      const base = node.position?.start.offset
      if (base === undefined) return
      // retext-english ends sentences at ASCII marks only; a Chinese sentence ends at 。！？ inside its node.
      const whole = toString(node)
      let from = 0
      for (let i = 0; i <= whole.length; i++) {
        if (i < whole.length && !CJK_END.has(whole[i]!)) continue
        const end = Math.min(i + 1, whole.length)
        report(file, whole.slice(from, end), main, at(base + from), at(base + end))
        from = end
      }
    })
  }
}

/** Sentence-final punctuation of Chinese and Japanese. */
const CJK_END: ReadonlySet<string> = new Set(['。', '！', '？'])

function report(file: VFile, sentence: string, main: string, start: Point, end: Point): void {
  const trimmed = sentence.trim()
  if (trimmed === '') return
  const lang = foreignLanguage(trimmed, main)
  if (lang === undefined) return
  const message = file.message(`Sentence in another language (${lang}) than the document (${main})`, {
    place: { start, end },
    ruleId: 'foreign-sentence',
    source: SOURCE,
  })
  message.actual = sentence
  message.expected = []
}

export default retextTextwash
export { retextTextwash }
