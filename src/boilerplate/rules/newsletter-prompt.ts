import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'
import type { BoilerplateRule } from '../rule.js'
import { insideProse } from '../tail.js'
import { FOOTER_MAX_WORDS, MARKER_MAX_WORDS } from '../thresholds.js'
import type { BlockView, RuleEnv } from '../view.js'

/** What a line is in a newsletter box: a prompt or a button anchors a box; a pitch or a cue only joins one. */
type BoxPart = 'prompt' | 'button' | 'joins'

/** Lines of a box that may come before its first prompt or button (a heading and a pitch or two). */
const BOX_MAX_LEAD = 3

/**
 * Drops a newsletter sign-up prompt (`Sign up for our newsletter`, `Get the latest news delivered to your
 * inbox`) and the box around it: a heading (`Breaking News Emails`), a pitch (`The stories that matter,
 * delivered weekday mornings.`), buttons (`Subscribe No thanks`), a confirmation and a reCAPTCHA notice.
 */
export const newsletterPrompt: BoilerplateRule = {
  id: 'boilerplate/newsletter-prompt',
  description: 'newsletter sign-up prompt or box',
  scope: 'line',
  maxWords: FOOTER_MAX_WORDS,
  lexicon: ['newsletter', 'newsletterCue', 'newsletterPitch', 'newsletterButton'],
  /** A box with a paragraph right before it and right after it stands inside the article (asked, not recorded). */
  inline: (views, i, env) => {
    const n = newsletterBox(views, i, env.lex)
    if (n === 0) return false
    const asked: RuleEnv = { ...env, prose: undefined }
    return insideProse(views, i, asked, { before: true, after: 0 }) && insideProse(views, i + n - 1, asked, { before: false, after: 1 })
  },
  match(views, i, { lex }) {
    return newsletterBox(views, i, lex)
  },
}

/**
 * How many blocks from `i` on make a newsletter box: a run of short lines, each a prompt, a button, a pitch
 * or (in a line of a few words) a cue, with a prompt or a button among its first lines. A pitch or cue alone
 * (`The newsletter has 20,000 readers.`) and a lone button (`Subscribe`) make none.
 *
 * @param views the blocks' views
 * @param i where the box would start
 * @param lex the compiled lexicon
 * @returns the box's length in blocks, 0 when none starts at `i`
 */
export function newsletterBox(views: readonly BlockView[], i: number, lex: CompiledLexicon): number {
  let n = 0
  let anchors = 0
  let prompts = 0
  let firstAnchor = -1
  while (i + n < views.length) {
    const part = boxPart(views[i + n]!, lex)
    if (part === undefined) break
    if (part !== 'joins') {
      anchors++
      if (part === 'prompt') prompts++
      if (firstAnchor < 0) firstAnchor = n
    }
    n++
    if (firstAnchor < 0 && n > BOX_MAX_LEAD) return 0
  }
  if (anchors === 0) return 0
  // A button makes a box only with a pitch, a cue or a prompt beside it: `Subscribe` alone is a control of anything.
  return prompts === 0 && n === anchors ? 0 : n
}

/** What a line is in a newsletter box, undefined when it is none of it. */
function boxPart(v: BlockView, lex: CompiledLexicon): BoxPart | undefined {
  if (v.words > FOOTER_MAX_WORDS) return undefined
  if (lex.newsletter.test(v.text)) return 'prompt'
  const short = v.words <= MARKER_MAX_WORDS
  if (short && lex.newsletterButton.test(v.text)) return 'button'
  if (lex.newsletterPitch.test(v.text) || (short && lex.newsletterCue.test(v.text))) return 'joins'
  return undefined
}
