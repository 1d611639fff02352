import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { computeFeatures, featuresAt } from '../../src/annotate/features.js'

const MARKDOWN_LINK = /\[[^\]\n]{0,300}\]\([^)\s]{0,2000}\)?/g
const MAYBE_LINK = /:\/\/|www\.|\.(?:s?html?|php|aspx?|jsp)/i
const URL_START = /^(?:https?:\/\/|www\.)/i
const PAGE_FILE = /\.(?:s?html?|php|aspx?|jsp)(?:[?#]\S*)?$/i

/** Link characters by the plain definition: markdown links when there are any, else URL and page-file tokens. */
function referenceLinkChars(text: string): number {
  let n = 0
  for (const m of text.matchAll(MARKDOWN_LINK)) n += m[0].length
  if (n > 0 || !MAYBE_LINK.test(text)) return n
  for (const token of text.match(/\S+/g) ?? []) if (URL_START.test(token) || PAGE_FILE.test(token)) n += token.length
  return n
}

/** Han (BMP blocks) and kana: a letter and a word each. */
function isCjkWord(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff)
}

/**
 * The features by the plain definition, one code unit at a time with the Unicode property regexes (a high
 * surrogate takes the next code unit with it, paired or not).
 */
function reference(text: string) {
  let letters = 0
  let han = 0
  let digits = 0
  let words = 0
  let unspaced = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (/[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u.test(text[i]!) && /[\p{L}\p{M}]/u.test(text[i]!)) unspaced++
    let letter = false
    let digit = false
    let word = false
    if (isCjkWord(c)) {
      letters++
      if (c < 0x3040 || c > 0x30ff) han++
      words++
      inWord = false
      continue
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const cp = text.codePointAt(i)!
      i++
      if (cp >= 0x20000 && cp <= 0x3ffff) {
        letters++
        han++
        words++
        inWord = false
        continue
      }
      letter = word = /\p{L}/u.test(String.fromCodePoint(cp))
    } else {
      const ch = String.fromCharCode(c)
      letter = /\p{L}/u.test(ch)
      digit = /\p{Nd}/u.test(ch)
      word = letter || digit || /\p{M}/u.test(ch)
    }
    if (letter) letters++
    if (digit) digits++
    if (word && !inWord) words++
    inWord = word
  }
  const length = text.length
  return {
    length,
    // Thai, Lao, Myanmar and Khmer write no spaces between words: five letters or marks make one more word.
    words: words + Math.floor(unspaced / 5),
    terminal: /[.!?。！？…।॥؟۔։།။።។]["'”’»」』)）\]]*$/u.test(text),
    hanRatio: letters === 0 ? 0 : han / letters,
    digitRatio: length === 0 ? 0 : digits / length,
    linkRatio: length === 0 ? 0 : referenceLinkChars(text) / length,
    startsLower: length > 0 && /\p{Ll}/u.test(String.fromCharCode(text.charCodeAt(0))),
  }
}

// ASCII runs (read two characters at a time), link pieces, and what takes the slower paths.
const PIECES = [
  'a', 'Z', 'q', '7', ' ', '  ', '.', ':', ']', '(', ')', '/', '[', 'w', 'www.', '.html', '.php', 'http://', '](', 'x.com',
  'é', 'É', '\u0301', '٣', '€', '’', '中', 'カ', '㐀', '豈', '\u{20000}', '\u{1F600}', '\ud800', '\udc00', '。', '"', '!', '?',
  'ก', 'ข่าว', 'ສ', 'က', 'ក', '๓', 'ฯ', '।', '॥', '؟', '۔', '։', '།', '။', '።', '។', 'नमस्ते',
]

describe('computeFeatures', () => {
  it('should count a word for every five letters of a script written without spaces, and end sentences at other scripts\' stops', () => {
    const thai = 'รัฐบาลได้ประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วม โดยจะจ่ายเงินชดเชยภายในสิ้นเดือนนี้'
    // Two space-separated runs, and about twenty words of letters and marks.
    expect(computeFeatures(thai).words).toBeGreaterThanOrEqual(18)
    expect(computeFeatures('ข่าว').words).toBe(1)
    expect(computeFeatures('सरकार ने योजना की घोषणा की।').terminal).toBe(true)
    expect(computeFeatures('ក្រសួងបានប្រកាស។').terminal).toBe(true)
    expect(computeFeatures('هل انتهى الاجتماع؟').terminal).toBe(true)
    expect(computeFeatures('सरकार ने योजना की घोषणा की').terminal).toBe(false)
  })

  it('should equal the features counted one character at a time with the Unicode property regexes', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(computeFeatures(t)).toEqual(reference(t))
      }),
      { numRuns: 2000 },
    )
  })

  it('should give the features of a span of a longer string, whatever surrounds it', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(text, text, text, (before, t, after) => {
        const s = before + t + after
        expect(featuresAt(s, before.length, before.length + t.length, t)).toEqual(reference(t))
      }),
      { numRuns: 2000 },
    )
  })
})
