/** Open an input as a stream of byte chunks, gunzipping when it starts with the gzip magic bytes. */
import { createReadStream } from 'node:fs'
import { Readable, pipeline } from 'node:stream'
import { createGunzip } from 'node:zlib'

/** Read size: large enough that per-chunk overhead vanishes, small enough to keep memory flat and progress smooth. */
const CHUNK_BYTES = 256 * 1024

/** The decompressed chunks of one input and the first bytes, for format sniffing. */
export interface OpenedInput {
  /** The first decompressed chunk (empty for an empty input). */
  readonly head: Buffer
  /** All decompressed chunks, `head` included. */
  readonly chunks: AsyncIterable<Buffer>
}

/**
 * Open a file (or stdin for `-`) and gunzip it when it is gzip, whatever its name. Multi-member gzip
 * (one member per WARC record, as Common Crawl writes) is read through.
 *
 * @param path a file path, or `-` for stdin
 * @param onRawBytes called with the number of raw (compressed) bytes as they are read, for progress
 * @returns the decompressed chunks and the first of them
 */
export async function openInput(path: string, onRawBytes: (n: number) => void): Promise<OpenedInput> {
  const raw: Readable = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: CHUNK_BYTES })
  const counted = (async function* () {
    for await (const chunk of raw) {
      const buffer = chunk as Buffer
      onRawBytes(buffer.length)
      yield buffer
    }
  })()
  const first = await counted.next()
  if (first.done === true) return { head: Buffer.alloc(0), chunks: empty() }
  const firstChunk = first.value
  const rest = (async function* () {
    yield firstChunk
    yield* counted
  })()
  const gzip = firstChunk.length >= 2 && firstChunk[0] === 0x1f && firstChunk[1] === 0x8b
  if (!gzip) return { head: firstChunk, chunks: rest }
  const gunzip = pipeline(Readable.from(rest, { objectMode: false }), createGunzip({ chunkSize: 1 << 16 }), () => {
    // Errors (a corrupt or truncated gzip) surface through the iteration below; nothing more to do here.
  })
  const iterator = (gunzip as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  const head = await iterator.next()
  if (head.done === true) return { head: Buffer.alloc(0), chunks: empty() }
  const headChunk = head.value
  return {
    head: headChunk,
    chunks: (async function* () {
      yield headChunk
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value
    })(),
  }
}

async function* empty(): AsyncGenerator<Buffer> {
  // An empty input has no chunks.
}
