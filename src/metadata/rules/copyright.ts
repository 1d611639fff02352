import { perLexicon, type MergedLexicon } from '../../lexicon/metadata/index.js'
import type { MetadataRule } from '../rule.js'
import { isHan } from '../../core/chars.js'
import { escapeRegExp, isSeparator, lowerAligned, spacesIn, trimSeparators, wordAt } from '../text.js'

/** Copyright footers: `Copyright @ 2008 People's Government of X All Rights Reserved`, `© 2024 Example Inc.`, `版权所有：某某` → copyright { holder, year }. */
export const copyrightRule: MetadataRule = {
  id: 'metadata/copyright',
  description: 'Read the copyright holder and year from a copyright footer line; the line keeps its boilerplate verdict.',
}

// Footer lines are short; an article paragraph about copyright is longer.
const MAX_FOOTER_LINE = 300
const MAX_HOLDER_CHARS = 80
const MAX_HOLDER_WORDS = 10
const MIN_YEAR = 1970
const MAX_YEAR = 2100
// `2008`, `2008-2024`, `2008–2024`: the last year of a range is the current one.
const YEARS = /(?<!\d)(\d{4})(?:\s?[-–—]\s?(\d{4}))?(?!\d)/y
// Years closing a holder: ` 2019`, `, 2011-2019`.
const TRAILING_YEARS = /[ ,]{1,2}(\d{4})(?:[-–—](\d{4}))?$/
// What ends a holder's name besides `All rights reserved`: another footer field, a URL, a bar.
// The stops that open a Chinese filing number, which may carry its province before it.
const FILING_STOPS: ReadonlySet<string> = new Set(['ICP', '公网安备', '公網安備'])
const HOLDER_STOP = /公网安备|公網安備|\b(?:ICP|Tel|Phone|Fax|E-?mail|Address|Add|Post(?:code)?|Powered|Designed|Contact|Privacy|Terms|https?:|www\.)|[|｜丨<>]/i
// `Inc.`, `Ltd.`, `Corp.`, `Co.`: a word this short before a full stop is an abbreviation.
const MAX_ABBREVIATION = 4
// `S.r.l.`, `S.p.A.`, `S.A.S.`: one or two letters between dots, with the last dot.
const MAX_DOTTED_ABBREVIATION = 8

/**
 * Read a copyright notice. The marker (`©`, `(c)`, `Copyright`, `版权所有`) must come with a year or `©`
 * for an English word, so a sentence about copyright law is not a notice. A year of the page language's
 * era is read as its Common Era year (`© 2569` on a Thai page is 2026).
 *
 * @param text the line
 * @param lex the merged lexicon
 * @returns holder and/or year, or undefined
 * @example readCopyright('Copyright © 2008 Example Org All Rights Reserved', lex) // { holder: 'Example Org', year: 2008 }
 */
export function readCopyright(text: string, lex: MergedLexicon): { holder?: string; year?: number } | undefined {
  if (text.length > MAX_FOOTER_LINE) return undefined
  const lower = lowerAligned(text)
  const marker = findMarker(text, lower, lex)
  if (marker === undefined) return undefined
  let p = marker.end
  p = skipMarks(text, p, lex)
  YEARS.lastIndex = p
  const y = YEARS.exec(text)
  let year: number | undefined
  if (y !== null) {
    const n = commonEraYear(Number(y[2] ?? y[1]), lex)
    if (n >= MIN_YEAR && n <= MAX_YEAR) year = n
    p += y[0].length
  }
  if (year === undefined && !marker.strong) return undefined
  p = skipMarks(text, p, lex)
  let holder = readHolder(text, lower, p, lex)
  // `© The Example Blog 2011-2019`: the years may follow the holder.
  if (holder !== undefined && year === undefined) {
    const tail = TRAILING_YEARS.exec(holder)
    if (tail !== null) {
      const n = commonEraYear(Number(tail[2] ?? tail[1]), lex)
      if (n >= MIN_YEAR && n <= MAX_YEAR) year = n
      holder = holder.slice(0, tail.index).trim() || undefined
    }
  }
  if (holder === undefined && marker.han && marker.start > 0) {
    const head = text.slice(0, marker.start)
    holder = readHolder(head, lowerAligned(head), 0, lex)
  }
  if (holder === undefined && year === undefined) return undefined
  const out: { holder?: string; year?: number } = {}
  if (holder !== undefined) out.holder = unquoted(holder)
  if (year !== undefined) out.year = year
  return out
}

