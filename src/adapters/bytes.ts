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
export function decoderFor(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal })
  } catch {
    return undefined
  }
}

/**
 * What windows-1252 maps the bytes 0x80–0x9F to (the WHATWG index); the five bytes it leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same number, as browsers decode them.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]
const C1 = /[\u0080-\u009f]/g

/**
 * Decode bytes with a decoder, mending a runtime fault: Node 20.20's `windows-1252` decoder (the encoding
 * `latin1`, `iso-8859-1` and `ascii` labels also name) gives the C1 controls U+0080–U+009F for the bytes
 * 0x80–0x9F instead of `€ – — “ ” ‘ ’ …`, and normalisation would then delete them from the text. Each byte
 * is one code unit either way, so offsets are unchanged.
 *
 * @param decoder the decoder
 * @param bytes the bytes
 * @returns the text, as the WHATWG Encoding Standard decodes it
 */
export function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes)
  if (decoder.encoding !== 'windows-1252') return text
  return text.replace(C1, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!))
}

/**
 * The encoding a UTF-8 or UTF-16 byte-order mark at the start of the bytes names, and its length; undefined
 * when there is none.
 */
export function sniffBom(b: Uint8Array): { label: string; skip: number } | undefined {
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

/**
 * Throw a `TypeError` naming what to pass unless `bytes` is a `Uint8Array` (a Node `Buffer` is one).
 *
 * @param bytes what the caller passed
 * @param fn the public function's name, for the message
 */
function assertBytes(bytes: unknown, fn: string): asserts bytes is Uint8Array {
  if (bytes instanceof Uint8Array) return
  const got = bytes === null ? 'null' : bytes instanceof ArrayBuffer ? 'an ArrayBuffer' : typeof bytes
  throw new TypeError(`textwash: ${fn}() expects a Uint8Array or Buffer (wrap an ArrayBuffer in new Uint8Array(…)), got ${got}`)
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
 * @throws TypeError when `bytes` is not a `Uint8Array`
 * @example decodeBytes(gbkBytes).charset // 'gbk'
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  assertBytes(bytes, 'decodeBytes')
  const warnings: string[] = []
  const bom = sniffBom(bytes)
  if (bom !== undefined) {
    const d = decoderFor(bom.label)!
    return { text: decodeWith(d, bytes.subarray(bom.skip)), charset: d.encoding, via: 'bom', warnings }
  }
  const declared = declaredCharset(bytes)
  if (declared !== undefined) {
    const d = decoderFor(declared)
    // A page cannot declare UTF-16 in ASCII-compatible bytes; browsers read that as UTF-8 (WHATWG).
    if (d !== undefined && !d.encoding.startsWith('utf-16')) return { text: decodeWith(d, bytes), charset: d.encoding, via: 'meta', warnings }
    if (d === undefined) warnings.push(`html/charset: the page declares an unknown charset "${declared}"; detecting instead`)
  }
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', via: 'utf8-valid', warnings }
  const d = detectDecoder(bytes, warnings, 'html/charset')
  if (d !== undefined) return { text: decodeWith(d, bytes), charset: d.encoding, via: 'detected', warnings }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', via: 'fallback', warnings }
}

/**
 * The detector's names for the Windows code pages that WHATWG decodes under another name: its `CP932`
 * is WHATWG's `shift_jis` and its `CP949` WHATWG's `euc-kr` (both the Microsoft supersets), which
 * `TextDecoder` does not know as `cp932`/`cp949`.
 */
const DETECTOR_LABELS: Readonly<Record<string, string>> = { cp932: 'shift_jis', cp949: 'euc-kr' }

/**
 * The decoder for the detector's best guess the platform can decode, or undefined (with a warning that
 * the bytes will be read as UTF-8 with replacement characters) when it has none.
 *
 * @param bytes bytes that are not valid UTF-8
 * @param warnings where warnings go, each prefixed with `rule`
 * @param rule the warning id: `html/charset` or `text/charset`
 */
function detectDecoder(bytes: Uint8Array, warnings: string[], rule: string): TextDecoder | undefined {
  // Only encodings web pages use: the legacy Mac and DOS code pages are what short Latin text is most
  // often mistaken for, and browsers cannot decode them anyway.
  const guesses = chardet.detectAll(bytes.subarray(0, DETECT_MAX_BYTES), { encodingEra: chardet.EncodingEra.MODERN_WEB })
  for (const guess of guesses) {
    // Confidences are relative (a clear French page scores 0.1); the bytes are not UTF-8, so the
    // detector's best decodable guess beats UTF-8 with replacement characters.
    if (guess.encoding === null) continue
    const d = decoderFor(DETECTOR_LABELS[guess.encoding.toLowerCase()] ?? guess.encoding)
    if (d !== undefined) return d
    warnings.push(`${rule}: detected "${guess.encoding}", which this platform cannot decode`)
  }
  warnings.push(`${rule}: could not tell the encoding; decoded as UTF-8 with replacement characters`)
  return undefined
}

/**
 * Decode plain-text bytes, which declare no charset: byte-order mark first, then UTF-8 when the bytes are
 * valid UTF-8, then statistical detection as `decodeBytes` does it. A detected encoding is a guess, so it
 * comes with a `text/charset` warning naming it; when nothing decodes, UTF-8 with replacement characters
 * and a warning. Bytes a byte-order mark's encoding cannot decode become U+FFFD, with a warning.
 *
 * @param bytes the text as stored
 * @returns the text, the charset used and any warnings
 * @throws TypeError when `bytes` is not a `Uint8Array`
 * @example decodeTextBytes(gbkBytes).charset // 'gbk'
 */
export function decodeTextBytes(bytes: Uint8Array): Decoded {
  assertBytes(bytes, 'decodeTextBytes')
  const warnings: string[] = []
  const bom = sniffBom(bytes)
  if (bom !== undefined) {
    const text = decodeReplacing(bom.label, bytes.subarray(bom.skip), warnings, 'text/charset')
    return { text, charset: decoderFor(bom.label)!.encoding, via: 'bom', warnings }
  }
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', via: 'utf8-valid', warnings }
  const d = detectDecoder(bytes, warnings, 'text/charset')
  if (d === undefined) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', via: 'fallback', warnings }
  warnings.push(`text/charset: not UTF-8 and no byte-order mark; decoded as ${d.encoding}, detected from the bytes`)
  return { text: decodeWith(d, bytes), charset: d.encoding, via: 'detected', warnings }
}

/**
 * Decode bytes in a named encoding; bytes it cannot decode become U+FFFD and add a warning saying so, so
 * nothing is lost silently.
 *
 * @param label an encoding label `TextDecoder` knows
 * @param bytes the bytes
 * @param warnings where the warning goes
 * @param rule the warning id: `html/charset` or `text/charset`
 * @returns the text
 * @throws RangeError when `TextDecoder` does not know `label`
 */
export function decodeReplacing(label: string, bytes: Uint8Array, warnings: string[], rule: string): string {
  const strict = new TextDecoder(label, { fatal: true })
  try {
    return decodeWith(strict, bytes)
  } catch {
    warnings.push(`${rule}: bytes that are not valid ${strict.encoding} were decoded as U+FFFD`)
    return decodeWith(new TextDecoder(label), bytes)
  }
}
