/**
 * Turn one task into its output: decode, parse, clean, format. Runs inside a worker thread (or in the
 * main thread with `--workers 0`); never throws, since every failure becomes an error record.
 */
import { decodeReplacing, decodeTextBytes, decodeWith, decoderFor, sniffBom } from '../adapters/bytes.js'
import { clean, cleanHtml, decodeBytes } from '../index.js'
import { parseReferenceDate } from '../core/options.js'
import type { CleanResult, Options } from '../types.js'
import { formatExplain } from './explain.js'
import { failure } from './error-record.js'
import type { Source, Task, TaskResult, WorkerConfig } from './task.js'

// `fatal` so that undecodable bytes become an error record instead of silently turning into U+FFFD.
const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** What the cleaner is handed for one record. */
type Input = {
  readonly id: string
  readonly url?: string
  /** The encoding the CLI decoded the record's bytes with, when it is to be reported in `metadata.charset`. */
  readonly charset?: string
  /** What decoding found (a detected charset, a fallback, bytes replaced), put before the cleaner's own. */
  readonly warnings?: readonly string[]
} & ({ readonly kind: 'text'; readonly content: string } | { readonly kind: 'html'; readonly content: string | Uint8Array })

/**
 * Run one task.
 *
 * @param task the task from the reader
 * @param config output mode, fields and clean() options
 * @returns the formatted output or an error record, never throws
 */
export function processTask(task: Task, config: WorkerConfig): TaskResult {
  if (task.kind === 'error') return failure(task.seq, task.src, task.reason, config)
  let input: Input
  try {
    input = task.kind === 'jsonl' ? fromJsonl(task.bytes, task.src, config) : fromPayload(task, config.encoding)
  } catch (error) {
    return failure(task.seq, task.src, reasonOf(error), config)
  }
  const fetched = task.kind === 'jsonl' ? undefined : readFetched(task.fetched, config.options)
  if (fetched?.warning !== undefined) input = { ...input, warnings: [...(input.warnings ?? []), fetched.warning] }
  const options = fetched?.options ?? config.options
  let result: CleanResult
  try {
    result = withDecoding(input, input.kind === 'html' ? cleanHtml(input.content, options) : clean(input.content, options))
  } catch (error) {
    return failure(task.seq, task.src, `clean failed: ${reasonOf(error)}`, config)
  }
  return { seq: task.seq, ok: true, id: input.id, out: format(input, result, config) }
}

/** Parse one JSONL line into the record to clean; throws a readable reason on bad input. */
function fromJsonl(bytes: Uint8Array, src: Source, config: WorkerConfig): Input {
  const line = decode(bytes)
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new Error(`invalid JSON: ${reasonOf(error)}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object')
  const record = value as Record<string, unknown>
  const { fields } = config
  const rawId = record[fields.id]
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `${src.file}:${src.line ?? 0}`
  const url = typeof record['url'] === 'string' ? { url: record['url'] } : {}
  const text = fields.only === 'html' ? undefined : record[fields.text]
  if (typeof text === 'string') return { id, ...url, kind: 'text', content: text }
  const html = fields.only === 'text' ? undefined : record[fields.html]
  if (typeof html === 'string') return { id, ...url, kind: 'html', content: html }
  const wanted = fields.only === undefined ? `"${fields.text}" or "${fields.html}"` : `"${fields[fields.only]}"`
  throw new Error(`missing string field ${wanted}`)
}

/**
 * Decode a text or HTML file, stdin, or a WARC payload. A byte-order mark wins, as in browsers (WHATWG
 * "decode"): it names the encoding outright. Then the charset a WARC record's HTTP header names, then
 * `--encoding`. Text with none of these is read as UTF-8 when it is valid UTF-8, else in the encoding
 * detected from its bytes (with a `text/charset` warning naming it), else as UTF-8 with replacement
 * characters and a warning; HTML goes to `cleanHtml` as bytes, which reads the page's own declaration
 * before detecting. WET conversion records are UTF-8 by definition and decoded strictly.
 */
function fromPayload(task: Extract<Task, { kind: 'text' | 'html' }>, encoding: string | undefined): Input {
  const base = { id: task.id, ...(task.url === undefined ? {} : { url: task.url }) }
  const bom = sniffBom(task.bytes)
  if (task.utf8 === true) {
    const content = bom === undefined || bom.label === 'utf-8' ? decode(task.bytes) : decodeWith(decoderFor(bom.label)!, task.bytes)
    return { ...base, kind: 'text', content }
  }
  const rule = task.kind === 'text' ? 'text/charset' : 'html/charset'
  const warnings: string[] = []
  let label = bom === undefined ? (task.charset ?? encoding) : undefined
  if (label !== undefined && decoderFor(label) === undefined) {
    // Only a WARC header can name an unknown charset: `--encoding` is checked when the options are read.
    warnings.push(`${rule}: the record's Content-Type names an unknown charset "${label}"; ignored`)
    label = undefined
  }
  if (task.kind === 'html') {
    if (label === undefined) return { ...base, kind: 'html', content: task.bytes, warnings }
    // cleanHtml reports the charset of the bytes it decodes; so does the CLI for the string it hands over.
    const content = decodeReplacing(label, task.bytes, warnings, rule)
    return { ...base, kind: 'html', content, charset: decoderFor(label)!.encoding, warnings }
  }
  const decoded =
    label === undefined
      ? decodeTextBytes(task.bytes)
      : { text: decodeReplacing(label, task.bytes, warnings, rule), charset: decoderFor(label)!.encoding, warnings: [] }
  // Text read as UTF-8, the default, says nothing; any other encoding is reported, as cleanHtml does.
  const charset = decoded.charset === 'utf-8' ? {} : { charset: decoded.charset }
  return { ...base, kind: 'text', content: decoded.text, ...charset, warnings: [...warnings, ...decoded.warnings] }
}

