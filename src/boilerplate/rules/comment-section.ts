import { computeFeatures } from '../../annotate/features.js'
import { COUNT_WORDS } from '../../lexicon/boilerplate/count-words.js'
import { COUNT_PLACEHOLDER, opensProse, type CompiledLexicon } from '../../lexicon/boilerplate/index.js'
import type { BoilerplateRule } from '../rule.js'
import { afterParagraphs, articleGoesOn, paragraphsFollow } from '../tail.js'
import type { BlockView, RuleEnv } from '../view.js'
import { COUNTER_MAX_LEAD_WORDS, FOOTER_MAX_WORDS, HAN_WORD_WEIGHT, MARKER_MAX_WORDS } from '../thresholds.js'

/**
 * A counter with its post's title in quotes (`12 responses to “…”`) is as long as the title needs, up to a
 * footer line's length; every other label is a short line.
 */
const TITLED_COUNTER_MAX_WORDS = FOOTER_MAX_WORDS

/**
 * Drops a comment section from its label (`Leave a comment`, `Comments (5)`, `This post has 5 comments:`,
 * `34 thoughts on “Title of the post”`, `“Başlık” üzerine 3 düşünce`, `joe says:`, `发表评论`) to the end. A label that also names an article's section (`Discussion`) cuts
 * nothing while the article goes on after it; any other label cuts even with comments of a paragraph each
 * right after it, where the body before it outweighs what follows (see `weighs`).
 */
export const commentSection: BoilerplateRule = {
  id: 'boilerplate/comment-section',
  description: 'comment section: from a comment label or counter to the end of the page',
  scope: 'tail',
  maxWords: TITLED_COUNTER_MAX_WORDS,
  lexicon: ['commentMarker', 'commentLead', 'commentByline', 'commentWord', 'commentsAfterTitleEnd'],
  match(views, i, env) {
    const { lex, lang } = env
    const v = views[i]!
    // `Comment fonctionne le dispositif` on a French page is a subheading ("how…"), not English `Comment`.
    if (opensProse(lang, v.text)) return 0
    // A longer line is a label only as a counter over the post's quoted title; a sentence with a count
    // and a comment word (`The agency received 34 comments on the draft rule.`) is prose.
    const titled = isTitledCounter(v.text, lex)
    if (!titled && !isShortLabel(v, lex)) return 0
    // `Comments`, `12 Comments`, `Leave a comment`, `评论`: only a comment section starts so, and the
    // paragraphs after it are readers' comments.
    if (!titled && !lex.commentHeading.test(v.text)) return 1
    // `Discussion`, `Two responses to “the tenants question”` the article's paragraphs follow is its next
    // section, unless a thread's line ends them.
    return threadLineAfter(views, i, env) || !articleGoesOn(views, i, env) ? 1 : 0
  },
  /**
   * A label that paragraphs follow cuts only where the body before it outweighs them: comments of a
   * paragraph each come after the article, while a counter in a byline row (`By Jane Roe 5 Comments`)
   * stands above most of it.
   */
  weighs: (views, i, env) => paragraphsFollow(views, i, env.th),
}

/**
 * Whether a line is a comment section's label or counter as the rule first reads it, the page's language
 * and what follows left aside: a short label (`Comments`, `5 comments`) or a counter over a quoted post
 * title, of any length up to a footer line's (`34 thoughts on “…”`, `“…” üzerine 3 düşünce`). Where the
 * article's part of the page ends for `boilerplate/page-end`.
 *
 * @param v the line's view
 * @param lex the compiled lexicon
 * @returns true for a label or counter
 */
export function labelsComments(v: BlockView, lex: CompiledLexicon): boolean {
  if (isShortLabel(v, lex)) return true
  return v.words <= TITLED_COUNTER_MAX_WORDS && isTitledCounter(v.text, lex)
}

