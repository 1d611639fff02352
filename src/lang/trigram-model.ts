import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'
import { isModelLanguage } from './iso639.js'

/**
 * franc's answer among the languages the detector weighs, `franc(value, { minLength: 10, ignore:
 * IGNORED_LANGUAGES })`, computed from its own data in far less time.
 *
 * franc builds an object of trigram counts, turns it into sorted tuples, and looks each trigram up in
 * each of up to 81 language models (plain objects of 300 trigrams): on a 1000-character Latin text that
 * is some 50 000 property lookups, and it finds the top script by running 30 global regexes that each
 * make an array of every match. Here each trigram is a small integer, counted in one hash table of every
 * language's model for the script (trigrams no model has add the same distance to every language and are
 * skipped), each distinct one is compared once with the languages that have it, and each code unit's
 * scripts are read from a table (texts with surrogates, rare, are matched with franc's expressions as
 * franc does). The sum of distances is an integer (exact in any order), ties go to the first language in
 * franc's order as its stable sort gives, so the answer is franc's own. franc's own module is not loaded:
 * it would build its models at start-up.
 */

/** franc's constants: longest text read, shortest text with an answer (as the detector asks), the distance of a missing trigram. */
const MAX_LENGTH = 2048
const MIN_LENGTH = 10
const MAX_DIFFERENCE = 300
const UNDETERMINED = 'und'

/** franc's scripts, in the order it tries them (the first of equal counts wins). */
const SCRIPT_NAMES = Object.keys(expressions)
/** Each script's expression without the global flag, to test one code unit. */
const SCRIPT_TESTS = SCRIPT_NAMES.map((name) => new RegExp(expressions[name]!.source, expressions[name]!.flags.replace('g', '')))
/**
 * Per BMP code unit that is not a surrogate: a bit per script of `SCRIPT_NAMES` whose expression matches
 * it, and `KNOWN` once computed. Every part of franc's expressions longer than one code unit starts with a
 * high surrogate, so in a text without surrogates a match is one code unit and matches on its own as in context.
 */
const SCRIPT_BITS = new Int32Array(0x10000)
const KNOWN = 1 << 30
/** Matches per script in the last `topScript`. */
const SCRIPT_MATCHES = new Int32Array(SCRIPT_NAMES.length)

/** The `SCRIPT_BITS` of a code unit not yet met, computed and remembered. */
function newScriptBits(c: number): number {
  const ch = String.fromCharCode(c)
  let bits = KNOWN
  for (let s = 0; s < SCRIPT_TESTS.length; s++) if (SCRIPT_TESTS[s]!.test(ch)) bits |= 1 << s
  SCRIPT_BITS[c] = bits
  return bits
}

/**
 * The index of franc's top script of `value`: the first with the most matches (the share franc compares has
 * the same denominator for all). Matches are left in `SCRIPT_MATCHES`. A text with a surrogate is counted
 * as franc counts it, with the global expressions (a match may take two code units there).
 */
function topScript(value: string): number {
  const matches = SCRIPT_MATCHES
  matches.fill(0)
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      countWithExpressions(value)
      break
    }
    let bits = (SCRIPT_BITS[c] || newScriptBits(c)) & ~KNOWN
    for (; bits !== 0; bits &= bits - 1) matches[31 - Math.clz32(bits & -bits)]!++
  }
  let top = 0
  for (let s = 1; s < matches.length; s++) if (matches[s]! > matches[top]!) top = s
  return top
}

/** Count the matches of each script's expression in `value` into `SCRIPT_MATCHES`, as franc does. */
function countWithExpressions(value: string): void {
  for (let s = 0; s < SCRIPT_NAMES.length; s++) SCRIPT_MATCHES[s] = value.match(expressions[SCRIPT_NAMES[s]!]!)?.length ?? 0
}

/**
 * The languages of franc's models the detector does not weigh (those `isModelLanguage` rejects), in
 * franc's order: franc's `ignore` option with these gives the answers `trigramLanguage` gives.
 */
export const IGNORED_LANGUAGES: readonly string[] = Object.freeze([
  ...new Set(Object.values(data).flatMap((byLanguage) => Object.keys(byLanguage).filter((language) => !isModelLanguage(language)))),
])

/** The languages of one script's models that the detector weighs, in franc's order. */
function weighedLanguages(script: string): string[] {
  return Object.keys(data[script]!).filter(isModelLanguage)
}

