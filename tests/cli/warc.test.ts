import { describe, expect, it } from 'vitest'
import { readWarc, type WarcItem } from '../../src/cli/warc.js'
import { warcRecord } from './helpers.js'

async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

async function read(bytes: Buffer, size: number, max = 1 << 20): Promise<WarcItem[]> {
  const out: WarcItem[] = []
  for await (const item of readWarc(chunked(bytes, size), max)) out.push(item)
  return out
}

const info = warcRecord('warcinfo', 'software: test\r\n')
const wet = warcRecord('conversion', 'Title\nFirst paragraph.\n', { 'WARC-Target-URI': 'https://example.com/a' })
const second = warcRecord('conversion', 'Another page\nWith WARC/1.0 inside the text\n')

describe('readWarc', () => {
  it('should read records with headers and exact blocks whatever the chunk size', async () => {
    for (const size of [1, 3, 17, 4096]) {
      const items = await read(Buffer.concat([info, wet, second]), size)
      expect(items.map((i) => (i.ok ? i.headers.get('warc-type') : i.reason))).toEqual(['warcinfo', 'conversion', 'conversion'])
      const [, first, last] = items
      expect(first?.ok === true && first.payload?.toString()).toBe('Title\nFirst paragraph.\n')
      expect(first?.ok === true && first.headers.get('warc-target-uri')).toBe('https://example.com/a')
      expect(last?.ok === true && last.payload?.toString()).toBe('Another page\nWith WARC/1.0 inside the text\n')
      expect(items.map((i) => i.offset)).toEqual([0, info.length, info.length + wet.length])
    }
  })

  it('should report garbage once and resynchronise on the next record', async () => {
    const items = await read(Buffer.concat([wet, Buffer.from('junk line\nmore junk\n'), second]), 64)
    expect(items.map((i) => i.ok)).toEqual([true, false, true])
    expect(items[1]?.ok === false && items[1].reason).toMatch(/not a WARC record/)
  })

  it('should skip a block over the limit without reading it, and go on', async () => {
    const items = await read(Buffer.concat([wet, second]), 5, 30)
    // The 23-byte block fits under the limit of 30; the 43-byte one is skipped.
    expect(items.map((i) => i.ok && i.payload === undefined)).toEqual([false, true])
    expect(items.map((i) => i.ok && i.length)).toEqual([23, 43])
  })

  it('should report a record cut short at the end of the stream', async () => {
    const items = await read(Buffer.concat([wet, second.subarray(0, second.length - 20)]), 8)
    expect(items.map((i) => i.ok)).toEqual([true, false])
    expect(items[1]?.ok === false && items[1].reason).toMatch(/truncated/)
  })

  it('should report a record without a valid Content-Length', async () => {
    const bad = Buffer.from('WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: lots\r\n\r\nbody\r\n\r\n')
    const items = await read(Buffer.concat([bad, wet]), 100)
    expect(items.map((i) => (i.ok ? 'ok' : i.reason))).toEqual(['WARC record without a valid Content-Length', 'ok'])
  })
})
