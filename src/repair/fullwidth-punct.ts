import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { isCjkLetter, isEnglishSide, isLatinAlnum } from './chars.js'
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

/** Whether `c` opens a bracket, full-width or ASCII: `（` or `(`. */
function isOpener(c: number): boolean {
  return c === 0xff08 || c === 0x28
}

/** Whether `c` closes a bracket, full-width or ASCII: `）` or `)`. */
function isCloser(c: number): boolean {
  return c === 0xff09 || c === 0x29
}

/**
 * The partner of each round bracket in `s`, either width (`（…)` is a pair): `partner[i]` is the index of the
 * bracket matching the one at `i`, or -1 for an unmatched bracket and any other character. Nested pairs
 * match inside out; a closer with no opener before it is unmatched. Undefined when `s` has no pair.
 */
function bracketPartners(s: string): Int32Array | undefined {
  let partner: Int32Array | undefined
  const open: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isOpener(c)) open.push(i)
    else if (isCloser(c) && open.length > 0) {
      const o = open.pop()!
      partner ??= new Int32Array(s.length).fill(-1)
      partner[o] = i
      partner[i] = o
    }
  }
  return partner
}

/** Whether the text after an opening bracket at `i` is an English clause: the bracket becomes `(`. */
function englishAfterOpener(s: string, i: number): boolean {
  return isEnglishSide(s, i + 1, 1)
}

/**
 * Whether the text before a mark at `i` ends an English clause: the last character before it, past closing
 * quotes and brackets, is a Latin letter or digit, with an English clause before it.
 */
function englishBefore(s: string, i: number): boolean {
  let k = i - 1
  while (k >= 0 && CLOSERS.has(s[k]!)) k--
  return k >= 0 && isLatinAlnum(s.charCodeAt(k)) && isEnglishSide(s, k, -1)
}

/**
 * Whether a bracket pair `open`…`close` (either width) stands in English: the text after its opener or the
 * text before its closer is an English clause. Both halves come out in one width: ASCII when this holds.
 */
function englishPair(s: string, open: number, close: number): boolean {
  return englishAfterOpener(s, open) || englishBefore(s, close)
}

/**
 * Whether the character after a mark starts text that English separates from it with a space: a word, a
 * Han, kana or Hangul letter, an opening quote or bracket; not a full-width mark (`(meeting)、`, not `) 、`).
 */
function needsSpaceAfter(c: number): boolean {
  return isLatinAlnum(c) || isCjkLetter(c) || c === 0x201c || c === 0x28 /* “ ( */
}

/**
 * Turn `。，、：；？！（）` that end or sit inside an English clause into ASCII with the space English needs
 * (`developing rapidly。This` → `developing rapidly. This`). A mark after Chinese text belongs to a Chinese
 * sentence and stays, even when English follows (`工作。We` is unchanged). Round brackets are judged as pairs,
 * whatever the width of each half: a pair in English comes out ASCII on both sides (`(meeting）` →
 * `(meeting)`), a pair in Chinese keeps its full-width halves (`（大意）`).
 */
export const fullwidthPunct: BlockRule = {
  id: 'repair/fullwidth-punct',
  description: 'Replace full-width punctuation inside English clauses with ASCII punctuation and a following space.',
  trigger: ANY_MARK,
  apply: (block, _ctx, doc) => {
    if (!isSpacedScriptDoc(doc)) return block
    const s = block.text
    const edits: TextEdit[] = []
    // Looked up at the first full-width bracket: most blocks have none.
    let partner: Int32Array | undefined | null = null
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i)
      if (code < 0x3001 || (code > 0x3002 && code < 0xff01)) continue
      const ch = s[i]!
      const ascii = ASCII_OF[ch]
      if (ascii === undefined) continue
      if (ch === '（' || ch === '）') {
        if (partner === null) partner = bracketPartners(s)
        const p = partner === undefined ? -1 : partner[i]!
        const english = p < 0 ? (ch === '（' ? englishAfterOpener(s, i) : englishBefore(s, i)) : ch === '（' ? englishPair(s, i, p) : englishPair(s, p, i)
        if (!english) continue
        if (ch === '（') {
          const before = i > 0 && isLatinAlnum(s.charCodeAt(i - 1)) ? ' ' : ''
          edits.push({ from: i, to: i + 1, text: before + ascii, rule: fullwidthPunct.id })
          continue
        }
      } else {
        // `、` joins items of one list; before Han the list is Chinese (`增强X、坚定Y`), so it stays.
        if (ch === '、' && !(i + 1 < s.length && isLatinAlnum(s.charCodeAt(i + 1)))) continue
        if (!englishBefore(s, i)) continue
      }
      const after = i + 1 < s.length && needsSpaceAfter(s.charCodeAt(i + 1)) ? ' ' : ''
      edits.push({ from: i, to: i + 1, text: ascii + after, rule: fullwidthPunct.id })
    }
    if (edits.length === 0) return block
    // Inside a URL or code-like token the mark is part of it (and a space there would split the token). A
    // bracket whose partner is protected stays as it is too, so the pair keeps one width.
    const mask = protectedMask(s)
    if (mask === undefined) return editBlock(block, edits)
    const kept = (at: number): boolean => {
      if (mask[at] === 1) return false
      const p = partner === null || partner === undefined ? -1 : partner[at]!
      return p < 0 || mask[p] !== 1
    }
    return editBlock(block, edits.filter((e) => kept(e.from)))
  },
}
