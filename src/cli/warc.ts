/**
 * A WARC 1.0/1.1 record reader (also reads Common Crawl WET files, which are WARC with `conversion`
 * records). Written here instead of depending on `warcio`: the framing is a version line, headers, a
 * blank line, `Content-Length` bytes and two CRLFs, about a hundred lines, while warcio brings yargs,
 * tempy, hash-wasm and pako with it for features (writing, digests, CDX) the CLI does not use.
 */
import { ByteReader } from './byte-reader.js'

/** Longest header line accepted; real WARC header lines are well under a kilobyte. */
const MAX_HEADER_LINE = 64 * 1024
/** Most header lines per record; a stream with more is not WARC. */
const MAX_HEADERS = 256

/** One WARC record, or an error found at a byte offset. */
export type WarcItem =
  | {
      readonly ok: true
      /** Byte offset of the `WARC/` line in the decompressed stream. */
      readonly offset: number
      /** Header names lower-cased. */
      readonly headers: ReadonlyMap<string, string>
      /** The record block, or `undefined` when it exceeded the size limit and was skipped. */
      readonly payload: Buffer | undefined
      readonly length: number
    }
  | { readonly ok: false; readonly offset: number; readonly reason: string }

/**
 * Read WARC records one at a time; a record's block is held in memory only while it is yielded, and a
 * block over `maxBytes` is skipped unread. After a framing error the reader resynchronises on the next
 * `WARC/` line, so one damaged record costs one error, not the rest of the file.
 *
 * @param chunks the decompressed byte stream
 * @param maxBytes the largest record block to read
 * @returns records and errors in stream order
 */
export async function* readWarc(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<WarcItem> {
  const reader = new ByteReader(chunks)
  let resyncing = false
  for (;;) {
    const offset = reader.offset
    let line: Buffer | undefined
    try {
      line = await reader.readLine(MAX_HEADER_LINE)
    } catch (error) {
      yield { ok: false, offset, reason: reasonOf(error) }
      return
    }
    if (line === undefined) return
    if (line.length === 0) continue
    if (!startsWithWarc(line)) {
      if (!resyncing) yield { ok: false, offset, reason: 'not a WARC record: expected a "WARC/" version line' }
      resyncing = true
      continue
    }
    resyncing = false
    let headers: Map<string, string>
    try {
      headers = await readHeaders(reader)
    } catch (error) {
      yield { ok: false, offset, reason: reasonOf(error) }
      resyncing = true
      continue
    }
    const lengthText = headers.get('content-length')
    const length = lengthText !== undefined && /^\d{1,15}$/.test(lengthText) ? Number(lengthText) : Number.NaN
    if (!Number.isFinite(length)) {
      yield { ok: false, offset, reason: 'WARC record without a valid Content-Length' }
      resyncing = true
      continue
    }
    if (length > maxBytes) {
      const skipped = await reader.skip(length)
      if (skipped < length) {
        yield { ok: false, offset, reason: `truncated WARC record: ${skipped} of ${length} bytes` }
        return
      }
      yield { ok: true, offset, headers, payload: undefined, length }
      continue
    }
    const payload = await reader.read(length)
    if (payload.length < length) {
      yield { ok: false, offset, reason: `truncated WARC record: ${payload.length} of ${length} bytes` }
      return
    }
    yield { ok: true, offset, headers, payload, length }
  }
}

/** Read `Name: value` lines up to the blank line; continuation lines (leading space or tab) extend the last value. */
async function readHeaders(reader: ByteReader): Promise<Map<string, string>> {
  const headers = new Map<string, string>()
  let last: string | undefined
  for (let count = 0; count < MAX_HEADERS; count++) {
    const line = await reader.readLine(MAX_HEADER_LINE)
    if (line === undefined) throw new Error('truncated WARC headers')
    if (line.length === 0) return headers
    const text = line.toString('utf8')
    if ((text.startsWith(' ') || text.startsWith('\t')) && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''} ${text.trim()}`)
      continue
    }
    const colon = text.indexOf(':')
    if (colon <= 0) throw new Error(`bad WARC header line: ${JSON.stringify(text.slice(0, 80))}`)
    last = text.slice(0, colon).trim().toLowerCase()
    headers.set(last, text.slice(colon + 1).trim())
  }
  throw new Error(`more than ${MAX_HEADERS} WARC header lines`)
}

function startsWithWarc(line: Buffer): boolean {
  return line.length >= 5 && line.toString('latin1', 0, 5) === 'WARC/'
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