/**
 * The options for a WARC record fetched at `fetched` (its `WARC-Date`): that date as `referenceDate`, unless
 * `--reference-date` set one. A `WARC-Date` that is no ISO 8601 date is left out, with a warning.
 */
function readFetched(fetched: string | undefined, options: Options): { options?: Options; warning?: string } | undefined {
  if (fetched === undefined || options.referenceDate !== undefined) return undefined
  try {
    parseReferenceDate(fetched)
  } catch {
    return { warning: `warc/date: the record's WARC-Date ${JSON.stringify(fetched.slice(0, 40))} is no ISO 8601 date; relative datelines are not resolved` }
  }
  return { options: { ...options, referenceDate: fetched } }
}

/** The result with the charset the CLI decoded the record with and the decoding warnings added. */
function withDecoding(input: Input, result: CleanResult): CleanResult {
  const warnings = [...(input.warnings ?? []), ...(result.warnings ?? [])]
  const metadata = input.charset === undefined ? result.metadata : { ...result.metadata, charset: input.charset }
  return { ...result, metadata, ...(warnings.length === 0 ? {} : { warnings }) }
}

/** Decode bytes as UTF-8, strictly: JSONL and WET records are UTF-8 by definition. */
function decode(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes)
  } catch {
    throw new Error('undecodable bytes: not valid UTF-8')
  }
}

/** Format a cleaned record for the output mode. */
function format(input: Input, result: CleanResult, config: WorkerConfig): string {
  switch (config.mode) {
    case 'dir':
      return result.body.length === 0 ? '' : `${result.body}\n`
    case 'text':
      return `${result.body}\n`
    case 'explain':
      // Offsets point into the decoded page: for HTML handed over as bytes, the text cleanHtml decoded them
      // to (same bytes, same decodeBytes), not a UTF-8 reading, whose lines drift on GBK or UTF-16 pages.
      return formatExplain(input.id, typeof input.content === 'string' ? input.content : decodeBytes(input.content).text, result)
    case 'jsonl':
      return `${JSON.stringify(toRecord(input, result, config))}\n`
  }
}

/** The JSONL output record: id, url when known, body, metadata, and what was asked for. */
function toRecord(input: Input, result: CleanResult, config: WorkerConfig): Record<string, unknown> {
  const record: Record<string, unknown> = { id: input.id }
  if (input.url !== undefined) record['url'] = input.url
  record['body'] = result.body
  record['metadata'] = result.metadata
  if (config.include.removed) record['removed'] = result.removed
  if (config.include.changes) record['changes'] = result.changes
  // Warnings say why a body is empty or what fallback was taken: always worth carrying.
  if (result.warnings !== undefined && result.warnings.length > 0) {
    record['warnings'] = result.warnings
  }
  return record
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