/** A label of at most `MARKER_MAX_WORDS` words (see `isCommentLabel`). */
function isShortLabel(v: BlockView, lex: CompiledLexicon): boolean {
  return v.words <= MARKER_MAX_WORDS && isCommentLabel(v.text, v.terminal, v.hasDigit, lex)
}

// How many paragraphs after a section-name label are read for a thread's line: a few comments' worth.
const THREAD_LOOKAHEAD = 4

/**
 * Whether the run of paragraphs after a label ends at a line only a comment thread has: a comment's byline
 * (`Anna replied:`, `张三 回复：`), a reply counter (`2 replies`) or a `Reply` under a comment. A later
 * `Comments` label ends an article's last section, not a thread.
 */
function threadLineAfter(views: readonly BlockView[], i: number, env: RuleEnv): boolean {
  const k = afterParagraphs(views, i, env.th, THREAD_LOOKAHEAD)
  if (k === undefined || k === i + 1) return false
  const v = views[k]!
  if (v.words > MARKER_MAX_WORDS || opensProse(env.lang, v.text)) return false
  const { lex } = env
  return lex.commentByline.test(v.text) || lex.commentHeading.test(v.text) || (v.hasDigit && isCommentCounter(v.text, lex))
}

/**
 * Whether a short line labels a comment section: a marker as the whole line (`Comments`, `发表评论`), a
 * lead phrase (`Leave a Reply Cancel reply`), a thread byline (`joe says:`), or a counter (`5 comments`).
 * A line that only contains a comment word is a heading or a sentence: `Comments from 4 residents`,
 * `Comment 5 familles ont réduit leur facture`, `5 replies to the minister's critics`.
 *
 * @param text the line
 * @param terminal it ends in sentence punctuation
 * @param hasDigit it has a digit (a counter needs one)
 * @param lex the compiled lexicon
 * @returns true for a label
 */
export function isCommentLabel(text: string, terminal: boolean, hasDigit: boolean, lex: CompiledLexicon): boolean {
  // A label is no sentence: `Comments made by the minister were brief.` is prose; `Leave a comment:` is not.
  const label = !terminal || text.trimEnd().endsWith(':')
  if (label && (lex.commentMarker.test(text) || lex.commentLead.test(text) || lex.commentByline.test(text))) return true
  // A counter has a comment word (`Discussion (5)` may count anything) and a count, in digits or a word
  // (`One thought on “Title”`).
  return (hasDigit || opensWithCountWord(text)) && lex.commentWord.test(text) && isCommentCounter(text, lex)
}

/**
 * Whether a line is a comment counter over the quoted title of its post, of any length the title needs:
 * `12 responses to "A much longer title of a post that runs on"`, or the title first: `“Uzun bir yazının
 * başlığı” üzerine 3 düşünce`, `《标题》有3条评论`.
 *
 * @param text the line
 * @param lex the compiled lexicon
 * @returns true for such a counter
 */
export function isTitledCounter(text: string, lex: CompiledLexicon): boolean {
  // Few lines open with a quotation mark; a title-first counter's words are its template's.
  if (opensWithTitleMark(text) && titleFirstCounter(text, counterWordsOf(lex)) !== undefined) return true
  // Most long lines end in a full stop: no quote closes them.
  const end = trimEnd(text, TITLE_END)
  if (!endsInCloseQuote(end) || !lex.commentWord.test(text)) return false
  return findCounterNumber(text, (label) => lex.commentLabel.test(label), counterWordsOf(lex))?.title !== undefined
}

// A count: digits with thousands separators (`1,024`, `1.024`).
const NUMBER = /\d+(?:[.,]\d+)*/gu
// Around a count: `Comments (5)`, `Kommentare: 12`, `评论（3）`, `[ 167 comments ]`, `(42) Comments`.
const OPENING = new Set([...'([{（【'])
const CLOSING = new Set([...')]}）】'])
const SEPARATOR = new Set([...':：-–'])
/** What may stand just before a count that follows its label: an opening bracket or a separator (`Comments (3)`, `Kommentare: 12`). */
export const BEFORE_COUNT: ReadonlySet<string> = new Set([...OPENING, ...SEPARATOR])
const END_PUNCTUATION = new Set([...'.,。!！…:：'])
const SPACE = /^\s$/u
// How many numbers of a line are tried as its count (`12 comments 3 shares` has two).
const MAX_NUMBERS = 3

