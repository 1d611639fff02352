import { perLexicon, type MergedLexicon } from '../../lexicon/metadata/index.js'
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
  const value = withoutJobTitle(text.slice(w.length + 1).trim(), lex)
  const names = readNames(value, lex)
  if (names === undefined || !names.every((n) => isCapitalised(n, lex))) return undefined
  const first = names[0]!.split(' ')
  if ((lower || isParticle(w, lex)) && (first.length < 2 || isParticle(first[0]!, lex))) return undefined
  return value
}

// A job title or outlet after a byline's names is a few words (`Local Democracy Reporter`, `The Westcliff Gazette`).
const MAX_JOB_TITLE_WORDS = 5

/** The lower-case words that make a byline part a job title or an outlet: job words, credit labels, outlet words. */
const jobTitleWords = perLexicon((lex): ReadonlySet<string> => {
  const out = new Set<string>([...lex.jobWords, ...lex.outletWords].map((w) => w.toLowerCase()))
  for (const l of lex.labels) if (l.field === 'credit' && !l.label.includes(' ')) out.add(l.label.toLowerCase())
  return out
})
/** Every lexicon's agencies in lower case (`reuters`, `ttxvn`): a byline part or a signature that names one. */
export const agencySet = perLexicon((lex): ReadonlySet<string> => new Set(lex.agencies.map((a) => a.toLowerCase())))

/**
 * A byline's names without the job titles, outlets or places a comma sets off after them (`Mariana Lopes, de
 * Belo Horizonte` → `Mariana Lopes`): `Jane Doe, Staff Writer` →
 * `Jane Doe`, `Jane Doe, Local Democracy Reporter, Example News` → `Jane Doe`, `Jane Doe, AP` → `Jane Doe`. A
 * part of names (`Jane Doe, John Roe`) stays.
 *
 * @param value the byline after its byline word
 * @param lex the merged lexicon
 * @returns the value up to the first such part
 */
export function withoutJobTitle(value: string, lex: MergedLexicon): string {
  const words = jobTitleWords(lex)
  const agencies = agencySet(lex)
  let end = value.length
  for (;;) {
    const comma = value.lastIndexOf(', ', end - 1)
    if (comma <= 0) return value.slice(0, end)
    const part = value.slice(comma + 2, end).toLowerCase()
    const partWords = part.split(' ')
    // A part that opens with a job word is a title (`corresponsal en Lima`); one that joins names (`Mary Roe and
    // Tom Poe Associated Press`) or runs long is names, whatever words it holds.
    const short = partWords.length <= MAX_JOB_TITLE_WORDS
    const title = agencies.has(part) || (short && (words.has(partWords[0]!) || lex.creditPlaceWords.includes(partWords[0]!))) || (short && !partWords.some((w) => lex.nameJoiners.includes(w)) && partWords.some((w) => words.has(w)))
    if (!title) return value.slice(0, end)
    end = comma
  }
}
