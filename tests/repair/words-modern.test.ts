import { describe, expect, it } from 'vitest'
import { FOREIGN_FUNCTION_WORDS } from '../../src/lexicon/repair/foreign-function-words.js'
import { WORDS_BY_FREQUENCY } from '../../src/lexicon/repair/words-en.js'
import { MODERN_WORD_RANK, MODERN_WORDS } from '../../src/lexicon/repair/words-modern.js'
import { isWord, wordRank } from '../../src/lexicon/repair/words.js'
import { hasEnglishWords } from '../../src/repair/english.js'
import { repair } from '../../src/pipeline/clean.js'

/** Rank of each SUBTLEX word, read from the generated list itself. */
const SUBTLEX: ReadonlyMap<string, number> = new Map(WORDS_BY_FREQUENCY.split(' ').map((w, r) => [w, r] as const).reverse())

describe('MODERN_WORDS (data)', () => {
  it('should hold lower-case ASCII words, each once, in alphabetical order', () => {
    for (const w of MODERN_WORDS) expect(w).toMatch(/^[a-z]{2,}$/)
    expect(new Set(MODERN_WORDS).size).toBe(MODERN_WORDS.length)
    expect([...MODERN_WORDS].sort()).toEqual(MODERN_WORDS)
  })

  it('should add only words SUBTLEX lacks or ranks past MODERN_WORD_RANK', () => {
    for (const w of MODERN_WORDS) expect(SUBTLEX.get(w) ?? Infinity, w).toBeGreaterThan(MODERN_WORD_RANK)
  })

  it('should share no word with the foreign function-word lists', () => {
    const foreign = new Set(Object.values(FOREIGN_FUNCTION_WORDS).flat())
    for (const w of MODERN_WORDS) expect(foreign.has(w), w).toBe(false)
  })
})

describe('the word list with MODERN_WORDS', () => {
  it('should list every modern word at MODERN_WORD_RANK, case folded', () => {
    for (const w of MODERN_WORDS) expect(wordRank(w), w).toBe(MODERN_WORD_RANK)
    expect(wordRank('Smartphone')).toBe(MODERN_WORD_RANK)
    expect(isWord('cryptocurrencies')).toBe(true)
  })

  it('should keep the SUBTLEX ranks of other words, listed or not', () => {
    for (const w of ['the', 'you', 'newsletter', 'checkout', 'zymurgy']) expect(wordRank(w), w).toBe(SUBTLEX.get(w))
    expect(wordRank('smartphonez')).toBeUndefined()
    expect(wordRank('smartphon')).toBeUndefined()
  })

  it('should read a headline of modern words as English (the gate counted them as foreign)', () => {
    expect(hasEnglishWords('Sign up for newsletters')).toBe(true)
    expect(hasEnglishWords('Smartphones, touchscreens and chatbots')).toBe(true)
  })

  it('should join a broken modern word and split one glued to `the`', () => {
    expect(repair('The new smartph one sold out.')).toBe('The new smartphone sold out.')
    expect(repair('Readers follow thenewsletters closely.')).toBe('Readers follow the newsletters closely.')
  })

  it('should not split real words the list lacked', () => {
    const text = 'The formatter, the theming options, a topup voucher and foraged mushrooms.'
    expect(repair(text)).toBe(text)
  })
})
