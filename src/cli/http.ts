/** Split the HTTP response stored in a WARC `response` record into its headers and body. */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

/** Longest HTTP header section looked at; real ones are a few kilobytes. */
const MAX_HEAD_BYTES = 64 * 1024

/** The parts of an HTTP response the CLI needs. */
export interface HttpResponse {
  readonly status: number
  /** Media type without parameters, lower case (`text/html`), or `''` when absent. */
  readonly mediaType: string
  /** `charset` parameter of `Content-Type`, when given. */
  readonly charset?: string
  /** The body, de-chunked and decompressed. */
  readonly body: Buffer
}

/**
 * Parse an HTTP/1.x response: status, `Content-Type`, and the body with chunked transfer coding and
 * gzip/deflate/br content coding undone (crawlers that already undid them rename the headers, as
 * Common Crawl does with `X-Crawler-Transfer-Encoding`, so they are left alone then).
 *
 * @param payload the WARC record block
 * @returns the response, or a string saying why it is not one
 */
export function parseHttpResponse(payload: Buffer): HttpResponse | string {
  if (!/^HTTP\/\d/.test(payload.toString('latin1', 0, 8))) return 'not an HTTP response'
  const searchIn = payload.subarray(0, MAX_HEAD_BYTES)
  let headEnd = searchIn.indexOf('\r\n\r\n')
  let sepLength = 4
  if (headEnd === -1) {
    headEnd = searchIn.indexOf('\n\n')
    sepLength = 2
  }
  if (headEnd === -1) return 'HTTP response without an end of headers'
  const lines = payload.toString('latin1', 0, headEnd).split(/\r?\n/)
  const statusMatch = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(lines[0] ?? '')
  if (statusMatch === null) return 'not an HTTP response'
  const headers = new Map<string, string>()
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  let body = payload.subarray(headEnd + sepLength)
  try {
    if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body)
    body = decompress(body, (headers.get('content-encoding') ?? '').toLowerCase())
  } catch (error) {
    return `undecodable HTTP body: ${error instanceof Error ? error.message : String(error)}`
  }
  const contentType = headers.get('content-type') ?? ''
  const type = contentType.split(';')[0] ?? ''
  const charset = charsetOf(contentType)
  return {
    status: Number(statusMatch[1]),
    mediaType: type.trim().toLowerCase(),
    ...(charset === undefined ? {} : { charset }),
    body,
  }
}

/**
 * The `charset` parameter of a `Content-Type` value, unquoted; undefined when there is none.
 *
 * @param contentType a header value such as `text/plain; charset="gbk"`
 * @returns the charset label as written
 */
export function charsetOf(contentType: string): string | undefined {
  const params = contentType.split(';').slice(1)
  const charsetParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('charset='))
  const charset = charsetParam?.slice('charset='.length).replace(/^["']|["']$/g, '').trim()
  return charset === undefined || charset === '' ? undefined : charset
}

/** Undo HTTP/1.1 chunked transfer coding. */
function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at)
    if (lineEnd === -1) break
    const size = Number.parseInt(data.toString('latin1', at, lineEnd).split(';')[0] ?? '', 16)
    if (!Number.isFinite(size)) throw new Error('bad chunk size')
    if (size === 0) break
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

function decompress(body: Buffer, coding: string): Buffer {
  if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body)
  if (coding === 'deflate') return inflateSync(body)
  if (coding === 'br') return brotliDecompressSync(body)
  return body
}
