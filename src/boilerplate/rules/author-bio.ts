import { isSpaceCode } from '../../core/chars.js'
import type { CompiledLexicon } from '../../lexicon/boilerplate/index.js'
import type { BoilerplateRule } from '../rule.js'
import { articleGoesOn } from '../tail.js'
import { BIO_LINE_MAX_WORDS, BIO_MAX_WORDS, MARKER_MAX_WORDS } from '../thresholds.js'
import type { BlockView, RuleEnv } from '../view.js'

/**
 * Drops an author bio: a box under a label (`Author: Emma`, `About the author`, `作者简介`) or under the
 * author's name (`About Jane Doe`, `Sobre Rafael Moreira`) with the bio paragraph after it, and a one-line bio
 * after the article (`Jane Doe is a reporter for …`) whose name is the page's byline or stands above it.
 */
export const authorBio: BoilerplateRule = {
  id: 'boilerplate/author-bio',
  description: 'author bio: labelled box, or a one-line bio of the byline after the article',
  scope: 'line',
  maxWords: BIO_LINE_MAX_WORDS,
  match(views, i, env) {
    const v = views[i]!
    if (v.words <= MARKER_MAX_WORDS && env.lex.bioLabel.test(v.text)) {
      const bio = views[i + 1]
      // Without a bio after it, `Author: X` is a credit line for the metadata stage, not a box.
      return bio !== undefined && bio.words <= BIO_MAX_WORDS && env.lex.bioWord.test(bio.text) ? 2 : 0
    }
    if (v.words <= NAME_LABEL_MAX_WORDS) {
      const named = namedBox(views, i, env)
      if (named > 0) return named
    }
    const name = oneLineBio(v, env.lex)
    return name !== undefined && bylineAbove(views, i, name) && !articleGoesOn(views, i, env) ? 1 : 0
  },
}

/** Words of a line that is a name (`Jane Doe`) or a name under a label (`About Jane Doe`, `À propos de Jane Doe`). */
const NAME_LABEL_MAX_WORDS = 6
/** Words of a spaced-script name: a given name and a surname, with middle names or particles (`Maria da Silva`). */
const NAME_MIN_TOKENS = 2
const NAME_MAX_TOKENS = 4
/** Characters of a Han name: a surname and a given name (`李明`, `欧阳小红`). */
const HAN_NAME_MIN = 2
const HAN_NAME_MAX = 4
/** A byline line (`By Jane Doe`, `Jane Doe 27/09/2018`) is short: a name and a word or a date. */
const BYLINE_MAX_WORDS = 12
/** Words of a one-line bio at the least: a name, a copula and a trade (`Jane Doe is a reporter`). */
const BIO_LINE_MIN_WORDS = 3
/** Sentences of a one-line bio. */
const BIO_LINE_MAX_SENTENCES = 2
/** Characters after the name in which a one-line bio names the trade (`is a senior political correspondent`). */
const ROLE_WITHIN = 60

