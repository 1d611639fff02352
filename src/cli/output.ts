/** Where results go: a stream (stdout or a file) with backpressure, or one text file per record. */
import { once } from 'node:events'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Writable } from 'node:stream'

/** Longest id fragment kept in an output file name. */
const MAX_NAME_ID = 80

/**
 * Write text to a stream, waiting for `drain` when its buffer is full, so output speed paces the run.
 * Each call is one whole record, so an interrupted run leaves only complete lines.
 *
 * @param stream the destination
 * @param text one or more complete lines
 * @returns when the stream can take more
 */
export async function writeWithBackpressure(stream: Writable, text: string): Promise<void> {
  if (text.length === 0) return
  if (!stream.write(text)) await once(stream, 'drain')
}

/**
 * Writes each record body to its own file in a folder: `00000001-<id>.txt`, numbered in output order
 * so names never collide, with the id made safe for any file system.
 */
export class DirectoryOutput {
  private count = 0
  private ready: Promise<unknown> | undefined

  /**
   * @param dir the folder, created when missing
   */
  constructor(private readonly dir: string) {}

  /**
   * Write one record body.
   *
   * @param id the record id
   * @param body the text
   * @returns the path written
   */
  async write(id: string, body: string): Promise<string> {
    this.ready ??= mkdir(this.dir, { recursive: true })
    await this.ready
    this.count += 1
    const safe = id.replace(/[^\w.-]+/g, '_').slice(-MAX_NAME_ID)
    const path = join(this.dir, `${String(this.count).padStart(8, '0')}-${safe}.txt`)
    await writeFile(path, body)
    return path
  }
}
