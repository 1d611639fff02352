import { editMatches } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const HAS_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source)
// Any surrogate: a cheap guard before the look-arounds.
const HAS_SURROGATE = /[\uD800-\uDFFF]/

/** Replace unpaired UTF-16 surrogates, which cannot be encoded as UTF-8, with U+FFFD. */
export const loneSurrogate: BlockRule = {
  id: 'normalize/lone-surrogate',
  description: 'Replace unpaired UTF-16 surrogates with U+FFFD REPLACEMENT CHARACTER.',
  applies: (text) => HAS_LONE_SURROGATE.test(text),
  trigger: HAS_SURROGATE,
  apply: (block) => editMatches(block, LONE_SURROGATE, loneSurrogate.id, () => '\uFFFD'),
}
