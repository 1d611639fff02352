import { isSpaceCode } from '../../core/chars.js'
import {
  AD_LINE_DECORATION, AD_SLOT_LINES, APP_PROMPT_LINES, APP_PROMPT_WORDS, CLICK_HERE_PHRASES, OPINION_PROMPT_LINES,
} from '../../lexicon/boilerplate/ad-labels.js'
import type { BoilerplateRule } from '../rule.js'

/** A label or a promo is a few words: a longer block is prose. */
const MAX_WORDS = 12
/** Nor is it long (code units): the longest entry with decoration around it, or two labels on a line. */
const MAX_LENGTH = 100
/**
 * How many characters of a line's first or last word the whole-line pre-test compares (see `headOf`): six
 * tell `Contact` and `Instagram` from `content…` and `install…`, where four let a third more lines on to the
 * lookup. A whole line's words are the entry's, so any length would do.
 */
const LINE_HEAD_LENGTH = 6
/**
 * The same for a "click here" phrase's first or last word: four, as before. A phrase of an unspaced script
 * runs on into the promo (`点击这里下载客户端`): more than its length would compare the promo's text too.
 */
const CLICK_HEAD_LENGTH = 4

/**
 * `s` in lower case, with Turkish dotted and dotless i read as `i` (`HABERİN DEVAMI` is `haberin devamı`),
 * curly apostrophes straightened: how lines and entries are compared.
 */
function fold(s: string): string {
  const lower = s.toLowerCase()
  if (!lower.includes('ı') && !lower.includes('\u0307') && !lower.includes('’')) return lower
  return lower.replace(/[\u0307’ı]/gu, (c) => (c === 'ı' ? 'i' : c === '’' ? '\'' : ''))
}

const SLOT_LINES: ReadonlySet<string> = new Set(AD_SLOT_LINES.map(fold))
const PROMPT_LINES: ReadonlySet<string> = new Set([...OPINION_PROMPT_LINES, ...APP_PROMPT_LINES].map(fold))
const CLICK_HERE: readonly string[] = CLICK_HERE_PHRASES.map(fold)
const APP_WORDS: readonly string[] = APP_PROMPT_WORDS.map(fold)

/** Flags of each BMP code unit, the pre-test's lookup table: `EDGE`, `FIRST`, `LAST`. */
const CODE_FLAGS = new Uint8Array(0x10000)
/** A space or decoration: it ends a head and is taken off a line's ends. */
const EDGE = 1
/** The first character of a whole-line entry or a "click here" phrase, in either case. */
const FIRST = 2
/** The last character of a "click here" phrase, in either case. */
const LAST = 4
for (const c of AD_LINE_DECORATION) CODE_FLAGS[c.charCodeAt(0)]! |= EDGE
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) CODE_FLAGS[c]! |= EDGE

/** Whether a code unit is a space or decoration. */
function isEdge(c: number): boolean {
  return (CODE_FLAGS[c]! & EDGE) !== 0
}

/** `foldCode` of each code unit past ASCII, filled on first sight (0: not yet). */
const FOLDED = new Uint16Array(0x10000)

/** A code unit folded as `fold` folds it (the first code unit of the result). */
function foldCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c
  const known = FOLDED[c]!
  if (known !== 0) return known
  const f = fold(String.fromCharCode(c))
  const code = f.length === 0 ? c : f.charCodeAt(0)
  FOLDED[c] = code
  return code
}

/** Bits of a head's slot in `HEADS` (see `headOf`): 16,384 one-byte slots, a few hundred of them taken. */
const HEAD_SLOT_BITS = 14

/** A head's hash after one more folded code unit (a small integer: no number is boxed). */
function nextKey(key: number, c: number): number {
  return (Math.imul(key ^ foldCode(c), 0x01000193) + 1) | 0
}

/** The slot of `HEADS` a head's hash takes. */
function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - HEAD_SLOT_BITS)
}

/**
 * The start of the word at `from` (or, going back, the end of the word ending at `to`) as a slot of `HEADS`:
 * a hash of at most `length` folded code units, stopping at a space or decoration. What the pre-test
 * compares (two heads that hash alike only let a line on to the lookup); no string is made.
 */
