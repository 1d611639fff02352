import { lowerAlone } from '../../core/chars.js'
import type { MergedLexicon } from '../../lexicon/metadata/index.js'
import type { Block } from '../../types.js'
import type { MetadataRule } from '../rule.js'
import { isHan, isUnspacedScript, UNSPACED_CHARS_PER_WORD } from '../../core/chars.js'
import { mutualOverlap, spacesIn, wordsOf, type WordsOf } from '../text.js'
import { isProse, isSentence } from '../layout.js'
import { findDate, readGluedDate } from './date.js'
import { isLetter } from '../date.js'
import { mayStartTrail, readBreadcrumb } from './breadcrumb.js'
import { readCommentCount } from './comment-count.js'
import { mayHoldCopyright, readCopyright } from './copyright.js'
import { readIcp } from './icp.js'
import { readPublicSecurityFiling } from './public-security-filing.js'

/** Titles: the heading-like line just before the body (after any dateline or byline), or a repeated `Headline - Site` page title. */
export const titleRule: MetadataRule = {
  id: 'metadata/title',
  description: 'Read the title from the heading just before the article body, split a page title into headline and site name, and take the lines out of the body.',
}

// How far above the body the title may sit when a page title vouches for it, counting only lines that
// are not metadata: a standfirst, an unlabelled byline and a caption may sit between.
const MAX_TITLE_DISTANCE_WITH_PAGE_TITLE = 4
// Headlines: at least three words (a menu item is one or two), at most a long headline.
const MIN_TITLE_WORDS = 3
const MAX_TITLE_WORDS = 40
const MIN_HAN_TITLE = 6
const MAX_HAN_TITLE = 80
// A sentence-case line this short may still be a headline; longer ones must be in title case.
const MAX_SENTENCE_CASE_TITLE_WORDS = 14
// Share of longer words (over three letters) that start with a capital in a title-case headline.
const MIN_TITLE_CASE_SHARE = 0.6
const MIN_SITE_SEPARATOR_POS = 10
// The rest of a sentence broken over two lines is itself a long line; a short one is a byline or caption.
const MIN_CONTINUATION_WORDS = 8
// A slash-separated credit line is short: `Jane Doe/Agency/Getty Images`.
const MAX_CREDIT_WORDS = 8
// When the page title is known, a heading must share this share of its longer words with it to be the title.
const MIN_PAGE_TITLE_OVERLAP = 0.5
// Between a headline and the site name in a page title: `Headline - Site`, `Headline | Site`.
const SITE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' _ ', '_']

/**
 * Whether a line looks like a headline: short, no sentence-final full stop, not a link or a trail,
 * in title case or short.
 *
 * @param block the candidate block
 * @param lex the merged lexicon
 * @param vouched a page title vouches for the line: a long sentence-case headline is accepted too
 * @returns true for a heading-like line
 */
export function isHeadingLike(block: Block, lex: MergedLexicon, vouched = false): boolean {
  const t = block.text
  const last = t[t.length - 1]
  if (last === '.' || last === '。' || last === ',' || last === ':' || last === '：' || last === ';') return false
  // A Chinese or Japanese full stop inside the line ends a sentence: headlines print none.
  if (t.includes('。')) return false
  if ((block.features?.linkRatio ?? 0) > 0 || block.features?.startsLower === true) return false
  if (mayStartTrail(t, lex) && readBreadcrumb(t, lex) !== undefined) return false
  // Chinese and Japanese write no spaces: a headline of Han and kana (`港町ワルデマール、旧桟橋に公共サウナを開設`,
  // where katakana names outnumber the Han) is measured in characters.
  const cjk = (block.features?.hanRatio ?? 0) > 0 || hasKana(t) ? cjkLetters(t) : undefined
  if (cjk !== undefined && cjk.cjk * 2 > cjk.letters) return cjk.cjk >= MIN_HAN_TITLE && cjk.cjk <= MAX_HAN_TITLE
  const count = countWords(t)
  if (count < MIN_TITLE_WORDS || count > MAX_TITLE_WORDS) return false
  // A line in capitals is a control or a byline (`CLICK FOR RESULTS`, `JANE DOE, REUTERS`); a handle or
  // a slash-separated credit (`Jane Doe/Agency/Getty Images`) is a byline or photo credit; a date is a dateline.
  if (t.includes('@') || (t.includes('/') && count <= MAX_CREDIT_WORDS) || isAllCaps(t)) return false
  if (findDate(t, lex) !== undefined) return false
  if (vouched || count <= MAX_SENTENCE_CASE_TITLE_WORDS) return true
  // Scripts without capitals (Devanagari, Thai, Arabic) cannot show title case: their long headlines count by length alone.
  if (!/[\p{Lu}\p{Ll}]/u.test(t)) return true
  const words = t.split(' ').filter((w) => /\p{L}/u.test(w))
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length > 3)
  const capital = long.filter((w) => /^\P{L}*\p{Lu}/u.test(w))
  return long.length > 0 && capital.length / long.length >= MIN_TITLE_CASE_SHARE
}

