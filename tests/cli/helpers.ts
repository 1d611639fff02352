/** Shared helpers for the CLI tests: run the built CLI, and build WARC/WET/JSONL fixtures in a temp dir. */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { parseCli } from '../../src/cli/args.js'
import { runCli as runInProcessCli } from '../../src/cli/run.js'

/** The built CLI; `npm test` builds it first, during development run `npx tsup`. */
export const CLI = new URL('../../dist/cli/main.js', import.meta.url).pathname

/** What a CLI run gave. */
export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Run the built CLI with arguments and optional stdin.
 *
 * @param args command-line arguments
 * @param stdin bytes for stdin (closed empty when omitted)
 * @returns exit code and output
 */
export function runCli(args: readonly string[], stdin?: string | Buffer): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npx tsup (npm test builds it first)`)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    )
    child.stdin.end(stdin)
  })
}

/** The built worker script, used by in-process runs with workers. */
const WORKER = new URL('../../dist/cli/worker.js', import.meta.url)

/**
 * Run the CLI in this process (no spawn: fast), with output captured. Runs with `--workers` other than
 * 0 use the built worker script.
 *
 * @param args command-line arguments (no stdin: pass files)
 * @returns exit code and output
 */
export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  const parsed = parseCli(args, 'test')
  if ('print' in parsed) return { code: parsed.exitCode, stdout: '', stderr: parsed.print }
  const capture = (): { stream: PassThrough; text: () => string } => {
    const chunks: Buffer[] = []
    const stream = new PassThrough()
    stream.on('data', (b: Buffer) => chunks.push(b))
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
  }
  const out = capture()
  const err = capture()
  const code = await runInProcessCli(parsed.run, {
    stdout: out.stream,
    stderr: err.stream as unknown as NodeJS.WriteStream,
    signal: new AbortController().signal,
    workerUrl: WORKER,
  })
  return { code, stdout: out.text(), stderr: err.text() }
}

/** A temp dir removed by `cleanup`. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'textwash-cli-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The hand-cleaned corpus pages shipped in the repo, as realistic whole-page text. */
export function corpusPages(): Array<{ name: string; text: string }> {
  const dir = new URL('../../fixtures/corpus/', import.meta.url).pathname
  return readdirSync(dir)
    .filter((name) => /^\d{3}_[0-9a-f]+\.txt$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}

/**
 * One WARC record as bytes.
 *
 * @param type WARC-Type
 * @param block the record block
 * @param extra more headers
 * @returns the record with its trailing CRLF CRLF
 */
export function warcRecord(type: string, block: string | Buffer, extra: Record<string, string> = {}): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : block
  const headers = {
    'WARC-Type': type,
    'WARC-Date': '2024-01-02T03:04:05Z',
    'WARC-Record-ID': `<urn:uuid:${type}-${body.length}-${Object.values(extra).join('|').length}>`,
    ...extra,
    'Content-Length': String(body.length),
  }
  const head = `WARC/1.0\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`
  return Buffer.concat([Buffer.from(head, 'utf8'), body, Buffer.from('\r\n\r\n')])
}

/**
 * Gzip each record as its own member and concatenate, as Common Crawl does.
 *
 * @param records WARC records
 * @returns a multi-member gzip file
 */
export function gzipMembers(records: readonly Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)))
}

/**
 * Parse JSONL output; fails the test on a line that is not JSON.
 *
 * @param text CLI output
 * @returns the records
 */
export function parseJsonl(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** The lead and trail byte ranges of the double-byte encodings `encodeLegacy` knows. */
const DOUBLE_BYTE: Readonly<Record<string, { leads: readonly [number, number][]; trails: readonly [number, number][] }>> = {
  gbk: { leads: [[0x81, 0xfe]], trails: [[0x40, 0x7e], [0x80, 0xfe]] },
  // From 0xA1: the rows below are the Hong Kong extension, whose duplicates of common characters Big5 files do not use.
  big5: { leads: [[0xa1, 0xf9]], trails: [[0x40, 0x7e], [0xa1, 0xfe]] },
  shift_jis: { leads: [[0x81, 0x9f], [0xe0, 0xfc]], trails: [[0x40, 0x7e], [0x80, 0xfc]] },
}
const tables = new Map<string, Map<string, readonly number[]>>()

/** Every byte of some inclusive ranges. */
function bytesOf(ranges: readonly [number, number][]): number[] {
  return ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))
}

/**
 * Encode text in GBK, Big5 or Shift_JIS, for test files: ASCII as itself, every other character by the
 * double-byte sequence that `TextDecoder` decodes to it (the first, when several do). Node has no encoder
 * for these, and the table is read off the decoder rather than typed in.
 *
 * @param label `gbk`, `big5` or `shift_jis`
 * @param text text whose characters all have a double-byte sequence in that encoding
 * @returns the bytes
 */
export function encodeLegacy(label: 'gbk' | 'big5' | 'shift_jis', text: string): Buffer {
  let table = tables.get(label)
  if (table === undefined) {
    table = new Map()
    const decoder = new TextDecoder(label)
    const { leads, trails } = DOUBLE_BYTE[label]!
    for (const lead of bytesOf(leads)) {
      for (const trail of bytesOf(trails)) {
        const char = decoder.decode(Uint8Array.of(lead, trail))
        if ([...char].length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail])
      }
    }
    tables.set(label, table)
  }
  const out: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0)!
    const sequence = code < 0x80 ? [code] : table.get(char)
    if (sequence === undefined) throw new Error(`${label} has no sequence for ${JSON.stringify(char)}`)
    out.push(...sequence)
  }
  return Buffer.from(out)
}
