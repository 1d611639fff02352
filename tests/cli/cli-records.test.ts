import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { clean, cleanHtml } from 'textwash'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusPages, gzipMembers, parseJsonl, runCli, runInProcess, tempDir, warcRecord } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)
const pages = corpusPages()
const at = (name: string) => join(tmp.dir, name)

/** Records of varied size from the corpus pages, each with a distinct id. */
// Page openings of varied length (menus, titles, datelines and first paragraphs), so records differ in
// size and finish out of order on several workers while the suite stays fast.
const records = Array.from({ length: 24 }, (_, i) => {
  const page = pages[i % pages.length]!
  return { id: `rec-${i}`, text: page.text.slice(0, 150 + ((i * 137) % 500)) }
})
const jsonl = records.map((r) => `${JSON.stringify(r)}\n`).join('')
writeFileSync(at('good.jsonl'), jsonl)
writeFileSync(at('three.jsonl'), jsonl.split('\n').slice(0, 3).join('\n'))

describe('textwash on JSONL', () => {
  it('should process every good line, report every bad line with its line number, and make the counts add up', async () => {
    const bad = [
      '{"id": "broken", "text": ',
      '["not", "an", "object"]',
      '{"id": "no-text", "body": "x"}',
      '{"id": "number", "text": 42}',
    ]
    const lines: Buffer[] = []
    const expected: Array<{ line: number; id?: string; error?: RegExp }> = []
    records.slice(0, 8).forEach((r, i) => {
      lines.push(Buffer.from(`${JSON.stringify(r)}\n`))
      expected.push({ line: lines.length, id: r.id })
      if (i % 3 === 1) {
        const b = bad[(i - 1) / 3]!
        lines.push(Buffer.from(`${b}\n`))
        expected.push({ line: lines.length, error: /invalid JSON|not a JSON object|missing string field/ })
      }
      if (i === 5) lines.push(Buffer.from('   \n'))
    })
    lines.push(Buffer.concat([Buffer.from('{"id":"latin1","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]))
    expected.push({ line: lines.length, error: /not valid UTF-8/ })
    lines.push(Buffer.from(`${JSON.stringify({ id: 'huge', text: 'x'.repeat(60_000) })}\n`))
    expected.push({ line: lines.length, error: /over the limit/ })
    writeFileSync(at('mixed.jsonl'), Buffer.concat(lines))

    const run = await runInProcess([at('mixed.jsonl'), '-w', '2', '--max-record-mb', '0.05'])
    const out = parseJsonl(run.stdout)
    expect(out).toHaveLength(expected.length)
    out.forEach((record, i) => {
      const want = expected[i]!
      if (want.error !== undefined) {
        expect(record).toMatchObject({ file: at('mixed.jsonl'), line: want.line })
        expect(record['error']).toMatch(want.error)
      } else {
        // Bodies are compared with clean() in the single-thread tests; here the point is that each good
        // line came back, in place, from a worker.
        expect(record['id']).toBe(want.id)
        expect(typeof record['body']).toBe('string')
      }
    })
    const errors = expected.filter((e) => e.error !== undefined).length
    expect(run.stderr).toContain(`read ${expected.length} = written ${expected.length - errors} + errors ${errors}`)
    expect(run.code).toBe(1)
  })

  it('should divert error records to --errors and keep the output to results', async () => {
    const run = await runInProcess([at('mixed.jsonl'), '-w', '0', '--max-record-mb', '0.05', '--errors', at('errors.jsonl')])
    const results = parseJsonl(run.stdout)
    const errors = parseJsonl(readFileSync(at('errors.jsonl'), 'utf8'))
    expect(results.every((r) => typeof r['body'] === 'string')).toBe(true)
    expect(errors.every((r) => typeof r['error'] === 'string' && typeof r['line'] === 'number')).toBe(true)
    expect(run.stderr).toContain(`read ${results.length + errors.length} = written ${results.length} + errors ${errors.length}`)
    expect(errors.length).toBeGreaterThan(0)
  })

  it('should turn a record that overruns --timeout into an error record, replace the worker and go on', async () => {
    // A millisecond is less than a worker needs to start, so every record overruns it.
    const run = await runInProcess([at('three.jsonl'), '-w', '1', '--timeout', '0.001'])
    const out = parseJsonl(run.stdout)
    expect(out.map((r) => [r['error'], r['line']])).toEqual([1, 2, 3].map((line) => ['timed out after 0.001 s', line]))
    expect(run.stderr).toContain('read 3 = written 0 + errors 3')
    expect(run.code).toBe(1)
  })

  it('should answer a missing JSONL file with a JSONL error record and go on to the next file', async () => {
    const run = await runInProcess([at('absent.jsonl'), at('three.jsonl'), '-w', '0', '-q'])
    const out = parseJsonl(run.stdout)
    expect(out[0]).toEqual({ error: 'no such file or directory', file: at('absent.jsonl') })
    expect(out.slice(1).map((r) => r['id'])).toEqual(['rec-0', 'rec-1', 'rec-2'])
    expect(run.code).toBe(1)
  })

  it('should stop with a message, not a crash, when the output file cannot be written', async () => {
    const run = await runInProcess([at('three.jsonl'), '-w', '0', '-o', at('no-such-dir/out.jsonl')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/textwash: ENOENT/)
  })

  it('should read gzip input to the same output as the plain file', async () => {
    writeFileSync(at('good.jsonl.gz'), gzipSync(jsonl))
    const [plain, gz] = await Promise.all([
      runInProcess([at('good.jsonl'), '-w', '0', '-q']),
      runInProcess([at('good.jsonl.gz'), '-w', '0', '-q']),
    ])
    expect(gz.code).toBe(0)
    expect(gz.stdout).toBe(plain.stdout)
    expect(parseJsonl(gz.stdout).map((r) => r['id'])).toEqual(records.map((r) => r.id))
  })

  it('should report a gzip file cut short as one error record after the records it did hold', async () => {
    const gz = gzipSync(jsonl)
    writeFileSync(at('cut.jsonl.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)))
    const run = await runInProcess([at('cut.jsonl.gz'), '-w', '0', '-q'])
    const out = parseJsonl(run.stdout)
    const last = out.at(-1)
    expect(last).toMatchObject({ file: at('cut.jsonl.gz') })
    expect(last?.['error']).toMatch(/^read failed: /)
    expect(out.slice(0, -1).map((r) => r['id'])).toEqual(records.slice(0, out.length - 1).map((r) => r.id))
    expect(out.length).toBeGreaterThan(1)
    expect(run.code).toBe(1)
  })

  it('should keep input order with several workers, and give the same records with --unordered', async () => {
    const ordered = await runInProcess([at('good.jsonl'), '-w', '3', '-q'])
    const unordered = await runInProcess([at('good.jsonl'), '-w', '2', '-q', '--unordered'])
    expect(parseJsonl(ordered.stdout).map((r) => r['id'])).toEqual(records.map((r) => r.id))
    const sorted = (text: string) => text.split('\n').filter((l) => l !== '').sort()
    expect(sorted(unordered.stdout)).toEqual(sorted(ordered.stdout))
  })

  it('should give the same output for shards processed separately and concatenated as for one run over the whole', async () => {
    const shards = [records.slice(0, 9), records.slice(9, 10), records.slice(10)]
    shards.forEach((shard, i) => writeFileSync(at(`shard-${i}.jsonl`), shard.map((r) => `${JSON.stringify(r)}\n`).join('')))
    const whole = await runInProcess([at('good.jsonl'), '-w', '0', '-q'])
    const parts = await Promise.all(shards.map((_, i) => runInProcess([at(`shard-${i}.jsonl`), '-w', '0', '-q'])))
    expect(parts.map((p) => p.stdout).join('')).toBe(whole.stdout)
  })

  it('should take field names by option and carry the url through', async () => {
    const line = JSON.stringify({ key: 'k1', content: records[1]!.text, url: 'https://example.org/x' })
    writeFileSync(at('fields.ndjson'), `${line}\n`)
    const run = await runInProcess([at('fields.ndjson'), '--text-field', 'content', '--id-field', 'key', '-w', '0', '-q'])
    expect(parseJsonl(run.stdout)).toEqual([
      expect.objectContaining({ id: 'k1', url: 'https://example.org/x', body: clean(records[1]!.text).body }),
    ])
    const missing = await runInProcess([at('fields.ndjson'), '-w', '0', '-q'])
    expect(parseJsonl(missing.stdout)[0]?.['error']).toBe('missing string field "text" or "html"')
  })

  it('should pipe gzip JSONL from stdin to stdout', async () => {
    const run = await runCli(['-q', '-w', '1'], gzipSync(jsonl))
    expect(run.code).toBe(0)
    const out = parseJsonl(run.stdout)
    expect(out.map((r) => r['id'])).toEqual(records.map((r) => r.id))
    expect(out[4]?.['body']).toBe(clean(records[4]!.text).body)
  })
})

describe('textwash on WARC and WET', () => {
  const wetRecords = records.slice(0, 6)
  const wet = [
    warcRecord('warcinfo', 'isPartOf: test\r\n'),
    ...wetRecords.map((r) =>
      warcRecord('conversion', r.text, {
        'WARC-Target-URI': `https://example.com/${r.id}`,
        'WARC-Record-ID': `<urn:uuid:${r.id}>`,
        'Content-Type': 'text/plain',
      }),
    ),
  ]

  it('should clean every conversion record of a multi-member gzip WET file and skip warcinfo', async () => {
    writeFileSync(at('sample.warc.wet.gz'), gzipMembers(wet))
    const run = await runInProcess([at('sample.warc.wet.gz'), '-w', '0'])
    expect(run.code).toBe(0)
    const out = parseJsonl(run.stdout)
    expect(out.map((r) => [r['id'], r['url']])).toEqual(wetRecords.map((r) => [`urn:uuid:${r.id}`, `https://example.com/${r.id}`]))
    expect(out.map((r) => r['body'])).toEqual(wetRecords.map((r) => clean(r.text).body))
    expect(run.stderr).toContain(`read 6 = written 6 + errors 0 (1 non-page WARC records skipped)`)
  })

  it('should clean HTML responses of a WARC file, skip requests and images, and report damaged records', async () => {
    const html = '<html><head><title>T</title></head><body><p>Paragraph one.</p></body></html>'
    const chunk = Buffer.from(html)
    const chunked = `${chunk.length.toString(16)}\r\n${html}\r\n0\r\n\r\n`
    const warc = Buffer.concat([
      warcRecord('warcinfo', 'format: WARC\r\n'),
      warcRecord('request', 'GET / HTTP/1.1\r\nHost: example.com\r\n\r\n', { 'WARC-Target-URI': 'https://example.com/' }),
      warcRecord('response', `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n${chunked}`, {
        'WARC-Target-URI': 'https://example.com/',
        'WARC-Record-ID': '<urn:uuid:page>',
        'Content-Type': 'application/http; msgtype=response',
      }),
      warcRecord('response', Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n'), Buffer.from([0x89, 0x50])]), {
        'WARC-Target-URI': 'https://example.com/logo.png',
      }),
      warcRecord('response', 'garbage that is no HTTP', { 'WARC-Record-ID': '<urn:uuid:junk>' }),
      warcRecord('metadata', 'fetchTimeMs: 12\r\n'),
      warcRecord('resource', records[2]!.text, { 'Content-Type': 'text/plain', 'WARC-Record-ID': '<urn:uuid:res>' }),
    ])
    writeFileSync(at('sample.warc'), warc)
    const run = await runInProcess([at('sample.warc'), '-w', '0'])
    const out = parseJsonl(run.stdout)
    expect(out).toHaveLength(3)
    expect(out[0]).toMatchObject({ id: 'urn:uuid:page', url: 'https://example.com/' })
    expect(out[0]?.['body']).toBe(cleanHtml(html).body)
    expect(out[1]).toMatchObject({ error: 'not an HTTP response', file: at('sample.warc') })
    expect(typeof out[1]?.['offset']).toBe('number')
    expect(out[2]).toMatchObject({ id: 'urn:uuid:res', body: clean(records[2]!.text).body })
    expect(run.stderr).toContain('read 3 = written 2 + errors 1 (4 non-page WARC records skipped)')
    expect(run.code).toBe(1)
  })
})
