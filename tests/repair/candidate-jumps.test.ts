import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockFromSpan } from '../../src/core/edit.js'
import { createContext } from '../../src/core/options.js'
import { isAsciiLetter, isHan, isLatinLetter, isLower, isUpper } from '../../src/repair/chars.js'
import { punctSpace, quotes } from '../../src/repair/index.js'
import { protectedMask } from '../../src/repair/protect.js'
import type { BlockRule } from '../../src/core/rule.js'
import type { Doc } from '../../src/types.js'

// punct-space and quotes jump from one candidate to the next with a global regular expression instead of
// reading every character. These properties hold them to the plain reading: every character that can start
// an edit is visited, at the text's edges and between adjacent marks and quotes too.

const PIECES = [
  'the', 'end', 'The', 'As', 'e', 'g', 'U', 'S', 'so', 'Cloud', 'office', '12', '5', '城市', '中', ',', ';', '.', ':', '!', '?', '“', '”',
  '„', ' ', ' ', '  ', 'é', 'www.x.com', 'a,b', 'f(a,b)',
]
const shaped = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''))

function docOf(text: string): Doc {
  const block = blockFromSpan(text, 0, 0, text.length)
  return { source: text, blocks: [block], metadata: {}, removed: [], lang: 'en', warnings: [] }
}

/** The text of a one-block document of `text` after `rule`. */
function appliedTo(rule: BlockRule, text: string): string {
  const doc = docOf(text)
  return rule.apply(doc.blocks[0]!, createContext(), doc).text
}

/**
 * Where punct-space inserts a space, by the rule's tests applied at every character (the plain reading the
 * jump replaces): offsets in the text, ascending.
 */
function punctSpaceAtEveryCharacter(s: string): number[] {
  const out: number[] = []
  const mask = protectedMask(s)
  const wordBefore = (i: number): number => {
    let k = i
    while (k > 0 && isLatinLetter(s.charCodeAt(k - 1))) k--
    return i - k
  }
  for (let i = 1; i + 1 < s.length; i++) {
    const ch = s[i]!
    const next = s.charCodeAt(i + 1)
    let ok = false
    if (ch === ',' || ch === ';') {
      if (isAsciiLetter(next)) ok = isAsciiLetter(s.charCodeAt(i + 2)) && (wordBefore(i) >= 2 || isHan(s.charCodeAt(i - 1)))
      else ok = isHan(next) && wordBefore(i) >= 2
    } else if ('.:!?'.includes(ch)) {
      ok = isUpper(next) && isLower(s.charCodeAt(i + 2)) && isLower(s.charCodeAt(i - 1)) && wordBefore(i) >= 2
    }
    if (ok && mask?.[i] !== 1) out.push(i + 1)
  }
  return out
}

/** Insert a space at each offset (ascending). */
function insertSpaces(s: string, at: readonly number[]): string {
  let out = ''
  let last = 0
  for (const k of at) {
    out += `${s.slice(last, k)} `
    last = k
  }
  return out + s.slice(last)
}

describe('candidate jumps', () => {
  const ctx = createContext()
  it('should let punct-space insert exactly where its tests run at every character would', () => {
    fc.assert(
      fc.property(shaped, (text) => {
        const doc = docOf(text)
        expect(punctSpace.apply(doc.blocks[0]!, ctx, doc).text).toBe(insertSpaces(text, punctSpaceAtEveryCharacter(text)))
      }),
      { numRuns: 2000 },
    )
  })
  it('should space a mark after a word, not one at the start or after another mark', () => {
    const run = (t: string): string => appliedTo(punctSpace, t)
    expect(run(',As it is')).toBe(',As it is')
    expect(run('end.,The')).toBe('end.,The')
    expect(run('end.The end,As')).toBe('end. The end, As')
    expect(run('no,As')).toBe('no, As')
  })
  it('should read every curly quote, the low opening quote and quotes at the edges', () => {
    const run = (t: string): string => appliedTo(quotes, t)
    expect(run('”New')).toBe('” New')
    expect(run('so“Cloud office”')).toBe('so “Cloud office”')
    expect(run('do so Cloud office”')).toBe('do so “Cloud office”')
    expect(run('„Guten Tag“ so“Cloud')).toBe('„Guten Tag“ so “Cloud')
    expect(run('a”“b”')).toBe('a”, “b”')
  })
})
