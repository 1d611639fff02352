import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CLI, corpusPages, tempDir } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)
const pages = corpusPages()
const input = join(tmp.dir, 'many.jsonl')
// Far more records than the run gets through before the signal, so it is always stopped mid-way.
writeFileSync(
  input,
  Array.from({ length: 5000 }, (_, i) => `${JSON.stringify({ id: `r${i}`, text: pages[i % pages.length]!.text.slice(0, 400) })}\n`).join(''),
)

/** Start the CLI with stdout to a file, send `signal` once some output exists, and wait for the exit. */
async function interrupt(signal: NodeJS.Signals, outName: string): Promise<{ code: number | null; out: string; stderr: string }> {
  const outPath = join(tmp.dir, outName)
  const fd = openSync(outPath, 'w')
  const child = spawn(process.execPath, [CLI, input, '-w', '2'], { stdio: ['ignore', fd, 'pipe'] })
  closeSync(fd)
  let stderr = ''
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  for (let i = 0; i < 600 && statSync(outPath).size < 2000; i++) await new Promise((r) => setTimeout(r, 50))
  child.kill(signal)
  const code = await exited
  return { code, out: readFileSync(outPath, 'utf8'), stderr }
}

describe('textwash interrupted', () => {
  it('should finish the records it read, leave only complete JSONL lines and exit 130 on Ctrl-C', async () => {
    const { code, out, stderr } = await interrupt('SIGINT', 'int.jsonl')
    expect(code).toBe(130)
    expect(out.endsWith('\n')).toBe(true)
    const lines = out.split('\n').slice(0, -1)
    const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id)
    expect(ids).toEqual(ids.map((_, i) => `r${i}`))
    expect(lines.length).toBeLessThan(5000)
    const summary = /read (\d+) = written (\d+) \+ errors (\d+)/.exec(stderr)
    expect(summary?.slice(1).map(Number)).toEqual([lines.length, lines.length, 0])
    expect(stderr).toContain('interrupted')
  })

  it('should leave only complete JSONL lines when killed outright', async () => {
    const { out } = await interrupt('SIGKILL', 'kill.jsonl')
    expect(out.endsWith('\n')).toBe(true)
    for (const line of out.split('\n').slice(0, -1)) expect(() => JSON.parse(line) as unknown).not.toThrow()
  })
})
