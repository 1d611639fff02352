import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clean, cleanHtml } from 'textwash'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusPages, parseJsonl, runCli, runInProcess, tempDir } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)
const pages = corpusPages()
const page = pages[0]!
const pagePath = join(tmp.dir, 'page.txt')
writeFileSync(pagePath, page.text)

describe.concurrent('textwash on plain text', () => {
  it('should print the body of a text file, as clean() returns it', async () => {
    const run = await runCli([pagePath, '-q'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(`${clean(page.text).body}\n`)
    expect(run.stderr).toBe('')
  })

  it('should read stdin when no file is given and write the same body to stdout', async () => {
    const fromFile = await runInProcess([pagePath, '-q', '-w', '0'])
    const fromStdin = await runCli(['-q'], page.text)
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.stdout).toBe(fromFile.stdout)
  })

  it('should print the whole result with --json', async () => {
    const run = await runInProcess([pagePath, '--json', '-q', '-w', '0'])
    const [record, ...rest] = parseJsonl(run.stdout)
    const expected = clean(page.text)
    expect(rest).toEqual([])
    expect(record).toMatchObject({ id: pagePath, body: expected.body })
    expect(record?.['removed']).toEqual(JSON.parse(JSON.stringify(expected.removed)))
    expect(record?.['changes']).toEqual(JSON.parse(JSON.stringify(expected.changes)))
    expect(record?.['metadata']).toEqual(JSON.parse(JSON.stringify(expected.metadata)))
  })

  it('should list each removal with its rule and source line with --explain', async () => {
    const run = await runInProcess([pagePath, '--explain', '-q', '-w', '0'])
    const expected = clean(page.text)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toContain(`${expected.removed.length} removed`)
    const removalLines = lines.filter((line) => line.includes('  removed  '))
    expect(removalLines).toHaveLength(expected.removed.length)
    for (const [i, removal] of expected.removed.entries()) {
      const lineNo = page.text.slice(0, removal.start).split('\n').length
      expect(removalLines[i]).toContain(`L${lineNo}  removed  ${removal.rule}`)
    }
  })

  it('should separate the bodies of several files with a blank line and print a summary on stderr', async () => {
    const second = join(tmp.dir, 'second.txt')
    writeFileSync(second, pages[1]!.text)
    const run = await runInProcess([pagePath, second, '-w', '0'])
    expect(run.stdout).toBe(`${clean(page.text).body}\n\n${clean(pages[1]!.text).body}\n`)
    expect(run.stderr).toMatch(/read 2 = written 2 \+ errors 0/)
  })

  it('should report a missing file as an error record and exit 1', async () => {
    const run = await runInProcess([join(tmp.dir, 'nope.txt'), pagePath, '-w', '0'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('nope.txt: no such file or directory')
    expect(run.stderr).toMatch(/read 2 = written 1 \+ errors 1/)
    expect(run.stdout).toBe(`${clean(page.text).body}\n`)
  })

  it('should hand an HTML file to cleanHtml as bytes, so its own charset declaration is honoured', async () => {
    const path = new URL('../../fixtures/html/gov-zh-gbk/source.html', import.meta.url).pathname
    const run = await runInProcess([path, '--json', '-q', '-w', '0'])
    const [record] = parseJsonl(run.stdout)
    const expected = cleanHtml(new Uint8Array(readFileSync(path)))
    expect(record).toMatchObject({ body: expected.body, metadata: JSON.parse(JSON.stringify(expected.metadata)) as unknown })
    expect(run.code).toBe(0)
  })

  it('should exit 2 with a message on an unknown option', async () => {
    const run = await runCli(['--frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--help')
  })

  it('should write one text file per record with --out-dir', async () => {
    const outDir = join(tmp.dir, 'out')
    const run = await runInProcess([pagePath, '--out-dir', outDir, '-q', '-w', '0'])
    expect(run.code).toBe(0)
    const files = readdirSync(outDir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^00000001-.*page\.txt\.txt$/)
    expect(readFileSync(join(outDir, files[0]!), 'utf8')).toBe(`${clean(page.text).body}\n`)
  })
})
