import { describe, expect, it } from 'vitest'
import { compileLexicon, scannerOf } from '../../src/lexicon/boilerplate/index.js'
import { categoryBit, LexiconMatcher, MAX_CATEGORIES, WORD_BITS, type MatchMode } from '../../src/lexicon/boilerplate/matcher.js'
import { clean } from '../../src/index.js'

const lex = compileLexicon({})

describe('the boilerplate lexicon matcher', () => {
  it('should give every category a bit of its own in one of two words, all positive (at most 62 categories)', () => {
    const bits = Object.values(scannerOf(lex).bits)
    expect(bits.length).toBeLessThanOrEqual(MAX_CATEGORIES)
    expect(MAX_CATEGORIES).toBe(2 * WORD_BITS)
    const keys = bits.map(({ low, high }) => `${low}:${high}`)
    expect(new Set(keys).size).toBe(bits.length)
    for (const { low, high } of bits) {
      // Exactly one word holds the bit, and the bit is a positive single bit.
      expect((low === 0) !== (high === 0)).toBe(true)
      const bit = low | high
      expect(bit).toBeGreaterThan(0)
      expect(bit & (bit - 1)).toBe(0)
    }
    // The built-in lexicon already uses the high word.
    expect(bits.some(({ high }) => high !== 0)).toBe(true)
  })

  it('should refuse more categories than the two words hold, with a clear error', () => {
    expect(() => categoryBit(MAX_CATEGORIES)).toThrow(RangeError)
    const many = Array.from({ length: MAX_CATEGORIES + 1 }, (_, k) => [`phrase${k}`])
    expect(() => new LexiconMatcher(many, many.map((): MatchMode => 'whole'), [])).toThrow(/at most 62 categories/)
  })

  it('should match and guard a category past bit 31 like one in the low word, in every mode', () => {
    // 40 categories: the fillers take the low word, the five under test go past it, each in one mode.
    const modes: MatchMode[] = Array.from({ length: 35 }, (): MatchMode => 'contains')
    const lists: string[][] = modes.map((_, k) => [`filler word ${k}`])
    const add = (phrases: string[], mode: MatchMode): number => {
      modes.push(mode)
      return lists.push(phrases) - 1
    }
    const prefix = add(['read next'], 'prefix')
    const whole = add(['tail mark'], 'whole')
    const contains = add(['subscribe now'], 'contains')
    const suffix = add(['says:'], 'suffix')
    const tokens = add(['print', 'share'], 'tokens')
    expect(Math.min(prefix, whole, contains, suffix, tokens)).toBeGreaterThan(31)
    const all = modes.map((_, k) => k)
    const m = new LexiconMatcher(lists, modes, [all.filter((k) => modes[k] === 'contains' || modes[k] === 'suffix')])
    const ask = (text: string, k: number): boolean => {
      const { low, high } = categoryBit(k)
      const got = m.matchAll(text, low, high)
      return (got | m.highMatched) !== 0
    }
    expect(ask('Read next: the harvest report', prefix)).toBe(true)
    expect(ask('We read next to the window', prefix)).toBe(false)
    expect(ask('— Tail mark —', whole)).toBe(true)
    expect(ask('Tail mark of the comet', whole)).toBe(false)
    expect(ask('Offers end soon, SUBSCRIBE  now.', contains)).toBe(true)
    expect(ask('Subscribers now number a million.', contains)).toBe(false)
    expect(ask('anna says:', suffix)).toBe(true)
    expect(ask('anna says: hello', suffix)).toBe(false)
    expect(ask('Print | Share', tokens)).toBe(true)
    expect(ask('Print this page', tokens)).toBe(false)
    // One question about both words at once: a filler (low word) and a category past bit 31 (high word).
    const low = categoryBit(3).low
    const { high } = categoryBit(contains)
    expect(m.matchAll('filler word 3, then subscribe now', low, high)).toBe(low)
    expect(m.highMatched).toBe(high)
    expect(m.matchAll('filler word 3 alone', low, high)).toBe(low)
    expect(m.highMatched).toBe(0)
    // The answers kept for a text are those of the word asked about.
    expect(m.matchAll('subscribe now', 0, high)).toBe(0)
    expect(m.highMatched).toBe(high)
    expect(m.matchAll('subscribe now', low, 0)).toBe(0)
    expect(m.highMatched).toBe(0)
  })

  it('should give a mode with more categories than one trie holds a trie per 31 of them', () => {
    const lists = Array.from({ length: 40 }, (_, k) => [`heading number ${k}`])
    const m = new LexiconMatcher(lists, lists.map((): MatchMode => 'prefix'), [])
    for (const k of [0, 30, 31, 39]) {
      const { low, high } = categoryBit(k)
      expect(m.matchAll(`Heading number ${k}: the rest of the line`, low, high) | m.highMatched, `${k}`).toBe(low | high)
      expect(m.matchAll(`Heading number ${k + 100}`, low, high) | m.highMatched, `${k}`).toBe(0)
    }
    // Both tries answer one question about categories in each.
    const a = categoryBit(5)
    const b = categoryBit(35)
    expect(m.matchAll('heading number 35', a.low | b.low, a.high | b.high)).toBe(0)
    expect(m.highMatched).toBe(b.high)
  })

  it('should guard a built-in rule by a category in the high word', () => {
    // `crumbSeparator` (the breadcrumb rule's guard) sits in the high word; the rule still drops a trail.
    expect(scannerOf(lex).bits.crumbSeparator.high).toBeGreaterThan(0)
    expect(lex.crumbSeparator.test('Home > World > Asia')).toBe(true)
    expect(lex.crumbSeparator.test('Home and away')).toBe(false)
    const article = [
      'The city council approved a new budget for the coming year on Monday evening, raising spending on schools and public transport.',
      'Council members debated the plan for more than four hours before the final vote, which passed by a narrow margin of two votes.',
      'The mayor said the budget would allow the city to hire more teachers and to extend bus services to the northern districts.',
    ]
    const out = clean(['Home > News > Local', ...article].join('\n\n'))
    expect(out.removed.some((r) => r.rule === 'boilerplate/breadcrumb' && r.text.includes('Home > News'))).toBe(true)
    for (const p of article) expect(out.body).toContain(p)
  })

  it('should match phrases whatever their case, in any script', () => {
    expect(lex.commentMarker.test('BÌNH LUẬN')).toBe(true)
    expect(lex.relatedHeading.test('RELATED ARTICLES:')).toBe(true)
    expect(lex.cookie.test('This Website Uses Cookies to improve your experience.')).toBe(true)
  })

  it('should take any run of white space inside a phrase as one space', () => {
    expect(lex.paywall.test('Subscribe \u00a0 to  continue reading')).toBe(true)
  })

  it('should match spaced-script phrases only as whole words', () => {
    expect(lex.cookie.test('She reuses cookies-free recipes')).toBe(false)
    expect(lex.control.test('Share')).toBe(true)
    expect(lex.control.test('Shareholders')).toBe(false)
  })

  it('should answer each category from the scan that covers it, whichever is asked first', () => {
    const footer = 'Copyright © 2024. We use cookies.'
    const fresh = compileLexicon({ en: {} })
    expect(fresh.cookie.test(footer)).toBe(true)
    expect(fresh.copyright.test(footer)).toBe(true)
    expect(lex.copyright.test(footer)).toBe(true)
    expect(lex.cookie.test(footer)).toBe(true)
  })

  it('should match a line of controls against control phrases only', () => {
    expect(lex.control.test('E-mail: | Print')).toBe(true)
    expect(lex.control.test('Related articles')).toBe(false)
  })

  it('should match the same after a scan gets its needle filter, whatever the case or a Kelvin sign', () => {
    const fresh = compileLexicon({ vi: { cookie: ['đồng ý'] } })
    // The filter of a scan is made after it ran a few hundred times.
    for (let i = 0; i < 300; i++) expect(fresh.cookie.test(`Paragraph ${i} about baking for the holidays.`)).toBe(false)
    expect(fresh.cookie.test('We use COOKIES to improve your experience.')).toBe(true)
    expect(fresh.cookie.test('We use coo\u212aies to improve your experience.')).toBe(true)
    expect(fresh.cookie.test('By continuing to browse you accept this.')).toBe(true)
    expect(fresh.cookie.test('Bấm ĐỒNG Ý để tiếp tục.')).toBe(true)
    expect(fresh.cookie.test('She reuses cookies-free recipes')).toBe(false)
  })
})
