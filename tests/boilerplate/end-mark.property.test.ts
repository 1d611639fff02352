import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endMark, isEndMarkLine } from '../../src/boilerplate/rules/end-mark.js'
import { isSpaceCode } from '../../src/core/chars.js'
import { compileLexicon, type CompiledLexicon } from '../../src/lexicon/boilerplate/index.js'

const lex = compileLexicon({})

// The end-mark readers as first written, looking characters up as one-character strings: the rule now reads
// code units, and must answer the same.
const OPENERS: Readonly<Record<string, string>> = { ')': '(', '）': '（', '】': '【', ']': '[' }
const DASHES = new Set(['-', '–', '—'])
const HASHES = /^#\s?#\s?#$/u
const SENTENCE_ENDS = new Set(['.', '!', '?', '。', '！', '？', '…', '"', '”', '’', '」', '』', ')', '）'])
const WORD = /^[\p{L}\p{N}]+$/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const CLOSERS = new Set(['"', '”', '’', "'", ')', '）', '»', ']'])

function refIsMarkWord(word: string, l: CompiledLexicon): boolean {
  return word.length > 0 && word.length <= 12 && !word.includes('(') && !word.includes('（') && l.endMark.test(word)
}

function refIsEndMarkLine(text: string, l: CompiledLexicon): boolean {
  const t = text.trim()
  if (t.length < 3 || t.length > 24) return false
  if (HASHES.test(t) || t === './.') return true
  const first = t[0]!
  const last = t[t.length - 1]!
  if (OPENERS[last] === first || (DASHES.has(first) && DASHES.has(last))) return refIsMarkWord(t.slice(1, -1).trim(), l)
  return !t.includes(' ') && l.bareEndMark.test(text)
}

function refCutFrom(text: string, end: number, l: CompiledLexicon): number {
  let close = end
  while (close > 0 && isSpaceCode(text.charCodeAt(close - 1))) close--
  const last = text[close - 1] ?? ''
  if (last === '.') {
    const dot = close - 3
    if (dot <= 0 || !text.endsWith('./.', close)) return end
    const before = text[dot - 1]!
    if (!LETTER_OR_DIGIT.test(before) && !CLOSERS.has(before)) return end
    for (let i = dot - 1; i >= 0 && !isSpaceCode(text.charCodeAt(i)); i--) if (text[i] === '/') return end
    return close - 2
  }
  const opener = OPENERS[last]
  if (opener === undefined) {
    let start = close
    while (start > 0 && close - start <= 12 && !isSpaceCode(text.charCodeAt(start - 1))) start--
    if (start === 0 || close - start > 12 || !isSpaceCode(text.charCodeAt(start - 1))) return end
    let cut = start - 1
    while (cut > 0 && isSpaceCode(text.charCodeAt(cut - 1))) cut--
    if (cut === 0 || !SENTENCE_ENDS.has(text[cut - 1]!)) return end
    const word = text.slice(start, close)
    return WORD.test(word) && l.bareEndMark.test(word) ? cut : end
  }
  const open = text.lastIndexOf(opener, close - 2)
  if (open <= 0 || close - open > 14 || !refIsMarkWord(text.slice(open + 1, close - 1).trim(), l)) return end
  let cut = open
  while (cut > 0 && isSpaceCode(text.charCodeAt(cut - 1))) cut--
  return cut > 0 && SENTENCE_ENDS.has(text[cut - 1]!) ? cut : end
}

/** Pieces of end marks and of the sentences they follow: brackets, dashes, hashes, mark words, sentence ends, spaces, a lone surrogate. */
const PIECES = [
  '(', ')', '（', '）', '【', '】', '[', ']', '-', '–', '—', '#', ' ', '\u3000', '.', '/', './.', '。', '!', '"', '”', '»',
  'End', 'END', 'ends', '30', '完', '终', 'Fin', 'Enditem', 'ENDITEM', 'said', 'word', 'x', 'é', '\ud800',
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((ps) => ps.join(''))

describe('end-mark readers, against their first string-lookup version', () => {
  it('should read the same whole-line marks', () => {
    fc.assert(fc.property(text, (t) => {
      expect(isEndMarkLine(t, lex)).toBe(refIsEndMarkLine(t, lex))
    }), { numRuns: 5000 })
  })

  it('should cut glued marks at the same offset', () => {
    fc.assert(fc.property(text, fc.nat(), (t, k) => {
      const end = t.length === 0 ? 0 : k % (t.length + 1)
      expect(endMark.cutFrom(t, end, lex)).toBe(refCutFrom(t, end, lex))
    }), { numRuns: 5000 })
  })

  it('should still cut the usual glued marks', () => {
    const cut = (t: string) => endMark.cutFrom(t, t.length, lex)
    expect(cut('The office said. (End)')).toBe('The office said.'.length)
    expect(cut('相关办法将正式实施。（完）')).toBe('相关办法将正式实施。'.length)
    expect(cut('… phát triển bền vững./.')).toBe('… phát triển bền vững.'.length)
    expect(cut('The office said. Enditem')).toBe('The office said.'.length)
    expect(cut('the key marked (End)')).toBe('the key marked (End)'.length)
  })
})
