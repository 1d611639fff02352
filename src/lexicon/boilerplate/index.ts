import { ar } from './ar.js'
import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'
import { hi } from './hi.js'
import { id } from './id.js'
import { it } from './it.js'
import { ja } from './ja.js'
import { ko } from './ko.js'
import { categoryBit, LexiconMatcher, MAX_CATEGORIES, type MatchMode } from './matcher.js'
import { nl } from './nl.js'
import { pl } from './pl.js'
import { pt } from './pt.js'
import { ru } from './ru.js'
import { th } from './th.js'
import { tr } from './tr.js'
import type { BoilerplateLexicon, LexiconEntries } from './types.js'
import { vi } from './vi.js'
import { zh } from './zh.js'

export type { BoilerplateLexicon, LexiconEntries }

/** The built-in boilerplate lexicons by language tag. */
export const BOILERPLATE_LEXICONS: Readonly<Record<string, BoilerplateLexicon>> = Object.freeze({ en, zh, vi, de, fr, es, pt, it, ru, nl, pl, tr, id, ja, ko, ar, hi, th })

/** A lexicon category name (the merged phrase lists; `proseOpenings` is read per language). */
export type LexiconCategory = Exclude<keyof BoilerplateLexicon, 'proseOpenings'>

/** Per language, its prose openings (see `BoilerplateLexicon.proseOpenings`), lower-cased. */
const PROSE_OPENINGS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(BOILERPLATE_LEXICONS).map(([lang, lex]) => [lang, (lex.proseOpenings ?? []).map((w) => w.toLowerCase())]),
)
const LETTER = /^\p{L}$/u
const SPACE = /^\s$/u

/**
 * Whether a line opens with a word the page's language writes prose with, then another word
 * (`Comment fonctionne le dispositif` on a French page): such a line is no label of another language.
 *
 * @param lang the page's language (`doc.lang`), undefined when unknown
 * @param text the line
 * @returns true when the line reads as prose in `lang`
 * @example opensProse('fr', 'Comment fonctionne le dispositif') // true; opensProse('en', …) // false
 */
export function opensProse(lang: string | undefined, text: string): boolean {
  const words = lang === undefined ? undefined : PROSE_OPENINGS.get(lang)
  if (words === undefined || words.length === 0) return false
  const start = text.length - text.trimStart().length
  for (const w of words) {
    const end = start + w.length
    if (text.slice(start, end).toLowerCase() !== w || !SPACE.test(text[end] ?? '')) continue
    let next = end
    while (next < text.length && SPACE.test(text[next]!)) next++
    if (LETTER.test(text[next] ?? '')) return true
  }
  return false
}

/**
 * How a category is matched against a block's text:
 * `prefix` at the start, `suffix` at the end, `contains` anywhere, `whole` the whole block (bullets and a trailing colon
 * allowed), `tokens` a block made only of such phrases between separators.
 */
const MODES: Readonly<Record<LexiconCategory, MatchMode>> = {
  commentMarker: 'whole',
  commentLead: 'prefix',
  commentHeading: 'whole',
  commentWord: 'contains',
  countUnit: 'whole',
  commentsOn: 'whole',
  commentsAfterTitle: 'whole',
  commentByline: 'suffix',
  loginPrompt: 'prefix',
  copyright: 'contains',
  copyrightLead: 'prefix',
  filing: 'contains',
  contact: 'contains',
  control: 'tokens',
  linkLabel: 'whole',
  breadcrumbStart: 'prefix',
  relatedHeading: 'whole',
  paywall: 'contains',
  bioLabel: 'prefix',
  bioWord: 'contains',
  cookie: 'contains',
  newsletter: 'contains',
  newsletterCue: 'contains',
  newsletterPitch: 'contains',
  newsletterButton: 'tokens',
  bioCopula: 'prefix',
  bioRole: 'contains',
  bioAbout: 'whole',
  endMark: 'whole',
  bareEndMark: 'whole',
}

const CATEGORIES = Object.keys(MODES) as LexiconCategory[]

/** Crumb separators (`Home > News`, `首页 » 要闻`, `Home / World`): a breadcrumb has one of these units. */
export const CRUMB_SEPARATORS: readonly string[] = Object.freeze(['>', '»', '›', '＞', '→', '/'])

/**
 * Categories the classifier reads that no lexicon lists: fixed units, matched anywhere by the same scan as
 * the footer categories, so a rule guarded by one costs no pass of its own. Users cannot extend them.
 */
const INTERNAL = { crumbSeparator: CRUMB_SEPARATORS } as const