/** Whether a text holds a hiragana or katakana character. */
function hasKana(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c >= 0x3040 && c <= 0x30ff) return true
  }
  return false
}

/** The Han and kana characters of a text, and its letters of every script (Han and kana among them). */
function cjkLetters(t: string): { cjk: number; letters: number } {
  let cjk = 0
  let letters = 0
  for (const ch of t) {
    const c = ch.codePointAt(0)!
    if (isHan(c) || (c >= 0x3040 && c <= 0x30ff && c !== 0x30fb)) {
      cjk++
      letters++
    } else if (/\p{L}/u.test(ch)) letters++
  }
  return { cjk, letters }
}

/**
 * Whether a line is in capitals: `t === t.toUpperCase() && t !== t.toLowerCase()`, answered without a
 * copy up to the first non-ASCII character (no lower-case letter, and a capital).
 */
function isAllCaps(t: string): boolean {
  let capital = false
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c >= 0x80) return t === t.toUpperCase() && t !== t.toLowerCase()
    // A lower-case ASCII letter changes in upper case, whatever else the line holds.
    if (c >= 0x61 && c <= 0x7a) return false
    if (c >= 0x41 && c <= 0x5a) capital = true
  }
  return capital
}

/** How many space-separated words of a line hold a letter (`t.split(" ")` with a letter), counted without splitting, plus the words of its unspaced-script letters. */
function countWords(t: string): number {
  let count = 0
  let lettered = false
  let unspaced = 0
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === 0x20) {
      lettered = false
      continue
    }
    if (isUnspacedScript(c)) unspaced++
    if (lettered) continue
    if (c >= 0xd800 && c <= 0xdbff) lettered = /\p{L}/u.test(t.slice(i, i + 2))
    else lettered = isLetter(c)
    if (lettered) count++
  }
  // Thai, Lao, Myanmar and Khmer put no spaces between words: their letters are counted as the features count them.
  return count + Math.floor(unspaced / UNSPACED_CHARS_PER_WORD)
}

/** Where the title is, and the page-title line it repeats, if any. */
export interface TitleFind {
  readonly title: string
  /** Blocks holding the title (the heading, and the page-title line). */
  readonly blocks: readonly number[]
  readonly siteName?: string
  /** The standfirst printed under the headline (`metadata.description`), when its line is among `blocks`. */
  readonly description?: string
}

/**
 * Find the title: the nearest non-metadata block before the body, when it is heading-like; or the
 * headline part of a `Headline - Site` first line when the same headline appears again before the body.
 *
 * @param blocks the document's blocks
 * @param bodyStart index of the first body block (-1 when none)
 * @param isMetadataLine whether block `i` is wholly metadata (dateline, credit, byline)
 * @param lex the merged lexicon
 * @param repeats the lines that repeat a head of the first line (found here when not given)
 * @returns the title, or undefined when unsure
 */