function headOf(text: string, from: number, to: number, backwards: boolean, length: number): number {
  let key = 0
  for (let k = 0; k < length; k++) {
    const at = backwards ? to - 1 - k : from + k
    if (backwards ? at < from : at >= to) break
    const c = text.charCodeAt(at)
    if (isEdge(c)) break
    key = nextKey(key, c)
  }
  return slotOf(key)
}

/**
 * The `LINE_HEAD` and `CLICK_HEAD` flags of the word at `from` (see `headOf`): of its first
 * `LINE_HEAD_LENGTH` and first `CLICK_HEAD_LENGTH` characters, in one pass.
 */
function startFlags(text: string, from: number, to: number): number {
  let key = 0
  let short = 0
  for (let k = 0; k < LINE_HEAD_LENGTH; k++) {
    const at = from + k
    if (at >= to) break
    const c = text.charCodeAt(at)
    if (isEdge(c)) break
    key = nextKey(key, c)
    if (k < CLICK_HEAD_LENGTH) short = key
  }
  return (HEADS[slotOf(key)]! & LINE_HEAD) | (HEADS[slotOf(short)]! & CLICK_HEAD)
}

/** A `HEADS` flag: the slot of a whole-line entry's first word. */
const LINE_HEAD = 1
/** A `HEADS` flag: the slot of a "click here" phrase's first word (a promo may start with one: `Click here to get …`). */
const CLICK_HEAD = 2
/** A `HEADS` flag: the slot of a "click here" phrase's last word, read backwards (a promo may end in one: `… by clicking here`). */
const TAIL = 4
/** A `HEADS` flag: the slot of an ad-slot line's last word, read backwards (two slot lines side by side end in one). */
const SLOT_TAIL = 8
/** Per head slot (see `headOf`), the `*_HEAD` and `*TAIL` flags of the entries whose heads take it. */
const HEADS = new Uint8Array(1 << HEAD_SLOT_BITS)
for (const e of [...AD_SLOT_LINES, ...OPINION_PROMPT_LINES, ...APP_PROMPT_LINES]) HEADS[headOf(e, 0, e.length, false, LINE_HEAD_LENGTH)]! |= LINE_HEAD
for (const e of CLICK_HERE) {
  HEADS[headOf(e, 0, e.length, false, CLICK_HEAD_LENGTH)]! |= CLICK_HEAD
  HEADS[headOf(e, 0, e.length, true, CLICK_HEAD_LENGTH)]! |= TAIL
}
for (const e of AD_SLOT_LINES) HEADS[headOf(e, 0, e.length, true, LINE_HEAD_LENGTH)]! |= SLOT_TAIL

/** Flags the code units an entry's first (or last) character may be, in either case: a line's first test. */
function flagEdges(words: readonly string[], last: boolean, flag: number): void {
  for (const w of words) {
    const c = last ? w.slice(-1) : w.slice(0, 1)
    for (const form of [c, c.toUpperCase()]) CODE_FLAGS[form.charCodeAt(last ? form.length - 1 : 0)]! |= flag
    // `İ` and `ı` fold to `i`.
    if (c === 'i') for (const code of [0x130, 0x131]) CODE_FLAGS[code]! |= flag
  }
}
flagEdges([...AD_SLOT_LINES, ...OPINION_PROMPT_LINES, ...APP_PROMPT_LINES, ...CLICK_HERE], false, FIRST)
flagEdges(CLICK_HERE, true, LAST)

/** `text[from, to)` folded, spaces collapsed to one. */
function coreOf(text: string, from: number, to: number): string {
  return fold(text.slice(from, to)).replace(/\s+/gu, ' ')
}

/** `core` without the decoration at its ends. */
function stripped(core: string): string {
  let a = 0
  let b = core.length
  while (a < b && isEdge(core.charCodeAt(a))) a++
  while (b > a && isEdge(core.charCodeAt(b - 1))) b--
  return core.slice(a, b)
}

/** Whether `core` is two ad-slot lines side by side, with spaces or decoration between (`Advertisement - Scroll to continue`). */
function isTwoSlotLines(core: string): boolean {
  for (let k = core.indexOf(' '); k > 0; k = core.indexOf(' ', k + 1)) {
    if (SLOT_LINES.has(stripped(core.slice(0, k))) && SLOT_LINES.has(stripped(core.slice(k + 1)))) return true
  }
  return false
}

/** Whether a code unit is a letter or digit of a script written with spaces that may stand right next to a word (Latin, Greek, Cyrillic). */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  return c >= 0xc0 && c < 0x530 && c !== 0xd7 && c !== 0xf7
}

