import type { Piece } from '../../types.js'
import { collapse } from './dom.js'

/** A character reference read at an `&`: how many characters of the source it spans, and the text it stands for. */
export interface Reference {
  readonly length: number
  readonly text: string
}

/**
 * Cut a piece that is its source text at the character references in it: each reference becomes a piece
 * of its own whose span is the whole reference, and the text between stays in pieces one to one with
 * their spans.
 *
 * @param p a piece whose text is the source of its span
 * @param referenceAt the reference at `at` (an `&`) of `p.text`, or undefined when that `&` is text; it is
 *   asked about each `&` outside a reference, left to right
 * @param out receives the pieces, in order
 * @example splitReferences({ start: 0, end: 9, text: 'a &amp; b' }, read, out) // pieces 'a ', '&' spanning 2…7, ' b'
 */
export function splitReferences(p: Piece, referenceAt: (text: string, at: number) => Reference | undefined, out: Piece[]): void {
  let from = 0
  for (let i = p.text.indexOf('&'); i >= 0; i = p.text.indexOf('&', i + 1)) {
    const ref = referenceAt(p.text, i)
    if (ref === undefined) continue
    if (i > from) out.push({ start: p.start + from, end: p.start + i, text: p.text.slice(from, i) })
    out.push({ start: p.start + i, end: p.start + i + ref.length, text: ref.text })
    from = i + ref.length
    i = from - 1
  }
  if (from === 0) out.push(p)
  else if (from < p.text.length) out.push({ start: p.start + from, end: p.end, text: p.text.slice(from) })
}

/**
 * The pieces of an HTML text node, as fine as its source allows: runs of text that is its HTML one to
 * one (a lone tab or line break reads as a space), one piece per character reference spanning it, and
 * outside `pre` one piece per run of two or more white-space characters spanning the run, its text one
 * space. The references are found by reading the node's source and its decoded text together, so every
 * reference the parser decoded is found, legacy ones without `;` included, without a table of names.
 *
 * @param source the decoded HTML
 * @param start the node's span in it
 * @param end the node's span in it
 * @param data the node's text as the parser decoded it
 * @param pre whether white space is kept as it is (inside `pre`)
 * @returns pieces whose texts concatenate to `data` (white space collapsed outside `pre`), or undefined
 *   when the source does not read as that text (nothing the parser makes, but then the node stays whole)
 * @example textPieces('<p>a &amp;  b</p>', 3, 13, 'a &  b', false) // 'a ', '&' spanning 5…10, ' ' spanning 10…12, 'b'
 */
export function textPieces(source: string, start: number, end: number, data: string, pre: boolean): Piece[] | undefined {
  const raw = source.slice(start, end)
  const decoded = raw === data ? [{ start, end, text: raw }] : decodedPieces(raw, start, data)
  if (decoded === undefined || pre) return decoded
  const out: Piece[] = []
  for (const p of decoded) {
    if (p.end - p.start === p.text.length) collapseInto(p, out)
    // A reference to white space (`&#10;`) would join the runs around it: rare enough to keep the node whole.
    else if (SPACE.test(p.text)) return undefined
    else out.push(p)
  }
  return out
}

/** `raw` cut at the references that decode it to `data`, or undefined when it does not read as `data`. */
function decodedPieces(raw: string, start: number, data: string): Piece[] | undefined {
  const first = raw.indexOf('&')
  if (first < 0 || !sameAt(raw, 0, data, 0, first)) return undefined
  // Offset in `data` minus offset in `raw`, past the references read so far.
  let shift = 0
  let lost = false
  const out: Piece[] = []
  splitReferences({ start, end: start + raw.length, text: raw }, (text, at) => {
    if (lost) return undefined
    const read = readReference(text, at, data, at + shift)
    if (read === undefined) lost = true
    if (read === undefined || read === LITERAL) return undefined
    shift += read.text.length - read.length
    return read
  }, out)
  return lost || raw.length + shift !== data.length ? undefined : out
}

/** What `readReference` gives for an `&` that is text. */
const LITERAL: Reference = Object.freeze({ length: 1, text: '&' })

/**
 * What the `&` at `at` of `raw` decodes to, given that it decodes to `data` from `j`: a reference, `LITERAL`,
 * or undefined when nothing fits. A reading fits when the source after it, up to the next `&`, is the
 * decoded text after its text (and, before no other `&`, ends it). Numeric references take all their
 * digits and a `;`; a named one's length is what fits, shortest first, a name followed by its `;` first.
 */
