import { describe, expect, it } from 'vitest'
import { applyPlan, blockFromSpan, createDoc, editBlock, toResult, type Block, type Doc } from 'textwash'

const src = 'Hello, wonderful world'
const block = (): Block => blockFromSpan(src, 0, 0, src.length)
const docOf = (b: Block): Doc => ({ ...createDoc(src), blocks: [b] })

describe('editBlock', () => {
  it('should leave the block untouched when there are no edits', () => {
    const b = block()
    expect(editBlock(b, [])).toBe(b)
  })

  it('should map a replacement to its source span', () => {
    const b = editBlock(block(), [{ from: 7, to: 16, text: 'big', rule: 'test/a' }])
    expect(b.text).toBe('Hello, big world')
    expect(toResult(docOf(b)).changes).toEqual([{ start: 7, end: 16, before: 'wonderful', after: 'big', rule: 'test/a' }])
  })

  it('should record an insertion as a zero-length source span', () => {
    const b = editBlock(block(), [{ from: 5, to: 5, text: '!', rule: 'test/ins' }])
    expect(b.text).toBe('Hello!, wonderful world')
    expect(toResult(docOf(b)).changes).toEqual([{ start: 5, end: 5, before: '', after: '!', rule: 'test/ins' }])
  })

  it('should keep offsets into the input across successive edits', () => {
    let b = editBlock(block(), [{ from: 0, to: 5, text: 'Hi', rule: 'test/a' }])
    // "Hi, wonderful world": 'world' now starts at 14 in the text but 17 in the source.
    b = editBlock(b, [{ from: 14, to: 19, text: 'earth', rule: 'test/b' }])
    expect(b.text).toBe('Hi, wonderful earth')
    const r = toResult(docOf(b))
    expect(r.changes.map((c) => [c.start, c.end, c.before, c.after])).toEqual([
      [0, 5, 'Hello', 'Hi'],
      [17, 22, 'world', 'earth'],
    ])
  })

  it('should absorb an earlier edit that a later one cuts into, joining the rule ids', () => {
    let b = editBlock(block(), [{ from: 7, to: 16, text: 'big', rule: 'test/a' }])
    b = editBlock(b, [{ from: 8, to: 16, text: 'ig planet', rule: 'test/b' }])
    expect(b.text).toBe('Hello, big planet')
    const [c] = toResult(docOf(b)).changes
    expect(c).toEqual({ start: 7, end: 22, before: 'wonderful world', after: 'big planet', rule: 'test/a+test/b' })
  })

  it('should report a removal edit in removed, not in changes', () => {
    const b = editBlock(block(), [{ from: 0, to: 7, text: '', rule: 'test/cut', removal: true }])
    const r = toResult(docOf(b))
    expect(r.body).toBe('wonderful world')
    expect(r.removed).toEqual([{ start: 0, end: 7, text: 'Hello, ', rule: 'test/cut' }])
    expect(r.changes).toEqual([])
  })

  it('should reject overlapping edits in one call', () => {
    expect(() =>
      editBlock(block(), [
        { from: 0, to: 5, text: 'a', rule: 'x/a' },
        { from: 3, to: 8, text: 'b', rule: 'x/b' },
      ]),
    ).toThrow(RangeError)
  })

  it('should replay to the edited text', () => {
    let b = editBlock(block(), [
      { from: 0, to: 1, text: 'J', rule: 'x/a' },
      { from: 5, to: 6, text: ';', rule: 'x/b' },
    ])
    b = editBlock(b, [{ from: 17, to: 17, text: ' big', rule: 'x/c' }])
    const r = toResult(docOf(b))
    expect(applyPlan(src, r)).toBe(b.text)
  })
})
