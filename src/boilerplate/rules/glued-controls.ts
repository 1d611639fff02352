import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'

// Brackets scrapers leave around page controls: `【打印本页】`, `[print]`.
const CLOSERS: Readonly<Record<string, string>> = { '】': '【', ']': '[' }
const CLOSE_CJK = 0x3011
const CLOSE_ASCII = 0x5d
/** At most this many bracketed controls are cut from one line (`【打印】【关闭】【返回顶部】`). */
const MAX_GLUED_CONTROLS = 6
/** A control label is short; a longer bracket is content (`[the minister said]`). */
const MAX_CONTROL_CHARS = 24

// Per code unit: 0 not yet seen, 1 white space (what `trim` removes), 2 anything else.
const SPACE_KIND = new Uint8Array(0x10000)

/** Whether `text[i]` is white space; false outside the string. */
function isSpaceAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false
  const c = text.charCodeAt(i)
  let k = SPACE_KIND[c]!
  if (k === 0) SPACE_KIND[c] = k = String.fromCharCode(c).trim().length === 0 ? 1 : 2
  return k === 1
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
    // An empty line has nothing to cut; reading its unit at -1 would give NaN and send every later
    // call of this function down V8's slow out-of-range path.
    if (text.length === 0) return 0
    // Most lines end in neither a bracket nor white space: nothing to cut.
    const last = text.charCodeAt(text.length - 1)
    if (last !== CLOSE_CJK && last !== CLOSE_ASCII && !isSpaceAt(text, text.length - 1)) return text.length
    let cut = text.length
    for (let n = 0; n < MAX_GLUED_CONTROLS; n++) {
      let end = cut
      while (end > 0 && isSpaceAt(text, end - 1)) end--
      const open = CLOSERS[text[end - 1] ?? '']
      if (open === undefined) break
      const from = text.lastIndexOf(open, end - 2)
      if (from < 0 || end - from > MAX_CONTROL_CHARS + 2 || !lex.control.test(text.slice(from + 1, end - 1))) break
      cut = from
    }
    while (cut > 0 && cut < text.length && isSpaceAt(text, cut - 1)) cut--
    return cut
  },
}
