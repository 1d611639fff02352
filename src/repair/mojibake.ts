import { unicodeEscape } from '../core/chars.js'
import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { NO_HIT, scanSource, UNKNOWN } from '../core/scan.js'
import { SINGLE_BYTE } from '../lexicon/repair/cp1252.js'
import type { Block, Doc } from '../types.js'

const MOJIBAKE = 'repair/mojibake'

/** A UTF-8 lead byte 0xC2–0xF4 as Windows-1252/Latin-1 shows it: `Â` to `ô`. */
const LEAD_BYTE_CHAR = /[\u00c2-\u00f4]/

/** The characters a single-byte decoder makes of bytes 0x80–0xFF other than Latin-1: the cp1252 letters and marks. */
const CP1252_SPECIALS = [...SINGLE_BYTE.keys()].filter((c) => c > 0xff).map(unicodeEscape).join('')

/**
 * A lead byte followed by a continuation byte (0x80–0xBF, as Latin-1 or cp1252 shows it): every decodable
 * sequence starts so, and plain accented text almost never has it (`é` is followed by a letter or a space).
 */
const LEAD_PAIR_SOURCE = `[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_SPECIALS}]`
const LEAD_PAIR = new RegExp(LEAD_PAIR_SOURCE)

/**
 * A run of two or more suspect characters, those that could be part of mis-decoded UTF-8 (a byte ≥ 0x80 as
 * Latin-1 or cp1252 spells it): the segments the rule decodes.
 */
const SUSPECT_RUN = new RegExp(`[\\u0080-\\u00ff${CP1252_SPECIALS}]{2,}`, 'g')

/** Double (and, rarely, triple) encoding is undone one layer per round; more layers than this is not text. */
const MAX_ROUNDS = 3

/** Byte value of a character a single-byte decoder produced from a byte ≥ 0x80, or -1. */
function byteOf(c: number): number {
  // Latin-1 and the C1 controls are their own byte; only the cp1252 letters and marks above need the map.
  if (c < 0x80) return -1
  if (c <= 0xff) return c
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

/** Repair each run of suspect characters in one block; the same block when nothing decodes. */
function fixBlock(block: Block): Block {
  const s = block.text
  const edits: TextEdit[] = []
  // ASCII never belongs to a multi-byte sequence, so each maximal run of suspect characters is a segment.
  const re = SUSPECT_RUN
  re.lastIndex = 0
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const run = m[0]
    const fixed = fixMojibakeText(run)
    if (fixed !== run) edits.push({ from: m.index, to: m.index + run.length, text: fixed, rule: MOJIBAKE })
  }
  return editBlock(block, edits)
}

/** Repair mojibake (UTF-8 read as Windows-1252/Latin-1, single or double), per run of suspect characters. */
export const mojibake: BlockRule = {
  id: MOJIBAKE,
  description: 'Decode UTF-8 that was mis-read as Windows-1252 or Latin-1 (donâ€™t → don’t), only where a complete broken sequence is found.',
  // Every broken sequence starts with a lead byte, which a single-byte decoder shows as one of Â–ô,
  // followed by a continuation byte.
  applies: (text) => LEAD_BYTE_CHAR.test(text),
  trigger: LEAD_PAIR,
  apply: (block) => fixBlock(block),
}

/** `LEAD_PAIR` for one native scan of a whole source. */
const LEAD_PAIRS = new RegExp(LEAD_PAIR_SOURCE, 'g')

/**
 * The mojibake rule over every block of a document (boilerplate included, so lexicons match the repaired
 * text). A block whose text is its source span verbatim is sent to the rule when one scan of the source
 * finds a lead byte in its span (`scanSource`); any other block (HTML text, blocks out of source order) is
 * tested on its own.
 *
 * @param doc a segmented document
 * @returns the document with mojibake repaired, or the same document when there is none
 */
export function fixMojibakeDoc(doc: Doc): Doc {
  const found = scanSource(doc, LEAD_PAIRS)
  let blocks: Block[] | undefined
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!
    if (found[i] === NO_HIT || (found[i] === UNKNOWN && !LEAD_PAIR.test(b.text))) continue
    const next = fixBlock(b)
    if (next !== b) (blocks ??= doc.blocks.slice())[i] = next
  }
  return blocks === undefined ? doc : { ...doc, blocks }
}
