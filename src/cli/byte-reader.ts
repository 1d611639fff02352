/** Pull-based reading of a byte stream: lines and exact byte counts, for record formats such as WARC. */

/**
 * A buffered reader over async byte chunks. Keeps at most one partial chunk plus what a single
 * `read()` asks for, so memory stays bounded by the largest record read.
 */
export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0)
  private done = false
  private readonly iterator: AsyncIterator<Buffer>
  /** Bytes consumed so far: the offset of the next byte. */
  offset = 0

  /**
   * @param chunks the byte stream
   */
  constructor(chunks: AsyncIterable<Buffer>) {
    this.iterator = chunks[Symbol.asyncIterator]()
  }

  /** Pull one more chunk into the buffer; false at end of stream. */
  private async fill(): Promise<boolean> {
    if (this.done) return false
    const next = await this.iterator.next()
    if (next.done === true) {
      this.done = true
      return false
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value])
    return true
  }

  /**
   * Read one line, without its `\r\n` or `\n`.
   *
   * @param maxBytes the longest line accepted; a longer one throws
   * @returns the line, or `undefined` at end of stream
   */
  async readLine(maxBytes: number): Promise<Buffer | undefined> {
    let searchFrom = 0
    for (;;) {
      const nl = this.buffer.indexOf(0x0a, searchFrom)
      if (nl !== -1) {
        const end = nl > 0 && this.buffer[nl - 1] === 0x0d ? nl - 1 : nl
        const line = this.buffer.subarray(0, end)
        this.consume(nl + 1)
        return line
      }
      if (this.buffer.length > maxBytes) throw new Error(`line longer than ${maxBytes} bytes`)
      searchFrom = this.buffer.length
      if (!(await this.fill())) {
        if (this.buffer.length === 0) return undefined
        const line = this.buffer
        this.consume(line.length)
        return line
      }
    }
  }

  /**
   * Read exactly `n` bytes.
   *
   * @param n how many
   * @returns the bytes; fewer than `n` only at end of stream
   */
  async read(n: number): Promise<Buffer> {
    if (this.buffer.length >= n) {
      const out = this.buffer.subarray(0, n)
      this.consume(n)
      return out
    }
    const parts: Buffer[] = [this.buffer]
    let have = this.buffer.length
    this.buffer = Buffer.alloc(0)
    while (have < n && (await this.fill())) {
      parts.push(this.buffer)
      have += this.buffer.length
      this.buffer = Buffer.alloc(0)
    }
    const all = Buffer.concat(parts, have)
    const out = all.subarray(0, Math.min(n, have))
    this.buffer = all.subarray(out.length)
    this.offset += out.length
    return out
  }

  /**
   * Skip `n` bytes without keeping them.
   *
   * @param n how many
   * @returns how many were skipped (fewer only at end of stream)
   */
  async skip(n: number): Promise<number> {
    let left = n
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.fill())) break
      const step = Math.min(left, this.buffer.length)
      this.consume(step)
      left -= step
    }
    return n - left
  }

  private consume(n: number): void {
    this.buffer = this.buffer.subarray(n)
    this.offset += n
  }
}
