/** Split a byte stream into lines without holding more than one line (bounded by a limit) in memory. */

/** One line of input: its bytes without the line ending, or the fact that it was too long. */
export interface Line {
  /** 1-based line number. */
  readonly number: number
  /** Byte offset of the line start. */
  readonly offset: number
  /** The bytes, or `undefined` when the line exceeded the limit and was skipped. */
  readonly bytes: Buffer | undefined
  /** Length in bytes (also for a skipped line). */
  readonly length: number
}

/**
 * Yield the lines of a stream. A line longer than `maxBytes` is skipped as it streams past (never
 * buffered) and yielded with `bytes: undefined`, so the caller can report it.
 *
 * @param chunks the byte chunks
 * @param maxBytes the longest line to keep
 * @returns the lines, `\n` or `\r\n` endings removed; a last line without a newline is included
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let partsLength = 0
  let oversize = false
  let number = 1
  let offset = 0
  const finish = (tail: Buffer): Line => {
    const length = partsLength + tail.length
    let bytes: Buffer | undefined
    if (!oversize && length <= maxBytes) {
      bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail], length)
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1)
    }
    const line: Line = { number, offset, bytes, length }
    number += 1
    offset += length + 1
    parts = []
    partsLength = 0
    oversize = false
    return line
  }
  for await (const chunk of chunks) {
    let from = 0
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      yield finish(chunk.subarray(from, nl))
      from = nl + 1
    }
    if (from < chunk.length) {
      const tail = chunk.subarray(from)
      partsLength += tail.length
      if (partsLength > maxBytes) {
        oversize = true
        parts = []
      } else {
        // Copy: the reader may reuse the chunk's memory once we return to it.
        parts.push(Buffer.from(tail))
      }
    }
  }
  if (partsLength > 0) yield finish(Buffer.alloc(0))
}
