/**
 * One CLI run: expand inputs, read records, clean them on workers, write results, count everything.
 * Every record read is counted once and yields exactly one result or one error record, so at the end
 * read = written + errors holds by construction, and the exit code says whether any record failed.
 */
import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import type { CliOptions } from './args.js'
import { openInput } from './bytes.js'
import { expandInputs } from './glob.js'
import { DirectoryOutput, writeWithBackpressure } from './output.js'
import { Progress, summaryLine, type Counts } from './progress.js'
import { readRecords, type NewTask } from './records.js'
import { Scheduler } from './scheduler.js'
import { detectKind, type InputKind } from './sniff.js'
import type { OutputMode, TaskResult } from './task.js'

/** Exit codes, documented in `--help`. */
export const EXIT = { ok: 0, failedRecords: 1, usage: 2, interrupted: 130 } as const

/** The outside world a run talks to; injected so tests and embedders can supply their own. */
export interface RunIO {
  readonly stdout: Writable
  readonly stderr: NodeJS.WriteStream
  /** Aborted on Ctrl-C: reading stops, records already read are finished and written. */
  readonly signal: AbortSignal
  /** The worker script (`cli/worker.js` next to the built CLI). */
  readonly workerUrl: URL
}

/**
 * Run the CLI with parsed options.
 *
 * @param opts the parsed command line
 * @param io streams, the interrupt signal and the worker script
 * @returns the exit code
 */
export async function runCli(opts: CliOptions, io: RunIO): Promise<number> {
  const started = Date.now()
  const counts: Counts = { read: 0, written: 0, errors: 0, skipped: 0, bytes: 0 }
  const inputs = await expandInputs(opts.inputs)
  const sizes = inputs.map((input) => ('path' in input ? input.size : 0))
  const totalBytes = sizes.every((s) => s !== undefined) ? sizes.reduce<number>((a, b) => a + (b ?? 0), 0) : undefined
  // A file that cannot be written (no such folder, disk full) stops the run with its error instead of
  // crashing it: the error is kept and raised by the next write.
  let outputError: unknown
  const openOutput = (path: string): Writable =>
    createWriteStream(path).on('error', (error) => {
      outputError ??= error
    })
  const out = opts.output === undefined ? io.stdout : openOutput(opts.output)
  const errOut = opts.errors === undefined ? undefined : openOutput(opts.errors)
  const dir = opts.outDir === undefined ? undefined : new DirectoryOutput(opts.outDir)
  // No bar while results themselves go to the same terminal: the two would garble each other.
  const resultsOnTerminal = out === io.stdout && dir === undefined && (io.stdout as { isTTY?: boolean }).isTTY === true
  const showProgress = io.stderr.isTTY && !opts.quiet && !resultsOnTerminal
  const progress = showProgress ? new Progress(io.stderr, counts, totalBytes) : undefined
  progress?.start()

  let mode: OutputMode | undefined
  let scheduler: Scheduler | undefined
  let textRecords = 0
  const sink = async (result: TaskResult): Promise<void> => {
    if (outputError !== undefined) throw outputError
    if (!result.ok) {
      counts.errors += 1
      const target = errOut ?? (mode === 'jsonl' ? out : io.stderr)
      await writeWithBackpressure(target, target === io.stderr ? `textwash: ${result.out}` : result.out)
      return
    }
    counts.written += 1
    if (mode === 'dir' && dir !== undefined) await dir.write(result.id ?? 'record', result.out)
    // Text bodies of several records are separated by a blank line, as paragraphs are.
    else if (mode === 'text') await writeWithBackpressure(out, textRecords++ > 0 ? `\n${result.out}` : result.out)
    else await writeWithBackpressure(out, result.out)
  }
  const schedule = (fallback: OutputMode): Scheduler => {
    if (scheduler !== undefined) return scheduler
    mode = opts.mode ?? fallback
    const config = { options: opts.options, fields: opts.fields, include: opts.include, mode, ...(opts.encoding === undefined ? {} : { encoding: opts.encoding }) }
    scheduler = new Scheduler(opts.workers, config, opts.ordered, sink, io.workerUrl, opts.timeoutMs)
    return scheduler
  }
  const submit = async (fallback: OutputMode, task: NewTask): Promise<void> => {
    await schedule(fallback).submit(task)
    // Counted once queued: a submit refused because the output broke leaves the record unread.
    counts.read += 1
  }

  let failure: unknown
  try {
    for (const input of inputs) {
      if (io.signal.aborted) break
      if ('missing' in input) {
        const src = { file: input.missing }
        await submit(modeFor(detectKind(input.missing, NOTHING)), { kind: 'error', reason: 'no such file or directory', src })
        continue
      }
      const file = input.path
      let opened
      try {
        opened = await openInput(file, (n) => {
          counts.bytes += n
        })
      } catch (error) {
        await submit(modeFor(detectKind(file, NOTHING)), { kind: 'error', reason: `cannot read: ${messageOf(error)}`, src: { file } })
        continue
      }
      // Empty stdin holds no record (an empty Spark partition, say); an empty file is one empty page.
      if (file === '-' && opened.head.length === 0) continue
      const kind = opts.inputFormat === 'auto' ? detectKind(file, opened.head) : opts.inputFormat
      const fallback = modeFor(kind)
      const hooks = {
        onSkip: () => {
          counts.skipped += 1
        },
      }
      for await (const task of readRecords(opened, file, kind, opts.maxRecordBytes, hooks)) {
        await submit(fallback, task)
        if (io.signal.aborted) break
      }
    }
  } catch (error) {
    failure = error
  }
  try {
    await scheduler?.finish()
  } catch (error) {
    failure ??= error
  }
  progress?.stop()
  await Promise.all([out === io.stdout ? undefined : endStream(out), errOut === undefined ? undefined : endStream(errOut)])
  failure ??= outputError
  if (failure !== undefined && !isBrokenPipe(failure)) {
    io.stderr.write(`textwash: ${messageOf(failure)}\n`)
  }
  if (!opts.quiet) io.stderr.write(summaryLine(counts, (Date.now() - started) / 1000, io.signal.aborted, process.resourceUsage().maxRSS))
  if (isBrokenPipe(failure)) return EXIT.ok
  if (io.signal.aborted) return EXIT.interrupted
  return failure !== undefined || counts.errors > 0 ? EXIT.failedRecords : EXIT.ok
}

/** Flush and close a file output; its errors were already captured by the listener set when opening it. */
async function endStream(stream: Writable): Promise<void> {
  if (stream.destroyed) return
  await new Promise<void>((resolve) => {
    stream.once('error', () => resolve())
    stream.end(() => resolve())
  })
}

/** No bytes: sniffing by file name alone, for inputs that could not be opened. */
const NOTHING = new Uint8Array(0)

/** Record inputs (JSONL, WARC/WET) default to JSONL output; text and HTML to the body. */
function modeFor(kind: InputKind): OutputMode {
  return kind === 'jsonl' || kind === 'warc' ? 'jsonl' : 'text'
}

/** A closed reader on stdout (`textwash … | head`) is a normal way to stop, not a failure. */
function isBrokenPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EPIPE'
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
