import { CAPTION_CREDIT_WORDS, CAPTION_LABELS, CREDIT_LEAD_WORDS, CREDIT_SEPARATORS, SPACED_CAPTION_LABELS } from '../../lexicon/boilerplate/captions.js'
import { lowerUnit } from '../../metadata/text.js'
import type { BoilerplateRule } from '../rule.js'

/** A caption is a sentence or two: a longer block ending in a bracketed credit is prose that cites one. */
const CAPTION_MAX_WORDS = 60
/** How far back from a line's closing bracket its opening one may stand: a credit names a source or two. */
const MAX_CREDIT_LENGTH = 100
/** Capitalised words an agency name may put before the credit word (`AP Photo/…`, `Xinhua News Agency Photo:`). */
const MAX_AGENCY_WORDS = 3

const LEAD_WORDS: ReadonlySet<string> = new Set(CREDIT_LEAD_WORDS)
/** The credit words by their first code unit: a position is tried only against the words it may start. */
const CREDIT_WORDS_BY_START: ReadonlyMap<number, readonly string[]> = (() => {
  const out = new Map<number, string[]>()
  for (const w of new Set(CAPTION_CREDIT_WORDS)) {
    if (w.length === 0) continue
    const list = out.get(w.charCodeAt(0))
    if (list === undefined) out.set(w.charCodeAt(0), [w])
    else list.push(w)
  }
  return out
})()

/** The opening bracket that pairs with a closing one: `(` `)`, `[` `]`, `（` `）`, `【` `】`. */
function openerOf(close: number): number {
  if (close === 0x29) return 0x28
  if (close === 0x5d) return 0x5b
  if (close === 0xff09) return 0xff08
  return close === 0x3011 ? 0x3010 : -1
}

/**
 * Whether `inner` (a bracket's content) is a photo credit: a credit word, perhaps after an agency's name of a
 * few capitalised words, then a separator or a lead word and a name (`Image: GETTY`, `AP Photo/Alan Diaz,
 * File`, `Photo by Jane Doe/Getty Images`, `图/新华社`, `사진=연합뉴스`).
 */
export function isPhotoCredit(inner: string): boolean {
  const text = inner.trim()
  const lower = text.toLowerCase()
  // Where a credit word may start: the start, or after up to `MAX_AGENCY_WORDS` capitalised words.
  let start = 0
  for (let agency = 0; agency <= MAX_AGENCY_WORDS; agency++) {
    if (creditAt(text, lower, start)) return true
    const c = text.charCodeAt(start)
    // An agency name's word starts with a capital (`AP`, `Reuters`, `Xinhua`).
    if (!(c >= 0x41 && c <= 0x5a)) return false
    const space = text.indexOf(' ', start)
    if (space < 0) return false
    start = space + 1
  }
  return false
}

/**
 * Whether a credit word starts at `start` of `text` and a separator or a lead word and a name follow it (or,
 * after a word written with its full stop, a space and a name).
 * Every credit word that starts there is tried (`photo credit` and `photo`): any one followed by a name will do.
 */
export function creditAt(text: string, lower: string, start: number): boolean {
  const words = CREDIT_WORDS_BY_START.get(lower.charCodeAt(start))
  if (words === undefined) return false
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (!lower.startsWith(w, start)) continue
    const end = start + w.length
    if (namedAfter(text, lower, end)) return true
    // An abbreviation's full stop stands for the separator: `(fot. Jan Kowalski)`.
    if (w.endsWith('.') && text.charCodeAt(end) === 0x20 && hasName(text, end)) return true
  }
  return false
}

/** Whether a separator and a name, or a space, a lead word and a name, follow a credit word ending at `end`. */
function namedAfter(text: string, lower: string, end: number): boolean {
  let k = end
  while (k < text.length && text.charCodeAt(k) === 0x20) k++
  if (k >= text.length) return false
  if (CREDIT_SEPARATORS.includes(text[k]!)) return hasName(text, k + 1)
  // A lead word after a space: `Photo by …`, `Photo courtesy of …`.
  if (k === end) return false
  const space = lower.indexOf(' ', k)
  return space > 0 && LEAD_WORDS.has(lower.slice(k, space)) && hasName(text, space + 1)
}