/**
 * A year as the Common Era counts it: a year of the page language's era (`MetadataLexicon.era`) less its
 * offset, so that `© 2569` on a Thai page is 2026; other years as written.
 */
function commonEraYear(n: number, lex: MergedLexicon): number {
  return lex.era !== undefined && n >= lex.era.from ? n - lex.era.offset : n
}

/** Skip separators, `©`, `@`, colons and further marker words (`© Copyright`, `Copyright (c) by`). */
function skipMarks(text: string, from: number, lex: MergedLexicon): number {
  const words = skippedWords(lex)
  let p = from
  for (;;) {
    if (p < text.length && (isSeparator(text.charCodeAt(p)) || '©ⓒ@:：.'.includes(text[p]!))) {
      p++
      continue
    }
    const w = firstWordAt(text, p, words)
    if (w === undefined) return p
    p += w.length
  }
}

/** The first of `words` that stands at `pos` (`wordAt`), in list order. */
function firstWordAt(text: string, pos: number, words: readonly string[]): string | undefined {
  for (const w of words) if (wordAt(text, pos, w)) return w
  return undefined
}

/** The words skipped between the marker, the years and the holder: the marker words and the owner words (`by`). */
const skippedWords = perLexicon((lex): readonly string[] => [...lex.copyright, ...lex.copyrightOwners])

/**
 * Whether a line holds a copyright marker at all (`©`, or a lexicon word such as `Copyright` or
 * `版权所有`): one precompiled matcher, so footer scanning passes most lines over at once.
 *
 * @param text the line
 * @param lex the merged lexicon
 * @returns false when `readCopyright` cannot read the line
 */
export function mayHoldCopyright(text: string, lex: MergedLexicon): boolean {
  return markerMatcher(lex).test(text)
}

// The copyright signs: `©`, and the circled small c that Korean pages write for it (`Copyright ⓒ 한빛일보`).
const SIGNS: readonly string[] = ['©', 'ⓒ']

/** Whether a line holds a copyright sign (`©`, `ⓒ`): such a line may give a holder without a year. */
export function hasCopyrightSign(text: string): boolean {
  return SIGNS.some((sign) => text.includes(sign))
}

// An alternation of literal words: no quantifiers, so it runs in linear time.
const markerMatcher = perLexicon((lex) => new RegExp([...SIGNS, ...lex.copyright].map(escapeRegExp).join('|'), 'i'))

/** The first copyright marker: `©` and `版权所有` stand alone; `Copyright` needs a year after it. */
function findMarker(text: string, lower: string, lex: MergedLexicon): { start: number; end: number; strong: boolean; han: boolean } | undefined {
  let best: { start: number; end: number; strong: boolean; han: boolean } | undefined
  let signed = false
  for (const s of SIGNS) {
    const at = text.indexOf(s)
    if (at < 0) continue
    signed = true
    if (best === undefined || at < best.start) best = { start: at, end: at + 1, strong: true, han: false }
  }
  for (const w of lex.copyright) {
    const at = lower.indexOf(w)
    if (at < 0 || (best !== undefined && best.start <= at)) continue
    const han = isHan(w.charCodeAt(0))
    if (!han && (at > 0 && /\w/.test(lower[at - 1]!))) continue
    best = { start: at, end: at + w.length, strong: han || signed, han }
  }
  return best
}

