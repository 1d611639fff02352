import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { listMark, quantities } from '../../src/boilerplate/rules/menu-run.js'
import {
  DATE_MARKS_AFTER_NUMBER, HAN_COUNT_WORDS, HAN_NUMERALS, HAN_UNITS, LIST_BULLETS, NUMBER_CHARACTERS, QUANTITY_UNITS,
} from '../../src/lexicon/boilerplate/list-items.js'

// The list-item readers of `boilerplate/menu-run` as they were written first, one regex test per character:
// the rule now reads code units and skips what starts no number, and must answer the same.
const DIGIT = /^\d$/u
const CASED_OR_DIGIT = /^[\p{Lu}\p{Ll}\p{Lt}\d]$/u
const LOWER = /^\p{Ll}$/u
const CASED = /^[\p{Lu}\p{Ll}\p{Lt}]$/u
const CASELESS = /^\p{Lo}$/u
const FRACTIONS = '½⅓⅔¼¾⅕⅛'
const NUMBER_JOINERS = '.,/–-'
const DATE_MARKS: ReadonlySet<string> = new Set(DATE_MARKS_AFTER_NUMBER)
const UNITS: ReadonlySet<string> = new Set(QUANTITY_UNITS.map((u) => (u.length > 1 ? u.toLowerCase() : u)))
const MAX_UNIT_LENGTH = Math.max(...QUANTITY_UNITS.map((u) => u.length))
const BULLETS: ReadonlySet<string> = new Set(LIST_BULLETS)
const ORDINAL = /^(?:\d{1,2}(?:[.)]\s|[)、．）])|[(（]\d{1,2}[)）])/u
const HAN_ORDINAL = new RegExp(`^[${HAN_NUMERALS}]{1,3}[、．]`, 'u')
const LABELLED = /^\p{L}{1,12} ?\d{1,2} ?[:：]/u
const HAN_STEP = new RegExp(`^第(?:\\d{1,2}|[${HAN_NUMERALS}]{1,3})步[:：，、]?`, 'u')

function refHanNumberEnd(text: string, i: number): number {
  let k = i
  while (k < text.length && k - i < 3 && HAN_NUMERALS.includes(text[k]!)) k++
  return k
}

function refHanMeasure(text: string, at: number): number {
  if (HAN_UNITS.some((u) => text.startsWith(u, at))) return 2
  return HAN_COUNT_WORDS.some((u) => text.startsWith(u, at)) ? 1 : 0
}

function refNumberEnd(text: string, i: number): number {
  let k = i
  while (k < text.length && k - i < 4 && DIGIT.test(text[k]!)) k++
  const digits = k - i
  if (digits > 3) return i
  if (digits > 0 && NUMBER_JOINERS.includes(text[k] ?? '\u0000') && DIGIT.test(text[k + 1] ?? '')) {
    let m = k + 1
    while (m < text.length && m - k <= 4 && DIGIT.test(text[m]!)) m++
    if (m - k - 1 > 3) return i
    k = m
  }
  if (FRACTIONS.includes(text[k] ?? '\u0000')) k++
  if (k > i && DIGIT.test(text[k] ?? '')) return i
  return k
}

function refIsUnit(text: string, at: number): boolean {
  let end = at
  while (end < text.length && CASED.test(text[end]!)) end++
  if (end === at || end - at > MAX_UNIT_LENGTH) return false
  const word = text.slice(at, end)
  return UNITS.has(word.length > 1 ? word.toLowerCase() : word)
}