/** Whether a name (a letter) follows `from`. */
function hasName(text: string, from: number): boolean {
  return /\p{L}/u.test(text.slice(from))
}

/** Caption labels, longest first (`image caption` before `caption`). */
const LABELS: readonly string[] = [...new Set(CAPTION_LABELS)].sort((a, b) => b.length - a.length)
const SPACED: ReadonlySet<string> = new Set(SPACED_CAPTION_LABELS)
/**
 * The caption labels by their first two code units in lower case (`im` → `image caption`, `image source`…):
 * most lines start otherwise and are passed over with one lookup, no string made.
 */
const LABELS_BY_HEAD: ReadonlyMap<number, readonly string[]> = (() => {
  const out = new Map<number, string[]>()
  for (const l of LABELS) {
    const key = headKey(l)
    const list = out.get(key)
    if (list === undefined) out.set(key, [l])
    else list.push(l)
  }
  return out
})()

/** A lookup key of a text's first two code units, each in lower case (`lowerUnit`). */
function headKey(text: string): number {
  return (lowerUnit(text, 0) << 16) | lowerUnit(text, 1)
}

/**
 * Whether a line opens with a caption label and its separator, then more text: `Image caption, Swimmers
 * leave the pier`, `Image source, Getty Images`, `Bildunterschrift: …`, `图片说明：…`, `Image copyright Getty Images`.
 *
 * @param text a line
 * @returns true for a labelled caption or credit line
 * @example isLabelledCaption('Image caption, Swimmers leave the sauna') // true
 */
export function isLabelledCaption(text: string): boolean {
  if (text.length < 2) return false
  const labels = LABELS_BY_HEAD.get(headKey(text))
  if (labels === undefined) return false
  const head = text.slice(0, labels[0]!.length + 1).toLowerCase()
  for (const label of labels) {
    if (!head.startsWith(label)) continue
    const sep = text[label.length]
    if (sep === ',' || sep === ':' || sep === '：' || sep === '，' || (sep === ' ' && text[label.length + 1] === ':')) return hasName(text, label.length + 1)
    if (sep === ' ' && SPACED.has(label)) return hasName(text, label.length + 1)
  }
  return false
}

/**
 * Drops an image caption that ends in a bracketed photo credit: `Protesters gather outside the court (Image:
 * GETTY)`, `A worker loads trims into his truck (AP Photo/Jane Doe, File)`, `Tourists visit the old town.
 * [Photo/Xinhua]`, `（图/新华社）`; or a line that a caption label opens (`Image caption, …`, `Image source, Getty
 * Images`, `Bildunterschrift: …`). A caption stands between paragraphs: the article goes on around it.
 */
export const imageCaption: BoilerplateRule = {
  id: 'boilerplate/image-caption',
  description: 'image caption ending in a bracketed photo credit, or opened by a caption label',
  scope: 'line',
  inline: true,
  midArticle: true,
  maxWords: CAPTION_MAX_WORDS,
  match(views, i) {
    const v = views[i]!
    if (v.words > CAPTION_MAX_WORDS) return 0
    const text = v.text
    if (isLabelledCaption(text)) return 1
    let end = text.length
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--
    // Most lines end in a letter or a full stop: one comparison and out.
    const open = end === 0 ? -1 : openerOf(text.charCodeAt(end - 1))
    if (open < 0) return 0
    const from = text.lastIndexOf(String.fromCharCode(open), end - 2)
    if (from < 0 || end - from > MAX_CREDIT_LENGTH) return 0
    return isPhotoCredit(text.slice(from + 1, end - 1)) ? 1 : 0
  },
}