/**
 * Whether a line is a comment counter: a number next to a comment word with nothing after them but
 * punctuation, and at most a short lead before them that is no title-case headline.
 *
 * @param text the line
 * @param lex the compiled lexicon
 * @returns true for `5 comments`, `Comments (5)`, `评论(3)`, `3条评论`, `This post has 5 comments:`,
 *   `コメント 3件`, `34 responses to “Title”`, `One thought on “Title”`; false for `Comments from 4
 *   residents`, `Council Rejects 40 Comments`, `Il commento di 3 esperti`, `Readers left 34 comments on “Title”`
 */
export function isCommentCounter(text: string, lex: CompiledLexicon): boolean {
  return findCounterNumber(text, (label) => lex.commentLabel.test(label), counterWordsOf(lex)) !== undefined
}

/** The words around a count besides its label (see `CounterWords`). */
export interface CounterWords {
  /** Whether a text is wholly a counter word written after the count (`件`, `개`: the lexicon's `countUnit`). */
  readonly isUnit: (text: string) => boolean
  /** Whether a text is wholly the words before a quoted post title (`responses to`: the lexicon's `commentsOn`). */
  readonly isTitleLead: (text: string) => boolean
  /**
   * Whether a text is wholly what follows a quoted post title in a title-first counter, its count written
   * `#` (`üzerine#düşünce`: the lexicon's `commentsAfterTitle`). Without it, no title-first counter is read.
   */
  readonly isAfterTitle?: (text: string) => boolean
}

/**
 * The counter words of a compiled lexicon.
 *
 * @param lex the compiled lexicon
 * @returns its tests for count units and the words before a quoted title
 */
export function counterWordsOf(lex: CompiledLexicon): CounterWords {
  return { isUnit: (t) => lex.countUnit.test(t), isTitleLead: (t) => lex.commentsOn.test(t), isAfterTitle: (t) => lex.commentsAfterTitle.test(t) }
}

