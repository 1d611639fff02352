import type { MergedLexicon } from '../../lexicon/metadata/index.js'
import type { MetadataRule } from '../rule.js'
import { isHan } from '../../core/chars.js'
import { endsSentence } from '../text.js'
import { findDate } from './date.js'

/** Source lines: `Source: Xinhua`, `来源：新华社`, `Nguồn: TTXVN`; and an outlet prefix on a title (`Xinhua News Agency: …`). */
export const sourceRule: MetadataRule = {
  id: 'metadata/source',
  description: 'Read the source (outlet or agency) from a source line or an outlet-name prefix on the title.',
}

// A source is an outlet's name: more words than this is a sentence that happens to follow the label.
const MAX_SOURCE_WORDS = 8
const MAX_SOURCE_CHARS = 60
// An outlet prefix on a headline is a short name: `Xinhua News Agency`, `新华社`.
const MAX_PREFIX_WORDS = 5

/**
 * Read the value of a source label.
 *
 * @param value the text after the label
 * @param lex the merged lexicon
 * @returns the source as written, `''` for an empty value (`Source:` alone), or undefined when it is a sentence
 * @example readSource(' Xinhua ', lex) // 'Xinhua'
 */
export function readSource(value: string, lex: MergedLexicon): string | undefined {
  const v = value.trim()
  if (v.length === 0) return ''
  if (v.length > MAX_SOURCE_CHARS || endsSentence(v) || v.split(' ').length > MAX_SOURCE_WORDS) return undefined
  // `Source: Ministry, October 25, 2019` credits a picture, not the article.
  return findDate(v, lex) === undefined ? v : undefined
}

/**
 * Read an outlet name that prefixes a headline: the part before the first colon, when it is a short
 * capitalised name ending in an outlet word (`Agency`, `News`, `Daily`, `社`, `报`).
 *
 * @param title the headline
 * @param lex the merged lexicon
 * @returns the outlet as written, or undefined
 * @example readSourcePrefix('Xinhua News Agency: Central Enterprises…', lex) // 'Xinhua News Agency'
 */
export function readSourcePrefix(title: string, lex: MergedLexicon): string | undefined {
  let colon = -1
  for (let i = 0; i < title.length && i <= MAX_SOURCE_CHARS; i++) {
    if (title[i] === ':' || title[i] === '：') {
      colon = i
      break
    }
  }
  if (colon <= 0) return undefined
  const name = title.slice(0, colon).trim()
  if (name.length === 0) return undefined
  if (isHan(name.charCodeAt(name.length - 1))) {
    return lex.outletWords.some((w) => isHan(w.charCodeAt(0)) && name.endsWith(w)) && name.length <= MAX_PREFIX_WORDS * 2 ? name : undefined
  }
  const words = name.split(' ')
  if (words.length < 2 || words.length > MAX_PREFIX_WORDS) return undefined
  // Capitalised words, but not a line in capitals: `BREAKING NEWS:` is a kicker, not an outlet.
  if (!words.every((w) => /^\p{Lu}/u.test(w)) || name === name.toUpperCase()) return undefined
  return lex.outletWords.includes(words[words.length - 1]!.toLowerCase()) ? name : undefined
}