export function findTitle(
  blocks: readonly Block[],
  bodyStart: number,
  isMetadataLine: (i: number) => boolean,
  lex: MergedLexicon,
  repeats?: readonly PageTitleRepeat[],
): TitleFind | undefined {
  if (bodyStart <= 0) return undefined
  // Blocks from HTML carry their element's kind: there the markup says which lines are headings.
  if (blocks[bodyStart]!.kind !== undefined) return findHeadingTitle(blocks, bodyStart, isMetadataLine, lex)
  // A page title repeated as a heading is the surest sign of all: it wins over a nearer heading.
  const repeat = repeatedTitle(blocks, 0, bodyStart, isMetadataLine, lex, repeats ?? findRepeats(blocks, 0))
  if (repeat !== undefined) return repeat
  // Cleaning the body again reads the first line this pass keeps as the page title: when the first line
  // is dropped and repeats nothing, a kept line that repeats the first kept line is the title now.
  if (blocks[0]!.verdict !== 'body' || isMetadataLine(0)) {
    const kept = firstKept(blocks, bodyStart, isMetadataLine)
    if (kept !== undefined) {
      const again = repeatedTitle(blocks, kept, bodyStart, isMetadataLine, lex, findRepeats(blocks, kept))
      if (again !== undefined) return again
    }
  }
  // The first line stands for the page title only when it is well above the header (the `<title>` of a
  // whole page, menus between); a first line just above the body is a heading like the others.
  const first = blocks[0]!
  // A footer line, a date or a label printed first (a skip link, `Skip to main content`) is no page title.
  const pageTitle = bodyStart > MAX_TITLE_DISTANCE_WITH_PAGE_TITLE && !isMetadataLine(0) && !isLabelLine(first) && isHeadingLike(first, lex) && !isRepeatedLabel(first.text, lex) ? first.text : undefined
  // Without a page title only the nearest line may be the title; with one, a few lines up may be
  // searched (a standfirst or byline sits between), and the heading that shares most words with it wins.
  if (pageTitle === undefined) return nearestTitle(blocks, bodyStart, isMetadataLine, lex)
  let pageWords: WordsOf | undefined
  let best: number | undefined
  let bestScore = 0
  let seen = 0
  for (let i = bodyStart - 1; i >= 1 && seen < MAX_TITLE_DISTANCE_WITH_PAGE_TITLE; i--) {
    if (isMetadataLine(i) || isLabelLine(blocks[i]!)) continue
    const heading = isHeadingLike(blocks[i]!, lex, true)
    if (!heading && steppedOver(blocks[i]!)) continue
    seen++
    if (!heading || continuesBelow(blocks, i, isMetadataLine, lex)) continue
    // A heading that shares few words with the page title is a control (`Share This Article`), not the title.
    pageWords ??= wordsOf(pageTitle)
    const score = mutualOverlap(blocks[i]!.text, pageWords)
    if (score >= MIN_PAGE_TITLE_OVERLAP && score > bestScore) {
      best = i
      bestScore = score
    }
  }
  if (best !== undefined) return { title: blocks[best]!.text, blocks: [best] }
  // A first line that vouches for no heading is no page title after all (a menu line or a footer line
  // printed first, another article's headline). The lines this pass keeps are what cleaning the body
  // again reads, without that first line: a kept heading nearest the body is the title there, so it is
  // the title now. Dropped lines are not searched (a control heading, `Leave a comment`, stays out).
  return nearestTitle(blocks, bodyStart, isMetadataLine, lex, true)
}

/**
 * The title of a page without a page title: the nearest line above the body that is not metadata, when
 * it is heading-like and reads as a title.
 *
 * @param keptOnly search only the lines the classifier kept, as cleaning the body again sees them
 */
function nearestTitle(blocks: readonly Block[], bodyStart: number, isMetadataLine: (i: number) => boolean, lex: MergedLexicon, keptOnly = false): TitleFind | undefined {
  for (let i = bodyStart - 1; i >= 0; i--) {
    if (isMetadataLine(i) || (keptOnly && blocks[i]!.verdict !== 'body') || isLabelLine(blocks[i]!)) continue
    const heading = isHeadingLike(blocks[i]!, lex)
    if (!heading && steppedOver(blocks[i]!)) continue
    // A line the next line continues in lower case is half of a broken sentence, not a heading.
    if (!heading || continuesBelow(blocks, i, isMetadataLine, lex)) return undefined
    // A filing number or copyright line the footer readers take later is no headline either.
    if (isFooterValue(blocks[i]!.text, lex)) continue
    if (isBylineCompanion(blocks, i, isMetadataLine)) continue
    if (!readsAsTitle(blocks, i, isMetadataLine)) return undefined
    const above = headlineAboveStandfirst(blocks, i, isMetadataLine, lex)
    // The standfirst goes with its headline: left in the body, cleaning it again would read it as the title.
    return above === undefined ? { title: blocks[i]!.text, blocks: [i] } : { title: blocks[above]!.text, blocks: [above, i], description: blocks[i]!.text }
  }
  return undefined
}

// A desk or outlet line beside a byline or dateline is a few words around a comma (`BBC News, Westcliff`).
const MAX_COMPANION_WORDS = 4

/**
 * Whether a dropped line is a desk, outlet or place line printed with the byline or dateline (`BBC News,
 * Westcliff` under `By Jane Doe`, `न्यूज़ डेस्क, जयपुर` over the dateline): a few words around a comma, with a
 * metadata line right above or below it. The title search steps over it to the headline. A kept line is not
 * stepped over: cleaning the body again would read it as the title.
 */