/** The holder: from `from` up to `All rights reserved`, another footer field or the end (`lower` is `lowerAligned(text)`). */
function readHolder(text: string, lower: string, from: number, lex: MergedLexicon): string | undefined {
  let end = text.length
  for (const r of lex.rightsReserved) {
    const at = lower.indexOf(r, from)
    if (at >= 0 && at < end) end = at
  }
  const stop = HOLDER_STOP.exec(text.slice(from, end))
  if (stop !== null) {
    end = from + stop.index
    // A Chinese filing number opens with its province (`京ICP备…`, `沪公网安备…`): that character is the filing's.
    if (end > from && isHan(text.charCodeAt(end - 1)) && FILING_STOPS.has(stop[0].toUpperCase())) end--
  }
  // A full stop after a long word ends the notice (`Express Newspapers. "Daily Express" is…`); after a
  // short one it is an abbreviation that belongs to the name (`Example Media, Inc.`), unless the name
  // would then run on too long: the short word ended it (`Báo Sông Hàn. Ghi rõ nguồn…`).
  let shortStop = -1
  for (let i = from; i < end - 1; i++) {
    if (text[i] !== '.' || text[i + 1] !== ' ') continue
    let w = i
    while (w > from && /\p{L}/u.test(text[w - 1]!)) w--
    if (i - w > MAX_ABBREVIATION) {
      end = i
      break
    }
    if (shortStop < 0) shortStop = i
  }
  return holderIn(text, from, end) ?? (shortStop < 0 ? undefined : holderIn(text, from, shortStop))
}

/** The holder in `text[from, end)`, trimmed, when it is short enough to be a name. */
function holderIn(text: string, from: number, end: number): string | undefined {
  let [a, b] = trimSeparators(text, from, end)
  // A danda (`दैनिक उदाहरण।`) is never part of a name, whatever the word before it.
  while (b > a && (text[b - 1] === '।' || ('.,;:。，：'.includes(text[b - 1]!) && !isAbbreviation(text, a, b)))) b--
  ;[a, b] = trimSeparators(text, a, b)
  if (a === b || b - a > MAX_HOLDER_CHARS || spacesIn(text, a, b) >= MAX_HOLDER_WORDS) return undefined
  const holder = text.slice(a, b)
  // A slash joins an agency and a photographer in a photo credit, never a rights holder's name.
  if (!/\p{L}/u.test(holder) || holder.includes('/')) return undefined
  return holder
}

// The quotation marks and title brackets a publication's name stands in: opening mark → closing mark.
const NAME_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['»', '«'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
])

/** A holder that is wholly one quoted name (`«Вальдемарские вести»`, `《示例日报》`) without its marks. */
export function unquoted(holder: string): string {
  const close = NAME_QUOTES.get(holder[0]!)
  if (close === undefined || holder.length < 3 || holder[holder.length - 1] !== close) return holder
  const inner = holder.slice(1, -1)
  // `"A" and "B"`: two quoted names, not one.
  if (inner.includes(close) || inner.includes(holder[0]!) || inner.trim() !== inner) return holder
  return inner
}

/**
 * Whether the last space-separated word of `text[a, b)`, with the mark that ends it, is an abbreviation that
 * keeps its full stop (`Inc.`, `Co.`, `S.A.`, `S.r.l.`): short, and of ASCII letters and dots only. A short word of
 * another alphabet ends the name (`Báo Sông Hàn.`).
 */
function isAbbreviation(text: string, a: number, b: number): boolean {
  let s = b
  while (s > a && text.charCodeAt(s - 1) !== 0x20) s--
  if (text[b - 1] !== '.') return false
  let dots = 0
  let run = 0
  let longest = 0
  let lower = false
  for (let i = s; i < b - 1; i++) {
    const code = text.charCodeAt(i)
    const c = code | 0x20
    if (c === 0x2e) {
      dots++
      run = 0
    } else if (c < 0x61 || c > 0x7a) return false
    else {
      if (code === c) lower = true
      if (++run > longest) longest = run
    }
  }
  // An acronym in capitals is a name that takes no full stop (`BBC.`, `CNN.`), unless a comma sets it off as
  // a company form (`Example Media, LLC.`); `Inc.`, `Co.` are abbreviations.
  if (dots === 0 && !lower) return s >= 2 && text[s - 2] === ','
  // A dotted company form, letters or pairs between dots, may be longer than a word abbreviation (`S.r.l.`,
  // `S.p.A.`, `B.V.`); a domain is not one (`NJ.com.`).
  return dots > 0 && longest <= 2 ? b - s <= MAX_DOTTED_ABBREVIATION : b - s <= MAX_ABBREVIATION
}
