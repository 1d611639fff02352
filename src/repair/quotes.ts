import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { isCjk, isEnglishSide, isHan, isLatinAlnum, isLower, isUpper } from './chars.js'
import { isSpacedScriptDoc } from './context.js'
import { protectedMask } from './protect.js'

/** Any curly double quote: without one there is nothing to mend. */
const CURLY = /[“”]/
/** A Han character right before `”`: where `quotedHanTerms` starts its work (a Han run closed or joined by `”“`). */
const HAN_CLOSE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]”/
/**
 * Where any edit can be: a Han term before `”`; `“` after `”` or glued to a word; `”` glued to the word after
 * it; or `”` after a word (the orphan closing quote of a phrase, which gets its opening quote).
 */
export const TRIGGER =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]”|[\dA-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff”]“|”[\dA-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]|[\dA-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff] *”/
/** The quotes the rule's loop reads (`„ “ ”`), global: the loop jumps from one to the next (a native scan). */
const QUOTE_MARKS = /[“”„]/g
/** No quote offsets handled by the Han-term repair. */
const NONE: ReadonlySet<number> = new Set()
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

/** A Chinese term quoted inside English is short; a longer Han run is a clause, not a term. */
const MAX_TERM = 12

/** End of the Han run starting at `a`, or -1 when it is longer than a term. */
function hanRunEnd(s: string, a: number): number {
  let b = a
  while (b < s.length && isHan(s.charCodeAt(b))) if (++b - a > MAX_TERM) return -1
  return b
}

/**
 * Chinese terms left untranslated in an English sentence with their quotation marks half lost
 * (`supercomputers 跟跑并跑”“领跑 Mobile payment` → `supercomputers “跟跑并跑”, “领跑” Mobile payment`): a group
 * of short Han runs joined by `”“`, or ending in `”`, with an English clause on both sides, gets balanced
 * quotes and English separators. Pushes edits and returns the offsets of the quotes it accounted for.
 */
function quotedHanTerms(s: string, edits: TextEdit[]): ReadonlySet<number> {
  const handled = new Set<number>()
  for (let i = 0; i < s.length; i++) {
    if (!isHan(s.charCodeAt(i)) || (i > 0 && isHan(s.charCodeAt(i - 1)))) continue
    const before = i > 0 ? s.charCodeAt(i - 1) : 0
    if (before !== 0x20 && !isLatinAlnum(before)) continue
    const items: Array<[number, number]> = []
    let a = i
    let b = hanRunEnd(s, a)
    let gaps = 0
    while (b > 0) {
      items.push([a, b])
      if (s.charCodeAt(b) === CLOSE && s.charCodeAt(b + 1) === OPEN && isHan(s.charCodeAt(b + 2))) {
        gaps++
        a = b + 2
        b = hanRunEnd(s, a)
      } else break
    }
    if (b < 0 || items.length === 0) continue
    const closed = s.charCodeAt(b) === CLOSE
    const after = closed ? b + 1 : b
    const next = after < s.length ? s.charCodeAt(after) : 0
    if (gaps + (closed ? 1 : 0) === 0 || (next !== 0x20 && !isLatinAlnum(next))) continue
    const leftStart = before === 0x20 ? i - 2 : i - 1
    if (!isEnglishSide(s, leftStart, -1) || !isEnglishSide(s, next === 0x20 ? after + 1 : after, 1)) continue
    edits.push({ from: i, to: i, text: '“', rule: quotes.id })
    for (const [, end] of items.slice(0, -1)) {
      handled.add(end).add(end + 1)
      edits.push({ from: end + 1, to: end + 1, text: ', ', rule: quotes.id })
    }
    if (closed) handled.add(b)
    const tail = (closed ? '' : '”') + (isLatinAlnum(next) ? ' ' : '')
    if (tail !== '') edits.push({ from: after, to: after, text: tail, rule: quotes.id })
    i = after
  }
  return handled
}

/**
 * Mend curly quotes left by lost Chinese quotation marks in English text: `”“` between two quoted items
 * becomes `”, “`; a quote glued to a word gets its space (`so“Cloud` → `so “Cloud`, `”New` → `” New`); an
 * orphan `”` gets its opening `“` before the capitalised phrase it closes (`do so Cloud office”` →
 * `do so “Cloud office”`); Chinese terms quoted inside English get balanced quotes (see `quotedHanTerms`).
 * Balanced, well-spaced quotes are untouched.
 */
export const quotes: BlockRule = {
  id: 'repair/quotes',
  description: 'Balance and space curly quotes left by lost Chinese quotation marks in English text.',
  applies: (text) => CURLY.test(text),
  trigger: TRIGGER,
  apply: (block, _ctx, doc) => {
    if (!isSpacedScriptDoc(doc)) return block
    const s = block.text
    if (s.indexOf('”') < 0 && s.indexOf('“') < 0) return block
    const edits: TextEdit[] = []
    const handled = HAN_CLOSE.test(s) ? quotedHanTerms(s, edits) : NONE
    let open = false
    // Inserted opening quotes may not reach back past the last quote or edit.
    let floor = 0
    let lowOpen = false
    QUOTE_MARKS.lastIndex = 0
    while (QUOTE_MARKS.test(s)) {
      const i = QUOTE_MARKS.lastIndex - 1
      const c = s.charCodeAt(i)
      if (c === LOW_OPEN) lowOpen = true
      if ((c !== OPEN && c !== CLOSE) || handled.has(i)) continue
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
    const kept = mask === undefined ? edits : edits.filter((e) => mask[Math.min(e.from, s.length - 1)] !== 1)
    return editBlock(block, kept.sort((x, y) => x.from - y.from))
  },
}
