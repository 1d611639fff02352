import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { isAsciiLetter, isHan, isLatinLetter, isLower, isUpper } from './chars.js'
import { isSpacedScriptDoc } from './context.js'
import { protectedMask } from './protect.js'

/** A word before the mark shorter than this is an abbreviation or a variable (`e.g.`, `U.S.`, `f(a,b)`). */
const MIN_WORD_BEFORE = 2

/**
 * A mark that could need a space: `,` or `;` before a letter or Han, or `:` `.` `!` `?` before a capital
 * (`end.The`; not `2.5` or `e.g. the`). A block without one is skipped by a native scan, so the char loop
 * below runs only where a space may be missing.
 */
export const CANDIDATE = /[,;][A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[.:!?][A-Z]/
/**
 * `CANDIDATE`, global: the rule's loop jumps from one match to the next (a native scan) instead of reading
 * every character. A match is two characters and the second is no mark, so matches never overlap.
 */
const CANDIDATES = new RegExp(CANDIDATE.source, 'g')

/** Length of the run of Latin letters ending just before `i`. */
function wordBefore(s: string, i: number): number {
  let k = i
  while (k > 0 && isLatinLetter(s.charCodeAt(k - 1))) k--
  return i - k
}

/** Whether the Latin word ending at `i` has at least `MIN_WORD_BEFORE` letters. */
function longWordBefore(s: string, i: number): boolean {
  return wordBefore(s, i) >= MIN_WORD_BEFORE
}

/** Whether an upper-case letter followed by a lower-case one starts at `i`: the start of a sentence. */
function sentenceStart(s: string, i: number): boolean {
  return isUpper(s.charCodeAt(i)) && isLower(s.charCodeAt(i + 1))
}

/**
 * Add the missing space after `,;:.!?` between English words (`characteristics,As` →
 * `characteristics, As`, `economy.The` → `economy. The`). Numbers (`12,500`, `2.5`, `11:39:42`),
 * abbreviations (`U.S.`, `e.g.`), URLs, e-mails, domains and code-like tokens are left alone.
 */
export const punctSpace: BlockRule = {
  id: 'repair/punct-space',
  description: 'Insert the missing space after , ; : . ! ? between English words, never inside numbers, abbreviations, URLs or code.',
  trigger: CANDIDATE,
  apply: (block, _ctx, doc) => {
    if (!isSpacedScriptDoc(doc)) return block
    const s = block.text
    const edits: TextEdit[] = []
    let mask: Uint8Array | undefined | null = null
    // A mark at the text's start has no word before it: the search starts after it.
    CANDIDATES.lastIndex = 1
    while (CANDIDATES.test(s)) {
      // Every mark the tests below can accept is followed by an ASCII letter or Han, as `CANDIDATE` reads.
      const i = CANDIDATES.lastIndex - 2
      const ch = s.charCodeAt(i)
      // The character tests first, the walk back over the word before the mark last.
      let ok: boolean
      if (ch === 0x2c || ch === 0x3b) {
        // `,` `;` before a word of two letters or more, after a word or Han (an ASCII comma is English
        // punctuation: `大势,Actively` → `大势, Actively`), and before Han after an English word (`Party,习近平`).
        const next = s.charCodeAt(i + 1)
        if (isAsciiLetter(next)) ok = isAsciiLetter(s.charCodeAt(i + 2)) && (longWordBefore(s, i) || isHan(s.charCodeAt(i - 1)))
        else ok = isHan(next) && longWordBefore(s, i)
      } else {
        // `:` `.` `!` `?` only before a capitalised word, after a lower-case word: `note:The`, `end.The`.
        ok = sentenceStart(s, i + 1) && isLower(s.charCodeAt(i - 1)) && longWordBefore(s, i)
      }
      if (!ok) continue
      if (mask === null) mask = protectedMask(s)
      if (mask !== undefined && mask[i] === 1) continue
      edits.push({ from: i + 1, to: i + 1, text: ' ', rule: punctSpace.id })
    }
    return editBlock(block, edits)
  },
}