const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
/** A unit of a name besides its letters: `O’Brien`, `Jean-Pierre`, `J.`, accents written as marks. */
const NAME_UNIT = /[\p{L}\p{M}'’.-]/u
const HAN = /\p{Script=Han}/u
const CLAUSE_END = /[,.;:!?，。；：！？]/u
const SENTENCE_END = /[.!?。！？]/u
/** A lower-case particle inside a name (`da`, `de`, `van`, `bin`) has at most this many letters. */
const PARTICLE_MAX = 3

/**
 * The box `About Jane Doe` / `Sobre Rafael Moreira` and its bio, or the name `Jane Doe` on its own line over
 * her one-line bio, when the article ends there.
 *
 * @returns 2 (label and bio), 0 when the lines are no such box
 */
function namedBox(views: readonly BlockView[], i: number, env: RuleEnv): number {
  const next = views[i + 1]
  if (next === undefined || next.words > BIO_MAX_WORDS || next.words < BIO_LINE_MIN_WORDS) return 0
  const text = views[i]!.text.trim()
  // A name ends the line: most short lines are not even worth a look.
  if (!nameLetterAt(text, text.length - 1)) return 0
  // `Jane Doe` over `Jane Doe is a reporter for …`.
  if (next.text.trimStart().startsWith(text) && isName(text) && oneLineBio(next, env.lex) === text) return articleGoesOn(views, i + 1, env) ? 0 : 2
  const name = env.lex.bioAboutLead.test(text) ? nameUnderLabel(text, env.lex) : undefined
  if (name === undefined) return 0
  // The paragraph after `About Jane Doe` is about her: her name with a copula (`Jane Doe is …`), or bio vocabulary.
  const at = indexOfName(next.text, name)
  if (at < 0) return 0
  const about = env.lex.bioCopula.test(next.text.slice(at + name.length)) || env.lex.bioWord.test(next.text) || env.lex.bioRole.test(next.text)
  return about && !articleGoesOn(views, i + 1, env) ? 2 : 0
}

/**
 * The name a one-line bio is about: a short paragraph (one or two sentences) that opens with a person's
 * name and a copula and names a writer's trade in its first clause (`Jane Doe is a freelance writer living
 * in Lisbon`, `李明是本报记者`).
 *
 * @returns the name, undefined when the block is no such bio
 */
export function oneLineBio(v: BlockView, lex: CompiledLexicon): string | undefined {
  if (v.words > BIO_LINE_MAX_WORDS || v.words < BIO_LINE_MIN_WORDS) return undefined
  const text = v.text.trim()
  if (!(upperAt(text, 0) ? secondWordUpper(text) : hanAt(text, 0))) return undefined
  const found = nameEnds(text)
  for (let k = 0; k < found; k++) {
    const end = ENDS[k]!
    const rest = text.slice(end)
    if (!lex.bioCopula.test(rest)) continue
    if (sentences(text) > BIO_LINE_MAX_SENTENCES) return undefined
    return lex.bioRole.test(firstClause(rest)) ? text.slice(0, end) : undefined
  }
  return undefined
}

/** The ends `nameEnds` found (reused: the rule asks about most short blocks of a page). */
const ENDS = new Int32Array(NAME_MAX_TOKENS + HAN_NAME_MAX)

/**
 * Where a name may end at the start of a text: after two to four capitalised words (particles such as
 * `da` between them), or after two to four Han characters. The ends are written to `ENDS`.
 *
 * @returns how many ends were found
 */
function nameEnds(text: string): number {
  let found = 0
  if (hanAt(text, 0)) {
    for (let k = HAN_NAME_MIN; k <= HAN_NAME_MAX && k <= text.length && hanAt(text, k - 1); k++) ENDS[found++] = k
    return found
  }
  let pos = 0
  for (let t = 0; t < NAME_MAX_TOKENS && pos < text.length; t++) {
    let end = pos
    while (end < text.length && !spaceAt(text, end)) end++
    const kind = tokenKind(text, pos, end)
    if (kind === CAPITALISED) {
      if (t + 1 >= NAME_MIN_TOKENS) ENDS[found++] = end
    } else if (kind !== PARTICLE || t === 0) break
    pos = end
    while (pos < text.length && spaceAt(text, pos)) pos++
  }
  return found
}

const CAPITALISED = 1
const PARTICLE = 2

/** A word of a name (`Jane`, `O’Brien`, `J.`: `CAPITALISED`), a particle between such words (`da`, `van`: `PARTICLE`), or 0. */
function tokenKind(text: string, from: number, to: number): number {
  if (from >= to) return 0
  if (upperAt(text, from)) {
    for (let k = from + 1; k < to; k++) if (!nameUnitAt(text, k)) return 0
    return CAPITALISED
  }
  if (to - from > PARTICLE_MAX) return 0
  for (let k = from; k < to; k++) if (!lowerAt(text, k)) return 0
  return PARTICLE
}

/**
 * Whether the second word of a text may go on a name: a capitalised word or a particle (`Jane Doe is…`,
 * `Maria da Silva é…`; not `The council…`). Most lines fail here, before their words are looked at.
 */
function secondWordUpper(text: string): boolean {
  let k = 0
  while (k < text.length && !spaceAt(text, k)) k++
  while (k < text.length && spaceAt(text, k)) k++
  if (upperAt(text, k)) return true
  let end = k
  while (end < text.length && lowerAt(text, end)) end++
  return end > k && end - k <= PARTICLE_MAX && spaceAt(text, end)
}

/** Whether a line is a name and nothing else: `Jane Doe`, `Maria da Silva`, `李明`. */
function isName(text: string): boolean {
  const found = nameEnds(text)
  return found > 0 && ENDS[found - 1] === text.length
}

/**
 * The name under a bio label (`About Jane Doe`, `Sobre Rafael Moreira`, `关于李明`, `À propos d'Élodie
 * Martin`): a name at the line's end whose lead is wholly a `bioAbout` phrase, which may end in an elided
 * article or preposition (`d'`, `dell'`) written against the name.
 *
 * @returns the name, undefined when the line is no such label
 */
function nameUnderLabel(text: string, lex: CompiledLexicon): string | undefined {
  let cut = text.length
  while (cut > 0 && (spaceAt(text, cut - 1) || text[cut - 1] === ':' || text[cut - 1] === '：')) cut--
  const label = text.slice(0, cut)
  // Where the name may start: a word start (spaced scripts) or a Han character near the end.
  const starts: number[] = []
  if (hanAt(label, label.length - 1)) {
    for (let k = HAN_NAME_MIN; k <= HAN_NAME_MAX && k < label.length && hanAt(label, label.length - k); k++) starts.push(label.length - k)
  } else {
    for (let k = 1; k < label.length; k++) if ((spaceAt(label, k - 1) || elidedAt(label, k - 1)) && !spaceAt(label, k)) starts.push(k)
  }
  for (const start of starts) {
    const name = label.slice(start)
    if (isName(name) && lex.bioAbout.test(label.slice(0, start))) return name
  }
  return undefined
}

/** Whether `s[i]` is the apostrophe of an elision (`d'`, `dell’`): after a letter. */
function elidedAt(s: string, i: number): boolean {
  return (s[i] === "'" || s[i] === '’') && nameLetterAt(s, i - 1)
}

/** Whether a line before block `i` is the byline of `name`: a short line with the name at its start or after one word. */
function bylineAbove(views: readonly BlockView[], i: number, name: string): boolean {
  const han = hanAt(name, 0)
  for (let j = 0; j < i; j++) {
    const v = views[j]!
    if (v.words > BYLINE_MAX_WORDS) continue
    const at = indexOfName(v.text, name)
    if (at < 0) continue
    if (han) return true
    const lead = v.text.slice(0, at).trim()
    if (lead === '' || !/\s/u.test(lead)) return true
  }
  return false
}

/** Where `name` stands in `text` as whole words, -1 when it does not. */
function indexOfName(text: string, name: string): number {
  const han = hanAt(name, 0)
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (han || (!nameLetterAt(text, at - 1) && !nameLetterAt(text, at + name.length))) return at
  }
  return -1
}

