import type { Focus } from '../types.js'

/** The named numbers the boilerplate stage reads; `focus` moves the ones marked as such. */
export interface Thresholds {
  /** A block with at least this many effective words is a candidate paragraph (`good`). Moved by focus. */
  readonly goodWords: number
  /** Below this a block is `short`: a menu item, a label, a crumb. */
  readonly shortWords: number
  /** Score of a short line, or a mid-length one without terminal punctuation (a headline), in the main-region search. Moved by focus. */
  readonly shortPenalty: number
  /** Share of its length a paragraph with no prose beside it adds to a region (teasers stand alone). */
  readonly isolatedWeight: number
  /** Score of a boilerplate block in the main-region search. */
  readonly badPenalty: number
  /** A run of this many short lines without terminal punctuation inside the main region is a menu. Moved by focus. */
  readonly menuRun: number
  /** Good blocks outside the main region are kept when at least this long (Infinity: never). Moved by focus. */
  readonly keepOutsideWords: number
}

/** A block without terminal punctuation is a paragraph from this many times `goodWords` (headlines are shorter). */
export const UNTERMINATED_GOOD_FACTOR = 1.5
/**
 * What a mid-length sentence adds to a region beyond the cost of one short line (`shortPenalty`): however
 * short, a sentence outweighs a lone link or headline between it and the article's other paragraphs.
 */
export const SENTENCE_OVER_GAP = 0.5
/** A list has items; one line after a colon is more likely a credit (`Author: X`) the metadata stage takes. */
export const LIST_MIN_ITEMS = 2
/** A list introduced by a colon after the body is kept up to this many lines (tour dates, a roll call). */
export const LIST_MAX_ITEMS = 60
/** A line introducing a list says what follows; `Tags:` or `Share:` is a field label. */
export const LIST_INTRO_MIN_WORDS = 3
/** A line of mostly digits ending in a colon is a dateline (`2018/05/11 Source:`), not a list's introduction. */
export const LIST_INTRO_MAX_DIGIT_RATIO = 0.2
/** Words in a short block the lexicon rules read; longer blocks are prose, whatever words they contain. */
export const MARKER_MAX_WORDS = 8
/** A footer line (copyright, filing, contact) is short; an article about copyright is not. */
export const FOOTER_MAX_WORDS = 30
/** Share of a block's characters inside links above which the block is a link list. */
export const LINK_LINE_RATIO = 0.5
/** Share of digits in a contact footer: phone numbers and postcodes are long runs of digits. */
export const CONTACT_MIN_DIGIT_RATIO = 0.15
/** A cookie banner may be a paragraph; longer than this it is an article about cookies. */
export const COOKIE_MAX_WORDS = 80
/** A breadcrumb's crumbs are short. */
export const CRUMB_MAX_WORDS = 5
/** A bio paragraph is a few sentences, not an essay. */
export const BIO_MAX_WORDS = 150
/** A bio without a label (`Jane Doe is a reporter for …`) is one or two sentences. */
export const BIO_LINE_MAX_WORDS = 50
/** A Han character carries about half the content of an English word (a 40-character sentence ~ 20 words). */
export const HAN_WORD_WEIGHT = 0.5
/** A tail marker this short without a number (`Comment`) may be a toolbar button rather than a section. */
export const BARE_LABEL_WORDS = 2
/** Rounds of judging the shape again over the kept blocks (each drops a block or ends the search). */
export const MAX_SETTLE_ROUNDS = 4
/** Effective words of good blocks needed before a tail marker may cut the rest of the page. */
export const TAIL_MIN_BODY_WORDS = 30
/**
 * Paragraphs in a row right after a tail marker that show the article goes on: a comment thread breaks
 * its comments with names, dates and `Reply` links, a paywall or footer is followed by prompts and teasers.
 */
export const ARTICLE_GOES_ON_PARAGRAPHS = 2
/** Words a comment counter may have before its number (`This post has 5 comments`, `已有3条评论`); more is a headline. */
export const COUNTER_MAX_LEAD_WORDS = 4
/**
 * Share of a run of short lines' words in list items (sentences, bulleted or numbered lines, quantities)
 * from which the run is an article's list, steps or questions rather than a menu (`menu-run`).
 */
export const ITEM_MIN_SHARE = 0.3
/** A line this short with one quantity (`1 tsp cinnamon`, `Eat 1–2 hours after training`) is a list item; a longer one needs two (headlines quote numbers). */
export const QUANTITY_LINE_MAX_WORDS = 8
/** A line of a number and at most two more tokens (`2 eggs`, `2 hours ago`) may be a counter: half a list item. */
export const COUNT_MAX_TOKENS = 3
/** A bulleted or numbered line is a list item up to this many words after its mark; a longer one may be a ranked headline. */
export const MARKED_ITEM_MAX_WORDS = 5
/** After a number, this many words not in title case are a phrase, a list item (`1. Preheat oven`, `1、番茄切块`), not a label (`1. Home`). */
export const PHRASE_MIN_WORDS = 2
/** After a bullet, this many words starting in capitals and without digits are a bare label (`* Home`, `- Terms of Use`). */
export const LABEL_MAX_WORDS = 3

const BALANCED: Thresholds = Object.freeze({
  goodWords: 15,
  shortWords: 5,
  shortPenalty: 3,
  isolatedWeight: 0.3,
  badPenalty: 8,
  menuRun: 4,
  keepOutsideWords: Infinity,
})

const BY_FOCUS: Readonly<Record<Focus, Thresholds>> = Object.freeze({
  balanced: BALANCED,
  // Precision: a paragraph must be longer to anchor the body, gaps cost more, shorter runs are menus.
  precision: Object.freeze({ ...BALANCED, goodWords: 20, shortPenalty: 5, menuRun: 3 }),
  // Recall: short lines cost less, only long runs are menus, and long paragraphs anywhere are kept.
  recall: Object.freeze({ ...BALANCED, goodWords: 12, shortPenalty: 2, menuRun: 6, keepOutsideWords: 40 }),
})

/**
 * The thresholds for a focus.
 *
 * @param focus `precision`, `balanced` or `recall`
 * @returns the named thresholds
 */
export function thresholdsFor(focus: Focus): Thresholds {
  return BY_FOCUS[focus]
}
