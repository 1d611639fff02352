import { WORDS_BY_FREQUENCY } from './words-en.js'

let ranks: Map<string, number> | undefined

/** Built on first use: most documents never need the word list, and parsing it costs a few milliseconds. */
function table(): Map<string, number> {
  if (ranks === undefined) {
    ranks = new Map()
    let rank = 0
    let start = 0
    const s = WORDS_BY_FREQUENCY
    for (let i = 0; i <= s.length; i++) {
      if (i === s.length || s.charCodeAt(i) === 0x20) {
        ranks.set(s.slice(start, i), rank++)
        start = i + 1
      }
    }
  }
  return ranks
}

/**
 * Frequency rank of an English word (0 is the most frequent), from the SUBTLEX-US counts.
 *
 * @param word a word in any case
 * @returns its rank, or `undefined` when the word is not in the list
 * @example wordRank('the') // 2
 */
export function wordRank(word: string): number | undefined {
  return table().get(word.toLowerCase())
}

/**
 * Whether a lower-case word is in the English word list; the caller guarantees lower case, which saves
 * a `toLowerCase()` on the hot path.
 *
 * @param word a lower-case word
 * @returns true when listed
 */
export function isLowerWord(word: string): boolean {
  return table().has(word)
}

/**
 * Whether a word is in the English word list at all (rare words included).
 *
 * @param word a word in any case
 * @returns true when listed
 */
export function isWord(word: string): boolean {
  return table().has(word.toLowerCase())
}
