import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBytes, decodeTextBytes } from 'textwash'
import { encodeLegacy } from './helpers.js'

const STATION = '駅前の商店街では、今週末に夏祭りが開かれる予定で、地元の子どもたちが踊りの練習を続けている。\n'

describe('decodeTextBytes', () => {
  it.each([['a string', 'abc', 'string'], ['null', null, 'null'], ['an ArrayBuffer', new ArrayBuffer(4), 'an ArrayBuffer'], ['a number', 5, 'number']])(
    'should throw a TypeError naming what to pass when given %s, as decodeBytes does',
    (_name, input, got) => {
      for (const fn of [decodeTextBytes, decodeBytes]) {
        expect(() => fn(input as unknown as Uint8Array)).toThrow(TypeError)
        expect(() => fn(input as unknown as Uint8Array)).toThrow(`expects a Uint8Array or Buffer (wrap an ArrayBuffer in new Uint8Array(…)), got ${got}`)
      }
    },
  )

  it('should read valid UTF-8 as UTF-8, with no warning', () => {
    const decoded = decodeTextBytes(Buffer.from(STATION))
    expect(decoded).toEqual({ text: STATION, charset: 'utf-8', via: 'utf8-valid', warnings: [] })
  })

  it("should read Shift_JIS, which the detector calls CP932, as shift_jis without claiming the platform cannot decode it", () => {
    const decoded = decodeTextBytes(encodeLegacy('shift_jis', STATION))
    expect(decoded.text).toBe(STATION)
    expect(decoded.charset).toBe('shift_jis')
    expect(decoded.via).toBe('detected')
    expect(decoded.warnings).toEqual(['text/charset: not UTF-8 and no byte-order mark; decoded as shift_jis, detected from the bytes'])
    // Pages go through the same detection.
    expect(decodeBytes(encodeLegacy('shift_jis', `<p>${STATION}</p>`)).warnings).toEqual([])
  })

  it('should warn when bytes after a byte-order mark are not valid in its encoding', () => {
    const decoded = decodeTextBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xe9, 0x0a]))
    expect(decoded).toMatchObject({ text: 'caf\uFFFD\n', charset: 'utf-8', via: 'bom' })
    expect(decoded.warnings).toEqual(['text/charset: bytes that are not valid utf-8 were decoded as U+FFFD'])
  })

  it('should never lose bytes silently: without a warning, the text is exactly what the bytes encode', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 48 }), (bytes) => {
        const decoded = decodeTextBytes(bytes)
        if (decoded.warnings.length > 0) return
        expect(['utf8-valid', 'bom']).toContain(decoded.via)
        const body = decoded.via === 'bom' ? bytes.subarray(decoded.charset === 'utf-8' ? 3 : 2) : bytes
        expect(new TextDecoder(decoded.charset, { fatal: true, ignoreBOM: true }).decode(body)).toBe(decoded.text)
      }),
      { numRuns: 300 },
    )
  })
})