function readReference(raw: string, at: number, data: string, j: number): Reference | undefined {
  const next = raw.indexOf('&', at + 1)
  const stop = next < 0 ? raw.length : next
  const fits = (m: number, k: number): boolean => {
    const tail = stop - at - m
    const endsAt = j + k + tail
    return endsAt <= data.length && (next >= 0 || endsAt === data.length) && sameAt(raw, at + m, data, j + k, tail)
  }
  // A reference decodes to one code unit or two: an astral character, or two characters (`&fjlig;`, a
  // symbol and a combining mark). Read before another `&`, one of those could pass for one character.
  const astral = isHighSurrogate(data.charCodeAt(j)) && isLowSurrogate(data.charCodeAt(j + 1))
  const reading = (m: number): Reference | undefined => {
    for (let k = astral ? 2 : 1; k <= 2; k++) if (fits(m, k)) return { length: m, text: data.slice(j, j + k) }
    return undefined
  }
  if (raw.charCodeAt(at + 1) === HASH) {
    const hex = (raw.charCodeAt(at + 2) | 0x20) === X
    const digits = hex ? HEX : DIGIT
    let q = at + (hex ? 3 : 2)
    const from = q
    while (q < stop && digits.test(raw[q]!)) q++
    if (q > from) return reading(q - at + (raw[q] === ';' ? 1 : 0))
  } else if (at + 1 < stop && LETTER.test(raw[at + 1]!)) {
    // Only `&amp` stands for an ampersand, and no reference stands for one and more: an `&` that decodes
    // to an `&` is text unless named so.
    const amp = data[j] === '&'
    const names = Math.min(stop, at + 1 + MAX_NAME)
    let q = at + 2
    while (q < names && ALNUM.test(raw[q]!)) q++
    for (let len = 2; len < q - at; len++) {
      if (amp && (len !== 3 || !AMP.test(raw.slice(at + 1, at + 4)))) continue
      const semicolon = raw[at + 1 + len] === ';'
      const r = (semicolon ? reading(len + 2) : undefined) ?? reading(len + 1)
      if (r !== undefined && (!amp || r.text === '&')) return r
    }
  }
  return data[j] === '&' && fits(1, 1) ? LITERAL : undefined
}

const HASH = 0x23
const X = 0x78
const DIGIT = /^\d$/
const HEX = /^[0-9a-f]$/i
const LETTER = /^[a-z]$/i
const ALNUM = /^[a-z0-9]$/i
const AMP = /^(?:amp|AMP)$/
// The longest name of a character reference (`CounterClockwiseContourIntegral`) has 31 letters.
const MAX_NAME = 32

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/** Whether `a` from `i` and `b` from `j` hold the same `n` characters. */
function sameAt(a: string, i: number, b: string, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false
  return true
}

// HTML white space: space, tab, LF, FF, CR (a non-breaking space is text).
const SPACE = /[\t\n\f\r ]/
// What collapsing changes: a run of two or more white-space characters, or a lone one that is not a space.
const TO_COLLAPSE = /[\t\n\f\r ]{2,}|[\t\n\f\r]/g

/**
 * Collapse the white space of a piece one to one with its span: each run of two or more characters becomes
 * a piece of its own, one space spanning the run; a lone tab or line break reads as a space in place.
 */
function collapseInto(p: Piece, out: Piece[]): void {
  TO_COLLAPSE.lastIndex = 0
  let from = 0
  let lone = false
  for (let m = TO_COLLAPSE.exec(p.text); m !== null; m = TO_COLLAPSE.exec(p.text)) {
    if (m[0].length === 1) {
      lone = true
      continue
    }
    if (m.index > from) out.push(run(p, from, m.index, lone))
    out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, text: ' ' })
    from = m.index + m[0].length
    lone = false
  }
  if (from === 0 && !lone) out.push(p)
  else if (from < p.text.length) out.push(run(p, from, p.text.length, lone))
}

/** The slice `[from, to)` of a one-to-one piece, its lone tabs and line breaks read as spaces when `lone`. */
function run(p: Piece, from: number, to: number, lone: boolean): Piece {
  const text = p.text.slice(from, to)
  return { start: p.start + from, end: p.start + to, text: lone ? collapse(text) : text }
}
