import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseHttpResponse } from '../../src/cli/http.js'

const head = (headers: string) => Buffer.from(`HTTP/1.1 200 OK\r\n${headers}\r\n\r\n`, 'latin1')

describe('parseHttpResponse', () => {
  it('should split status, media type, charset and body', () => {
    const res = parseHttpResponse(Buffer.concat([head('Content-Type: text/html; charset="ISO-8859-1"'), Buffer.from('<p>x</p>')]))
    expect(res).toEqual({ status: 200, mediaType: 'text/html', charset: 'ISO-8859-1', body: Buffer.from('<p>x</p>') })
  })

  it('should undo chunked transfer coding and gzip content coding', () => {
    const gz = gzipSync(Buffer.from('<p>hello world</p>'))
    const chunked = Buffer.concat([
      Buffer.from(`${(5).toString(16)}\r\n`),
      gz.subarray(0, 5),
      Buffer.from(`\r\n${(gz.length - 5).toString(16)};ext=1\r\n`),
      gz.subarray(5),
      Buffer.from('\r\n0\r\n\r\n'),
    ])
    const res = parseHttpResponse(Buffer.concat([head('Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\nContent-Type: text/html'), chunked]))
    expect(typeof res !== 'string' && res.body.toString()).toBe('<p>hello world</p>')
  })

  it('should say why a block is not an HTTP response', () => {
    expect(parseHttpResponse(Buffer.from('GET / HTTP/1.1\r\n\r\n'))).toBe('not an HTTP response')
    expect(parseHttpResponse(Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html'))).toMatch(/end of headers/)
    expect(parseHttpResponse(Buffer.concat([head('Content-Encoding: gzip'), Buffer.from('not gzip')]))).toMatch(/undecodable/)
  })
})
