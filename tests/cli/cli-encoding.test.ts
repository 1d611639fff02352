import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clean, cleanHtml } from 'textwash'
import { afterAll, describe, expect, it } from 'vitest'
import { encodeLegacy, parseJsonl, runCli, runInProcess, tempDir, warcRecord } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)
const at = (name: string) => join(tmp.dir, name)

const SIMPLIFIED = `本市今年春季的降雨量比往年同期偏少三成，水务部门提醒居民节约用水。

据气象台介绍，未来一周仍以晴天为主，局部地区可能出现短时阵雨。农业部门已组织技术人员下乡，指导农户做好抗旱播种工作。
`
const TRADITIONAL = `颱風預計明天清晨登陸東部沿海，氣象局已發布海上及陸上警報。

各級學校將停課一天，鐵路部分班次也會取消，請民眾留意最新消息並做好防颱準備。
`
const JAPANESE = `市立図書館は来月から開館時間を午後九時まで延長すると発表した。

利用者の要望に応えたもので、平日の夜に勉強する学生や仕事帰りの会社員の利用が増えると見込んでいる。
`

/** Latin-1 text with windows-1252's en dash (0x96) and curly double quotes (0x93, 0x94) between. */
const latin = (s: string): Buffer => Buffer.from(s, 'latin1')
const WINDOWS_1252 = Buffer.concat([
  latin('The old bridge will close from nine to five '),
  Buffer.from([0x96]),
  latin(' on weekdays only '),
  Buffer.from([0x96]),
  latin(' while engineers replace the deck, the council said.\n\n'),
  Buffer.from([0x93]),
  latin('We expect some delays at first,'),
  Buffer.from([0x94]),
  latin(' a spokesman for the works added.\n'),
])
const WINDOWS_1252_TEXT = `The old bridge will close from nine to five – on weekdays only – while engineers replace the deck, the council said.

“We expect some delays at first,” a spokesman for the works added.
`

/** A record of the CLI's JSONL output. */
interface Out {
  readonly id: string
  readonly body: string
  readonly metadata: { readonly charset?: string }
  readonly warnings?: readonly string[]
}

async function cleanJson(args: readonly string[]): Promise<Out[]> {
  const run = await runInProcess([...args, '--json', '-q', '-w', '0'])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return parseJsonl(run.stdout) as unknown as Out[]
}

describe('the test encoder', () => {
  it('should give the code points every GBK, Big5 and Shift_JIS table lists for a few characters', () => {
    expect([...encodeLegacy('gbk', '中文')]).toEqual([0xd6, 0xd0, 0xce, 0xc4])
    expect([...encodeLegacy('big5', '中文')]).toEqual([0xa4, 0xa4, 0xa4, 0xe5])
    expect([...encodeLegacy('shift_jis', '日本')]).toEqual([0x93, 0xfa, 0x96, 0x7b])
  })
})

