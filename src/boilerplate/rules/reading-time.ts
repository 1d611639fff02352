import { READING_TIME_AFTER, READING_TIME_APPROX, READING_TIME_LABELS, READING_TIME_UNITS } from '../../lexicon/boilerplate/reading-time.js'
import { literalAlternatives } from '../../core/regex.js'
import type { BoilerplateRule } from '../rule.js'

/** An estimate is a few words: a longer block is prose that mentions minutes. */
const MAX_WORDS = 8
/** Nor is it long (code units): the longest label, number, unit and word after it with marks around. */
const MAX_LENGTH = 64

// Icons, bullets and brackets around the estimate (`⏱ 4 min read`, `· 5 min read ·`, `(3 phút đọc)`).
const EDGE = '[\\p{P}\\p{S}\\p{Z}]{0,4}'
// Between a label and the number: a space, a colon, or both (`Lesezeit: 3`, `Temps de lecture : 3`, `阅读时间：3`).
const SEP = ' ?[:：]? ?'
// The number: minutes, or a range of them (`4-6 min`).
const NUMBER = '\\p{Nd}{1,3}(?: ?[-–] ?\\p{Nd}{1,3})?'

/**
 * The whole line: an optional label, the number and its unit, an optional word after. Every part is a
 * literal alternation or a bounded repeat, so it runs in linear time. The groups tell whether a label
 * (1) or a word after (2) was there: the line is an estimate only with one of them.
 */
const ESTIMATE = new RegExp(
  `^${EDGE}(?:(${literalAlternatives(READING_TIME_LABELS)})${SEP})?(?:(?:${literalAlternatives(READING_TIME_APPROX)}) ?)?${NUMBER} ?(?:${literalAlternatives(READING_TIME_UNITS)})\\.?(?: ?(${literalAlternatives(READING_TIME_AFTER)}))?${EDGE}$`,
  'iu',
)

/**
 * Whether a whole line is a reading-time estimate.
 *
 * @param text a line
 * @returns true for `5 min read`, `Reading time: 4 minutes`, `Lesezeit: 3 Min.`, `阅读时间：3分钟`
 * @example isReadingTime('Temps de lecture : 3 min') // true
 */
export function isReadingTime(text: string): boolean {
  if (text.length > MAX_LENGTH) return false
  const m = ESTIMATE.exec(text)
  return m !== null && (m[1] !== undefined || m[2] !== undefined)
}

/** A reading-time estimate printed beside the byline (`5 min read`, `Lesezeit: 3 Min.`, `阅读时间：3分钟`). */
export const readingTime: BoilerplateRule = {
  id: 'boilerplate/reading-time',
  description: 'a reading-time estimate printed beside the byline',
  scope: 'line',
  maxWords: MAX_WORDS,
  match(views, i) {
    const v = views[i]!
    return v.hasDigit && v.words <= MAX_WORDS && isReadingTime(v.text) ? 1 : 0
  },
}
