import type { BoilerplateRule } from '../rule.js'
import { MARKER_MAX_WORDS } from '../thresholds.js'

/** Drops a line of page controls (`T T T`, `【print】 【close】`, `【打印本页】【关闭窗口】`, `Share Tweet Email`). */
export const pageControls: BoilerplateRule = {
  id: 'boilerplate/page-controls',
  description: 'font-size, print, close and share controls',
  scope: 'line',
  maxWords: MARKER_MAX_WORDS * 2,
  lexicon: ['control'],
  match(views, i, { lex }) {
    const v = views[i]!
    // Every token must be a control: `Share prices rose.` has words that are not.
    return v.words <= MARKER_MAX_WORDS * 2 && lex.control.test(v.text) ? 1 : 0
  },
}
