import { FOLLOW_PREPOSITIONS, FOLLOW_VERBS, SOCIAL_NETWORKS } from '../../lexicon/boilerplate/social-follow.js'
import { literalAlternatives } from '../../core/regex.js'
import type { BoilerplateRule } from '../rule.js'

/** A prompt is a sentence at most: a longer block is prose that mentions a network. */
const MAX_WORDS = 25
/** Nor is it long (code units). */
const MAX_LENGTH = 240

/**
 * The line's start: marks, a follow verb (not `Follow-up`), up to 80 characters, a preposition and a network
 * as a whole word (`Xmas` is none). Literal alternations and one bounded repeat: linear time on the short
 * lines the rule reads.
 */
const PROMPT = new RegExp(
  `^[\\p{P}\\p{S}\\s]{0,3}(?:${literalAlternatives(FOLLOW_VERBS)})(?![-\\p{L}])[^\\n]{0,80}?\\s(?:${literalAlternatives(FOLLOW_PREPOSITIONS)})\\s(?:${literalAlternatives(SOCIAL_NETWORKS)})(?![\\p{L}\\p{N}])`,
  'iu',
)

/**
 * Whether a line is a prompt to follow the site on a social network.
 *
 * @param text a line
 * @returns true for `Follow us on Twitter`, `Like us on Facebook`, `Folgen Sie uns auf Instagram`
 * @example isSocialFollow('Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.') // true
 */
export function isSocialFollow(text: string): boolean {
  return text.length <= MAX_LENGTH && PROMPT.test(text)
}

/** A prompt to follow the site on a social network (`Follow us on Twitter`, `Suivez-nous sur Facebook`). */
export const socialFollow: BoilerplateRule = {
  id: 'boilerplate/social-follow',
  description: 'a prompt to follow the site or its authors on a social network',
  scope: 'line',
  inline: true,
  midArticle: true,
  maxWords: MAX_WORDS,
  match(views, i) {
    const v = views[i]!
    return v.words <= MAX_WORDS && isSocialFollow(v.text) ? 1 : 0
  },
}