/** A category only the classifier reads (see `INTERNAL`). */
export type InternalCategory = keyof typeof INTERNAL

/**
 * Categories made of lexicon categories' phrases matched in another mode. Users extend them through the
 * categories they come from. `relatedLead` is a related-articles heading at the start of a line (`Baca
 * juga: …`, `Read more: …`, `相关阅读：…`), which the `read-also` rule then checks is the whole label before
 * a separator. `commentLabel` is a comment marker or comment word as the whole text (`Comments`,
 * `commentaires`, `条评论`): what is left of a comment counter once its number is taken out
 * (`Comments (5)`, `5 commentaires`, `3条评论`). `bioAboutLead` is a line that opens with a `bioAbout` word (`About
 * Jane Doe`), which the `author-bio` rule then checks is a label over a name. `commentsAfterTitleEnd` is
 * what a `commentsAfterTitle` template has after its count (`düşünce` of `üzerine#düşünce`) at the end of a
 * line: a title-first counter's line, which the `comment-section` rule is then asked about. `navLabel` is a
 * whole line that names a page's navigation rather than an article's content: a link list's label (`Tags`),
 * a breadcrumb's first crumb (`Home`), a related heading (`Most read`), a login or comment label, a sign-up
 * button; `boilerplate/menu-run` reads it in a list between paragraphs.
 */
const DERIVED = {
  relatedLead: { from: ['relatedHeading'], mode: 'prefix' },
  commentLabel: { from: ['commentMarker', 'commentWord'], mode: 'whole' },
  bioAboutLead: { from: ['bioAbout'], mode: 'prefix' },
  commentsAfterTitleEnd: { from: ['commentsAfterTitle'], mode: 'suffix', part: 'afterCount' },
  navLabel: { from: ['linkLabel', 'breadcrumbStart', 'relatedHeading', 'loginPrompt', 'commentMarker', 'newsletterButton'], mode: 'whole' },
} as const satisfies Record<string, { readonly from: readonly LexiconCategory[]; readonly mode: MatchMode; readonly part?: 'afterCount' }>

/** The count's place in a `commentsAfterTitle` template. */
export const COUNT_PLACEHOLDER = '#'

/** A derived category's phrase from one of the category it comes from: the whole phrase, or what follows its count. */
function derivedPhrase(phrase: string, part: 'afterCount' | undefined): string {
  return part === undefined ? phrase : phrase.slice(phrase.indexOf(COUNT_PLACEHOLDER) + 1)
}

/** A category derived from lexicon categories (see `DERIVED`). */
export type DerivedCategory = keyof typeof DERIVED

/** A category a rule may be guarded by: a lexicon category, an internal one or a derived one. */
export type GuardCategory = LexiconCategory | InternalCategory | DerivedCategory

const INTERNAL_CATEGORIES = Object.keys(INTERNAL) as InternalCategory[]
const DERIVED_CATEGORIES = Object.keys(DERIVED) as DerivedCategory[]
/**
 * Every category a matcher answers, in bit order: a category set is two integers, the first 31 categories
 * in the low word and up to 31 more in the high one (`categoryBit`; `MAX_CATEGORIES` in all, which
 * tests/boilerplate/matcher.test.ts checks). The internal categories come last, so the high word is in use
 * (`crumbSeparator` guards `breadcrumb` from there) and stays tested as lexicon categories are added.
 */
const ALL_CATEGORIES: readonly GuardCategory[] = [...CATEGORIES, ...DERIVED_CATEGORIES, ...INTERNAL_CATEGORIES]
if (ALL_CATEGORIES.length > MAX_CATEGORIES) throw new Error(`boilerplate lexicon: ${ALL_CATEGORIES.length} categories, at most ${MAX_CATEGORIES} fit the matcher`)

/**
 * The scans of the categories matched anywhere in a block (see `LexiconMatcher`). Short blocks are asked
 * about every footer category, so one scan answers them all; cookie banners are also looked for in blocks
 * of up to 80 words, where nothing else is asked, bio words only in the block after a bio label, and bio
 * roles only in the first clause of a line that opens with a name and a copula: these get scans of their
 * own, so a paragraph is walked for cookie phrases only.
 */
const SCANS: readonly (readonly GuardCategory[])[] = [
  ['commentWord', 'commentsAfterTitleEnd', 'commentByline', 'copyright', 'filing', 'contact', 'paywall', 'cookie', 'newsletter', 'newsletterCue', 'newsletterPitch', 'crumbSeparator'],
  ['cookie'],
  ['bioWord'],
  ['bioRole'],
]

