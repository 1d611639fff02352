import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOILERPLATE_LEXICONS, compileLexicon } from '../../src/lexicon/boilerplate/index.js'

// User phrases that take every path of the scan: a one-unit phrase that also starts longer ones, a
// phrase whose second key is white space, one ending in punctuation, one of two letters, one of three.
const EXTRA = ['/', '/q', 'a  b c', 'ab', 'abc:', 'b/', 'qab']
// Controls of one letter that also start longer ones (`t`, `tweet`; `b`, `b/`), of a letter and a sign.
const EXTRA_CONTROL = ['b', 'b/', 'é+']
const lex = compileLexicon({ en: { contact: EXTRA, breadcrumbStart: EXTRA, control: EXTRA_CONTROL } })
const CONTACT = [...Object.values(BOILERPLATE_LEXICONS).flatMap((l) => l.contact), ...EXTRA]
const CRUMB_START = [...Object.values(BOILERPLATE_LEXICONS).flatMap((l) => l.breadcrumbStart), ...EXTRA]
const CONTROL = [...Object.values(BOILERPLATE_LEXICONS).flatMap((l) => l.control), ...EXTRA_CONTROL]
/** Bullets and markers a prefix phrase may follow. */
const LEAD = ' \t\u00a0\u3000·•*#>»›|-–—'
/** What may stand between page controls. */
const SEPARATORS = ' \t\u00a0\u3000【】[]()（）|｜/·•:：,，、;；-–—<>«»"\'“”'

const WORD = /[\p{L}\p{N}]/u
const HAN = /\p{Script=Han}/u
const SPACE = /\s/u

/** A spaced-script word character, as the matcher reads one. */
function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch) && !HAN.test(ch)
}

/** A unit's lower case, when it lower-cases to one unit. */
function lower(ch: string): string {
  const l = ch.toLowerCase()
  return l.length === 1 ? l : ch
}

/** Whether `phrase` matches `text` from `i`: case-insensitive, any run of white space for a space, whole words. */
function matchesAt(text: string, i: number, phrase: string): boolean {
  return !(isWord(text[i]) && isWord(text[i - 1])) && matchEnd(text, i, phrase) >= 0
}

/** Where `phrase` read from `text[i]` ends (as `matchesAt` reads it, but for the word before), -1 when it does not match there. */
function matchEnd(text: string, i: number, phrase: string): number {
  const p = phrase.trim()
  let j = i
  for (let k = 0; k < p.length; k++) {
    if (SPACE.test(p[k]!)) {
      while (k + 1 < p.length && SPACE.test(p[k + 1]!)) k++
      if (j >= text.length || !SPACE.test(text[j]!)) return -1
      while (j < text.length && SPACE.test(text[j]!)) j++
    } else {
      if (j >= text.length || SPACE.test(text[j]!) || lower(text[j]!) !== lower(p[k]!)) return -1
      j++
    }
  }
  return !isWord(p[p.length - 1]) || !isWord(text[j]) ? j : -1
}

/** The naive reading of a `contains` category: some phrase matches at some position. */
function anywhere(text: string, phrases: readonly string[]): boolean {
  for (let i = 0; i < text.length; i++) for (const p of phrases) if (matchesAt(text, i, p)) return true
  return false
}

/** The naive reading of a `prefix` category: some phrase matches after the leading bullets. */
function prefix(text: string, phrases: readonly string[]): boolean {
  let lead = 0
  while (lead < text.length && LEAD.includes(text[lead]!)) lead++
  return lead < text.length && phrases.some((p) => matchesAt(text, lead, p))
}

/** The naive reading of a `tokens` category: between separators, the longest phrase at each point, to the end. */
function tokens(text: string, phrases: readonly string[]): boolean {
  let pos = 0
  let any = false
  while (pos < text.length) {
    if (SEPARATORS.includes(text[pos]!)) {
      pos++
      continue
    }
    const end = Math.max(...phrases.map((p) => matchEnd(text, pos, p)))
    if (end < 0) return false
    pos = end
    any = true
  }
  return any
}

const PIECE = fc.constantFrom('a', '·', 'Home', 'home  page', 'b', 'c', 'A', 'B', 'q', '/', ':', ' ', '  ', '\u00a0', '\t', 'x', 'é', 'ab', 'Tel:', 'fax', 'AB', '中', 'ứ', '.', 'a \t', ' b c', 'B C')

describe('the lexicon scans', () => {
  it('should find a phrase exactly where a naive search finds one', () => {
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        expect(lex.contact.test(text)).toBe(anywhere(text, CONTACT))
        expect(lex.breadcrumbStart.test(text)).toBe(prefix(text, CRUMB_START))
      }),
      { numRuns: 3000 },
    )
  })
})

const CONTROL_PIECE = fc.constantFrom('t', 'T', 'The', 'Tt', 'to', 'Top', 'p', 'pdf', 'tweet', 'b', 'B', 'bA', 'b/', 'é+', 'É', 'a+', 'A-', 'Share', 'share this', ' ', '  ', '|', '【', '】', '/', '·', '.', 'x', '中', '大', '\u00a0')

describe('the control scan', () => {
  it('should take a line for controls exactly when a naive reading does', () => {
    fc.assert(
      fc.property(fc.array(CONTROL_PIECE, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('')
        expect(lex.control.test(text)).toBe(tokens(text, CONTROL))
      }),
      { numRuns: 3000 },
    )
  })
})