describe('textwash on plain-text files that are not UTF-8 and have no byte-order mark', () => {
  it.each([
    { name: 'gbk.txt', bytes: () => encodeLegacy('gbk', SIMPLIFIED), text: SIMPLIFIED, charset: 'gb18030' },
    { name: 'big5.txt', bytes: () => encodeLegacy('big5', TRADITIONAL), text: TRADITIONAL, charset: 'big5' },
    { name: 'sjis.txt', bytes: () => encodeLegacy('shift_jis', JAPANESE), text: JAPANESE, charset: 'shift_jis' },
    { name: 'cp1252.txt', bytes: () => WINDOWS_1252, text: WINDOWS_1252_TEXT, charset: 'windows-1252' },
  ])('should decode $name by detection and say which charset it detected', async ({ name, bytes, text, charset }) => {
    writeFileSync(at(name), bytes())
    const [record] = await cleanJson([at(name)])
    expect(record?.body).toBe(clean(text).body)
    expect(record?.metadata.charset).toBe(charset)
    expect(record?.warnings).toContain(`text/charset: not UTF-8 and no byte-order mark; decoded as ${charset}, detected from the bytes`)
  })

  it('should decode windows-1252 curly quotes and dashes as the standard maps them, not as C1 controls', async () => {
    writeFileSync(at('quotes.txt'), WINDOWS_1252)
    const [record] = await cleanJson([at('quotes.txt')])
    expect(record?.body).toContain('five – on weekdays only –')
    expect(record?.body).toContain('“We expect some delays at first,”')
    expect(record?.body).not.toMatch(/[\u0080-\u009f]/)
  })

  it('should clean a folder of files in several legacy encodings, each in its own', async () => {
    const dir = at('mixed')
    mkdirSync(dir)
    writeFileSync(join(dir, 'a-gbk.txt'), encodeLegacy('gbk', SIMPLIFIED))
    writeFileSync(join(dir, 'b-sjis.txt'), encodeLegacy('shift_jis', JAPANESE))
    writeFileSync(join(dir, 'c-utf8.txt'), TRADITIONAL)
    writeFileSync(join(dir, 'd-cp1252.txt'), WINDOWS_1252)
    const records = await cleanJson([dir])
    expect(records.map((r) => r.body)).toEqual([SIMPLIFIED, JAPANESE, TRADITIONAL, WINDOWS_1252_TEXT].map((t) => clean(t).body))
    expect(records.map((r) => r.metadata.charset)).toEqual(['gb18030', 'shift_jis', undefined, 'windows-1252'])
    // UTF-8, the default, gives no warning.
    expect(records[2]).not.toHaveProperty('warnings')
  })

  it('should name the detected charset in the --explain header and list the warning', async () => {
    writeFileSync(at('explain-gbk.txt'), encodeLegacy('gbk', `首页 > 新闻 > 本地\n\n${SIMPLIFIED}`))
    const run = await runInProcess([at('explain-gbk.txt'), '--explain', '-q', '-w', '0'])
    const [header, warning, ...rows] = run.stdout.split('\n')
    expect(header).toMatch(/: 1 removed, \d+ changed, body \d+ chars, decoded as gb18030$/)
    expect(warning).toBe('# warning: text/charset: not UTF-8 and no byte-order mark; decoded as gb18030, detected from the bytes')
    expect(rows[0]).toMatch(/^L1 {2}removed {2}\S+ {2}"首页 > 新闻 > 本地"$/)
  })

  it('should decode stdin the same way', async () => {
    const run = await runCli(['--json', '-q', '-w', '1'], encodeLegacy('shift_jis', JAPANESE))
    expect(run.code).toBe(0)
    const [record] = parseJsonl(run.stdout) as unknown as Out[]
    expect(record?.body).toBe(clean(JAPANESE).body)
    expect(record?.metadata.charset).toBe('shift_jis')
    expect(record?.warnings?.[0]).toMatch(/^text\/charset: .*decoded as shift_jis/)
  })

  it('should fall back to UTF-8 with replacement characters and a warning when the bytes are no text', async () => {
    writeFileSync(at('binary.txt'), Buffer.concat([latin('Header line\n'), Buffer.from([0x00, 0x01, 0x80, 0x00, 0x9d, 0x00, 0x03, 0x00]), latin('\nA closing sentence of some length.\n')]))
    const [record] = await cleanJson([at('binary.txt')])
    expect(record?.warnings).toContain('text/charset: could not tell the encoding; decoded as UTF-8 with replacement characters')
    expect(record?.body).toContain('A closing sentence of some length.')
  })
})

describe('textwash --encoding', () => {
  it('should read text in the encoding given instead of detecting one, with no warning', async () => {
    writeFileSync(at('forced.txt'), encodeLegacy('gbk', SIMPLIFIED))
    const [gbk] = await cleanJson([at('forced.txt'), '--encoding', 'GBK'])
    expect(gbk?.body).toBe(clean(SIMPLIFIED).body)
    expect(gbk?.metadata.charset).toBe('gbk')
    expect(gbk).not.toHaveProperty('warnings')
    // The label is obeyed, not checked against the bytes: GBK read as Big5 is other text.
    const [big5] = await cleanJson([at('forced.txt'), '--encoding', 'big5'])
    expect(big5?.metadata.charset).toBe('big5')
    expect(big5?.body).not.toContain('降雨量')
  })

  it('should decode the latin1 label as windows-1252, curly quotes included', async () => {
    writeFileSync(at('forced-1252.txt'), WINDOWS_1252)
    const [record] = await cleanJson([at('forced-1252.txt'), '--encoding', 'latin1'])
    expect(record?.body).toBe(clean(WINDOWS_1252_TEXT).body)
    expect(record?.metadata.charset).toBe('windows-1252')
  })

  it('should turn bytes the forced encoding cannot decode into U+FFFD with a warning, not drop them silently', async () => {
    writeFileSync(at('forced-utf8.txt'), WINDOWS_1252)
    const [record] = await cleanJson([at('forced-utf8.txt'), '--encoding', 'utf-8'])
    expect(record?.warnings).toContain('text/charset: bytes that are not valid utf-8 were decoded as U+FFFD')
    expect(record?.body).toContain('\uFFFD')
    expect(record?.metadata).not.toHaveProperty('charset')
  })

  it("should read HTML in the encoding given, over the page's own wrong declaration", async () => {
    const page = `<html><head><meta charset="iso-8859-1"><title>降雨</title></head><body><article>${SIMPLIFIED.split('\n\n')
      .map((p) => `<p>${p.trim()}</p>`)
      .join('\n')}</article></body></html>\n`
    const bytes = encodeLegacy('gbk', page)
    writeFileSync(at('mislabelled.html'), bytes)
    const [declared] = await cleanJson([at('mislabelled.html')])
    expect(declared?.metadata.charset).toBe('windows-1252')
    const [forced] = await cleanJson([at('mislabelled.html'), '--encoding', 'gbk'])
    expect(forced?.metadata.charset).toBe('gbk')
    expect(forced?.body).toBe(cleanHtml(page).body)
    const explained = await runInProcess([at('mislabelled.html'), '--encoding', 'gbk', '--explain', '-q', '-w', '0'])
    expect(explained.stdout.split('\n')[0]).toMatch(/, decoded as gbk$/)
  })

  it.each(['klingon', 'utf-9', '', 'iso-2022-kr'])('should refuse the unknown label %j with exit code 2 and say why', async (label) => {
    const run = await runCli(['--encoding', label, '-q'], 'text\n')
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`--encoding: unknown encoding label "${label}"`)
  })
})

