import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { SINGLE_BYTE } from '../lexicon/repair/cp1252.js'

/** A UTF-8 lead byte 0xC2–0xF4 as Windows-1252/Latin-1 shows it: `Â` to `ô`. */
const LEAD_BYTE_CHAR = /[\u00c2-\u00f4]/

/** Double (and, rarely, triple) encoding is undone one layer per round; more layers than this is not text. */
const MAX_ROUNDS = 3

/** Byte value of a character a single-byte decoder produced from a byte ≥ 0x80, or -1. */
function byteOf(c: number): number {
  return SINGLE_BYTE.get(c) ?? -1
}

/** How many continuation bytes a UTF-8 lead byte announces (0 for anything that is not a lead byte). */
function continuationCount(lead: number): number {
  // 0xC0/0xC1 only start overlong encodings, 0xF5+ code points past U+10FFFF: neither is UTF-8.
  if (lead >= 0xc2 && lead <= 0xdf) return 1
  if (lead >= 0xe0 && lead <= 0xef) return 2
  if (lead >= 0xf0 && lead <= 0xf4) return 3
  return 0
}

/**
 * Decode one UTF-8 sequence that a single-byte decoder spelt out as characters, starting at `i`.
 * The badness check is the sequence itself: a lead byte followed by exactly the continuation bytes it
 * announces, decoding to a character that is neither overlong, a surrogate, nor a C1 control. Real text
 * almost never has such a run (`NÃO`, `ÉCOLE`, `café’s` do not: their next character is not a continuation).
 *
 * @returns the decoded character and the number of characters consumed, or undefined
 */
function decodeAt(s: string, i: number): [string, number] | undefined {
  const lead = byteOf(s.charCodeAt(i))
  const n = continuationCount(lead)
  if (n === 0 || i + n >= s.length) return undefined
  let cp = lead & (0x3f >> n)
  for (let k = 1; k <= n; k++) {
    const b = byteOf(s.charCodeAt(i + k))
    if (b < 0x80 || b > 0xbf) return undefined
    cp = (cp << 6) | (b & 0x3f)
  }
  const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x80 && cp <= 0x9f)) return undefined
  return [String.fromCodePoint(cp), n + 1]
}

/** One round: every complete mis-decoded UTF-8 sequence in `s` is decoded; everything else is kept. */
function fixRound(s: string): string {
  let out = ''
  let last = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xc2 || c > 0xf4) continue
    const hit = decodeAt(s, i)
    if (hit === undefined) continue
    out += s.slice(last, i) + hit[0]
    i += hit[1] - 1
    last = i + 1
  }
  return last === 0 ? s : out + s.slice(last)
}

/**
 * Undo UTF-8 text that was decoded as Windows-1252 or Latin-1, once or several times over.
 *
 * @param text any text
 * @returns the text with each broken sequence decoded; text without one comes back as the same string
 * @example fixMojibakeText('donâ€™t') // 'don’t'
 */
export function fixMojibakeText(text: string): string {
  let cur = text
  for (let r = 0; r < MAX_ROUNDS; r++) {
    const next = fixRound(cur)
    if (next === cur) break
    cur = next
  }
  return cur
}

/** Whether a character could be part of mis-decoded UTF-8: a byte ≥ 0x80 as cp1252/Latin-1 spells it. */
function isSuspect(c: number): boolean {
  return c >= 0x80 && SINGLE_BYTE.has(c)
}

/** Repair mojibake (UTF-8 read as Windows-1252/Latin-1, single or double), per run of suspect characters. */
export const mojibake: BlockRule = {
  id: 'repair/mojibake',
  description: 'Decode UTF-8 that was mis-read as Windows-1252 or Latin-1 (donâ€™t → don’t), only where a complete broken sequence is found.',
  // Every broken sequence starts with a lead byte, which a single-byte decoder shows as one of Â–ô.
  applies: (text) => LEAD_BYTE_CHAR.test(text),
  apply: (block) => {
    const s = block.text
    const edits: TextEdit[] = []
    // ASCII never belongs to a multi-byte sequence, so each maximal run of suspect characters is a segment.
    for (let i = 0; i < s.length; i++) {
      if (!isSuspect(s.charCodeAt(i))) continue
      let j = i + 1
      while (j < s.length && isSuspect(s.charCodeAt(j))) j++
      if (j - i >= 2) {
        const run = s.slice(i, j)
        const fixed = fixMojibakeText(run)
        if (fixed !== run) edits.push({ from: i, to: j, text: fixed, rule: mojibake.id })
      }
      i = j
    }
    return editBlock(block, edits)
  },
}
