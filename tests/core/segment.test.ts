import { describe, expect, it } from 'vitest'
import { createDoc, segment } from 'textwash'

describe('segment', () => {
  it('should make one trimmed block per non-blank line with source offsets', () => {
    const src = '  Title \r\n\r\nFirst line\nSecond\u00a0 \n\n\n  Third'
    const { blocks } = segment(createDoc(src))
    expect(blocks.map((b) => b.text)).toEqual(['Title', 'First line', 'Second', 'Third'])
    for (const b of blocks) expect(src.slice(b.start, b.end)).toBe(b.text)
    expect(blocks.map((b) => b.paragraphStart === true)).toEqual([true, true, false, true])
  })

  it('should split on lone CR and Unicode line separators', () => {
    const { blocks } = segment(createDoc('a\rb\u2028c\u2029d'))
    expect(blocks.map((b) => b.text)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('should treat a CR at the very end, and CR before CRLF, as line ends', () => {
    expect(segment(createDoc('a\r')).blocks.map((b) => b.text)).toEqual(['a'])
    expect(segment(createDoc('\r')).blocks).toEqual([])
    const { blocks } = segment(createDoc('a\r\r\nb\n\rc'))
    expect(blocks.map((b) => [b.text, b.paragraphStart === true])).toEqual([['a', true], ['b', true], ['c', true]])
  })

  it('should give no blocks for empty or blank input', () => {
    expect(segment(createDoc('')).blocks).toEqual([])
    expect(segment(createDoc(' \n\t\n\u3000')).blocks).toEqual([])
  })
})
