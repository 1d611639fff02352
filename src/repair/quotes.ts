import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { isCjk, isLatinAlnum, isLower, isUpper } from './chars.js'
import { isEnglishDoc } from './context.js'
import { protectedMask } from './protect.js'

const OPEN = 0x201c // “
const CLOSE = 0x201d // ”
const LOW_OPEN = 0x201e // „ opens a German or Czech quotation that “ closes
/** How far back (in words) an orphan closing quote looks for the start of its phrase. */
const MAX_QUOTED_WORDS = 4

/**
 * Where the phrase closed by an orphan `”` at `i` starts: the capitalised word after a lower-case word,
 * at most `MAX_QUOTED_WORDS` words back (`do so Cloud office”` → before `Cloud`), or -1.
 */
function orphanStart(s: string, i: number, floor: number): number {
  let words = 0
  let k = i - 1
  while (k >= floor && words < MAX_QUOTED_WORDS) {
    while (k >= floor && s.charCodeAt(k) === 0x20) k--
    const end = k + 1
    while (k >= floor && isLatinAlnum(s.charCodeAt(k))) k--
    const start = k + 1
    if (start === end) return -1
    words++
    if (isUpper(s.charCodeAt(start)) && k >= floor && s.charCodeAt(k) === 0x20 && isLower(s.charCodeAt(k - 1))) return start
  }
  return -1
}

/**
 * Mend curly quotes left by lost Chinese quotation marks in English text: `”“` between two quoted items
 * becomes `”, “`; a quote glued to a word gets its space (`so“Cloud` → `so “Cloud`, `”New` → `” New`); an
 * orphan `”` gets its opening `“` before the capitalised phrase it closes (`do so Cloud office”` →
 * `do so “Cloud office”`). Balanced, well-spaced quotes are untouched.
 */
export const quotes: BlockRule = {
  id: 'repair/quotes',
  description: 'Balance and space curly quotes left by lost Chinese quotation marks in English text.',
  apply: (block, _ctx, doc) => {
    if (!isEnglishDoc(doc)) return block
    const s = block.text
    if (s.indexOf('”') < 0 && s.indexOf('“') < 0) return block
    const edits: TextEdit[] = []
    let open = false
    // Inserted opening quotes may not reach back past the last quote or edit.
    let floor = 0
    let lowOpen = false
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c === LOW_OPEN) lowOpen = true
      if (c !== OPEN && c !== CLOSE) continue
      if (c === OPEN && lowOpen) {
        // `„Guten Tag“`: here “ is the closing quote.
        lowOpen = false
        floor = i + 1
        continue
      }
      const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0x20
      if (c === OPEN) {
        if (open || isCjk(prev) || isCjk(next)) {
          floor = i + 1
          continue
        }
        open = true
        if (prev === CLOSE) edits.push({ from: i, to: i, text: ', ', rule: quotes.id })
        else if (isLatinAlnum(prev)) edits.push({ from: i, to: i, text: ' ', rule: quotes.id })
        floor = i + 1
        continue
      }
      if (isCjk(prev) || isCjk(next)) {
        open = false
        floor = i + 1
        continue
      }
      if (!open) {
        const start = orphanStart(s, i, floor)
        if (start >= 0) edits.push({ from: start, to: start, text: '“', rule: quotes.id })
      }
      open = false
      if (isLatinAlnum(next)) edits.push({ from: i + 1, to: i + 1, text: ' ', rule: quotes.id })
      floor = i + 1
    }
    if (edits.length === 0) return block
    // A quote inside a URL or code-like token is part of it; editing there would also change how the token is read next time.
    const mask = protectedMask(s)
    return editBlock(block, mask === undefined ? edits : edits.filter((e) => mask[Math.min(e.from, s.length - 1)] !== 1))
  },
}
