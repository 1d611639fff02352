import { describe, expect, it } from 'vitest'
import { segment } from 'textwash'
import { createDoc, judge } from '../../src/core/doc.js'
import { createContext } from '../../src/core/options.js'
import { authorOfByline, extractMetadata } from '../../src/metadata/index.js'
import type { Block, Doc } from '../../src/types.js'

const PROSE = 'The council met on Tuesday to discuss the new budget for the coming year, and members agreed on most of the points raised by the committee.'

/** A document whose blocks carry the kinds the HTML adapter gives them, one line per block. */
function htmlDoc(lines: readonly (readonly [string, string])[]): Doc {
  const doc = segment(createDoc(lines.map(([, text]) => text).join('\n')))
  return { ...doc, blocks: doc.blocks.map((b, i): Block => ({ ...b, kind: lines[i]![0] })) }
}

describe('title from HTML blocks', () => {
  it('should take the heading, not a caption between it and the body', () => {
    const doc = htmlDoc([
      ['heading', 'Council Agrees on the New Budget'],
      ['caption', 'Members of the Council Meet in the Town Hall'],
      ['paragraph', PROSE],
    ])
    const out = extractMetadata(doc, createContext({}))
    expect(out.metadata.title).toBe('Council Agrees on the New Budget')
    expect(out.blocks[1]!.verdict).toBe('body')
    expect(out.blocks[0]!.rule).toBe('metadata/title')
  })

  it('should leave the title unset when no heading stands above the body', () => {
    const doc = htmlDoc([
      ['list-item', 'Read More About the Council Budget'],
      ['paragraph', PROSE],
    ])
    const out = extractMetadata(doc, createContext({}))
    expect(out.metadata.title).toBeUndefined()
    expect(out.blocks[0]!.verdict).toBe('body')
  })

  it('should keep the rule of a heading the adapter already took as the title', () => {
    const doc = htmlDoc([
      ['heading', 'Council Agrees on the New Budget'],
      ['heading', 'What the Budget Means for Schools'],
      ['paragraph', PROSE],
    ])
    const marked: Doc = { ...doc, blocks: doc.blocks.map((b, i) => (i === 0 ? judge(b, 'metadata', 'html/title') : b)) }
    const out = extractMetadata(marked, createContext({}))
    expect(out.metadata.title).toBe('Council Agrees on the New Budget')
    expect(out.blocks[0]!.rule).toBe('html/title')
    expect(out.blocks[1]!.verdict).toBe('body')
  })

  it('should read a byline block without its label', () => {
    const doc = htmlDoc([
      ['heading', 'Council Agrees on the New Budget'],
      ['paragraph', 'By Jane Doe'],
      ['paragraph', PROSE],
    ])
    expect(extractMetadata(doc, createContext({})).metadata.author).toBe('Jane Doe')
  })
})

describe('authorOfByline', () => {
  const cases: [string, string][] = [
    ['By Jane Doe', 'Jane Doe'],
    ['  by Jane Doe and John Roe ', 'Jane Doe and John Roe'],
    ['Author: Emma Stone', 'Emma Stone'],
    ['作者：张三', '张三'],
    // The job title after the comma is no name (`withoutJobTitle`).
    ['By JANE DOE, AP Auto Writer', 'JANE DOE'],
    ['Byron Smith', 'Byron Smith'],
    ['Jane Doe', 'Jane Doe'],
  ]
  for (const [input, expected] of cases) {
    it(`should read ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => {
      expect(authorOfByline(input)).toBe(expected)
    })
  }
})