/** Tests one category of phrases against a block's text. */
export interface PhraseMatcher {
  /** Whether the text matches the category (see the category's mode). */
  test(text: string): boolean
}

/** Every category compiled once into a matcher, the internal ones too. */
export type CompiledLexicon = Readonly<Record<GuardCategory, PhraseMatcher>>

/** A category's bit in the two words of a category set (one of them is 0; see `categoryBit`). */
export interface CategoryBit {
  readonly low: number
  readonly high: number
}

/** The matcher behind a compiled lexicon, asked about several categories of one block at once. */
export interface LexiconScanner {
  /** The bit of each category, internal ones too (see `matcher.matchAll`). */
  readonly bits: Readonly<Record<GuardCategory, CategoryBit>>
  /**
   * Of the categories asked about (the two words), those a text matches, each in its mode (as `test`
   * would say): the low word returned, the high one in `highMatched`.
   */
  readonly matcher: Pick<LexiconMatcher, 'matchAll' | 'highMatched'>
}

const APOSTROPHES = /['\u2019]/gu

/**
 * The phrases, each with an apostrophe also in its other form: pages write `l'article` and `l’article`,
 * `editor's picks` and `editor’s picks`, and a lexicon lists one of them.
 *
 * @param phrases a category's phrases
 * @returns the phrases, then the twin of each phrase with an apostrophe
 */
export function withApostropheTwins(phrases: readonly string[]): string[] {
  const out = [...phrases]
  for (const p of phrases) {
    if (!p.includes("'") && !p.includes('\u2019')) continue
    out.push(p.replace(APOSTROPHES, (a) => (a === "'" ? '\u2019' : "'")))
  }
  return out
}

const cache = new WeakMap<object, CompiledLexicon>()
const scanners = new WeakMap<CompiledLexicon, LexiconScanner>()

/**
 * The scanner of a lexicon compiled by `compileLexicon`.
 *
 * @param lex a compiled lexicon
 * @returns its scanner
 */
export function scannerOf(lex: CompiledLexicon): LexiconScanner {
  const scanner = scanners.get(lex)
  if (scanner === undefined) throw new Error('boilerplate: not a lexicon compiled by compileLexicon')
  return scanner
}

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
  const out = {} as Record<GuardCategory, PhraseMatcher>
  const lists: string[][] = []
  for (const cat of CATEGORIES) {
    const phrases: string[] = []
    for (const lex of Object.values(BOILERPLATE_LEXICONS)) phrases.push(...(lex[cat] ?? []))
    for (const entries of Object.values(user)) {
      const extra = entries?.[cat]
      if (Array.isArray(extra)) for (const p of extra) if (typeof p === 'string') phrases.push(p)
    }
    lists.push(withApostropheTwins(phrases))
  }
  // The derived categories after the lexicon's, in their modes; then the internal ones, matched anywhere.
  for (const cat of DERIVED_CATEGORIES) {
    const d: { readonly from: readonly LexiconCategory[]; readonly part?: 'afterCount' } = DERIVED[cat]
    lists.push(d.from.flatMap((from) => lists[CATEGORIES.indexOf(from)]!.map((p) => derivedPhrase(p, d.part)).filter((p) => p.trim() !== '')))
  }
  for (const cat of INTERNAL_CATEGORIES) lists.push([...INTERNAL[cat]])
  const all: readonly GuardCategory[] = ALL_CATEGORIES
  const scans = SCANS.map((cats) => cats.map((cat) => all.indexOf(cat)))
  const modes: MatchMode[] = [...CATEGORIES.map((cat) => MODES[cat]), ...DERIVED_CATEGORIES.map((cat) => DERIVED[cat].mode), ...INTERNAL_CATEGORIES.map((): MatchMode => 'contains')]
  const trie = new LexiconMatcher(lists, modes, scans)
  const bits = {} as Record<GuardCategory, CategoryBit>
  all.forEach((cat, k) => {
    const bit = categoryBit(k)
    bits[cat] = bit
    const { low, high } = bit
    const inHigh = (text: string): boolean => {
      trie.matchAll(text, 0, high)
      return trie.highMatched !== 0
    }
    out[cat] = { test: low !== 0 ? (text) => trie.matchAll(text, low, 0) !== 0 : inHigh }
  })
  const compiled = Object.freeze(out)
  cache.set(user, compiled)
  scanners.set(compiled, { bits: Object.freeze(bits), matcher: trie })
  return compiled
}
