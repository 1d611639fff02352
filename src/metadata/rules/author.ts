import type { MergedLexicon } from '../../lexicon/metadata/index.js'
import { isCapitalised, isParticle, readNames } from '../names.js'
import type { MetadataRule } from '../rule.js'
import { wordsAt } from '../text.js'

/** Bylines: `By Jane Doe`, `Author: Emma`, `作者：张三`, `Tác giả: Nguyễn Văn A` → author. */
export const authorRule: MetadataRule = {
  id: 'metadata/author',
  description: 'Read the author from a byline or an author label and take the line out of the body.',
}

/**
 * Read the value of an author label: a list of names, kept as written.
 *
 * @param value the text after the label
 * @param lex the merged lexicon
 * @returns the author as written, `''` for an empty value, or undefined when it is not names
 * @example readAuthor(' Emma', lex) // 'Emma'
 */
export function readAuthor(value: string, lex: MergedLexicon): string | undefined {
  const v = value.trim()
  if (v.length === 0) return ''
  return readNames(v, lex) === undefined ? undefined : v
}

/**
 * Read a byline without a colon, `By Jane Doe and John Roe`: the byline word capitalised, then
 * capitalised names only (so `by the way` or `By then, …` are not bylines). A byline word that is also
 * a name particle (`Di`, `Von`) may begin a surname (`Di Maio`, `Von der Leyen`): it is a byline only
 * before a name of two words or more that starts with a capital. The page language's `lowerBylines` are
 * read in lower case too (`di Marco Rossi` on an Italian page), under the same condition.
 *
 * @param text the whole line
 * @param lex the merged lexicon
 * @returns the author as written, or undefined
 * @example readByline('By Jane Doe', lex) // 'Jane Doe'
 */
export function readByline(text: string, lex: MergedLexicon): string | undefined {
  const w = wordsAt(text, 0, lex.bylines)
  if (w === undefined || text[w.length] !== ' ') return undefined
  const lower = text[0] !== text[0]!.toUpperCase()
  if (lower && !lex.lowerBylines.includes(w)) return undefined
  const value = text.slice(w.length + 1).trim()
  const names = readNames(value, lex)
  if (names === undefined || !names.every((n) => isCapitalised(n, lex))) return undefined
  const first = names[0]!.split(' ')
  if ((lower || isParticle(w, lex)) && (first.length < 2 || isParticle(first[0]!, lex))) return undefined
  return value
}
