import type { BoilerplateRule } from '../rule.js'
import { CRUMB_MAX_WORDS, FOOTER_MAX_WORDS } from '../thresholds.js'

// Crumb separators: `Home>News`, `首页 > 要闻`, `Home » World`, `Trang chủ › Tin tức`, fullwidth `＞`.
const CRUMB_SEPARATORS = new Set(['>', '»', '›', '＞', '→', '/'])
const WORD = /[\p{L}\p{N}]+/gu

// The same separators as one character class: a native test rejects most lines at once.
const ANY_SEPARATOR = /[>»›＞→/]/

function crumbs(text: string): string[] {
  const out: string[] = []
  let from = 0
  for (let k = 0; k < text.length; k++) {
    if (!CRUMB_SEPARATORS.has(text[k]!)) continue
    out.push(text.slice(from, k))
    from = k + 1
  }
  out.push(text.slice(from))
  return out
}

function crumbWords(crumb: string): number {
  return crumb.match(WORD)?.length ?? 0
}

/** Drops a breadcrumb (`Home>News>General News`, `当前位置：首页 > 要闻`): short crumbs between separators. */
export const breadcrumb: BoilerplateRule = {
  id: 'boilerplate/breadcrumb',
  description: 'breadcrumb trail',
  scope: 'line',
  maxWords: FOOTER_MAX_WORDS,
  match(views, i, { lex }) {
    const v = views[i]!
    if (v.words > FOOTER_MAX_WORDS || v.terminal || !ANY_SEPARATOR.test(v.text)) return 0
    const parts = crumbs(v.text)
    if (parts.length < 2) return 0
    // A crumb may be empty only at the ends (`Home > News >`); `a / b` in prose has long parts.
    const inner = parts.slice(1, -1)
    if (inner.some((p) => crumbWords(p) === 0)) return 0
    const short = parts.every((p) => crumbWords(p) <= CRUMB_MAX_WORDS)
    const startsHome = lex.breadcrumbStart.test(v.text)
    // Two separators of short crumbs, or one after a home crumb; `/` alone needs the home crumb (`and/or`).
    const arrows = [...v.text].some((c) => c !== '/' && CRUMB_SEPARATORS.has(c))
    return short && (startsHome || (arrows && parts.length >= 3)) ? 1 : 0
  },
}
