import { describe, expect, it } from 'vitest'
import { createDoc, editBlock, segment } from 'textwash'
import { HIT, isVerbatim, NO_HIT, scanSource, UNKNOWN } from '../../src/core/scan.js'

describe('scanSource', () => {
  it('should flag the verbatim blocks a match starts in, and no others', () => {
    const doc = segment(createDoc('plain line\nhas x in it\n  x\t\nanother plain one'))
    expect(doc.blocks.map((b) => b.text)).toEqual(['plain line', 'has x in it', 'x', 'another plain one'])
    expect([...scanSource(doc, /x/g)]).toEqual([NO_HIT, HIT, HIT, NO_HIT])
  })

  it('should not count a match in the white space between blocks', () => {
    const doc = segment(createDoc('one\n\t\ntwo\t\nthree'))
    expect([...scanSource(doc, /\t/g)]).toEqual([NO_HIT, NO_HIT, NO_HIT])
  })

  it('should leave edited and out-of-order blocks to be tested alone', () => {
    const doc = segment(createDoc('abc x\ndef\nghi x'))
    const edited = editBlock(doc.blocks[0]!, [{ from: 0, to: 1, text: 'A', rule: 'test/edit' }])
    expect(isVerbatim(doc, edited)).toBe(false)
    const blocks = [edited, doc.blocks[2]!, doc.blocks[1]!]
    expect([...scanSource({ ...doc, blocks }, /x/g)]).toEqual([UNKNOWN, HIT, UNKNOWN])
  })

  it('should leave every block of a document whose adapter collapsed white space to be tested alone', () => {
    const doc = segment(createDoc('abc x\ndef'))
    expect([...scanSource(doc, /x/g)]).toEqual([HIT, NO_HIT])
    const collapsed = { ...doc, spacesCollapsed: true as const }
    expect(collapsed.blocks.map((b) => isVerbatim(collapsed, b))).toEqual([false, false])
    expect([...scanSource(collapsed, /x/g)]).toEqual([UNKNOWN, UNKNOWN])
  })
})