function isBylineCompanion(blocks: readonly Block[], at: number, isMetadataLine: (i: number) => boolean): boolean {
  const b = blocks[at]!
  if (b.verdict === 'body' || !b.text.includes(', ') || countWords(b.text) > MAX_COMPANION_WORDS) return false
  return (at > 0 && isMetadataLine(at - 1)) || (at + 1 < blocks.length && isMetadataLine(at + 1))
}

// A headline has at least this many words when a longer line under it is read as its standfirst: a
// shorter line above is a kicker or section label (`Ukraine war`, `Opinion`).
const MIN_HEADLINE_OVER_STANDFIRST_WORDS = 5
// A standfirst runs longer than the headline above it: by this many words when both are in title case (two
// title-case lines of a length are a kicker and a headline); in sentence case, at least as long.
const MIN_STANDFIRST_EXTRA_WORDS = 3

/**
 * The headline above a standfirst: when the heading-like line `at` found nearest the body has another
 * heading-like line of five words or more right above it, and `at` is in sentence case and no shorter
 * (`Harbour town opens a public sauna on its old ferry pier` over `Councillors hope the project will bring
 * winter visitors to the quay`) or three words longer, the upper one is the headline and `at` the
 * standfirst under it, as news pages print them.
 */
function headlineAboveStandfirst(blocks: readonly Block[], at: number, isMetadataLine: (i: number) => boolean, lex: MergedLexicon): number | undefined {
  const j = at - 1
  // The headline may have been dropped with the menus above the article (it is no paragraph); a lexicon
  // rule's line (a control, a label) is no headline.
  if (j < 0 || isMetadataLine(j) || isLabelLine(blocks[j]!)) return undefined
  const upper = blocks[j]!
  // A headline printed twice is one headline, not a headline and its standfirst.
  if (upper.text === blocks[at]!.text) return undefined
  const words = countWords(upper.text)
  const lower = countWords(blocks[at]!.text)
  if (words < MIN_HEADLINE_OVER_STANDFIRST_WORDS || lower < (isTitleCase(blocks[at]!.text) ? words + MIN_STANDFIRST_EXTRA_WORDS : words)) return undefined
  if (!isHeadingLike(upper, lex) || isFooterValue(upper.text, lex) || !readsAsTitle(blocks, j, isMetadataLine)) return undefined
  return j
}

/**
 * Whether the search for the title steps over a line that is not heading-like. The classifier's verdict
 * alone does not rule a line out (a title sits outside the main text); a dropped line that is not
 * heading-like, and a control of a word or two (`Share`, `Pin`, `0 Comments`), are stepped over.
 */
function steppedOver(b: Block): boolean {
  return b.verdict === 'boilerplate' || isControl(b)
}

/**
 * Rules that drop a line for what its words are, not for where it stands: a row of page controls
 * (`Share | Print | Email`, `Teilen | Drucken`), a breadcrumb, a related-articles heading or teaser, a login,
 * newsletter, cookie or paywall prompt. Such a line is never a headline, however heading-like.
 */
const LABEL_RULES: ReadonlySet<string> = new Set([
  'boilerplate/page-controls', 'boilerplate/glued-controls', 'boilerplate/breadcrumb', 'boilerplate/related-links', 'boilerplate/read-also',
  'boilerplate/login-prompt', 'boilerplate/newsletter-prompt', 'boilerplate/cookie-banner', 'boilerplate/paywall', 'boilerplate/reading-time',
  'boilerplate/image-caption', 'boilerplate/social-follow',
])

/** Whether the classifier dropped a block as a label line (`LABEL_RULES`), which the title search steps over. */
export function isLabelLine(b: Block): boolean {
  return b.verdict === 'boilerplate' && b.rule !== undefined && LABEL_RULES.has(b.rule)
}

/**
 * The title a page-title line (`blocks[first]`) gives when a later line repeats its headline part.
 * The repeat is strong evidence, even for a headline ending in a full stop; only a repeated label line
 * (`Comments:`), date, comment counter, footer or metadata line (a byline printed twice) is not a title.
 */
function repeatedTitle(
  blocks: readonly Block[],
  first: number,
  bodyStart: number,
  isMetadataLine: (i: number) => boolean,
  lex: MergedLexicon,
  repeats: readonly PageTitleRepeat[],
): TitleFind | undefined {
  const page = splitPageTitle(blocks, bodyStart, repeats)
  if (page === undefined || isMetadataLine(page.repeat) || isRepeatedLabel(blocks[page.repeat]!.text, lex)) return undefined
  // A headline printed twice right above the first paragraph is the title twice; with kept lines
  // between (a byline the stage does not read), the lines kept above the paragraph stay as they are.
  const twins = directlyAbove(blocks, page.repeat, bodyStart, isMetadataLine) ? page.twins : []
  const found: TitleFind = { title: blocks[page.repeat]!.text, blocks: [first, ...twins, page.repeat] }
  return page.siteName === undefined ? found : { ...found, siteName: page.siteName }
}

