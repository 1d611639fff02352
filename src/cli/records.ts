/** Turn an opened input into tasks: one per JSONL line, per WARC/WET record, or per whole text/HTML file. */
import type { OpenedInput } from './bytes.js'
import { charsetOf, parseHttpResponse } from './http.js'
import { splitLines } from './lines.js'
import type { InputKind } from './sniff.js'
import type { Source, Task } from './task.js'
import { readWarc } from './warc.js'

/** A task before the scheduler numbers it. */
export type NewTask = Task extends infer T ? (T extends Task ? Omit<T, 'seq'> : never) : never

/** What reading can report besides tasks. */
export interface ReadHooks {
  /** A WARC record that is not a page (request, metadata, warcinfo, an image): not a record to clean. */
  readonly onSkip: () => void
}

/**
 * Yield the tasks of one input in order. Errors found while reading (a line over the size limit, a
 * damaged WARC record, a stream that stops mid-record) become error tasks in their place.
 *
 * @param input the opened input
 * @param file its name for sources (`-` for stdin)
 * @param kind what it holds
 * @param maxBytes the largest record accepted
 * @param hooks callbacks for skipped records
 * @returns the tasks
 */
export async function* readRecords(
  input: OpenedInput,
  file: string,
  kind: InputKind,
  maxBytes: number,
  hooks: ReadHooks,
): AsyncGenerator<NewTask> {
  try {
    if (kind === 'jsonl') yield* jsonlTasks(input, file, maxBytes)
    else if (kind === 'warc') yield* warcTasks(input, file, maxBytes, hooks)
    else yield* wholeFileTask(input, file, kind, maxBytes)
  } catch (error) {
    // A stream that fails mid-way (corrupt gzip, read error) costs one error record for the rest of it.
    yield { kind: 'error', reason: `read failed: ${error instanceof Error ? error.message : String(error)}`, src: { file } }
  }
}

async function* jsonlTasks(input: OpenedInput, file: string, maxBytes: number): AsyncGenerator<NewTask> {
  for await (const line of splitLines(input.chunks, maxBytes)) {
    const src: Source = { file, line: line.number }
    if (line.bytes === undefined) {
      yield { kind: 'error', reason: `record of ${line.length} bytes is over the limit of ${maxBytes}`, src }
    } else if (!isBlank(line.bytes)) {
      yield { kind: 'jsonl', bytes: line.bytes, src }
    }
  }
}

/** Blank lines separate nothing in JSONL; they are not records. */
function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false
  return true
}

async function* warcTasks(input: OpenedInput, file: string, maxBytes: number, hooks: ReadHooks): AsyncGenerator<NewTask> {
  for await (const item of readWarc(input.chunks, maxBytes)) {
    const src: Source = { file, offset: item.offset }
    if (!item.ok) {
      yield { kind: 'error', reason: item.reason, src }
      continue
    }
    const type = (item.headers.get('warc-type') ?? '').toLowerCase()
    const contentType = (item.headers.get('content-type') ?? '').toLowerCase()
    const page = type === 'conversion' || type === 'response' || (type === 'resource' && isTextual(contentType))
    if (!page) {
      hooks.onSkip()
      continue
    }
    const id = (item.headers.get('warc-record-id') ?? `${file}@${item.offset}`).replace(/^<|>$/g, '')
    const uri = item.headers.get('warc-target-uri')
    const warcDate = item.headers.get('warc-date')
    // The page's URL, and when it was fetched: relative datelines (`2 hours ago`) are read against it.
    const url = { ...(uri === undefined ? {} : { url: uri }), ...(warcDate === undefined || warcDate === '' ? {} : { fetched: warcDate }) }
    if (item.payload === undefined) {
      yield { kind: 'error', reason: `record of ${item.length} bytes is over the limit of ${maxBytes}`, src }
      continue
    }
    if (type === 'conversion') {
      yield { kind: 'text', bytes: item.payload, id, ...url, utf8: true, src }
      continue
    }
    if (type === 'resource') {
      // A resource record's own Content-Type plays the HTTP header's part.
      const charset = charsetOf(item.headers.get('content-type') ?? '')
      yield { kind: isHtml(contentType) ? 'html' : 'text', bytes: item.payload, id, ...url, ...(charset === undefined ? {} : { charset }), src }
      continue
    }
    const response = parseHttpResponse(item.payload)
    if (typeof response === 'string') {
      yield { kind: 'error', reason: response, src }
    } else if (isHtml(response.mediaType) || response.mediaType === 'text/plain') {
      const charset = response.charset === undefined ? {} : { charset: response.charset }
      const kind = response.mediaType === 'text/plain' ? 'text' : 'html'
      yield { kind, bytes: response.body, id, ...url, ...charset, src }
    } else {
      // Images, PDFs, scripts, redirects without a page: nothing to clean.
      hooks.onSkip()
    }
  }
}

function isHtml(mediaType: string): boolean {
  return mediaType.startsWith('text/html') || mediaType.startsWith('application/xhtml')
}

function isTextual(mediaType: string): boolean {
  return isHtml(mediaType) || mediaType.startsWith('text/plain')
}

async function* wholeFileTask(
  input: OpenedInput,
  file: string,
  kind: 'text' | 'html',
  maxBytes: number,
): AsyncGenerator<NewTask> {
  const parts: Buffer[] = []
  let length = 0
  for await (const chunk of input.chunks) {
    length += chunk.length
    // Past the limit keep counting, but stop holding the bytes.
    if (length <= maxBytes) parts.push(chunk)
  }
  if (length > maxBytes) {
    yield { kind: 'error', reason: `record of ${length} bytes is over the limit of ${maxBytes}`, src: { file } }
    return
  }
  yield { kind, bytes: Buffer.concat(parts, length), id: file, src: { file } }
}