function refQuantities(text: string): { count: number; measured: boolean } {
  let n = 0
  let measured = false
  let i = 0
  while (i < text.length) {
    const start = i
    const han = refHanNumberEnd(text, i)
    if (han > i) {
      i = han
      const m = refHanMeasure(text, han)
      if (m > 0 && text[start - 1] !== '第') {
        n++
        if (m === 2) measured = true
      }
      continue
    }
    const end = refNumberEnd(text, i)
    if (end === i) {
      i++
      continue
    }
    i = end
    const before = start === 0 ? '' : text[start - 1]!
    if (CASED_OR_DIGIT.test(before) || before === ':' || before === '.' || before === ',') continue
    let at = end
    if (text[at] === ' ') at++
    const c = text[at] ?? ''
    if (CASELESS.test(c)) {
      if (refHanMeasure(text, at) === 2) measured = true
      if (!DATE_MARKS.has(c)) n++
      continue
    }
    if (refIsUnit(text, at)) {
      n++
      measured = true
      continue
    }
    if (!LOWER.test(c)) continue
    let after = at
    while (after < text.length && LOWER.test(text[after]!)) after++
    while (text[after] === ' ') after++
    if (!DIGIT.test(text[after] ?? '')) n++
  }
  return { count: n, measured }
}

function refListMark(text: string): { at: number; kind: 'bullet' | 'number' | 'labelled' } | undefined {
  const cp = text.codePointAt(0) ?? 0
  const first = String.fromCodePoint(cp)
  const next = text.slice(first.length, first.length + 1)
  if (BULLETS.has(first) && next !== '' && next.trim() === '') return { at: first.length, kind: 'bullet' }
  if (NUMBER_CHARACTERS.some(([lo, hi]) => cp >= lo && cp <= hi)) return { at: first.length, kind: 'number' }
  const ordinal = ORDINAL.exec(text) ?? HAN_ORDINAL.exec(text)
  if (ordinal !== null) return { at: ordinal[0].length, kind: 'number' }
  const labelled = LABELLED.exec(text) ?? HAN_STEP.exec(text)
  if (labelled !== null) return { at: labelled[0].length, kind: 'labelled' }
  return undefined
}

/**
 * Lines of pieces a list item, a quantity or a date is made of: digits, fractions, joiners, Han numerals and
 * measure words, units, date marks, bullets, number characters, letters of several scripts (astral ones too:
 * `LABELLED` counts code points), spaces, colons and lone surrogates.
 */
const PIECES = [
  ...'0123456789', ...FRACTIONS, ...NUMBER_JOINERS, ...HAN_NUMERALS, ...HAN_COUNT_WORDS, ...HAN_UNITS, ...QUANTITY_UNITS.slice(0, 20),
  ...DATE_MARKS_AFTER_NUMBER, ...LIST_BULLETS, '①', '⑵', '❸', '㉑', '㊱', '第', '步', '、', '．', '）', '（', '(', ')', ':', '：', ' ', '  ',
  'a', 'Step', 'cups', 'Eier', 'g', 'TL', 'é', 'Ж', 'ж', 'ب', 'ก', '鸡蛋', '𝐀', '𝐚', '𠀀', '\ud800', '\udc00', 'x', 'Q',
]
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((ps) => ps.join(''))

describe('menu-run list readers, against their first per-character version', () => {
  it('should count the same quantities', () => {
    fc.assert(fc.property(line, (text) => {
      expect(quantities(text)).toEqual(refQuantities(text))
    }), { numRuns: 5000 })
  })

  it('should read the same list mark', () => {
    fc.assert(fc.property(line, (text) => {
      expect(listMark(text)).toEqual(refListMark(text))
    }), { numRuns: 5000 })
  })

  it('should read a labelled step after twelve astral letters, as the pattern counts code points', () => {
    const text = `${'𝐀'.repeat(12)} 3: Stir`
    expect(listMark(text)).toEqual({ at: text.indexOf(':') + 1, kind: 'labelled' })
    expect(listMark(text)).toEqual(refListMark(text))
    expect(listMark('Step 2: Boil water')).toEqual({ at: 7, kind: 'labelled' })
    expect(listMark('Stepping stones 2: no')).toBeUndefined()
  })

  it('should count quantities in the usual lines', () => {
    expect(quantities('4 tbsp olive oil')).toEqual({ count: 1, measured: true })
    expect(quantities('两个鸡蛋')).toEqual({ count: 1, measured: false })
    expect(quantities('World News')).toEqual({ count: 0, measured: false })
    expect(quantities('11月20日')).toEqual({ count: 0, measured: false })
  })
})
