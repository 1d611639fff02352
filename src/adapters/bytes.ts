import { chardet } from 'jschardet'

/** What `decodeBytes` found: the text, the WHATWG name of the encoding used, and how it was chosen. */
export interface Decoded {
  readonly text: string
  /** WHATWG encoding name, as `TextDecoder#encoding` reports it: `utf-8`, `gbk`, `big5`, `shift_jis`, … */
  readonly charset: string
  /** `bom`, `meta` (a `<meta charset>` or `http-equiv` declaration), `utf8-valid`, `detected` or `fallback`. */
  readonly via: 'bom' | 'meta' | 'utf8-valid' | 'detected' | 'fallback'
  readonly warnings: readonly string[]
}

// Browsers look for the declaration in the first 1024 bytes; real pages put it later behind long
// comments or scripts, so look further. Bounded so the prescan stays cheap on huge pages.
const PRESCAN_BYTES = 8192
// Enough bytes for the detector to be sure; more only costs time.
const DETECT_MAX_BYTES = 65536

// `<meta ...>` in the prescan window; attribute text is bounded so a tag without `>` cannot make it quadratic.
const META_TAG = /<meta\s[^<>]{0,1000}>/gi
// `charset=gbk`, `charset="utf-8"`, `charset='big5'` inside a meta tag or its content attribute.
const CHARSET_ATTR = /charset\s{0,4}=\s{0,4}["']?\s{0,4}([\w.:-]{1,40})/i

/**
 * The encoding a `TextDecoder` knows under `label`, or undefined when it knows none.
 *
 * @param label an encoding label such as `GB2312`, `x-gbk`, `utf8`
 * @returns the decoder, or undefined
 */
function decoderFor(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal })
  } catch {
    return undefined
  }
}

/** The byte-order mark's encoding, or undefined. */
function sniffBom(b: Uint8Array): { label: string; skip: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', skip: 3 }
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', skip: 2 }
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', skip: 2 }
  return undefined
}

/**
 * The charset a page declares in its first bytes: `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
 *
 * @param bytes the page
 * @returns the declared label as written, or undefined
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps each byte to one code unit, so ASCII markup reads the same whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES))
  META_TAG.lastIndex = 0
  for (let m = META_TAG.exec(head); m !== null; m = META_TAG.exec(head)) {
    const found = CHARSET_ATTR.exec(m[0])
    if (found?.[1] !== undefined) return found[1]
  }
  return undefined
}

/** Whether the bytes are well-formed UTF-8. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * Decode an HTML page's bytes: byte-order mark first, then the page's own declaration, then UTF-8 when
 * the bytes are valid UTF-8, then statistical detection. An encoding the platform cannot decode falls
 * back to UTF-8 with replacement characters and a warning.
 *
 * @param bytes the page as served
 * @returns the text, the charset used and any warnings
 * @example decodeBytes(gbkBytes).charset // 'gbk'
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const warnings: string[] = []
  const bom = sniffBom(bytes)
  if (bom !== undefined) {
    const d = decoderFor(bom.label)!
    return { text: d.decode(bytes.subarray(bom.skip)), charset: d.encoding, via: 'bom', warnings }
  }
  const declared = declaredCharset(bytes)
  if (declared !== undefined) {
    const d = decoderFor(declared)
    // A page cannot declare UTF-16 in ASCII-compatible bytes; browsers read that as UTF-8 (WHATWG).
    if (d !== undefined && !d.encoding.startsWith('utf-16')) return { text: d.decode(bytes), charset: d.encoding, via: 'meta', warnings }
    if (d === undefined) warnings.push(`html/charset: the page declares an unknown charset "${declared}"; detecting instead`)
  }
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', via: 'utf8-valid', warnings }
  // Only encodings web pages use: the legacy Mac and DOS code pages are what short Latin text is most
  // often mistaken for, and browsers cannot decode them anyway.
  const guesses = chardet.detectAll(bytes.subarray(0, DETECT_MAX_BYTES), { encodingEra: chardet.EncodingEra.MODERN_WEB })
  for (const guess of guesses) {
    // Confidences are relative (a clear French page scores 0.1); the bytes are not UTF-8, so the
    // detector's best decodable guess beats UTF-8 with replacement characters.
    if (guess.encoding === null) continue
    const d = decoderFor(guess.encoding)
    if (d !== undefined) return { text: d.decode(bytes), charset: d.encoding, via: 'detected', warnings }
    warnings.push(`html/charset: detected "${guess.encoding}", which this platform cannot decode`)
  }
  warnings.push('html/charset: could not tell the encoding; decoded as UTF-8 with replacement characters')
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', via: 'fallback', warnings }
}
