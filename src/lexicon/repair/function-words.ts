/**
 * Closed-class words that begin an English phrase and almost never begin a compound: a lower-case token that
 * is not a word but is one of these plus a common word lost a space (`forthe` → `for the`, `ofcourse` →
 * `of course`). Must not match: `together`, `format`, `theorem` (whole words, so never split).
 */
export const GLUE_PREFIX_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'to', 'that', 'this', 'with', 'from', 'for'])

/**
 * Closed-class words that end a glued pair and almost never end a compound (`upgradingtwo` → `upgrading two`,
 * `goalsthe` → `goals the`). Particles that do end compounds (`in`, `on`, `over`, `by`, `up`, `our` as in
 * British `labour`) are left out on purpose: `login`, `failover`, `standby` must stay whole.
 */
export const GLUE_SUFFIX_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'we', 'they', 'this', 'that', 'these', 'those', 'their', 'will', 'would', 'should', 'must', 'were', 'was',
  'from', 'with', 'into',
])

/**
 * Capitalised short words that start an English clause. A digit run glued to one of these (`5GWe will`) lost a
 * space; a unit glued to a number (`2.4GHz`, `16MW`) never matches, because units are not in this set.
 */
export const CLAUSE_STARTERS: ReadonlySet<string> = new Set([
  'We', 'He', 'It', 'In', 'On', 'As', 'At', 'By', 'To', 'Of', 'An', 'If', 'Or', 'So', 'No', 'My', 'Us', 'Be',
  'The', 'She', 'They', 'And', 'But', 'For', 'This', 'That', 'Its', 'Our', 'His', 'Her',
])

/**
 * Suffixes that a stray space cuts off a word (`develop ment`, `informa tion`, `mak ing`). Some are listed as
 * words in subtitle counts (`ment`, `ing`), so the broken-word repair treats them as fragments when they
 * follow another word. Suffixes that also make a word pair (`care less`, `not able`, `hand ful`) are left
 * out: `could care less` must stay.
 */
export const SPLIT_SUFFIXES: ReadonlySet<string> = new Set([
  'ment', 'ments', 'tion', 'tions', 'sion', 'sions', 'ation', 'ations', 'ization', 'ness', 'ity', 'ities',
  'ance', 'ence', 'ing', 'ings',
])

/** The commonest English function words: the foreign-paragraph repair's cheap test for English prose. */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'is', 'a', 'an', 'for', 'that', 'on', 'with', 'as', 'was', 'by', 'are', 'it', 'be',
  'has', 'have', 'at', 'from', 'or', 'but', 'not', 'this', 'we', 'you', 'i', 'he', 'she', 'they', 'his', 'her',
  'their', 'can', 'will', 'its', 'our', 'your', 'who', 'which', 'after', 'over', 'into', 'about', 'than',
]