/**
 * Whether `phrase` stands in `core` at `at` as whole words: no letter of a spaced script glued to its ends
 * (`app` is not in `happy`; `客户端` stands anywhere in unspaced text).
 */
function wordAt(core: string, phrase: string, at: number): boolean {
  const end = at + phrase.length
  if (at > 0 && isWordCode(phrase.charCodeAt(0)) && isWordCode(core.charCodeAt(at - 1))) return false
  return !(end < core.length && isWordCode(phrase.charCodeAt(phrase.length - 1)) && isWordCode(core.charCodeAt(end)))
}

/** Whether one of `phrases` stands in `core` as whole words. */
function hasPhrase(core: string, phrases: readonly string[]): boolean {
  for (const p of phrases) {
    for (let at = core.indexOf(p); at >= 0; at = core.indexOf(p, at + 1)) if (wordAt(core, p, at)) return true
  }
  return false
}

/** Whether `core` starts or ends with a "click here" phrase and offers the site's app or its notifications. */
function isClickForApp(core: string): boolean {
  const clicks = CLICK_HERE.some((p) => (core.startsWith(p) && wordAt(core, p, 0)) || (core.endsWith(p) && wordAt(core, p, core.length - p.length)))
  return clicks && hasPhrase(core, APP_WORDS)
}

/**
 * Whether `text` is an ad slot's label or an in-article promo line, the whole line (see `lexicon/boilerplate/ad-labels.ts`).
 *
 * @param text a line
 * @returns true for `ADVERTISEMENT`, `- Anzeige -`, `[广告]`, `Story continues below advertisement`, `Tell us what
 *   you think...`, `Download our app`, `CLICK HERE TO GET THE ACME NEWS APP`
 */
export function isAdLine(text: string): boolean {
  const n = text.length
  if (n === 0 || n > MAX_LENGTH) return false
  let a = 0
  while (a < n && isEdge(text.charCodeAt(a))) a++
  let b = n
  while (b > a && isEdge(text.charCodeAt(b - 1))) b--
  if (a === b) return false
  // Most short lines are menu entries and headings: their first word's start, or the last word's end,
  // rules them out before the line is lowered and looked up.
  const head = (CODE_FLAGS[text.charCodeAt(a)]! & FIRST) !== 0 ? startFlags(text, a, b) : 0
  const whole = (head & LINE_HEAD) !== 0
  const click = (head & CLICK_HEAD) !== 0 || ((CODE_FLAGS[text.charCodeAt(b - 1)]! & LAST) !== 0 && (HEADS[headOf(text, a, b, true, CLICK_HEAD_LENGTH)]! & TAIL) !== 0)
  if (!whole && !click) return false
  const core = coreOf(text, a, b)
  // Two slot lines side by side end as one does: the pairs are tried only then.
  const twoSlots = (): boolean => (HEADS[headOf(text, a, b, true, LINE_HEAD_LENGTH)]! & SLOT_TAIL) !== 0 && isTwoSlotLines(core)
  if (whole && (SLOT_LINES.has(core) || PROMPT_LINES.has(core) || twoSlots())) return true
  return click && isClickForApp(core)
}

/**
 * Drops an ad slot's label or an in-article promo line, the whole line in any case, wherever it stands:
 * `ADVERTISEMENT`, `- Advert -`, `Anzeige`, `Publicité`, `Реклама`, `[广告]`, `Story continues below
 * advertisement`, `Scroll to continue with content`, a prompt for the reader's opinion (`Tell us what YOU
 * think...`) or for the site's app (`Download our app`, `CLICK HERE TO GET THE ACME NEWS APP`). The
 * article's paragraphs around it stay one run. `The advertisement was pulled.`, `Sponsored by the council,
 * …`, a heading `Advertising`, `广告法` in a sentence, and `Click here to read the full report` stay.
 */
export const adLabel: BoilerplateRule = {
  id: 'boilerplate/ad-label',
  description: 'ad slot label, "continues below" notice, or a promo line for the reader\'s opinion or the site\'s app',
  scope: 'line',
  inline: true,
  midArticle: true,
  maxWords: MAX_WORDS,
  match(views, i) {
    const v = views[i]!
    if (v.words > MAX_WORDS) return 0
    return isAdLine(v.text) ? 1 : 0
  },
}