/** What follows the name up to the first clause break, at most `ROLE_WITHIN` characters. */
function firstClause(rest: string): string {
  const head = rest.slice(0, ROLE_WITHIN)
  const stop = head.search(CLAUSE_END)
  return stop < 0 ? head : head.slice(0, stop)
}

/** The sentences of a text: terminal marks before a space or the end, not after an initial (`J. Smith`). */
function sentences(text: string): number {
  let n = 0
  for (let k = 0; k < text.length; k++) {
    if (!SENTENCE_END.test(text[k]!)) continue
    if (k + 1 < text.length && !spaceAt(text, k + 1)) continue
    // `J.` within a name ends nothing.
    if (k >= 1 && upperAt(text, k - 1) && (k === 1 || spaceAt(text, k - 2))) continue
    n++
  }
  // A text without a final mark is a sentence too.
  return SENTENCE_END.test(text[text.length - 1] ?? '') ? n : n + 1
}

/** Whether `s[i]` is white space (`isSpaceCode`; false outside the string). */
function spaceAt(s: string, i: number): boolean {
  return isSpaceCode(s.charCodeAt(i))
}

/** Whether `s[i]` is an upper-case letter. */
function upperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  return i < s.length && UPPER.test(s[i]!)
}

/** Whether `s[i]` is a lower-case letter. */
function lowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 0x80) return c >= 0x61 && c <= 0x7a
  return i < s.length && LOWER.test(s[i]!)
}

/** Whether `s[i]` may stand inside a name's word: a letter, a mark, an apostrophe, a hyphen or a full stop. */
function nameUnitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2d || c === 0x2e
  return i < s.length && NAME_UNIT.test(s[i]!)
}

/** Whether `s[i]` is a letter of a name (the unit a name starts or ends with); false outside the string. */
function nameLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false
  const c = s.charCodeAt(i)
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  return NAME_UNIT.test(s[i]!) && s[i] !== '’'
}

/** Whether `s[i]` is a Han character. */
function hanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  return c >= 0x2e80 && i < s.length && HAN.test(s[i]!)
}
