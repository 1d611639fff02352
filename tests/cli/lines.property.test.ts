import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../src/cli/lines.js'

/** Feed bytes in chunks cut at the given sizes, to exercise every split position. */
async function* chunked(bytes: Buffer, sizes: readonly number[]): AsyncGenerator<Buffer> {
  let at = 0
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % Math.max(1, sizes.length)] ?? 1)
    yield bytes.subarray(at, at + size)
    at += size
  }
}

async function collect(bytes: Buffer, sizes: readonly number[], max: number) {
  const out = []
  for await (const line of splitLines(chunked(bytes, sizes), max)) out.push(line)
  return out
}

describe('splitLines', () => {
  it('should give the same lines as split("\\n") however the stream is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replaceAll('\n', '').replaceAll('\r', '')), { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (lines, sizes) => {
          const bytes = Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8')
          const got = await collect(bytes, sizes, 1 << 20)
          expect(got.map((l) => l.bytes?.toString('utf8'))).toEqual(lines)
          expect(got.map((l) => l.number)).toEqual(lines.map((_, i) => i + 1))
        },
      ),
    )
  })

  it('should report a line over the limit without its bytes and keep counting lines after it', async () => {
    const bytes = Buffer.from(`short\n${'x'.repeat(50)}\nafter\r\nlast`)
    const got = await collect(bytes, [7], 10)
    expect(got.map((l) => [l.number, l.bytes?.toString(), l.length])).toEqual([
      [1, 'short', 5],
      [2, undefined, 50],
      [3, 'after', 6],
      [4, 'last', 4],
    ])
  })
})
