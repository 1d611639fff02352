import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clean } from 'textwash'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCli } from '../../src/cli/args.js'
import { gzipMembers, parseJsonl, runCli, runInProcess, tempDir, warcRecord } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)
const at = (name: string) => join(tmp.dir, name)

const TITLE = 'Night market returns to the old square'
const BODY =
  'Stalls selling grilled fish, noodles and handmade lanterns filled the old square again on Friday night, the first market since the square was repaved, and the organisers said more than a hundred traders had signed up.'
/** A page whose dateline is relative. */
const page = (dateline: string) => `${TITLE}\n${dateline}\n${BODY}`

/** A WET conversion record of `text`, fetched at `date`. */
function wet(id: string, text: string, date: string): Buffer {
  return warcRecord('conversion', text, { 'WARC-Record-ID': `<urn:uuid:${id}>`, 'WARC-Date': date, 'Content-Type': 'text/plain' })
}

describe('--reference-date and WARC-Date', () => {
  it("should resolve each WARC record's relative dateline against its own WARC-Date", async () => {
    writeFileSync(
      at('dated.warc.wet.gz'),
      gzipMembers([wet('a', page('2 hours ago'), '2026-12-07T14:19:00Z'), wet('b', page('Yesterday at 14:30'), '2026-03-01T00:30:00Z'), wet('c', page('2 hours ago'), '')]),
    )
    const run = await runInProcess([at('dated.warc.wet.gz'), '-w', '0'])
    expect(run.code).toBe(0)
    const out = parseJsonl(run.stdout)
    expect(out.map((r) => (r['metadata'] as Record<string, unknown>)['date'])).toEqual(['2026-12-07T12:19:00', '2026-02-28T14:30', undefined])
    expect(out.map((r) => (r['metadata'] as Record<string, unknown>)['dateRelative'])).toEqual(['2 hours ago', 'Yesterday at 14:30', '2 hours ago'])
    expect(out.map((r) => r['body'])).toEqual([BODY, BODY, BODY])
  })

  it('should let --reference-date win over WARC-Date, in the worker threads too', async () => {
    writeFileSync(at('override.warc'), Buffer.concat([wet('a', page('vor 2 Stunden'), '2026-12-07T14:19:00Z'), wet('b', page('3 days ago'), '2026-12-07T14:19:00Z')]))
    const run = await runInProcess([at('override.warc'), '-w', '2', '--reference-date', '2025-01-02T10:00:00Z'])
    expect(run.code).toBe(0)
    const out = parseJsonl(run.stdout)
    expect(out.map((r) => (r['metadata'] as Record<string, unknown>)['date'])).toEqual(['2025-01-02T08:00:00', '2024-12-30'])
  })

  it('should apply --reference-date to JSONL and text input, which have no WARC-Date', async () => {
    writeFileSync(at('dated.jsonl'), `${JSON.stringify({ id: 'x', text: page('il y a 3 heures') })}\n`)
    const run = await runInProcess([at('dated.jsonl'), '-w', '0', '--reference-date', '2026-12-07'])
    expect((parseJsonl(run.stdout)[0]?.['metadata'] as Record<string, unknown>)['date']).toBe('2026-12-06T21:00:00')
    const text = await runCli(['--json', '--reference-date', '2026-12-07T14:19:00Z', '-w', '0'], page('3小时前'))
    expect((parseJsonl(text.stdout)[0]?.['metadata'] as Record<string, unknown>)['date']).toBe('2026-12-07T11:19:00')
  })

  it('should leave a WARC-Date that is no ISO 8601 date aside with a warning, and clean the record', async () => {
    writeFileSync(at('bad-date.warc'), wet('a', page('2 hours ago'), 'last Tuesday'))
    const run = await runInProcess([at('bad-date.warc'), '-w', '0'])
    expect(run.code).toBe(0)
    const [record] = parseJsonl(run.stdout)
    expect(record?.['body']).toBe(clean(page('2 hours ago')).body)
    expect((record?.['metadata'] as Record<string, unknown>)['date']).toBeUndefined()
    expect(record?.['warnings']).toEqual([expect.stringMatching(/^warc\/date: .*"last Tuesday"/)])
  })

  it('should refuse a --reference-date that is no ISO 8601 date as bad usage', () => {
    for (const bad of ['yesterday', '2026-02-30', '12/07/2026']) {
      expect(parseCli(['--reference-date', bad], '1.2.3')).toMatchObject({ exitCode: 2, print: expect.stringContaining('--reference-date') })
    }
    const ok = parseCli(['--reference-date', '2026-12-07T14:19:00Z'], '1.2.3')
    expect('run' in ok && ok.run.options.referenceDate).toBe('2026-12-07T14:19:00Z')
    expect(parseCli(['--help'], '1.2.3')).toMatchObject({ print: expect.stringContaining('--reference-date DATE') })
  })
})
