import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expandInputs, matchSegment, matchSegments } from '../../src/cli/glob.js'
import { tempDir } from './helpers.js'

const cases: Array<[string, string, boolean]> = [
  ['*.jsonl', 'a.jsonl', true],
  ['*.jsonl', 'a.jsonl.gz', false],
  ['*.warc.*', 'x.warc.gz', true],
  ['part-?????', 'part-00001', true],
  ['part-?????', 'part-0001', false],
  ['*a*b*c', 'xxaxxbxxc', true],
  ['*a*b*c', 'xxaxxcxxb', false],
  ['*', '', true],
]

describe('glob matching', () => {
  it.each(cases)('should match %s against %s as %s', (pattern, name, expected) => {
    expect(matchSegment(pattern, name)).toBe(expected)
  })

  it('should let ** match any number of folders', () => {
    expect(matchSegments(['**', '*.wet.gz'], ['a', 'b', 'c.wet.gz'])).toBe(true)
    expect(matchSegments(['**', '*.wet.gz'], ['c.wet.gz'])).toBe(true)
    expect(matchSegments(['a', '*', 'x.txt'], ['a', 'b', 'c', 'x.txt'])).toBe(false)
  })

  it('should stay fast on a pattern that backtracks in naive matchers', () => {
    const started = performance.now()
    expect(matchSegment('*a'.repeat(30) + 'b', 'a'.repeat(5000))).toBe(false)
    expect(matchSegments(Array(20).fill('**').concat(['z']), Array(200).fill('a'))).toBe(false)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('expandInputs', () => {
  const tmp = tempDir()
  afterAll(tmp.cleanup)
  mkdirSync(join(tmp.dir, 'shards', 'deep'), { recursive: true })
  for (const name of ['shards/b.jsonl', 'shards/a.jsonl', 'shards/deep/c.jsonl', 'shards/.hidden', 'shards/notes.txt']) {
    writeFileSync(join(tmp.dir, name), '{}\n')
  }

  it('should list a folder recursively in name order, skipping hidden files', async () => {
    const got = await expandInputs([join(tmp.dir, 'shards')])
    expect(got.map((i) => ('path' in i ? i.path.slice(tmp.dir.length + 1) : i.missing))).toEqual([
      'shards/a.jsonl',
      'shards/b.jsonl',
      'shards/deep/c.jsonl',
      'shards/notes.txt',
    ])
  })

  it('should expand a quoted glob and report one that matches nothing', async () => {
    const got = await expandInputs([join(tmp.dir, 'shards', '**', '*.jsonl'), join(tmp.dir, '*.none')])
    expect(got.map((i) => ('path' in i ? i.path.slice(tmp.dir.length + 1) : `missing ${i.missing.slice(tmp.dir.length + 1)}`))).toEqual([
      'shards/a.jsonl',
      'shards/b.jsonl',
      'shards/deep/c.jsonl',
      'missing *.none',
    ])
  })

  it('should read stdin when there are no arguments', async () => {
    expect(await expandInputs([])).toEqual([{ path: '-' }])
  })
})
