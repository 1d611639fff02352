import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanHtml } from 'textwash'
import { declaredCharset, decodeBytes, decodeWith } from '../../src/adapters/bytes.js'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0))
const gbkPage = readFileSync(join(import.meta.dirname, '../../fixtures/html/gov-zh-gbk/source.html'))

describe('decodeBytes', () => {
  it('should decode windows-1252 bytes 0x80-0x9F as the punctuation they stand for, not C1 controls', () => {
    const page = latin1('<meta charset="windows-1252"><p>Paris \x96 \x93Caf\xe9\x94 costs \x80 5\x85 \x81</p>')
    const d = decodeBytes(page)
    expect(d.charset).toBe('windows-1252')
    // 0x81 is undefined in windows-1252 and stays the control of that number, as browsers decode it.
    expect(d.text).toBe('<meta charset="windows-1252"><p>Paris – “Café” costs € 5… \u0081</p>')
    expect(d.text).toHaveLength(page.length)
  })

  it('should mend the windows-1252 labels only: other decoders are used as they are', () => {
    const bytes = latin1('\x96\x93')
    expect(decodeWith(new TextDecoder('latin1'), bytes)).toBe('–“')
    expect(decodeWith(new TextDecoder('iso-8859-2'), bytes)).toBe('\u0096\u0093')
    expect(decodeWith(new TextDecoder('windows-1250'), bytes)).toBe('–“')
  })

  it('should keep the dash of a windows-1252 page in the cleaned body', () => {
    const para = 'The council met on Monday \x96 for the first time in a year \x96 and voted to rebuild the old bridge over the river before winter.'
    const { body } = cleanHtml(latin1(`<html><head><meta charset="windows-1252"></head><body><article><p>${para}</p></article></body></html>`))
    expect(body).toContain('Monday – for the first time in a year – and voted')
  })

  it('should follow a UTF-8 byte-order mark and drop it', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('<p>héllo</p>')]))
    expect(d).toMatchObject({ text: '<p>héllo</p>', charset: 'utf-8', via: 'bom' })
  })

  it('should follow a UTF-16LE byte-order mark', () => {
    const body = '<p>中文</p>'
    const bytes = new Uint8Array(2 + body.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < body.length; i++) {
      bytes[2 + i * 2] = body.charCodeAt(i) & 0xff
      bytes[3 + i * 2] = body.charCodeAt(i) >> 8
    }
    expect(decodeBytes(bytes)).toMatchObject({ text: body, charset: 'utf-16le' })
  })

  it('should read <meta charset> and http-equiv declarations', () => {
    expect(declaredCharset(enc('<meta charset="windows-1252">'))).toBe('windows-1252')
    expect(declaredCharset(enc('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GB2312">'))).toBe('GB2312')
    expect(declaredCharset(enc('<p>charset=utf-8 in text is not a declaration</p>'))).toBeUndefined()
  })

  it('should decode a page declared as GB2312 with the GBK decoder', () => {
    const d = decodeBytes(gbkPage)
    expect(d.via).toBe('meta')
    expect(d.charset).toBe('gbk')
    expect(d.text).toContain('农田水利')
  })

  it('should detect GBK when the page declares nothing', () => {
    const undeclared = new TextDecoder('latin1').decode(gbkPage).replace('charset=gb2312', 'x')
    const d = decodeBytes(latin1(undeclared))
    expect(d.via).toBe('detected')
    expect(d.text).toContain('农田水利')
  })

  it('should detect Windows-1252 text that is not UTF-8', () => {
    const page = "<html><head><title>Société</title></head><body><p>Le café était très animé, déjà plein à midi ; on y parlait français à toutes les tables. Après le déjeuner, les habitués sont restés pour discuter de l'élection municipale et des travaux prévus près de l'église.</p></body></html>"
    const d = decodeBytes(latin1(page))
    expect(d.via).toBe('detected')
    expect(d.text).toContain('café était très')
  })

  it('should take valid UTF-8 as UTF-8 without asking the detector', () => {
    expect(decodeBytes(enc('<p>Tiếng Việt</p>'))).toMatchObject({ text: '<p>Tiếng Việt</p>', via: 'utf8-valid' })
  })

  it('should warn and fall back when a declared charset is unknown', () => {
    const d = decodeBytes(enc('<meta charset="x-no-such-charset"><p>plain ascii</p>'))
    expect(d.text).toContain('plain ascii')
    expect(d.warnings.join(' ')).toContain('x-no-such-charset')
  })
})

describe('cleanHtml on bytes', () => {
  it('should report the charset it decoded with', () => {
    expect(cleanHtml(gbkPage).metadata.charset).toBe('gbk')
  })

  it('should not report a charset for string input', () => {
    expect(cleanHtml('<p>A sentence long enough to be the body of this page.</p>').metadata.charset).toBeUndefined()
  })
})
