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
 * Capitalised closed-class words that open a sentence or phrase: the clause starters, and prepositions,
 * conjunctions and determiners a sentence often starts with. Outside machine-translated text a bare number
 * glued to a capitalised word (`2000During`) lost a space only when the word is one of these; a number glued
 * to a content word is a name (`247Sports`, `4Motion`, `1Password`).
 */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  ...CLAUSE_STARTERS,
  'During', 'After', 'Before', 'Since', 'Until', 'While', 'When', 'Where', 'From', 'With', 'Under', 'Among',
  'Between', 'Despite', 'Following', 'Through', 'Although', 'However', 'Meanwhile', 'Then', 'There', 'These',
  'Those', 'What', 'Which', 'Who', 'Their', 'According', 'Last', 'Next', 'Yet', 'Also', 'Still', 'Now', 'Today',
  'Yesterday', 'Once', 'Each', 'Every', 'Some', 'Many', 'Most', 'All', 'Both', 'Such', 'Not', 'Only',
  'Even', 'Because', 'Unlike', 'Like', 'Without', 'Within', 'Against', 'Across', 'Around', 'Toward', 'Towards',
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

/**
 * Common English function words that no other common Latin-script language writes alike as a common word of
 * its own: the foreign-paragraph repair's cheap test for English prose counts them. Short words other
 * languages share are left out: `a`, `in`, `is`, `on`, `an`, `as`, `at`, `he`, `we`, `i`, `to`, `was`, `had`,
 * `are`, `have`, `for`, `will`, `her`, `over`, `but`, `any` (Spanish, Portuguese, Italian, French, Catalan,
 * German, Dutch, Tagalog, Danish, Polish or Romanian prose reached the test's share through them). A word kept
 * that one language also writes is a rare word there, or the only one of the list in it (`of`, Dutch "or";
 * `by`, Polish and Czech "would"; `or`, French "now"). At most five letters: the test packs a word into one
 * integer (`MAX_PACKED`).
 */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'that', 'with', 'it', 'its', 'from', 'by', 'or', 'be', 'been', 'were', 'has', 'this', 'these',
  'those', 'you', 'your', 'she', 'his', 'him', 'they', 'them', 'their', 'our', 'who', 'which', 'what', 'when',
  'where', 'while', 'why', 'how', 'if', 'not', 'would', 'could', 'must', 'there', 'than', 'then', 'into', 'about',
  'after', 'out', 'up', 'said', 'says', 'does', 'did', 'some', 'such', 'only', 'other', 'each', 'both', 'many',
  'much', 'very', 'being',
]
