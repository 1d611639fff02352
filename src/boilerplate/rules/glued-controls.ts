import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'

// Brackets scrapers leave around page controls: `【打印本页】`, `[print]`.
const CLOSERS: Readonly<Record<string, string>> = { '】': '【', ']': '[' }
/** At most this many bracketed controls are cut from one line (`【打印】【关闭】【返回顶部】`). */
const MAX_GLUED_CONTROLS = 6
/** A control label is short; a longer bracket is content (`[the minister said]`). */
const MAX_CONTROL_CHARS = 24

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.trim().length === 0
}

/** Cuts bracketed page controls glued to the end of a body line (`…全文完。【打印本页】【关闭窗口】`). */
export const gluedControls = {
  id: 'boilerplate/glued-controls',
  description: 'bracketed print/close/share controls glued to the end of a body line',
  /**
   * Where the trailing run of bracketed controls starts, with the white space before it.
   *
   * @param text the block's text
   * @param lex the compiled lexicon
   * @returns the offset to cut from, or `text.length` when there is nothing to cut
   */
  cutFrom(text: string, lex: CompiledLexicon): number {
    let cut = text.length
    for (let n = 0; n < MAX_GLUED_CONTROLS; n++) {
      let end = cut
      while (end > 0 && isSpace(text[end - 1])) end--
      const open = CLOSERS[text[end - 1] ?? '']
      if (open === undefined) break
      const from = text.lastIndexOf(open, end - 2)
      if (from < 0 || end - from > MAX_CONTROL_CHARS + 2 || !lex.control.test(text.slice(from + 1, end - 1))) break
      cut = from
    }
    while (cut > 0 && cut < text.length && isSpace(text[cut - 1])) cut--
    return cut
  },
}