/**
 * Every character of the weighed models, numbered from 1 (0 for the rest): a trigram is then one small integer,
 * `(a * size + b) * size + c`. A text's trigram with any other character is in no model; it adds the same
 * distance to every language, so it is not counted at all.
 */
interface Alphabet {
  readonly index: Uint16Array
  readonly size: number
}
let alphabet: Alphabet | undefined

/** The alphabet of the weighed models, built on first use. */
export function alphabetOf(): Alphabet {
  if (alphabet !== undefined) return alphabet
  const index = new Uint16Array(0x10000)
  let size = 1
  for (const script of Object.keys(data)) {
    for (const language of weighedLanguages(script)) {
      const model = data[script]![language]!
      for (let i = 0; i < model.length; i++) {
        const c = model.charCodeAt(i)
        if (index[c] === 0) index[c] = size++
      }
    }
  }
  return (alphabet = { index, size })
}

/** The key of the trigram of alphabet indexes `a b c` (each at least 1). */
function trigramKey(a: number, b: number, c: number, size: number): number {
  return (a * size + b) * size + c
}

/**
 * One script's language models, indexed by trigram: each trigram's key is found in an open-addressing
 * table (`keys`, `slotOf`) that gives its slot; the slot has a run of `langs`/`ranks` entries, `start[slot]`
 * to `start[slot + 1]`, one per language whose model has it, with its rank there (its first position in
 * franc's list, as franc's dictionary keeps it).
 */
interface ScriptModels {
  readonly languages: readonly string[]
  readonly keys: Int32Array
  readonly slotOf: Int32Array
  readonly start: Int32Array
  readonly langs: Uint8Array
  readonly ranks: Int32Array
  /** Per slot, the count of the text being read (all 0 between texts). */
  readonly counts: Int32Array
}

/** The models of each script franc has models for, built the first time the script is met. */
const MODELS = new Map<string, ScriptModels>()

/** The first place of `key` in a hash table of `mask + 1` places. */
function hashPlace(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 12) & mask
}

/** The slot of `key` in a script's table, or -1 when no model has the trigram. */
function slotOfKey(models: ScriptModels, key: number): number {
  const { keys, slotOf } = models
  const mask = keys.length - 1
  for (let place = hashPlace(key, mask); ; place = (place + 1) & mask) {
    const k = keys[place]!
    if (k === key) return slotOf[place]!
    if (k === 0) return -1
  }
}

/**
 * Index the models franc has for `script`: one pass collects each language's trigrams (the first rank of a
 * repeated one, as franc's dictionary keeps it) under a slot per distinct trigram, a second groups them by
 * slot. A trigram of other than three code units can never match one of a text, and is left out.
 */
function buildModels(script: string): ScriptModels {
  const { index, size } = alphabetOf()
  const byLanguage = data[script]!
  const languages = weighedLanguages(script)
  const slots = new Map<number, number>()
  /** The last language that listed each slot's trigram, and how many did. */
  const lastLanguage: number[] = []
  const perSlot: number[] = []
  const entrySlots: number[] = []
  const entryLangs: number[] = []
  const entryRanks: number[] = []
  languages.forEach((language, l) => {
    const trigrams = byLanguage[language]!.split('|')
    for (let rank = 0; rank < trigrams.length; rank++) {
      const t = trigrams[rank]!
      if (t.length !== 3) continue
      const key = trigramKey(index[t.charCodeAt(0)]!, index[t.charCodeAt(1)]!, index[t.charCodeAt(2)]!, size)
      let slot = slots.get(key)
      if (slot === undefined) {
        slot = slots.size
        slots.set(key, slot)
        lastLanguage.push(-1)
        perSlot.push(0)
      }
      if (lastLanguage[slot] === l) continue
      lastLanguage[slot] = l
      perSlot[slot]!++
      entrySlots.push(slot)
      entryLangs.push(l)
      entryRanks.push(rank)
    }
  })
  const start = new Int32Array(slots.size + 1)
  for (let slot = 0; slot < slots.size; slot++) start[slot + 1] = start[slot]! + perSlot[slot]!
  const next = start.slice(0, slots.size)
  const langs = new Uint8Array(entrySlots.length)
  const ranks = new Int32Array(entrySlots.length)
  for (let e = 0; e < entrySlots.length; e++) {
    const j = next[entrySlots[e]!]!++
    langs[j] = entryLangs[e]!
    ranks[j] = entryRanks[e]!
  }
  // At most half full, so a search for a trigram no model has ends soon.
  const places = 1 << Math.ceil(Math.log2(slots.size * 2 + 2))
  const keys = new Int32Array(places)
  const slotOf = new Int32Array(places)
  for (const [key, slot] of slots) {
    let place = hashPlace(key, places - 1)
    while (keys[place] !== 0) place = (place + 1) & (places - 1)
    keys[place] = key
    slotOf[place] = slot
  }
  return { languages, keys, slotOf, start, langs, ranks, counts: new Int32Array(slots.size) }
}