/** The first line this pass keeps (not dropped, not metadata) above the body, if any. */
function firstKept(blocks: readonly Block[], bodyStart: number, isMetadataLine: (i: number) => boolean): number | undefined {
  for (let i = 0; i < bodyStart; i++) if (blocks[i]!.verdict === 'body' && !isMetadataLine(i)) return i
  return undefined
}

/**
 * Whether the heading-like line just above the body reads as the page's title when no page title
 * vouches for it. A title heads the article: a line with article text above it (a kept sentence or
 * paragraph of many words, such as a lead or a caption) is a subheading or a credit inside the
 * article; a line in sentence case that ends in `!` is an exclamation in the text; a quoted sentence
 * is a quote. Cleaning the body again must not take its first lines for a title this way.
 */
function readsAsTitle(blocks: readonly Block[], at: number, isMetadataLine: (i: number) => boolean): boolean {
  const text = blocks[at]!.text
  const end = lastBeforeQuotes(text)
  // A quoted sentence (`"… in drugs."`) is not a headline either.
  if (end === '.' || end === '。' || ((end === '!' || end === '！') && !isTitleCase(text))) return false
  for (let i = at - 1; i >= 0; i--) {
    if (isMetadataLine(i)) continue
    const b = blocks[i]!
    return !(b.verdict === 'body' && (isProse(b) || isSentence(b) || isLong(b)))
  }
  return true
}

/** The last character of a line before any closing quotes (`!` of `… victim: "We got her!"`). */
function lastBeforeQuotes(text: string): string | undefined {
  let i = text.length - 1
  while (i >= 0 && CLOSING_QUOTES.includes(text[i]!)) i--
  return text[i]
}

const CLOSING_QUOTES = '"\'”’»」』）)'

// A kept line of this many words is article text, whatever its end: longer than a headline reads
// (Chinese counts each character as a word).
const MIN_ARTICLE_WORDS = 20
const MIN_HAN_ARTICLE_WORDS = 40

function isLong(b: Block): boolean {
  const f = b.features
  return f !== undefined && f.words >= (f.hanRatio > 0.5 ? MIN_HAN_ARTICLE_WORDS : MIN_ARTICLE_WORDS)
}

/** Whether no kept line stands between block `at` and the body start below it (only metadata and dropped lines). */
function directlyAbove(blocks: readonly Block[], at: number, bodyStart: number, isMetadataLine: (i: number) => boolean): boolean {
  if (at >= bodyStart) return false
  for (let i = at + 1; i < bodyStart; i++) if (blocks[i]!.verdict === 'body' && !isMetadataLine(i)) return false
  return true
}

// How many blocks above the body a heading may sit in HTML: a byline, a dateline, a standfirst, a
// figure and its caption, a read-time note may come between.
const MAX_HEADING_DISTANCE = 6

/**
 * The title of a document built from HTML: a block an earlier stage already took as the page's title
 * heading, or else the nearest heading element above the body. Captions, links and paragraphs are
 * never the title, however heading-like their text.
 */
function findHeadingTitle(blocks: readonly Block[], bodyStart: number, isMetadataLine: (i: number) => boolean, lex: MergedLexicon): TitleFind | undefined {
  for (let i = 0; i < bodyStart; i++) {
    const b = blocks[i]!
    if (b.kind === 'heading' && b.verdict === 'metadata') return { title: b.text, blocks: [i] }
  }
  for (let i = bodyStart - 1, seen = 0; i >= 0 && seen < MAX_HEADING_DISTANCE; i--) {
    if (isMetadataLine(i)) continue
    seen++
    const b = blocks[i]!
    if (b.kind === 'heading' && isHeadingLike(b, lex, true)) return { title: b.text, blocks: [i] }
  }
  return undefined
}

/** Whether the next line that is not metadata starts in lower case (`…director of` / `the State Council…`). */
function continuesBelow(blocks: readonly Block[], at: number, isMetadataLine: (i: number) => boolean, lex: MergedLexicon): boolean {
  for (let i = at + 1; i < blocks.length; i++) {
    if (isMetadataLine(i)) continue
    const text = blocks[i]!.text
    // `date 2025-08-25 Hưởng ứng…` starts in lower case because of its glued dateline, not a broken
    // sentence; a short lower-case line (`by Regan`) is a byline or caption, not the sentence's rest.
    const glued = readGluedDate(text, lex)
    const rest = glued === undefined ? text : text.slice(glued.cut)
    return /^\p{Ll}/u.test(rest) && rest.split(' ').length >= MIN_CONTINUATION_WORDS
  }
  return false
}

