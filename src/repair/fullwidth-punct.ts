import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { isCjk, isEnglishSide, isLatinAlnum } from './chars.js'
import { isSpacedScriptDoc } from './context.js'
import { protectedMask } from './protect.js'

/** Full-width punctuation and its ASCII form. `、` (enumeration comma) has no ASCII twin; English uses `,`. */
const ASCII_OF: Readonly<Record<string, string>> = {
  '。': '.', '，': ',', '、': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')',
}
/** Any of the marks above; a block without one is skipped by a native scan. */
const ANY_MARK = /[。，、：；？！（）]/

/**
 * Closing quotes and brackets that may sit between a word and its punctuation. `）` is among them: after an
 * English word this rule makes it `)`, so the mark after it is judged as it will be on a second run.
 */
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '）'])

/** Whether the character after a mark starts text that English separates from it with a space. */
function needsSpaceAfter(c: number): boolean {
  return isLatinAlnum(c) || isCjk(c) || c === 0x201c || c === 0x28 /* “ ( */
}

/**
 * Turn `。，、：；？！（）` that end or sit inside an English clause into ASCII with the space English needs
 * (`developing rapidly。This` → `developing rapidly. This`). A mark after Chinese text belongs to a Chinese
 * sentence and stays, even when English follows (`工作。We` is unchanged).
 */
export const fullwidthPunct: BlockRule = {
  id: 'repair/fullwidth-punct',
  description: 'Replace full-width punctuation inside English clauses with ASCII punctuation and a following space.',
  trigger: ANY_MARK,
  apply: (block, _ctx, doc) => {
    if (!isSpacedScriptDoc(doc)) return block
    const s = block.text
    const edits: TextEdit[] = []
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i)
      if (code < 0x3001 || (code > 0x3002 && code < 0xff01)) continue
      const ch = s[i]!
      const ascii = ASCII_OF[ch]
      if (ascii === undefined) continue
      if (ch === '（') {
        if (!isEnglishSide(s, i + 1, 1)) continue
        const before = i > 0 && isLatinAlnum(s.charCodeAt(i - 1)) ? ' ' : ''
        edits.push({ from: i, to: i + 1, text: before + ascii, rule: fullwidthPunct.id })
        continue
      }
      // `、` joins items of one list; before Han the list is Chinese (`增强X、坚定Y`), so it stays.
      if (ch === '、' && !(i + 1 < s.length && isLatinAlnum(s.charCodeAt(i + 1)))) continue
      let k = i - 1
      while (k >= 0 && CLOSERS.has(s[k]!)) k--
      if (k < 0 || !isLatinAlnum(s.charCodeAt(k)) || !isEnglishSide(s, k, -1)) continue
      const after = i + 1 < s.length && needsSpaceAfter(s.charCodeAt(i + 1)) ? ' ' : ''
      edits.push({ from: i, to: i + 1, text: ascii + after, rule: fullwidthPunct.id })
    }
    if (edits.length === 0) return block
    // Inside a URL or code-like token the mark is part of it (and a space there would split the token).
    const mask = protectedMask(s)
    return editBlock(block, mask === undefined ? edits : edits.filter((e) => mask[e.from] !== 1))
  },
}
