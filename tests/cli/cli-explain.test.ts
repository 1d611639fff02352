import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clean, cleanHtml, type CleanResult } from 'textwash'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusPages, parseJsonl, runCli, runInProcess, tempDir } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)
const at = (name: string) => join(tmp.dir, name)

const GBK_PAGE = new URL('../../fixtures/html/gov-zh-gbk/source.html', import.meta.url).pathname

/** A page whose removals sit on different lines, with accented letters and a dash outside ASCII. */
const PAGE = `<html><head><title>Le café du marché rouvre – La Gazette</title></head>
<body>
<nav><a href="/">Accueil</a> <a href="/économie">Économie</a></nav>
<article>
<h1>Le café du marché rouvre</h1>
<p>Le café de la place du marché a rouvert ses portes lundi, après trois mois de travaux menés par la municipalité.</p>
<p>« Nous sommes très heureux de retrouver nos habitués », a déclaré la gérante, devant une clientèle fidèle.</p>
<div class="share-bar"><a href="#">Partager</a> <a href="#">Tweeter</a></div>
<p>Les travaux ont coûté près de 120 000 euros, financés à moitié par la région et à moitié par la commune.</p>
</article>
<footer>© La Gazette 2024 – Tous droits réservés</footer>
</body></html>
`

/** A line end as editors count them. */
const LINE_END = /\r\n|\r|\n/

/**
 * The line number an editor shows for each removal and change, in `--explain` order: the line of the
 * decoded file (CRLF, LF or a lone CR ending it) whose text holds the start of the span.
 */
function editorLines(decoded: string, result: CleanResult): string[] {
  const lines = decoded.split(LINE_END)
  const spans = [
    ...result.removed.map((r) => ({ start: r.start, text: r.text, what: `removed  ${r.rule}` })),
    ...result.changes.map((c) => ({ start: c.start, text: c.before, what: `changed  ${c.rule}` })),
  ].sort((a, b) => a.start - b.start)
  return spans.map((span) => {
    const number = decoded.slice(0, span.start).split(LINE_END).length
    // The line shown there holds the span's first line: the count is the editor's.
    expect(lines[number - 1]).toContain(span.text.split(LINE_END)[0])
    return `L${number}  ${span.what}`
  })
}

/** The `L12  removed  rule` part of each explanation row. */
function explained(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => /^L\d+ {2}/.test(line))
    .map((line) => line.split('  ').slice(0, 3).join('  '))
}

describe('textwash --explain on files that are not UTF-8 or not LF', () => {
  it('should number the lines of a GBK page as an editor shows the file, not as a UTF-8 reading of its bytes', async () => {
    const bytes = readFileSync(GBK_PAGE)
    const result = cleanHtml(new Uint8Array(bytes))
    const expected = editorLines(new TextDecoder('gbk').decode(bytes), result)
    const run = await runCli([GBK_PAGE, '--explain', '-q', '-w', '1'])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toMatch(/, decoded as gbk$/)
    expect(explained(run.stdout)).toEqual(expected)
  })

  it('should number the lines of a GBK page without a charset declaration, decoded by detection', async () => {
    const bytes = Buffer.from(readFileSync(GBK_PAGE))
    const declaration = bytes.indexOf('charset=gb2312')
    expect(declaration).toBeGreaterThan(0)
    bytes.fill(0x20, declaration, declaration + 'charset=gb2312'.length)
    writeFileSync(at('undeclared.html'), bytes)
    const result = cleanHtml(new Uint8Array(bytes))
    expect(result.metadata.charset).toMatch(/^gb/)
    const run = await runInProcess([at('undeclared.html'), '--explain', '-q', '-w', '0'])
    expect(explained(run.stdout)).toEqual(editorLines(new TextDecoder(result.metadata.charset).decode(bytes), result))
  })

  it('should number the lines of a UTF-16 page with a byte-order mark like those of the same page in UTF-8', async () => {
    writeFileSync(at('utf8.html'), PAGE)
    writeFileSync(at('utf16.html'), Buffer.from(`\uFEFF${PAGE}`, 'utf16le'))
    const expected = editorLines(PAGE, cleanHtml(PAGE))
    expect(new Set(expected.map((row) => row.split(' ')[0])).size).toBeGreaterThan(3)
    const utf8 = await runInProcess([at('utf8.html'), '--explain', '-q', '-w', '0'])
    const utf16 = await runInProcess([at('utf16.html'), '--explain', '-q', '-w', '0'])
    expect(explained(utf8.stdout)).toEqual(expected)
    expect(explained(utf16.stdout)).toEqual(expected)
    expect(utf16.stdout.split('\n')[0]).toMatch(/, decoded as utf-16le$/)
  })

  it('should count a lone CR as a line end, and CRLF and a byte-order mark as an editor does', async () => {
    const page = corpusPages()[0]!.text
    const expected = editorLines(page, clean(page))
    expect(expected.some((row) => !row.startsWith('L1 '))).toBe(true)
    writeFileSync(at('lf.txt'), page)
    writeFileSync(at('cr.txt'), page.replace(/\n/g, '\r'))
    writeFileSync(at('bom-crlf.txt'), `\uFEFF${page.replace(/\n/g, '\r\n')}`)
    for (const name of ['lf.txt', 'cr.txt', 'bom-crlf.txt']) {
      const run = await runInProcess([at(name), '--explain', '-q', '-w', '0'])
      expect(run.code).toBe(0)
      expect(explained(run.stdout), name).toEqual(expected)
    }
  })

  it('should give --json offsets that slice the file decoded with metadata.charset to the removed text', async () => {
    const run = await runInProcess([GBK_PAGE, '--json', '-q', '-w', '0'])
    const [record] = parseJsonl(run.stdout)
    const metadata = record?.['metadata'] as { charset: string }
    const removed = record?.['removed'] as Array<{ start: number; end: number; text: string }>
    const decoded = new TextDecoder(metadata.charset).decode(readFileSync(GBK_PAGE))
    expect(removed.length).toBeGreaterThan(0)
    for (const r of removed) expect(decoded.slice(r.start, r.end)).toBe(r.text)
  })
})
