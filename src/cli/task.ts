/**
 * The messages between the reading thread and the workers. Kept to plain data so they cross
 * `postMessage` by structured clone.
 */
import type { Options } from '../types.js'

/** Where a record came from, for error records and ids: the file (`-` for stdin) and a line or byte offset. */
export interface Source {
  readonly file: string
  /** 1-based line number, for JSONL. */
  readonly line?: number
  /** Byte offset of the record in the (decompressed) stream, for WARC. */
  readonly offset?: number
}

/** Fields of a JSONL input record, by name. */
export interface FieldNames {
  /** Field holding plain text. Default `text`. */
  readonly text: string
  /** Field holding HTML. Default `html`. */
  readonly html: string
  /** Field holding the record id. Default `id`. */
  readonly id: string
  /** Whether the user named `text`/`html` explicitly: then only the named one is looked at. */
  readonly only?: 'text' | 'html'
}

/** What one output record carries besides id, body, metadata and (when there are any) warnings. */
export interface Include {
  readonly removed: boolean
  readonly changes: boolean
}

/** How a result is turned into output: a JSONL line, the body as text, an explanation, or a file body. */
export type OutputMode = 'jsonl' | 'text' | 'explain' | 'dir'

/** Sent once to every worker. */
export interface WorkerConfig {
  readonly options: Options
  readonly fields: FieldNames
  readonly include: Include
  readonly mode: OutputMode
  /**
   * `--encoding`: the WHATWG name of the encoding text and HTML input is read in, when given. A byte-order
   * mark and a charset in a WARC record's HTTP header win over it.
   */
  readonly encoding?: string
}

/** One unit of work: a JSONL line, a text or HTML record, or an error found while reading. */
export type Task =
  | { readonly seq: number; readonly kind: 'jsonl'; readonly bytes: Uint8Array; readonly src: Source }
  | {
      readonly seq: number
      readonly kind: 'text' | 'html'
      readonly bytes: Uint8Array
      readonly id: string
      readonly url?: string
      /** Charset named by the HTTP `Content-Type` (or a WARC `resource` record's), used to decode before cleaning. */
      readonly charset?: string
      /** UTF-8 by definition (WET `conversion` records): decoded strictly, neither detected nor `--encoding`. */
      readonly utf8?: true
      /** The record's `WARC-Date` (when it was fetched), the `referenceDate` relative datelines are read against. */
      readonly fetched?: string
      readonly src: Source
    }
  | { readonly seq: number; readonly kind: 'error'; readonly reason: string; readonly src: Source }

/** What a worker sends back: the formatted output (a JSONL line, text, or a file body) or an error record. */
export interface TaskResult {
  readonly seq: number
  readonly ok: boolean
  /** Output text, ending in a newline; for `dir` mode the body. For errors, the error record line (JSONL) or message. */
  readonly out: string
  /** The record id, used to name files in `dir` mode. */
  readonly id?: string
}