/** A line of one or two short words with no sentence in it: a share button, a menu item, a counter. */
function isControl(block: Block): boolean {
  return (block.features?.words ?? block.text.split(' ').length) < MIN_TITLE_WORDS && (block.features?.hanRatio ?? 0) <= 0.5
}

/** A line that repeats for another reason than being the headline: a label, a date, a counter. */
function isRepeatedLabel(text: string, lex: MergedLexicon): boolean {
  const last = text[text.length - 1]
  if (last === ':' || last === '：' || isFooterValue(text, lex)) return true
  // A menu item repeats too; a headline has a few words (Chinese writes none apart).
  return !isHan(text.charCodeAt(0)) && spacesIn(text, 0, text.length) < MIN_TITLE_WORDS - 1
}

/**
 * Whether a line is a value the page prints around its header or footer, never a headline: a date, a
 * comment counter, a breadcrumb, a licence or public-security filing number, a copyright notice.
 */
function isFooterValue(text: string, lex: MergedLexicon): boolean {
  if (findDate(text, lex) !== undefined || readCommentCount(text, lex) !== undefined) return true
  // Footer lines repeat on a page too (a licence number above and below the article); each reader is
  // tried only where its marker may be.
  if (mayStartTrail(text, lex) && readBreadcrumb(text, lex) !== undefined) return true
  if (readIcp(text) !== undefined || readPublicSecurityFiling(text) !== undefined) return true
  return mayHoldCopyright(text, lex) && readCopyright(text, lex) !== undefined
}

/** Whether the first letter or digit of `text[from, to)`, lower case, is `lead` (a character of a folded key). */
function leadsWith(text: string, from: number, to: number, lead: string, leadCode: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) return c === leadCode
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return (c | 0x20) === leadCode
    } else if (isHan(c) || /[\p{L}\p{N}]/u.test(text[i]!)) return text[i]!.toLowerCase() === lead
  }
  return false
}

/** Letters and digits only, lower case: `Review – Shoots` and `review - shoots` compare equal. */
function fold(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const k = foldedCode(text.charCodeAt(i))
    // Sigma (lower case by context), `İ` (two units in lower case), surrogates: the whole text is folded at once.
    if (k === WHOLE) return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '')
    if (k !== DROP) out += String.fromCharCode(k)
  }
  return out
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu
const DROP = -1
const WHOLE = -2
// Each non-ASCII code unit folded on its own: its lower case, DROP, or WHOLE; 0 while not yet known.
const FOLDED = new Int32Array(0x10000)
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * A code unit as `fold` reads it on its own: its lower case (ASCII letters and digits, other letters
 * and digits), DROP (anything else), or WHOLE (a unit folded with its neighbours: sigma, `İ`, surrogates).
 */
function foldedCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : DROP
  let k = FOLDED[c]!
  if (k === 0) {
    const lower = lowerAlone(c)
    k = lower < 0 ? WHOLE : LETTER_OR_DIGIT.test(String.fromCharCode(lower)) ? lower : DROP
    FOLDED[c] = k
  }
  return k
}

/** A head of the first line: a headline it may start with, the site name after it, and its folded key. */
export interface PageTitleHead {
  readonly head: string
  readonly site?: string
  readonly key: string
}

/** The heads of a first line read as a page title, and the bounds a line repeating one is within. */
export interface PageTitleHeads {
  readonly heads: readonly PageTitleHead[]
  /** Lines longer than the first line, or shorter than the shortest key, repeat none. */
  readonly minLen: number
  readonly maxLen: number
  /** The first character of every key, and its code. */
  readonly lead: string
  readonly leadCode: number
}

/** Where a line repeats a head of the first line. */
export interface PageTitleRepeat {
  readonly at: number
  readonly head: PageTitleHead
}

/**
 * Read the first line as a page title: `Headline`, `Headline - Site Name` or `Headline | Section | Site`,
 * each head with its folded key.
 *
 * @param first the first line
 * @returns the heads, or undefined when none is long enough to be told from a menu item
 */
