import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clean, cleanHtml } from 'textwash'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusPages, parseJsonl, runInProcess, tempDir, warcRecord } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)
const at = (name: string) => join(tmp.dir, name)

const PAGE = `<html><head><title>Le café du marché rouvre</title></head>
<body><article>
<p>Le café de la place du marché a rouvert ses portes lundi, après trois mois de travaux menés par la municipalité.</p>
<p>« Nous sommes très heureux de retrouver nos habitués », a déclaré la gérante, devant une clientèle fidèle.</p>
</article></body></html>
`

/** A WARC response record of an HTML page with a charset in its HTTP header. */
function response(body: Buffer, charset: string, id: string): Buffer {
  const head = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=${charset}\r\nContent-Length: ${body.length}\r\n\r\n`
  return warcRecord('response', Buffer.concat([Buffer.from(head), body]), { 'WARC-Record-ID': `<urn:uuid:${id}>` })
}

describe('textwash on inputs that start with a byte-order mark', () => {
  it('should decode a WARC page by its byte-order mark, not by a charset the HTTP header names, as browsers do', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)])
    const utf16 = Buffer.from(`\uFEFF${PAGE}`, 'utf16le')
    const plain = Buffer.from(PAGE, 'latin1')
    writeFileSync(at('bom.warc'), Buffer.concat([response(utf8, 'iso-8859-1', 'utf8'), response(utf16, 'utf-8', 'utf16'), response(plain, 'iso-8859-1', 'latin1')]))
    const run = await runInProcess([at('bom.warc'), '-q', '-w', '0'])
    expect(run.code).toBe(0)
    const bodies = parseJsonl(run.stdout).map((record) => record['body'])
    const expected = cleanHtml(PAGE).body
    expect(expected).toContain('café')
    // Without a BOM the header's charset still wins.
    expect(bodies).toEqual([expected, expected, expected])
  })

  it('should read a text file with a UTF-16 byte-order mark, and number its lines for --explain', async () => {
    const page = corpusPages()[0]!.text
    writeFileSync(at('utf16le.txt'), Buffer.from(`\uFEFF${page.replace(/\n/g, '\r\n')}`, 'utf16le'))
    writeFileSync(at('utf16be.txt'), Buffer.from(`\uFEFF${page}`, 'utf16le').swap16())
    writeFileSync(at('utf8.txt'), page)
    const expected = await runInProcess([at('utf8.txt'), '--explain', '-q', '-w', '0'])
    for (const [name, charset] of [['utf16le.txt', 'utf-16le'], ['utf16be.txt', 'utf-16be']] as const) {
      const body = await runInProcess([at(name), '-q', '-w', '0'])
      expect(body.stdout, name).toBe(`${clean(page).body}\n`)
      const explained = await runInProcess([at(name), '--explain', '-q', '-w', '0'])
      // The same rows; the header names the encoding, which is not the default UTF-8.
      const [header, ...rows] = explained.stdout.split('\n')
      const [utf8Header, ...utf8Rows] = expected.stdout.split('\n')
      expect(header?.replace(/^# \S+/, '#'), name).toBe(`${utf8Header?.replace(/^# \S+/, '#')}, decoded as ${charset}`)
      expect(rows, name).toEqual(utf8Rows)
    }
  })

  it('should let a byte-order mark win over --encoding, as browsers let it win over a declared charset', async () => {
    writeFileSync(at('bom-forced.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Le café du marché rouvre lundi.\n')]))
    const run = await runInProcess([at('bom-forced.txt'), '--encoding', 'shift_jis', '--json', '-q', '-w', '0'])
    const [record] = parseJsonl(run.stdout)
    expect(record?.['body']).toBe('Le café du marché rouvre lundi.')
    expect(record?.['metadata']).not.toHaveProperty('charset')
    expect(record).not.toHaveProperty('warnings')
  })
})