/** The models of a script, built on first use. */
function modelsOf(script: string): ScriptModels {
  let models = MODELS.get(script)
  if (models === undefined) MODELS.set(script, (models = buildModels(script)))
  return models
}

/** The slots the last `countTrigrams` counted, in the order first met (grown as needed). */
let touched = new Int32Array(MAX_LENGTH + 2)

/**
 * Count the trigrams of `value` that some model of `models` has, as franc's `trigram-utils` cleans and pads
 * the text, into `models.counts`; their slots are listed in `touched`.
 *
 * @returns how many slots were touched
 */
function countTrigrams(value: string, models: ScriptModels): number {
  const { index, size } = alphabetOf()
  // Its `clean`: runs of ASCII punctuation and digits to a space, white space collapsed, trimmed, lower-cased.
  const cleaned = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
  const padded = ' ' + cleaned + ' '
  if (touched.length < padded.length) touched = new Int32Array(padded.length)
  const counts = models.counts
  let n = 0
  // The alphabet indexes of the trigram's first two code units (0 for a character no model has).
  let x = index[padded.charCodeAt(0)]!
  let y = index[padded.charCodeAt(1)]!
  for (let i = 2; i < padded.length; i++) {
    const z = index[padded.charCodeAt(i)]!
    if (x !== 0 && y !== 0 && z !== 0) {
      const slot = slotOfKey(models, trigramKey(x, y, z, size))
      if (slot >= 0 && counts[slot]!++ === 0) touched[n++] = slot
    }
    x = y
    y = z
  }
  return n
}

/** Distances per language of the last `closestLanguage`, grown as needed. */
let distances = new Float64Array(64)

/**
 * The language of `models` whose model is closest to the `n` trigrams counted (the first of equals, as
 * franc's stable sort leaves them); the counts are cleared for the next text.
 */
function closestLanguage(models: ScriptModels, n: number): string {
  const { start, langs, ranks, counts } = models
  const languages = models.languages.length
  if (distances.length < languages) distances = new Float64Array(languages)
  const d = distances
  d.fill(0, 0, languages)
  // Every trigram costs MAX_DIFFERENCE in a model that lacks it; a model that has it costs the gap between
  // the count and the rank instead, so that is added as a correction.
  for (let t = 0; t < n; t++) {
    const slot = touched[t]!
    const count = counts[slot]!
    counts[slot] = 0
    for (let j = start[slot]!, end = start[slot + 1]!; j < end; j++) d[langs[j]!]! += Math.abs(count - ranks[j]! - 1) - MAX_DIFFERENCE
  }
  let best = 0
  for (let l = 1; l < languages; l++) if (d[l]! < d[best]!) best = l
  return models.languages[best]!
}

/**
 * The language franc gives a text among the weighed ones, `franc(value, { minLength: 10, ignore:
 * IGNORED_LANGUAGES })`, exactly.
 *
 * @param value the text
 * @returns an ISO 639-3 code, or `und`
 */
export function trigramLanguage(value: string): string {
  if (value.length < MIN_LENGTH) return UNDETERMINED
  const text = value.length > MAX_LENGTH ? value.slice(0, MAX_LENGTH) : value
  const top = topScript(text)
  const script = SCRIPT_NAMES[top]!
  if (!Object.prototype.hasOwnProperty.call(data, script)) return SCRIPT_MATCHES[top] === 0 ? UNDETERMINED : script
  const models = modelsOf(script)
  // franc answers `und` when every language of the script is ignored (none is, with franc's data today).
  if (models.languages.length === 0) return UNDETERMINED
  return closestLanguage(models, countTrigrams(text, models))
}
