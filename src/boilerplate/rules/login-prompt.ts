import type { BoilerplateRule } from '../rule.js'
import { MARKER_MAX_WORDS } from '../thresholds.js'

/** Drops a login or registration prompt (`Sign in to comment`, `请登录`, `Đăng nhập`). */
export const loginPrompt: BoilerplateRule = {
  id: 'boilerplate/login-prompt',
  description: 'login or registration prompt',
  scope: 'line',
  maxWords: MARKER_MAX_WORDS,
  lexicon: ['loginPrompt'],
  match(views, i, { lex }) {
    const v = views[i]!
    // A prompt is a label or button; `Register to vote by Friday.` is a sentence.
    return v.words <= MARKER_MAX_WORDS && !v.terminal && lex.loginPrompt.test(v.text) ? 1 : 0
  },
}
