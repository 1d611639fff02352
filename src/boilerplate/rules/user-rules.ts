import type { UserRule } from '../../types.js'

const STATEFUL_FLAGS = /[gy]/g

/** A user pattern ready to test blocks: `scope` defaulted, the pattern without stateful flags. */
export interface PreparedUserRule {
  readonly id: string
  readonly scope: 'line' | 'tail'
  readonly pattern: RegExp
}

/**
 * Prepare the user's patterns once per run: a copy without the `g` and `y` flags, so `test` gives the same
 * answer on every block and the user's RegExp objects are never mutated.
 *
 * @param rules `options.rules`
 * @returns the prepared rules, in the user's order
 */
export function prepareUserRules(rules: readonly UserRule[]): PreparedUserRule[] {
  return rules.map((r) => ({ id: r.id, scope: r.scope ?? 'line', pattern: new RegExp(r.pattern.source, r.pattern.flags.replace(STATEFUL_FLAGS, '')) }))
}
