import { describe, expect, it } from 'vitest'
import { parseCli, type CliOptions } from '../../src/cli/args.js'

function options(argv: string[]): CliOptions {
  const parsed = parseCli(argv, '1.2.3')
  if (!('run' in parsed)) throw new Error(parsed.print)
  return parsed.run
}

describe('parseCli', () => {
  it('should leave the output mode to the input and read stdin by default', () => {
    const o = options([])
    expect(o.mode).toBeUndefined()
    expect(o.inputs).toEqual([])
    expect(o.ordered).toBe(true)
    expect(o.include).toEqual({ removed: false, changes: false })
    expect(o.workers).toBeGreaterThan(0)
  })

  it('should make --json print the whole result and --explain the explanation', () => {
    expect(options(['--json'])).toMatchObject({ mode: 'jsonl', include: { removed: true, changes: true } })
    expect(options(['--explain']).mode).toBe('explain')
    expect(options(['--out-dir', 'x']).mode).toBe('dir')
    expect(options(['--format', 'jsonl', '--include', 'removed']).include).toEqual({ removed: true, changes: false })
  })

  it('should look only at the field the user named', () => {
    expect(options(['--html-field', 'raw']).fields).toEqual({ text: 'text', html: 'raw', id: 'id', only: 'html' })
    expect(options(['--text-field', 'content', '--id-field', 'key']).fields).toEqual({ text: 'content', html: 'html', id: 'key', only: 'text' })
    expect(options(['--text-field', 'a', '--html-field', 'b']).fields).toEqual({ text: 'a', html: 'b', id: 'id' })
  })

  it('should map cleaning flags to clean() options', () => {
    expect(options(['--focus', 'recall', '--language', 'vi', '--disable', 'repair/,boilerplate/x', '--no-repair']).options).toEqual({
      focus: 'recall',
      language: 'vi',
      disable: ['repair/', 'boilerplate/x'],
      repair: false,
    })
  })

  it('should read --encoding as the WHATWG name of the encoding its label names', () => {
    expect(options([]).encoding).toBeUndefined()
    expect(options(['--encoding', 'Shift_JIS']).encoding).toBe('shift_jis')
    expect(options(['--encoding', ' x-gbk ']).encoding).toBe('gbk')
    expect(options(['--encoding', 'latin1']).encoding).toBe('windows-1252')
  })

  it.each([
    [['--encoding', 'ebcdic']],
    [['--encoding', 'replacement']],
    [['--workers', '-1']],
    [['--workers', 'two']],
    [['--focus', 'wide']],
    [['--format', 'xml']],
    [['--include', 'everything']],
    [['--input-format', 'pdf']],
    [['--max-record-mb', '0']],
    [['--nope']],
  ])('should refuse %j with exit code 2', (argv) => {
    const parsed = parseCli(argv, '1.2.3')
    expect(parsed).toMatchObject({ exitCode: 2 })
  })

  it('should print help and version with exit code 0', () => {
    expect(parseCli(['--help'], '1.2.3')).toMatchObject({ exitCode: 0, print: expect.stringContaining('--encoding LABEL') })
    expect(parseCli(['-v'], '1.2.3')).toEqual({ exitCode: 0, print: '1.2.3\n' })
  })
})
