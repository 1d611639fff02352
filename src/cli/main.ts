/**
 * The `textwash` command. Node only: file I/O, worker threads and signals live here, never in the
 * library, which stays pure so it also runs in browsers and inside users' own workers.
 */
import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { HELP, parseCli } from './args.js'
import { EXIT, runCli } from './run.js'

/** The package version, read from package.json next to `dist/` (and next to `src/` in development). */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown }
    return typeof pkg.version === 'string' ? pkg.version : 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * Keep V8 from moving allocation sites to old space when their objects happen to outlive a few nursery
 * collections: the cleaner's per-block objects are short-lived, but whether V8 decides to pretenure them
 * depended on the timing of module loading, and when it did, peak RSS with 2 workers went from ~200 MB to
 * 240–320 MB on the same input at the same speed. Set before any worker starts, so every isolate has it.
 */
function steadyMemory(): void {
  setFlagsFromString('--no-allocation-site-pretenuring')
}

async function main(): Promise<void> {
  steadyMemory()
  const parsed = parseCli(process.argv.slice(2), packageVersion())
  if ('print' in parsed) {
    ;(parsed.exitCode === 0 ? process.stdout : process.stderr).write(parsed.print)
    process.exitCode = parsed.exitCode
    return
  }
  // No file and nothing piped in: the user is at a prompt, not streaming text. Say how to use it
  // instead of waiting silently for typed input.
  if (parsed.run.inputs.length === 0 && process.stdin.isTTY) {
    process.stderr.write(HELP)
    process.exitCode = EXIT.usage
    return
  }
  // First Ctrl-C (or SIGTERM): stop reading, finish and write what was read, print the summary.
  // A second one exits at once; every write is a whole line, so the output still ends on a line end.
  const controller = new AbortController()
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // EPIPE on stdout surfaces through the write that hit it; this keeps it from also being thrown as uncaught.
  process.stdout.on('error', () => controller.abort())
  const code = await runCli(parsed.run, {
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
    workerUrl: new URL('./worker.js', import.meta.url),
  })
  // Exit explicitly: an abandoned stdin or a worker being torn down must not keep the process alive.
  process.exit(code)
}

await main()
