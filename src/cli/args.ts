/** Command-line arguments: parsing, validation and the help text. */
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { decoderFor } from '../adapters/bytes.js'
import { parseReferenceDate } from '../core/options.js'
import type { Focus, Options } from '../types.js'
import type { InputKind } from './sniff.js'
import type { FieldNames, Include, OutputMode } from './task.js'

/** Default largest record: far above any real page, low enough that a runaway line cannot exhaust memory. */
const DEFAULT_MAX_RECORD_MB = 32
/** Default time limit per record: pages clean in milliseconds, so a minute means the worker is stuck. */
const DEFAULT_TIMEOUT_S = 60

/** Everything a run needs, parsed from the command line. */
export interface CliOptions {
  readonly inputs: readonly string[]
  /** Output mode, or `undefined` to pick from the first input (JSONL for record inputs, text otherwise). */
  readonly mode: OutputMode | undefined
  readonly include: Include
  readonly outDir: string | undefined
  readonly output: string | undefined
  readonly errors: string | undefined
  readonly inputFormat: InputKind | 'auto'
  readonly fields: FieldNames
  readonly workers: number
  readonly ordered: boolean
  readonly quiet: boolean
  readonly maxRecordBytes: number
  /** Longest a worker may spend on one record (workers only). */
  readonly timeoutMs: number
  /** `--encoding`: the WHATWG name of the encoding to read text and HTML input in. */
  readonly encoding: string | undefined
  readonly options: Options
}

/** What parsing produced: options to run with, or text to print and an exit code. */
export type ParsedArgs = { readonly run: CliOptions } | { readonly print: string; readonly exitCode: number }

/** The `--help` text: the CLI reference. */
export const HELP = `Usage: textwash [options] [FILE|DIR|GLOB ...]

Clean scraped web text. Reads plain text, HTML, JSONL/NDJSON and WARC/WET (gzip or not) from files,
directories, globs, or stdin when no FILE is given (or FILE is -).

Output (default: the body for text/HTML input, JSONL for JSONL/WARC/WET input)
  --json                 JSONL with the whole result: id, body, metadata, removed, changes, warnings
  --explain              list each removal and change with its rule and source line
  --format MODE          text | jsonl | explain
  --include LIST         extra JSONL fields, comma-separated: removed,changes
  --out-dir DIR          write one text file per record into DIR instead
  -o, --output FILE      write to FILE instead of stdout
  --errors FILE          write error records to FILE instead of the output stream

Input
  --input-format KIND    auto | text | html | jsonl | warc (default auto: by extension, then content)
  --text-field NAME      JSONL field with plain text (default: text)
  --html-field NAME      JSONL field with HTML (default: html)
  --id-field NAME        JSONL field with the record id (default: id)
  --encoding LABEL       read text and HTML input in this encoding (a WHATWG label: gbk, big5,
                         shift_jis, euc-kr, windows-1252, utf-8, ...) instead of the page's
                         <meta charset> or detection. A byte-order mark still wins, as in browsers;
                         in WARC a record's HTTP charset wins and LABEL stands in for a missing one.
                         JSONL and WET are UTF-8 by definition and ignore it. Without it, text is
                         read by its BOM, else as UTF-8 when valid, else in the encoding detected
                         from its bytes (with a text/charset warning naming it)
  --max-record-mb N      larger records become error records (default ${DEFAULT_MAX_RECORD_MB})
  --timeout S            a record taking longer than S seconds on a worker becomes an error record
                         and the worker is replaced (default ${DEFAULT_TIMEOUT_S})

Run
  -w, --workers N        worker threads (default: the number of cores; 0 = no threads)
  --unordered            write results as they finish instead of in input order
  -q, --quiet            no progress bar and no summary line

Cleaning
  --focus F              precision | balanced | recall (default balanced)
  --language TAG         force the document language (en, zh, vi, ...)
  --disable IDS          rule ids or prefixes ending in / to turn off, comma-separated
  --no-repair            do not run the repair stage
  --reference-date DATE  when the pages were fetched (ISO 8601: 2026-12-07 or 2026-12-07T14:19:00Z,
                         UTC without a zone): relative datelines (2 hours ago, Yesterday at 14:30)
                         are resolved against it into metadata.date. Without it a WARC/WET record's
                         own WARC-Date is used; other input leaves such dates unresolved

  -h, --help             this help
  -v, --version          the version

Every input record gives exactly one output line: a result, or {"error", "file", "line"|"offset"}.
Exit code: 0 all records cleaned, 1 some records failed, 2 bad usage, 130 interrupted.
`

const FOCUS: readonly Focus[] = ['precision', 'balanced', 'recall']
const FORMATS: readonly OutputMode[] = ['text', 'jsonl', 'explain']
const KINDS: ReadonlyArray<InputKind | 'auto'> = ['auto', 'text', 'html', 'jsonl', 'warc']

