import { en } from './en.js'
import type { BoilerplateLexicon, LexiconEntries } from './types.js'
import { vi } from './vi.js'
import { zh } from './zh.js'

export type { BoilerplateLexicon, LexiconEntries }

/** The built-in boilerplate lexicons by language tag. */
export const BOILERPLATE_LEXICONS: Readonly<Record<string, BoilerplateLexicon>> = Object.freeze({ en, zh, vi })

/** A lexicon category name. */
export type LexiconCategory = keyof BoilerplateLexicon

/**
 * How a category is matched against a block's text:
 * `prefix` at the start, `suffix` at the end, `contains` anywhere, `whole` the whole block (bullets and a trailing colon
 * allowed), `tokens` a block made only of such phrases between separators.
 */
const MODES: Readonly<Record<LexiconCategory, 'prefix' | 'suffix' | 'contains' | 'whole' | 'tokens'>> = {
  commentMarker: 'prefix',
  commentWord: 'contains',
  commentByline: 'suffix',
  loginPrompt: 'prefix',
  copyright: 'contains',
  filing: 'contains',
  contact: 'contains',
  control: 'tokens',
  breadcrumbStart: 'prefix',
  relatedHeading: 'whole',
  paywall: 'contains',
  bioLabel: 'prefix',
  bioWord: 'contains',
  cookie: 'contains',
  newsletter: 'contains',
}

const CATEGORIES = Object.keys(MODES) as LexiconCategory[]

/** Tests one category of phrases against a block's text. */
export interface PhraseMatcher {
  /** Whether the text matches the category (see the category's mode). */
  test(text: string): boolean
}

/** Every category compiled once into a matcher. */
export type CompiledLexicon = Readonly<Record<LexiconCategory, PhraseMatcher>>

// Latin, Vietnamese and other spaced scripts need word boundaries; Han phrases sit inside running text.
const SPACED_WORD_CHAR = /^[\p{L}\p{N}]$/u
const HAN_CHAR = /^\p{Script=Han}$/u
// Regex syntax characters; `-` is left alone because the `u` flag rejects `\-` outside a class.
const ESCAPE = /[.*+?^${}()|[\]\\/]/g
// Separators between page controls: spaces, brackets, bars, bullets, colons (`【print】 【close】`, `字号：大 中 小`).
const CONTROL_SEPARATORS = new Set([...' \t\u00a0\u3000【】[]()（）|｜/·•:：,，、;；-–—<>«»"\'“”'])
// Bullets or markers before a heading and punctuation after it: `· Related:`, `past review`, `Read more »`.
const LEAD = '^[\\s·•*#>»›|\\-–—]*'
const TRAIL = '[\\s:：.。!！…>»›|\\-–—]*$'

function needsBoundary(ch: string | undefined): boolean {
  return ch !== undefined && SPACED_WORD_CHAR.test(ch) && !HAN_CHAR.test(ch)
}

/** One phrase as a regex source, with word boundaries where its script has them. */
function phraseSource(phrase: string, leading: boolean): string {
  const body = phrase.replace(ESCAPE, '\\$&').replace(/ +/g, '\\s+')
  const chars = [...phrase]
  const before = leading && needsBoundary(chars[0]) ? '(?<![\\p{L}\\p{N}])' : ''
  const after = needsBoundary(chars[chars.length - 1]) ? '(?![\\p{L}\\p{N}])' : ''
  return before + body + after
}

function alternation(phrases: readonly string[], leading: boolean): string {
  // Longest first, so `close window` wins over `close` and a control line is consumed in whole phrases.
  const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 0))].sort((a, b) => b.length - a.length)
  return unique.length === 0 ? '(?!)' : `(?:${unique.map((p) => phraseSource(p, leading)).join('|')})`
}

function compileCategory(mode: (typeof MODES)[LexiconCategory], phrases: readonly string[]): PhraseMatcher {
  if (mode === 'tokens') {
    const sticky = new RegExp(alternation(phrases, false), 'iuy')
    return { test: (text) => onlyTokens(text, sticky) }
  }
  const source =
    mode === 'prefix'
      ? `${LEAD}${alternation(phrases, false)}`
      : mode === 'suffix'
        ? `${alternation(phrases, true)}\\s*$`
        : mode === 'whole'
          ? `${LEAD}${alternation(phrases, false)}${TRAIL}`
          : alternation(phrases, true)
  const re = new RegExp(source, 'iu')
  return { test: (text) => re.test(text) }
}

/** Whether a text is nothing but phrases from `sticky` between separators, in one left-to-right pass. */
function onlyTokens(text: string, sticky: RegExp): boolean {
  let pos = 0
  let tokens = 0
  while (pos < text.length) {
    if (CONTROL_SEPARATORS.has(text[pos]!)) {
      pos++
      continue
    }
    sticky.lastIndex = pos
    if (!sticky.test(text)) return false
    pos = sticky.lastIndex
    tokens++
  }
  return tokens > 0
}

const cache = new WeakMap<object, CompiledLexicon>()

/**
 * Compile the built-in lexicons of every language, merged with the user's entries, into one matcher per
 * category. All languages are merged because pages mix them (Chinese labels machine-translated into English).
 * The result is cached per user lexicon object, so a pipeline compiles once.
 *
 * @param user `options.lexicon`: `{ [lang]: { [category]: phrases } }`; unknown categories are ignored
 * @returns a matcher per category
 * @example compileLexicon({ en: { paywall: ['members only'] } }).paywall.test('Members only') // true
 */
export function compileLexicon(user: Readonly<Partial<Record<string, LexiconEntries>>>): CompiledLexicon {
  const hit = cache.get(user)
  if (hit !== undefined) return hit
  const out = {} as Record<LexiconCategory, PhraseMatcher>
  for (const cat of CATEGORIES) {
    const phrases: string[] = []
    for (const lex of Object.values(BOILERPLATE_LEXICONS)) phrases.push(...lex[cat])
    for (const entries of Object.values(user)) {
      const extra = entries?.[cat]
      if (Array.isArray(extra)) for (const p of extra) if (typeof p === 'string') phrases.push(p)
    }
    out[cat] = compileCategory(MODES[cat], phrases)
  }
  const compiled = Object.freeze(out)
  cache.set(user, compiled)
  return compiled
}
