import { describe, expect, it } from 'vitest'
import { blockFromSpan, editBlock, type Block, type TextEdit } from 'textwash'

/** Apply `edits` and check what holds for any result: the text is its pieces' texts end to end. */
function editChecked(block: Block, edits: readonly TextEdit[]): Block {
  const got = editBlock(block, edits)
  expect(got.pieces.map((p) => p.text).join('')).toBe(got.text)
  return got
}

const src = 'Hello, wonderful world'

/** 'Hi, big world' with two changed pieces: 'Hi' (r/a, from 'Hello') and 'big' (r/b, from 'wonderful'). */
function twoChanges(): Block {
  return editBlock(blockFromSpan(src, 0, 0, src.length), [
    { from: 0, to: 5, text: 'Hi', rule: 'r/a' },
    { from: 7, to: 16, text: 'big', rule: 'r/b' },
  ])
}

describe('editBlock absorbing changed pieces', () => {
  it('should absorb changed pieces straddling both ends of an edit, joining their rule ids in order', () => {
    const b = editChecked(twoChanges(), [{ from: 1, to: 6, text: 'ey, lon', rule: 'r/c' }])
    expect(b.text).toBe('Hey, long world')
    expect(b.pieces).toStrictEqual([
      { start: 0, end: 16, text: 'Hey, long', rule: 'r/a+r/b+r/c' },
      { start: 16, end: 22, text: ' world' },
    ])
  })

  it('should apply an edit that starts inside a changed piece an earlier edit took whole', () => {
    const b = editChecked(twoChanges(), [
      { from: 3, to: 5, text: 'Z', rule: 'r/d' },
      { from: 5, to: 6, text: 'Q', rule: 'r/e' },
    ])
    expect(b.text).toBe('Hi,ZQg world')
    expect(b.pieces).toStrictEqual([
      { start: 0, end: 5, text: 'Hi', rule: 'r/a' },
      { start: 5, end: 6, text: ',' },
      { start: 6, end: 16, text: 'ZQg', rule: 'r/b+r/d+r/e' },
      { start: 16, end: 22, text: ' world' },
    ])
  })

  it('should not repeat a rule id already among the absorbed ones', () => {
    const b = editChecked(twoChanges(), [{ from: 0, to: 7, text: 'So tiny', rule: 'r/b' }])
    expect(b.pieces[0]).toStrictEqual({ start: 0, end: 16, text: 'So tiny', rule: 'r/a+r/b' })
  })

  it('should keep a removal flag only when the absorbing edit leaves no text', () => {
    const cut = editBlock(blockFromSpan(src, 0, 0, src.length), [{ from: 5, to: 7, text: '', rule: 'r/cut', removal: true }])
    // 'Hellowonderful world', with an empty removal piece between 'Hello' and 'wonderful'.
    expect(cut.pieces[1]).toStrictEqual({ start: 5, end: 7, text: '', rule: 'r/cut', removal: true })
    // An edit at the removal piece's place leaves it apart.
    const apart = editChecked(cut, [{ from: 5, to: 5, text: '! ', rule: 'r/ins' }])
    expect(apart.pieces[1]).toStrictEqual(cut.pieces[1])
    // An edit around it that leaves no text is still a removal, though the edit itself was not one...
    const removed = editChecked(cut, [{ from: 4, to: 6, text: '', rule: 'r/x' }])
    expect(removed.pieces[1]).toStrictEqual({ start: 4, end: 8, text: '', rule: 'r/cut+r/x', removal: true })
    // ...and one that leaves text is a change.
    const changed = editChecked(cut, [{ from: 4, to: 6, text: 'o, W', rule: 'r/w' }])
    expect(changed.pieces[1]).toStrictEqual({ start: 4, end: 8, text: 'o, W', rule: 'r/cut+r/w' })
  })

  it('should keep verbatim pieces an edit replaces by their own text, and join them back', () => {
    const b = editChecked(blockFromSpan(src, 0, 0, src.length), [{ from: 7, to: 16, text: 'wonderful', rule: 'r/same' }])
    expect(b.pieces).toStrictEqual([{ start: 0, end: 22, text: src }])
  })
})

describe('editBlock with many edits', () => {
  it('should keep pieces and text consistent on 20 000 edits in one block', () => {
    const text = 'word Cap”'.repeat(5000)
    const edits: TextEdit[] = []
    for (let i = 0; i < text.length; i += 9) {
      edits.push({ from: i + 5, to: i + 8, text: 'cap', rule: 'r/case' })
      edits.push({ from: i + 8, to: i + 8, text: ' ', rule: 'r/space' })
      edits.push({ from: i + 8, to: i + 9, text: '', rule: 'r/drop', removal: i % 2 === 0 })
      if (i % 4 === 0) edits.push({ from: i + 9, to: i + 9, text: '', rule: 'r/none' })
    }
    let b = editChecked(blockFromSpan(text, 0, 0, text.length), edits)
    // A second round over the 35 000 pieces, cutting into the changed ones.
    const again: TextEdit[] = []
    for (let i = 0; i + 4 <= b.text.length; i += 13) again.push({ from: i + 1, to: i + 4, text: 'xy', rule: 'r/again' })
    b = editChecked(b, again.reverse())
    expect(b.pieces.length).toBeGreaterThan(5000)
  })
})