/** A WARC response record with an HTTP Content-Type. */
function response(contentType: string, body: Buffer, id: string): Buffer {
  const head = `HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`
  return warcRecord('response', Buffer.concat([Buffer.from(head), body]), { 'WARC-Record-ID': `<urn:uuid:${id}>` })
}

describe('textwash on WARC records that are not UTF-8', () => {
  const page = `<html><head><title>降雨</title></head><body><article><p>${SIMPLIFIED.replace(/\n+/g, '</p><p>')}</p></article></body></html>`
  const records = [
    response('text/plain', encodeLegacy('gbk', SIMPLIFIED), 'plain-undeclared'),
    response('text/plain; charset=big5', encodeLegacy('big5', TRADITIONAL), 'plain-big5'),
    response('text/html; charset=GBK', encodeLegacy('gbk', page), 'html-gbk'),
    warcRecord('resource', encodeLegacy('shift_jis', JAPANESE), { 'WARC-Record-ID': '<urn:uuid:resource-sjis>', 'Content-Type': 'text/plain; charset=shift_jis' }),
  ]

  it("should read a plain-text body by its HTTP charset, else by detection, and an HTML body's charset into metadata", async () => {
    writeFileSync(at('legacy.warc'), Buffer.concat(records))
    const out = await cleanJson([at('legacy.warc')])
    expect(out.map((r) => [r.id, r.metadata.charset])).toEqual([
      ['urn:uuid:plain-undeclared', 'gb18030'],
      ['urn:uuid:plain-big5', 'big5'],
      ['urn:uuid:html-gbk', 'gbk'],
      ['urn:uuid:resource-sjis', 'shift_jis'],
    ])
    expect(out.map((r) => r.body)).toEqual([clean(SIMPLIFIED).body, clean(TRADITIONAL).body, cleanHtml(page).body, clean(JAPANESE).body])
    expect(out.map((r) => (r.warnings ?? []).filter((w) => w.startsWith('text/charset')).length)).toEqual([1, 0, 0, 0])
  })

  it('should name the HTTP charset in the --explain header of an HTML record', async () => {
    writeFileSync(at('explain.warc'), records[2]!)
    const run = await runInProcess([at('explain.warc'), '--explain', '-q', '-w', '0'])
    expect(run.stdout.split('\n')[0]).toMatch(/^# urn:uuid:html-gbk: .*, decoded as gbk$/)
  })

  it('should take --encoding for a record whose header names no charset, and keep a named one', async () => {
    writeFileSync(at('forced.warc'), Buffer.concat([response('text/plain', encodeLegacy('big5', TRADITIONAL), 'a'), records[2]!]))
    const out = await cleanJson([at('forced.warc'), '--encoding', 'big5'])
    expect(out.map((r) => r.metadata.charset)).toEqual(['big5', 'gbk'])
    expect(out[0]?.body).toBe(clean(TRADITIONAL).body)
    expect(out[0]).not.toHaveProperty('warnings')
  })

  it('should detect the encoding of a body whose header names an unknown charset, and say the charset was ignored', async () => {
    writeFileSync(at('unknown.warc'), response('text/plain; charset=x-martian', encodeLegacy('gbk', SIMPLIFIED), 'unknown'))
    const [record] = await cleanJson([at('unknown.warc')])
    expect(record?.body).toBe(clean(SIMPLIFIED).body)
    expect(record?.warnings?.slice(0, 2)).toEqual([
      `text/charset: the record's Content-Type names an unknown charset "x-martian"; ignored`,
      'text/charset: not UTF-8 and no byte-order mark; decoded as gb18030, detected from the bytes',
    ])
  })

  it('should still refuse a WET conversion record that is not UTF-8, whatever --encoding says', async () => {
    writeFileSync(at('legacy.wet'), warcRecord('conversion', encodeLegacy('gbk', SIMPLIFIED)))
    const run = await runInProcess([at('legacy.wet'), '--encoding', 'gbk', '-q', '-w', '0'])
    expect(run.code).toBe(1)
    expect(parseJsonl(run.stdout)[0]?.['error']).toMatch(/not valid UTF-8/)
  })
})