export function pageTitleHeads(first: string): PageTitleHeads | undefined {
  // A whole first line that reads as a sentence (a full stop, not title case) and is repeated is a
  // duplicated paragraph, not a page title; with a site name split off (`Headline. - Site`) it still is one.
  const keyOf = headKeys(first)
  const heads: PageTitleHead[] = []
  let minLen = Infinity
  // Heads too short to be told from a menu item are left out.
  const add = (head: string, site?: string): void => {
    const key = keyOf(head)
    if (key.length < MIN_SITE_SEPARATOR_POS) return
    heads.push(site === undefined ? { head, key } : { head, site, key })
    if (key.length < minLen) minLen = key.length
  }
  if (!SENTENCE_END.test(first) || isTitleCase(first)) add(first)
  // A separator is looked for only when the line holds its mark (most lines hold none).
  const marks = separatorMarks(first)
  for (let k = 0; k < SITE_SEPARATORS.length && marks !== 0; k++) {
    const sep = SITE_SEPARATORS[k]!
    if ((marks & SEPARATOR_MARK_BITS[k]!) === 0) continue
    for (let at = first.indexOf(sep); at >= 0; at = first.indexOf(sep, at + 1)) {
      if (at < MIN_SITE_SEPARATOR_POS) continue
      const site = first.slice(first.lastIndexOf(sep) + sep.length).trim()
      add(first.slice(0, at), site.length > 0 ? site : undefined)
    }
  }
  if (heads.length === 0) return undefined
  // Every head is a prefix of the first line, so all keys start with its first letter or digit.
  const lead = heads[0]!.key[0]!
  return { heads, minLen, maxLen: first.length, lead, leadCode: lead.charCodeAt(0) }
}

// The mark each of `SITE_SEPARATORS` holds, as a bit: `|`, `-`, `–`, `—`, `_` (twice).
const SEPARATOR_MARKS = [0x7c, 0x2d, 0x2013, 0x2014, 0x5f, 0x5f]
const SEPARATOR_MARK_BITS = SEPARATOR_MARKS.map((c) => 1 << SEPARATOR_MARKS.indexOf(c))

/** The marks of `SITE_SEPARATORS` a line holds, as bits (`SEPARATOR_MARK_BITS`). */
function separatorMarks(text: string): number {
  let marks = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // Every mark is `-`, `_`, `|` or a dash of General Punctuation.
    if (c !== 0x2d && c !== 0x5f && c !== 0x7c && (c < 0x2013 || c > 0x2014)) continue
    marks |= 1 << SEPARATOR_MARKS.indexOf(c)
  }
  return marks
}

/**
 * The head of the first line that a later line repeats, ignoring case, spaces and punctuation.
 *
 * @param text the later line
 * @param page the first line's heads
 * @returns the head, or undefined
 */
export function repeatedHead(text: string, page: PageTitleHeads): PageTitleHead | undefined {
  return mayRepeatHead(text, 0, text.length, page) ? findHead(text, page.heads) : undefined
}

/**
 * Whether the line `s[from, to)` may repeat a head of the first line, on its length and first letter or
 * digit (read in place): false when `repeatedHead` finds none.
 *
 * @param s the string the line is part of (the line itself, or the document source)
 * @param from where the line starts
 * @param to where it ends
 * @param page the first line's heads
 * @returns false when the line repeats no head
 */
export function mayRepeatHead(s: string, from: number, to: number, page: PageTitleHeads): boolean {
  // Folding drops characters, never adds them: lines shorter than the shortest key cannot match.
  const n = to - from
  return n <= page.maxLen && n >= page.minLen && leadsWith(s, from, to, page.lead, page.leadCode)
}

/** Every line after `blocks[from]` (the first line) that repeats a head of it, in order. */
function findRepeats(blocks: readonly Block[], from: number): PageTitleRepeat[] {
  const first = blocks[from]?.text
  const page = first === undefined ? undefined : pageTitleHeads(first)
  const repeats: PageTitleRepeat[] = []
  if (page === undefined) return repeats
  for (let i = from + 1; i < blocks.length; i++) {
    const head = repeatedHead(blocks[i]!.text, page)
    if (head !== undefined) repeats.push({ at: i, head })
  }
  return repeats
}

/**
 * The first line is the page title: `Headline`, `Headline - Site Name` or `Headline | Section | Site`. When
 * its headline part appears again as a later line before the body, that line is the title (the last
 * such line, nearest the body) and the rest of the first line is the site name.
 */
