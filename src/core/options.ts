import type { Context, Options, ResolvedOptions, RuleId } from '../types.js'

/** The defaults every entry point starts from. */
export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  focus: 'balanced',
  disable: Object.freeze([]) as readonly RuleId[],
  rules: Object.freeze([]),
  lexicon: Object.freeze({}),
  language: undefined,
  repair: true,
  foreignText: 'drop',
  glossary: Object.freeze({}),
  cjkSpacing: false,
  comments: 'drop',
})

const FOCI = new Set(['precision', 'balanced', 'recall'])
const FOREIGN = new Set(['keep', 'drop', 'mark'])

/**
 * Apply defaults to user options and check them.
 *
 * @param options what the user passed, or nothing
 * @returns complete options
 * @throws TypeError when an option has the wrong type or value
 */
export function resolveOptions(options?: Readonly<Options> | null): ResolvedOptions {
  if (options === undefined || options === null) return DEFAULT_OPTIONS
  if (typeof options !== 'object') throw new TypeError(`textwash: options must be an object, got ${typeof options}`)
  const o = { ...DEFAULT_OPTIONS, ...stripUndefined(options) } as ResolvedOptions
  if (!FOCI.has(o.focus)) throw new TypeError(`textwash: focus must be 'precision', 'balanced' or 'recall', got ${String(o.focus)}`)
  if (!FOREIGN.has(o.foreignText)) throw new TypeError(`textwash: foreignText must be 'keep', 'drop' or 'mark', got ${String(o.foreignText)}`)
  if (!Array.isArray(o.disable)) throw new TypeError('textwash: disable must be an array of rule ids')
  if (!Array.isArray(o.rules)) throw new TypeError('textwash: rules must be an array of { id, pattern }')
  for (const r of o.rules) {
    if (typeof r?.id !== 'string' || !(r.pattern instanceof RegExp)) throw new TypeError('textwash: each user rule needs a string id and a RegExp pattern')
  }
  return Object.freeze(o)
}

function stripUndefined(o: object): object {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}

/**
 * Whether a rule is on: it is off when its id, or a prefix of it ending in `/`, is in `options.disable`.
 *
 * @param ctx the stage context
 * @param id the rule id
 * @returns true when the rule may run
 */
export function isEnabled(ctx: Context, id: RuleId): boolean {
  const off = ctx.options.disable
  if (off.length === 0) return true
  for (const d of off) {
    if (d === id) return false
    if (d.endsWith('/') && id.startsWith(d)) return false
  }
  return true
}

/**
 * Make a stage context from user options.
 *
 * @param options user options
 * @returns a context for running stages by hand
 */
export function createContext(options?: Readonly<Options> | null): Context {
  return { options: resolveOptions(options) }
}