/** Every language's count words (`COUNT_WORDS`), lower case, to the count each writes. */
const COUNT_OF_WORD: ReadonlyMap<string, number> = new Map(
  Object.values(COUNT_WORDS).flatMap((counts) => counts.flatMap((forms, n) => forms.map((w): [string, number] => [w, n + 1]))),
)
// The first word of a line, after brackets and white space.
const FIRST_WORD = /^[\s([{（【]*([\p{L}\p{M}]+)/u

/** The count a line opens with as a word (`One thought on …` → 1), with where the word ends, or undefined. */
function countWordAtStart(text: string): { readonly count: number; readonly at: number; readonly end: number } | undefined {
  const m = FIRST_WORD.exec(text)
  const count = m === null ? undefined : COUNT_OF_WORD.get(m[1]!.toLowerCase())
  if (m === null || count === undefined) return undefined
  return { count, at: m[0].length - m[1]!.length, end: m[0].length }
}

/** Whether a line opens with a count written as a word (`One thought on …`, `Deux réponses à …`). */
function opensWithCountWord(text: string): boolean {
  return countWordAtStart(text) !== undefined
}

/** The number of a counter line. */
export interface CounterNumber {
  /** The number as written: `5`, `1,024`. */
  readonly digits: string
  /** Where it starts in the line. */
  readonly at: number
  /** The label comes before it (`Comments (5)`, `댓글 3`), not after (`5 comments`). */
  readonly labelFirst: boolean
  /** A counter word follows the count (`コメント 3件`), which makes it a count whatever stands between. */
  readonly unit?: boolean
  /**
   * The length of the quoted post title that ends the line (`34 responses to “Title”`) or opens it (`“Başlık”
   * üzerine 3 düşünce`), quotes included.
   */
  readonly title?: number
}

/**
 * The number of a counter line: a number next to a label (`isLabel`) with nothing after them but
 * punctuation, and at most a short lead before them that is no title-case headline. The shape of a comment
 * counter, shared by this rule and the metadata stage's comment-count reader (each with its own words).
 *
 * Two more shapes with the words of `more`: a counter word after a count that follows its label
 * (`コメント 3件`, `댓글 3개`), and the count opening the line, its label and a quoted post title that ends
 * it (`34 responses to “Title of the post”`, the count also as a word: `One thought on “Title”`, read as
 * `1`). And the quoted title first, then the words of a `commentsAfterTitle` template around the count
 * (`“Başlık” üzerine 3 düşünce`, `《标题》有3条评论`, `「タイトル」への3件のコメント`, `"제목"에 대한 3개의 댓글`).
 * A control after the label (`0 Comments (+)`, `12 comments »`: symbols, in brackets or not) is read past.
 *
 * @param text the line
 * @param isLabel whether a text, brackets and separators taken off, is wholly a label (`Comments`, `条评论`)
 * @param more the lexicon's count units and words before a quoted title; without it, neither shape
 * @returns the number as written (`1,024`), where it starts, whether the label comes first (`Comments
 *   (5)`), whether a unit follows it and the length of a quoted title, or undefined
 * @example findCounterNumber('This post has 5 comments:', isCommentWord) // { digits: '5', at: 14, labelFirst: false }
 */
export function findCounterNumber(text: string, isLabel: (label: string) => boolean, more?: CounterWords): CounterNumber | undefined {
  if (more !== undefined && opensWithTitleMark(text)) {
    const first = titleFirstCounter(text, more)
    if (first !== undefined) return first
  }
  let tried = 0
  for (const m of text.matchAll(NUMBER)) {
    if (++tried > MAX_NUMBERS) break
    // `comment5`, `5comments` are no counter (a name, a code); CJK text glues its numbers (`评论3`, `3개의 댓글`).
    if (gluedToWord(text[m.index - 1]) || gluedToWord(text[m.index + m[0].length])) continue
    // The text before and after the number, without the brackets around it, and a control at the end.
    const before = trimEnd(text.slice(0, m.index), OPENING)
    const rest = trimStart(text.slice(m.index + m[0].length), CLOSING)
    const after = trimControl(rest)
    const label = (): boolean => isLabel(trimStart(trimEnd(before, SEPARATOR), OPENING))
    // `Comments (5)`, `Kommentare: 12`, `Bình luận (2)`: the label, then the count ends the line.
    if (isAll(after, END_PUNCTUATION) && label()) return { digits: m[0], at: m.index, labelFirst: true }
    // `コメント 3件`, `댓글(3개)`: the label, then the count and its unit end the line.
    if (more !== undefined && isUnitEnd(after, more) && label()) return { digits: m[0], at: m.index, labelFirst: true, unit: true }
    // `5 comments`, `(42) Comments`, `[ 167 comments ]`, `3条评论`: the count, then the label ends the line.
    if (isLabel(trimEnd(after, CLOSING)) && shortLead(trimStart(before, OPENING))) return { digits: m[0], at: m.index, labelFirst: false }
    // `34 responses to “Title of the post”`: the count opens the line, then its label and the title it is
    // on (`Readers left 34 comments on “Title”` is a sentence). `»` closes a title here: the text is read
    // without taking it for a control.
    const title = more === undefined || !isAll(before, OPENING) ? 0 : quotedTitleEnd(rest, more)
    if (title > 0) return { digits: m[0], at: m.index, labelFirst: false, title }
  }
  // `One thought on “Title”`, `Zwei Kommentare zu „Titel“`: a count word, its label and the title.
  const word = more === undefined ? undefined : countWordAtStart(text)
  if (word === undefined || more === undefined) return undefined
  const title = quotedTitleEnd(text.slice(word.end), more)
  return title > 0 ? { digits: String(word.count), at: word.at, labelFirst: false, title } : undefined
}

const UNIT_END = new Set([...CLOSING, ...END_PUNCTUATION])

/** Whether the text after a count is a count unit, perhaps after a space and before brackets or punctuation. */
function isUnitEnd(after: string, more: CounterWords): boolean {
  const unit = trimStart(trimEnd(after, UNIT_END), UNIT_END)
  return unit.length > 0 && more.isUnit(unit)
}

// Quotation marks a post title stands in: `“…”`, `"…"`, `„…“`, `«…»`, `»…«`, `‘…’`, `「…」`, `『…』`.
const OPEN_QUOTE = new Set([...'"“„«»‘‚\'「『‹›'])
const CLOSE_QUOTE = new Set([...'"”“»«’\'」』›‹'])

/**
 * Whether a text ends in a closing quotation mark a post title may end in (`CLOSE_QUOTE`): the last test
 * of a counter over a quoted title, and the metadata stage's first one on a line without a digit.
 */
export function endsInCloseQuote(text: string): boolean {
  return CLOSE_QUOTE.has(text[text.length - 1] ?? '')
}
// What may follow the quoted title: a colon over the comments (`34 thoughts on “Title”:`); a full stop
// after the quotes ends a sentence.
const TITLE_END = new Set([...':：'])

/**
 * The length of a quoted post title that ends the text after a count, when the words before it are the
 * lexicon's (`responses to` in ` responses to “Title”`); 0 otherwise.
 */
function quotedTitleEnd(after: string, more: CounterWords): number {
  const body = trimEnd(after, TITLE_END)
  if (body.length < 2 || !endsInCloseQuote(body)) return 0
  let q = 0
  while (q < body.length && !OPEN_QUOTE.has(body[q]!)) q++
  // The title has something in it besides its quotes.
  if (q >= body.length - 2 || isAll(body.slice(q + 1, -1), END_PUNCTUATION)) return 0
  return more.isTitleLead(body.slice(0, q).trim()) ? body.length - q : 0
}

// Marks a title-first counter's post title stands in: the quotation marks, and Chinese title marks (`《…》`).
const TITLE_OPEN = new Set([...OPEN_QUOTE, ...'《〈'])
const TITLE_CLOSE = new Set([...CLOSE_QUOTE, ...'》〉'])

/**
 * Whether a line opens with a mark a post title opens with (`“`, `「`, `《`): it may be a title-first counter
 * (`“Başlık” üzerine 3 düşünce`), the metadata stage's first test of one.
 */
export function opensWithTitleMark(text: string): boolean {
  let s = 0
  while (s < text.length && SPACE.test(text[s]!)) s++
  return TITLE_OPEN.has(text[s] ?? '')
}

/**
 * A title-first counter's number: the line opens with its post's quoted title, and what follows the title,
 * the count (digits, or a count word) written `#` and the spaces next to it taken out, is wholly one of the
 * lexicon's templates (`more.isAfterTitle`): `“Başlık” üzerine 3 düşünce` → `üzerine#düşünce`.
 */
function titleFirstCounter(text: string, more: CounterWords): CounterNumber | undefined {
  if (more.isAfterTitle === undefined) return undefined
  let start = 0
  while (start < text.length && SPACE.test(text[start]!)) start++
  // The title ends at the line's last closing mark: a template has none.
  let close = text.length - 1
  while (close > start && !TITLE_CLOSE.has(text[close]!)) close--
  // The title has something in it besides its quotes.
  if (close <= start + 1 || isAll(text.slice(start + 1, close), END_PUNCTUATION)) return undefined
  const after = trimEnd(text.slice(close + 1), TITLE_END)
  const count = countAfterTitle(after)
  if (count === undefined) return undefined
  const template = `${after.slice(0, count.at).trim()}${COUNT_PLACEHOLDER}${after.slice(count.end).trim()}`
  if (!more.isAfterTitle(template)) return undefined
  return { digits: count.digits, at: close + 1 + count.at, labelFirst: false, title: close + 1 - start }
}

// A word of the text after a title-first counter's title.
const AFTER_TITLE_WORD = /[\p{L}\p{M}]+/gu

/** The count in the text after a title-first counter's title: its first number (`3`), or else its first count word (`bir` → `1`). */
function countAfterTitle(after: string): { readonly digits: string; readonly at: number; readonly end: number } | undefined {
  NUMBER.lastIndex = 0
  const m = NUMBER.exec(after)
  NUMBER.lastIndex = 0
  if (m !== null) {
    if (gluedToWord(after[m.index - 1]) || gluedToWord(after[m.index + m[0].length])) return undefined
    return { digits: m[0], at: m.index, end: m.index + m[0].length }
  }
  for (const w of after.matchAll(AFTER_TITLE_WORD)) {
    const count = COUNT_OF_WORD.get(w[0].toLowerCase())
    if (count !== undefined) return { digits: String(count), at: w.index, end: w.index + w[0].length }
  }
  return undefined
}

// A control after a counter: `(+)`, `»`, `↓`, `[+]`; symbols, not letters or digits.
const CONTROL = /^[\p{S}«»‹›()[\]{}（）【】\s]$/u

/** The text without a control at its end (`0 Comments (+)`): a run of symbols and brackets with a symbol in it. */
function trimControl(text: string): string {
  let e = text.length
  let symbol = false
  while (e > 0 && CONTROL.test(text[e - 1]!)) {
    if (!OPENING.has(text[e - 1]!) && !CLOSING.has(text[e - 1]!) && !SPACE.test(text[e - 1]!)) symbol = true
    e--
  }
  return symbol ? text.slice(0, e) : text
}

const LETTER = /^[\p{L}\p{M}]$/u
// Scripts that write a counter right after a number: `3条评论`, `3件のコメント`, `3개의 댓글`.
const COUNTER_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u

/** Whether a character next to a number glues it to a word (`comment5`): a letter of another script. */
function gluedToWord(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c) && !COUNTER_SCRIPT.test(c)
}

/** Whether a character is white space or in `set`. */
function isIn(c: string, set: ReadonlySet<string>): boolean {
  return set.has(c) || SPACE.test(c)
}

/** The text without the white space and characters of `set` at its start. */
function trimStart(text: string, set: ReadonlySet<string>): string {
  let s = 0
  while (s < text.length && isIn(text[s]!, set)) s++
  return text.slice(s)
}

/** The text without the white space and characters of `set` at its end. */
function trimEnd(text: string, set: ReadonlySet<string>): string {
  let e = text.length
  while (e > 0 && isIn(text[e - 1]!, set)) e--
  return text.slice(0, e)
}

/** Whether the text is only white space and characters of `set`. */
function isAll(text: string, set: ReadonlySet<string>): boolean {
  return trimStart(text, set).length === 0
}

/**
 * Whether the text before a counter's number is a short lead (`This post has`, `New,`, `已有`), not a
 * headline (`Council Rejects`).
 */
function shortLead(lead: string): boolean {
  const f = computeFeatures(lead)
  const words = f.words * (1 - (1 - HAN_WORD_WEIGHT) * f.hanRatio)
  if (words > COUNTER_MAX_LEAD_WORDS) return false
  return !isTitleCase(lead)
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu
const UPPER_START = /^\p{Lu}/u

/** Two or more words, each capitalised: a title-case headline (`Council Rejects`). */
function isTitleCase(text: string): boolean {
  let words = 0
  for (const [w] of text.matchAll(WORD)) {
    if (!UPPER_START.test(w)) return false
    words++
  }
  return words >= 2
}