function splitPageTitle(
  blocks: readonly Block[],
  bodyStart: number,
  repeats: readonly PageTitleRepeat[],
): { siteName?: string; repeat: number; twins: number[] } | undefined {
  let before: { siteName?: string; repeat: number; twins: number[] } | undefined
  for (let k = 0; k < repeats.length; k++) {
    const { at: i, head: hit } = repeats[k]!
    // The same headline printed twice in a row is one title: the kept lines just above that repeat it go with it.
    const twins: number[] = []
    for (let j = k - 1, next = i - 1; j >= 0 && repeats[j]!.at === next && repeats[j]!.head.key === hit.key; j--, next--) {
      if (blocks[next]!.verdict === 'body') twins.unshift(next)
    }
    const found = hit.site === undefined ? { repeat: i, twins } : { siteName: hit.site, repeat: i, twins }
    // Before the body, the repeat nearest the body; past it (the body start was a sidebar paragraph),
    // the first repeat that prose follows closely.
    if (i < bodyStart) before = found
    else if (before !== undefined) return before
    else if (proseWithin(blocks, i)) return found
  }
  return before
}

/**
 * `fold` for the heads of a first line (each a prefix of it). The line is folded once, one code unit at
 * a time, and each head's key is the part of that before it: a long first line with many separators is
 * not folded again for each of them. A line with a unit that folds with its neighbours (sigma, `İ`,
 * surrogates) is folded head by head.
 */
function headKeys(first: string): (head: string) => string {
  // counts[i]: folded units before `i`. The folded units are collected in an array and made into a
  // string once: a string grown a character at a time costs an object per character.
  const n = first.length
  if (headCounts.length < n + 1) {
    headCounts = new Uint32Array(2 * n + 1)
    headFolded = new Uint16Array(2 * n + 1)
  }
  const counts = headCounts
  const folded = headFolded
  let k = 0
  for (let i = 0; i < n; i++) {
    const f = foldedCode(first.charCodeAt(i))
    if (f === WHOLE) return fold
    if (f !== DROP) folded[k++] = f
    counts[i + 1] = k
  }
  const whole = unitsToString(folded, k)
  return (head) => whole.slice(0, counts[head.length])
}

// Units made into a string at once, at most this many at a time (well within any argument limit).
const UNITS_PER_CALL = 1024

/** The string of the first `k` code units of `units`. */
function unitsToString(units: Uint16Array, k: number): string {
  let out = ''
  for (let i = 0; i < k; i += UNITS_PER_CALL) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(k, i + UNITS_PER_CALL)) as unknown as number[])
  return out
}

// headKeys' work arrays, grown as needed: a first line is folded once per document.
let headCounts = new Uint32Array(256)
let headFolded = new Uint16Array(256)

/**
 * The first head whose key is the line's letters and digits (`fold(text)`). A line is compared code unit
 * by code unit, so most lines are told apart on their first few letters without a copy.
 */
function findHead<H extends { readonly key: string }>(text: string, heads: readonly H[]): H | undefined {
  let unsure = false
  for (const h of heads) {
    const same = sameFold(text, h.key)
    if (same === true) return h
    if (same === undefined) unsure = true
  }
  if (!unsure) return undefined
  const key = fold(text)
  return heads.find((h) => h.key === key)
}

/**
 * Whether `fold(text)` is `key`, read on the fly (`foldedCode`). Undefined at the first unit folded with
 * its neighbours, unless the units before it already differ: they fold alike either way.
 */
function sameFold(text: string, key: string): boolean | undefined {
  let j = 0
  for (let i = 0; i < text.length; i++) {
    const c = foldedCode(text.charCodeAt(i))
    if (c === DROP) continue
    if (c === WHOLE) return undefined
    // Folding only ever adds characters after these, so a difference here is final.
    if (j >= key.length || key.charCodeAt(j) !== c) return false
    j++
  }
  return j === key.length
}

const SENTENCE_END = /[.。]$/
/** Share of capitalised words that makes a line title case (`Plan Approved for the Coming Year`). */
const TITLE_CASE_SHARE = 0.6
const CAPITALISED = /^\p{Lu}/u

function isTitleCase(text: string): boolean {
  const words = text.split(' ').filter((w) => w.length > 0)
  if (words.length === 0) return false
  let caps = 0
  for (const w of words) if (CAPITALISED.test(w)) caps++
  return caps / words.length >= TITLE_CASE_SHARE
}

// A headline is followed by its article within a few lines (byline, dateline, standfirst, caption).
const MAX_TITLE_TO_BODY = 8

function proseWithin(blocks: readonly Block[], at: number): boolean {
  for (let i = at + 1; i < blocks.length && i <= at + MAX_TITLE_TO_BODY; i++) if (isProse(blocks[i]!)) return true
  return false
}