/**
 * Parse the command line.
 *
 * @param argv the arguments after the script name
 * @param version the package version, for `--version`
 * @returns options to run with, or a message and exit code (help, version, usage error)
 */
export function parseCli(argv: readonly string[], version: string): ParsedArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        explain: { type: 'boolean' },
        format: { type: 'string' },
        include: { type: 'string' },
        'out-dir': { type: 'string' },
        output: { type: 'string', short: 'o' },
        errors: { type: 'string' },
        'input-format': { type: 'string' },
        'text-field': { type: 'string' },
        'html-field': { type: 'string' },
        'id-field': { type: 'string' },
        encoding: { type: 'string' },
        'max-record-mb': { type: 'string' },
        timeout: { type: 'string' },
        workers: { type: 'string', short: 'w' },
        unordered: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        focus: { type: 'string' },
        language: { type: 'string' },
        disable: { type: 'string', multiple: true },
        'no-repair': { type: 'boolean' },
        'reference-date': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error))
  }
  const v = parsed.values
  if (v.help === true) return { print: HELP, exitCode: 0 }
  if (v.version === true) return { print: `${version}\n`, exitCode: 0 }

  let mode: OutputMode | undefined
  if (v.format !== undefined) {
    if (!FORMATS.includes(v.format as OutputMode)) return usage(`--format must be one of ${FORMATS.join(', ')}`)
    mode = v.format as OutputMode
  }
  if (v.json === true) mode = 'jsonl'
  if (v.explain === true) mode = 'explain'
  if (v['out-dir'] !== undefined) mode = 'dir'

  const extra = (v.include ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')
  const unknown = extra.find((s) => s !== 'removed' && s !== 'changes')
  if (unknown !== undefined) return usage(`--include takes removed and changes, not "${unknown}"`)
  const include: Include = {
    removed: v.json === true || extra.includes('removed'),
    changes: v.json === true || extra.includes('changes'),
  }

  const inputFormat = (v['input-format'] ?? 'auto') as InputKind | 'auto'
  if (!KINDS.includes(inputFormat)) return usage(`--input-format must be one of ${KINDS.join(', ')}`)

  const workers = v.workers === undefined ? availableParallelism() : Number(v.workers)
  if (!Number.isInteger(workers) || workers < 0) return usage('--workers must be a whole number ≥ 0')
  const maxMb = v['max-record-mb'] === undefined ? DEFAULT_MAX_RECORD_MB : Number(v['max-record-mb'])
  if (!(maxMb > 0)) return usage('--max-record-mb must be a positive number')
  const timeout = v.timeout === undefined ? DEFAULT_TIMEOUT_S : Number(v.timeout)
  if (!(timeout > 0)) return usage('--timeout must be a positive number of seconds')

  let encoding: string | undefined
  if (v.encoding !== undefined) {
    encoding = decoderFor(v.encoding)?.encoding
    if (encoding === undefined) {
      return usage(`--encoding: unknown encoding label "${v.encoding}"; use a WHATWG label such as utf-8, gbk, big5, shift_jis, euc-kr, windows-1252`)
    }
  }

  if (v.focus !== undefined && !FOCUS.includes(v.focus as Focus)) return usage(`--focus must be one of ${FOCUS.join(', ')}`)
  const disable = (v.disable ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '')
  const referenceDate = v['reference-date']
  if (referenceDate !== undefined) {
    try {
      parseReferenceDate(referenceDate)
    } catch {
      return usage(`--reference-date: "${referenceDate}" is no ISO 8601 date; use 2026-12-07 or 2026-12-07T14:19:00Z`)
    }
  }
  const options: Options = {
    ...(v.focus === undefined ? {} : { focus: v.focus as Focus }),
    ...(v.language === undefined ? {} : { language: v.language }),
    ...(disable.length === 0 ? {} : { disable }),
    ...(v['no-repair'] === true ? { repair: false } : {}),
    ...(referenceDate === undefined ? {} : { referenceDate }),
  }
  const only = v['html-field'] !== undefined && v['text-field'] === undefined ? 'html' : v['text-field'] !== undefined && v['html-field'] === undefined ? 'text' : undefined
  const fields: FieldNames = {
    text: v['text-field'] ?? 'text',
    html: v['html-field'] ?? 'html',
    id: v['id-field'] ?? 'id',
    ...(only === undefined ? {} : { only }),
  }
  return {
    run: {
      inputs: parsed.positionals,
      mode,
      include,
      outDir: v['out-dir'],
      output: v.output,
      errors: v.errors,
      inputFormat,
      fields,
      workers,
      ordered: v.unordered !== true,
      quiet: v.quiet === true,
      maxRecordBytes: Math.floor(maxMb * 1024 * 1024),
      timeoutMs: timeout * 1000,
      encoding,
      options,
    },
  }
}

function usage(message: string): ParsedArgs {
  return { print: `textwash: ${message}\nRun textwash --help for the options.\n`, exitCode: 2 }
}
