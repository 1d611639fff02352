import { computeFeatures } from '../../annotate/features.js'
import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'
import type { BoilerplateRule } from '../rule.js'
import { articleGoesOn, insideProse } from '../tail.js'
import { FOOTER_MAX_WORDS, HAN_WORD_WEIGHT } from '../thresholds.js'

/**
 * Drops a paywall notice (`All can be viewed after purchase`, `Subscribe to continue reading`) and what
 * trails it, unless the article goes on after it (`She stopped to continue reading the letter.`) or it is
 * the article's own last sentence (`Members who want to continue reading the series can borrow…`).
 */
export const paywall: BoilerplateRule = {
  id: 'boilerplate/paywall',
  description: 'paywall notice and the unrelated content after it',
  scope: 'tail',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['paywall'],
  match(views, i, env) {
    const v = views[i]!
    if (v.words > FOOTER_MAX_WORDS || !env.lex.paywall.test(v.text)) return 0
    // A notice ends what the page shows of the article: paragraphs after it mean the phrase was the
    // article's, and so does a sentence between two of its paragraphs (`He paused to continue reading.`).
    if (articleGoesOn(views, i, env)) return 0
    const sentence = v.terminal && !v.text.trimEnd().endsWith(':')
    if (!sentence) return 1
    if (insideProse(views, i, env, { before: true, after: 1 })) return 0
    // After the article's last paragraph, a notice is short and opens with its phrase (`To continue
    // reading, subscribe.`); the article's own closing sentence reports, at paragraph length, and its
    // phrase stands further in.
    return reportsPhrase(v.text, env.lex, env.th.goodWords) && insideProse(views, i, env, { before: true, after: 0 }) ? 0 : 1
  },
}

// Sentence ends: Latin ones before white space (not `2.5`, `U.S.`-like runs inside words), CJK ones anywhere.
const SENTENCE_END = /(?<=[.!?])\s+|(?<=[。！？])/u
// A notice opens with its phrase, after a word or two (`Please subscribe to read`): how many words are read for it.
const NOTICE_OPENING_WORDS = 6
const WORD_GAP = /\s+/u

/**
 * Whether every sentence with a paywall phrase in a block reads as reported prose: at least `minWords`
 * effective words, with the phrase not among its first words.
 */
function reportsPhrase(text: string, lex: CompiledLexicon, minWords: number): boolean {
  for (const s of text.trim().split(SENTENCE_END)) {
    if (!lex.paywall.test(s)) continue
    const f = computeFeatures(s)
    if (f.words * (1 - (1 - HAN_WORD_WEIGHT) * f.hanRatio) < minWords) return false
    if (lex.paywall.test(s.split(WORD_GAP, NOTICE_OPENING_WORDS).join(' '))) return false
  }
  return true
}
