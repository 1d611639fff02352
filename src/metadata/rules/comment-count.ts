import { BEFORE_COUNT, counterWordsOf, findCounterNumber } from '../../boilerplate/rules/comment-section.js'
import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'
import type { MergedLexicon } from '../../lexicon/metadata/index.js'
import type { MetadataRule } from '../rule.js'

/**
 * Comment counters: `This post has 5 comments:`, `12 Comments`, `Comments (3)`, `评论(5)`, `5 bình luận`, `댓글 3`,
 * `コメント 3件`, `34 responses to “Title”` → commentCount; not a headline with a number and a comment word
 * (`5 replies to the minister's critics`).
 */
export const commentCountRule: MetadataRule = {
  id: 'metadata/comment-count',
  description: 'Read the number of comments from a comment counter line; the line keeps its boilerplate verdict.',
}

// Counters are short headings; a longer line mentioning comments is prose.
export const MAX_COUNTER_LINE = 60
/** The longest counter line with a quoted post title (`34 responses to “…”`), which is not counted in `MAX_COUNTER_LINE`. */
export const MAX_TITLED_COUNTER_LINE = 200
// Seven digits is more comments than any page shows; a longer number is an id.
const MAX_COUNT_DIGITS = 7
// A thousands separator (`1,024`, `1.024`) is followed by three digits; `1.5` is no count.
const GROUP = /^\d{3}$/
// What may follow a label (`comments:`, `评论：`, `Kommentare.`).
const LABEL_END = new Set([...'.,;:!?。，；：！？…'])

/**
 * Read a comment count from a counter line: the line must have the shape the boilerplate stage's
 * comment-section rule cuts at (`findCounterNumber`: a number next to a comment label that ends the line,
 * after at most a short lead that is no title-case headline), so a headline (`5 replies to the minister's
 * critics`, `Council Rejects 40 Comments`) is no counter. The label is a comment word of the page's
 * lexicon (`comments`, `条评论`) or, given the compiled boilerplate lexicon, one of its comment labels with
 * a comment word (`Reader comments (12)`); that lexicon also gives the count units (`コメント 3件`) and the
 * words before a quoted post title (`34 responses to “Title”`, the title not counted in the line's length).
 *
 * @param text the line
 * @param lex the merged lexicon
 * @param labels the compiled boilerplate lexicon, for its comment labels; without it, the comment words only
 * @returns the count, or undefined
 * @example readCommentCount('This post has 5 comments:', lex) // 5
 */
export function readCommentCount(text: string, lex: MergedLexicon, labels?: CompiledLexicon): number | undefined {
  if (text.length > (labels === undefined ? MAX_COUNTER_LINE : MAX_TITLED_COUNTER_LINE)) return undefined
  const isLabel = (label: string): boolean =>
    isCommentWord(label, lex) || (labels !== undefined && labels.commentLabel.test(label) && labels.commentWord.test(label))
  const found = findCounterNumber(text, isLabel, labels === undefined ? undefined : counterWordsOf(labels))
  if (found === undefined || text.length - (found.title ?? 0) > MAX_COUNTER_LINE) return undefined
  // After the label, a count is in brackets or after a separator (`Comments (3)`, `评论：5`), after a
  // space for the words that take it so (`댓글 3`), or before a count unit (`コメント 3件`): `Comments 2019`
  // is a heading with a year.
  const separated = found.unit === true || BEFORE_COUNT.has(text.slice(0, found.at).trimEnd().slice(-1)) || countsAfter(text.slice(0, found.at), lex)
  if (found.labelFirst && !separated) return undefined
  return countOf(found.digits)
}

/** Whether the label before a count is a word a bare count follows (the lexicon's `countAfter`: `댓글`). */
function countsAfter(label: string, lex: MergedLexicon): boolean {
  return lex.countAfter.includes(label.trim().toLowerCase())
}

/** Whether a label is one of the lexicon's comment words, with only punctuation after it (`comments:`). */
function isCommentWord(label: string, lex: MergedLexicon): boolean {
  let e = label.length
  while (e > 0 && (LABEL_END.has(label[e - 1]!) || label[e - 1] === ' ')) e--
  const word = label.slice(0, e).toLowerCase()
  return lex.commentWords.includes(word)
}

/** The count a number writes (`5`, `1,024`, `1.024`), or undefined for a decimal (`1.5`) or an id (too many digits). */
function countOf(digits: string): number | undefined {
  const groups = digits.split(/[.,]/)
  if (groups.slice(1).some((g) => !GROUP.test(g))) return undefined
  const all = groups.join('')
  return all.length > MAX_COUNT_DIGITS ? undefined : Number(all)
}

/**
 * Whether the reader takes a comment word as a Latin word, found only where it starts and ends a word.
 *
 * @param w a lower-case comment word
 * @returns true for a word that starts with an ASCII letter
 */
export function isLatinWord(w: string): boolean {
  return /^[a-z]/.test(w)
}
