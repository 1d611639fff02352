import { CRUMB_SEPARATORS } from '../../lexicon/boilerplate/index.js'
import type { BoilerplateRule } from '../rule.js'
import { CRUMB_MAX_WORDS, FOOTER_MAX_WORDS } from '../thresholds.js'

// Crumb separators: `Home>News`, `首页 > 要闻`, `Home » World`, `Trang chủ › Tin tức`, fullwidth `＞`, and `/`
// (`CRUMB_SEPARATORS`), by code unit: `SLASH_KIND` or `ARROW_KIND`, 0 for none.
const SLASH = 0x2f
const SLASH_KIND = 1
const ARROW_KIND = 2
const SEPARATOR_KIND = new Uint8Array(0x10000)
for (const c of CRUMB_SEPARATORS) SEPARATOR_KIND[c.charCodeAt(0)] = c.charCodeAt(0) === SLASH ? SLASH_KIND : ARROW_KIND

// A word of a crumb: a run of letters and digits (code points).
const WORD_CHAR = /^[\p{L}\p{N}]$/u
// Per BMP code unit: 0 not yet seen, 1 letter or digit, 2 anything else.
const WORD_KIND = new Uint8Array(0x10000)

/** Whether `text[i]` starts a surrogate pair. */
function pairAt(text: string, i: number, c: number): boolean {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false
  const d = text.charCodeAt(i + 1)
  return d >= 0xdc00 && d <= 0xdfff
}

/** Whether the code point at `text[i]` (code unit `c`) is a letter or digit (a lone surrogate is not). */
function wordCharAt(text: string, i: number, c: number): boolean {
  if (pairAt(text, i, c)) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))
  let k = WORD_KIND[c]!
  if (k === 0) WORD_KIND[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
  return k === 1
}

/** The parts of a crumb trail have at most `CRUMB_MAX_WORDS` words, and none but the ends is empty (`Home > News >`). */
const NOT_CRUMBS = -1

/**
 * The crumbs of a line, read in one pass: `NOT_CRUMBS` when some crumb is too long or an inner one has
 * no word; otherwise the number of crumbs, times two, plus one when an arrow (not `/`) separates them.
 */
function crumbShape(text: string): number {
  let parts = 1
  let words = 0
  let inWord = false
  let arrows = 0
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    const kind = SEPARATOR_KIND[c]!
    if (kind !== 0) {
      // A separator closes a crumb: an inner one (not the first) needs a word.
      if (parts > 1 && words === 0) return NOT_CRUMBS
      if (kind === ARROW_KIND) arrows = 1
      parts++
      words = 0
      inWord = false
      continue
    }
    const word = wordCharAt(text, k, c)
    if (word && !inWord && ++words > CRUMB_MAX_WORDS) return NOT_CRUMBS
    inWord = word
    if (pairAt(text, k, c)) k++
  }
  return parts * 2 + arrows
}

/** Drops a breadcrumb (`Home>News>General News`, `当前位置：首页 > 要闻`): short crumbs between separators. */
export const breadcrumb: BoilerplateRule = {
  id: 'boilerplate/breadcrumb',
  description: 'breadcrumb trail',
  scope: 'line',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['crumbSeparator'],
  match(views, i, { lex }) {
    const v = views[i]!
    if (v.words > FOOTER_MAX_WORDS || v.terminal) return 0
    // A crumb may be empty only at the ends (`Home > News >`); `a / b` in prose has long parts.
    const shape = crumbShape(v.text)
    if (shape === NOT_CRUMBS) return 0
    // No separator, one part (the classifier's `crumbSeparator` guard has already turned such lines away).
    const parts = shape >> 1
    if (parts < 2) return 0
    // Two separators of short crumbs, or one after a home crumb; `/` alone needs the home crumb (`and/or`).
    const arrows = shape % 2 === 1
    return lex.breadcrumbStart.test(v.text) || (arrows && parts >= 3) ? 1 : 0
  },
}
