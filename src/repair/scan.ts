/**
 * One pass over a block's text that finds what every repair needs to know before it runs: the broken-word
 * joins themselves (each word and each pair hashed as it is read), the counts of the English check of the
 * foreign-paragraph repair, and for the other rules a flag that is set wherever their trigger could match.
 * The repair stage scans each body block of an English document once and runs a rule only where its flag
 * is set, so the common block (plain English prose) costs this one pass and nothing else.
 */

import { GLUE_PREFIX_WORDS, GLUE_SUFFIX_WORDS, SPLIT_SUFFIXES } from '../lexicon/repair/function-words.js'
import { joinHash, mayBeJoinedWord, mayBeWord, rankOfHashedRanges } from '../lexicon/repair/words.js'
import { isCjk, isDigit, isHan, isLatinAlnum, isLatinLetter } from './chars.js'
import { CJK } from './context.js'
import { ENGLISH_SAMPLE, englishShareSettled, isFunctionCode, MAX_PACKED, packWord } from './english.js'
import { mayGlue, MIN_GLUED_LOWER } from './glued-words.js'
import { CANDIDATE as PUNCT_WORK } from './punct-space.js'
import { TRIGGER as QUOTE_WORK } from './quotes.js'

/** Flag: a lower-case run with a glue word's edge letters, or letters after a digit with a capital: glued words may split. */
export const MAY_GLUE = 1
/** Flag: a CJK character (full-width punctuation, script spacing, debris for glued words, Han terms in quotes). */
export const HAS_CJK = 2
/** Flag: where the quotes rule's trigger matches (`“` after `”` or a word, `”` before a word or after one). */
export const MAY_QUOTE = 4
/** Flag: where punct-space's trigger matches (`,;` before a letter or Han, `.:!?` before a capital). */
export const MAY_PUNCT = 8
/** Flag: a Latin letter outside ASCII (`é`, `ệ`). */
export const ACCENTED = 32
/** Flag: a character from U+0370 to U+1FFF that is no Latin letter: Greek, Cyrillic, Arabic… (CJK is `HAS_CJK`). */
export const OTHER_SCRIPT = 64

/** What `scanBlock` found. One object is reused: read it before the next scan. */
export interface BlockScan {
  /** The flags above. */
  flags: number
  /**
   * Words (Latin-letter runs) among the first `ENGLISH_SAMPLE` characters, meaningful when not `ACCENTED`;
   * counted until `englishShareSettled` holds, so `englishShare` of the counts is that of the whole sample.
   */
  sampleWords: number
  /** How many of those are English function words. */
  sampleHits: number
  /** ASCII letters in words; all of the block's ASCII letters when not `ACCENTED`. */
  letters: number
  /** Offsets of the spaces broken-words deletes, in order, or undefined (the common case). */
  joins: number[] | undefined
}

/** Longest suffix in `SPLIT_SUFFIXES` (`ization`). */
const MAX_SUFFIX = 7
/** First letters of `SPLIT_SUFFIXES`, a cheap test before the slice. */
const SUFFIX_START: ReadonlySet<number> = new Set([...SPLIT_SUFFIXES].map((x) => x.charCodeAt(0)))
/** A join shorter than this is as likely two real fragments (`a bout`) as one broken word. */
const MIN_JOINED = 6
/** The word list holds no longer word; longer letter runs are never looked up. */
const MAX_WORD = 255
/**
 * Letter triples that can start a run beginning with a glue prefix word, or end a run ending with a glue
 * suffix word, as bit sets over `tripleCode`; a two-letter glue word (`of`, `to`, `we`) marks every triple it
 * starts or ends. Most runs of five letters or more have no marked triple at either end. `initials` holds
 * the first letters (`letter & 31`) of the prefix words, a test before the first triple is read.
 */
const GLUE_EDGE: { readonly first: Int32Array; readonly last: Int32Array; readonly initials: number } = (() => {
  const first = new Int32Array(1 << 10)
  const last = new Int32Array(1 << 10)
  let initials = 0
  for (let x = 0x61; x <= 0x7a; x++) {
    for (const w of GLUE_PREFIX_WORDS) {
      const c = w.length >= 3 ? w.charCodeAt(2) : x
      setBit(first, tripleCode(w.charCodeAt(0), w.charCodeAt(1), c))
      initials |= 1 << (w.charCodeAt(0) & 31)
    }
    for (const w of GLUE_SUFFIX_WORDS) {
      const a = w.length >= 3 ? w.charCodeAt(w.length - 3) : x
      setBit(last, tripleCode(a, w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1)))
    }
  }
  return { first, last, initials }
})()

/** Three lower-case ASCII letters as one 15-bit code, five bits (`letter & 31`) each, the last lowest. */
function tripleCode(a: number, b: number, c: number): number {
  return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31)
}

/** Set bit `k` of a bit set. */
function setBit(bits: Int32Array, k: number): void {
  bits[k >>> 5]! |= 1 << (k & 31)
}

/** Whether bit `k` of a bit set is set. */
function hasBit(bits: Int32Array, k: number): boolean {
  return (bits[k >>> 5]! & (1 << (k & 31))) !== 0
}

/**
 * Whether `s[prevStart, prevEnd)` + space + `s[i, end)` is a broken word: the join is listed and one
 * fragment is not a word, or the second is a suffix a stray space cuts off. Only called when the join's
 * hash passed the Bloom filter.
 */
function isBrokenPair(s: string, prevStart: number, prevEnd: number, prevHash: number, prevIsWord: boolean | undefined, i: number, end: number, h: number, joined: number): [boolean, boolean] | undefined {
  if (rankOfHashedRanges(joined, s, prevStart, prevEnd, i, end) < 0) return undefined
  const isWordHere = listed(h, s, i, end)
  const fragment = !isWordHere || !(prevIsWord ?? listed(prevHash, s, prevStart, prevEnd)) || splitSuffix(s, i, end)
  return [fragment, isWordHere]
}

/** Whether the word `s[a, b)` (ASCII letters, hashed to `h`) is listed. */
function listed(h: number, s: string, a: number, b: number): boolean {
  return b - a <= MAX_WORD && mayBeWord(h) && rankOfHashedRanges(h, s, a, b, b, b) >= 0
}

/** Whether the word `s[i, end)` is one of the suffixes a stray space cuts off. */
function splitSuffix(s: string, i: number, end: number): boolean {
  return end - i <= MAX_SUFFIX && SUFFIX_START.has(s.charCodeAt(i)) && SPLIT_SUFFIXES.has(s.slice(i, end))
}

/**
 * Whether glued-words may split the ASCII letter run `s[i, end)`: a lower-case run at a token's start with a
 * glue word at one end that is no listed word, or letters with a capital right after a digit (`5GMajor`).
 * Camel-case and name splits need translation debris, which `HAS_CJK` stands for.
 *
 * @param upper whether the run has a capital
 * @param h the run's word hash
 * @param before the character before the run (`s[i - 1]`, 0 at the text's start)
 * @param last the run's last three letters (`tripleCode`; meaningful for five letters or more)
 */
function gluable(s: string, i: number, end: number, upper: boolean, h: number, before: number, last: number): boolean {
  // A run with a capital needs a digit before it; a lower-case one needs five letters and no digit before it.
  if (upper) return isDigit(before)
  if (end - i < MIN_GLUED_LOWER || isDigit(before)) return false
  // The letter triples at the run's ends first (table reads): most runs have no glue word at either end.
  const c = s.charCodeAt(i)
  const edge =
    hasBit(GLUE_EDGE.last, last) ||
    ((GLUE_EDGE.initials & (1 << (c & 31))) !== 0 && hasBit(GLUE_EDGE.first, tripleCode(c, s.charCodeAt(i + 1), s.charCodeAt(i + 2))))
  // A listed word is never split (`today`, `island`): the run's hash answers that, from the Bloom filter
  // and then the word table. The glue-word test first: of the runs with a marked triple most are listed
  // words (`written`, `together`) that no glue word fits either, and it reads no table.
  return edge && mayGlue(s, i, end) && !listed(h, s, i, end)
}

/**
 * Whether the quotes rule may have work at the curly quote `s[i]` (see its trigger), in the block
 * `s[from, to)`: nothing outside it is read.
 */
function quoteWork(s: string, from: number, to: number, i: number, c: number): boolean {
  const p = i > from ? s.charCodeAt(i - 1) : NaN
  if (c === 0x201c) return p === 0x201d || isLatinAlnum(p)
  if (isHan(p) || (i + 1 < to && isLatinAlnum(s.charCodeAt(i + 1)))) return true
  let k = i - 1
  while (k >= from && s.charCodeAt(k) === 0x20) k--
  return k >= from && isLatinAlnum(s.charCodeAt(k))
}

/** Whether punct-space's trigger matches at the ASCII mark `s[i]` (`c`) of the block that ends at `to`. */
function punctWork(s: string, to: number, i: number, c: number): boolean {
  const next = i + 1 < to ? s.charCodeAt(i + 1) : NaN
  if (c === 0x2c || c === 0x3b) return ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) || (next >= 0x3400 && isHan(next))
  if (c === 0x2e || c === 0x3a || c === 0x21 || c === 0x3f) return next >= 0x41 && next <= 0x5a
  return false
}

/**
 * Where `scanMarks` can set a flag, as one native scan: `,;` before a letter or Han, `.:!?` before a capital,
 * a curly double quote, or a CJK character (`isCjk`). Most blocks of a page have none of them.
 */
const ANY_MARK =
  /[,;][A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[.:!?][A-Z]|[\u201c\u201d\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/

/**
 * The flags of `scanBlock` that need no word read (`HAS_CJK`, `MAY_QUOTE`, `MAY_PUNCT`), for a block of a
 * document whose words no repair reads (not English): a native test for any of them first (most blocks of
 * a page have none), then one native test per flag, each the exact pattern of the character tests
 * `scanBlock` runs: punct-space's and the quotes rule's own triggers (what `punctWork` and `quoteWork`
 * test at a mark) and `CJK` (`isCjk`).
 *
 * @param s the block's text
 * @returns the flags, as `scanBlock` would set them
 */
export function scanMarks(s: string): number {
  if (!ANY_MARK.test(s)) return 0
  let flags = 0
  if (CJK.test(s)) flags |= HAS_CJK
  if (PUNCT_WORK.test(s)) flags |= MAY_PUNCT
  if ((s.indexOf('”') >= 0 || s.indexOf('“') >= 0) && QUOTE_WORK.test(s)) flags |= MAY_QUOTE
  return flags
}

const SCAN: BlockScan = { flags: 0, sampleWords: 0, sampleHits: 0, letters: 0, joins: undefined }

/**
 * Scan a block's text once (see the module comment). Broken-word joins are exactly those of the
 * broken-words rule; the flags are supersets of the other rules' triggers. The text may be a range of a
 * longer string (the document source, for a block that is its source span as it stands): nothing
 * outside the range is read.
 *
 * @param s the block's text, or a string holding it
 * @param from where the block's text starts in `s`
 * @param to where it ends
 * @returns the scan, a shared object valid until the next call; join offsets are from `from`
 */
export function scanBlock(s: string, from = 0, to = s.length): BlockScan {
  // End of the sample the function words are counted in; moved back to `from` once the share is certain.
  let sample = from + Math.min(to - from, ENGLISH_SAMPLE)
  let flags = 0
  let sampleWords = 0
  let sampleHits = 0
  let letters = 0
  let joins: number[] | undefined
  let prevStart = -1
  let prevEnd = -1
  let prevHash = 0
  // Whether the previous fragment is a word, carried over so each word is looked up once.
  let prevIsWord: boolean | undefined
  // The last character read that is no letter: a word starts right after it, so it is `s[i - 1]` there.
  let before = 0
  let i = from
  while (i < to) {
    const c = s.charCodeAt(i)
    const lower = c | 0x20
    if (lower < 0x61 || lower > 0x7a) {
      before = c
      if (c < 0x80) {
        if (c !== 0x20 && (flags & MAY_PUNCT) === 0 && punctWork(s, to, i, c)) flags |= MAY_PUNCT
        i++
        continue
      }
      if (c < 0x2000 && isLatinLetter(c)) {
        // An accented letter and the ASCII letters after it are one word (`Việt`): no fragment.
        flags |= ACCENTED
        i++
        while (i < to && isLatinLetter(s.charCodeAt(i))) i++
        continue
      }
      if (c === 0x201c || c === 0x201d) {
        if (quoteWork(s, from, to, i, c)) flags |= MAY_QUOTE
      } else if (c >= 0x370 && c < 0x2000) flags |= OTHER_SCRIPT
      else if (c >= 0x3000 && isCjk(c)) flags |= HAS_CJK
      i++
      continue
    }
    // An ASCII word: every letter run starts after a character that is no letter. Its first letter is read.
    // The word list's hash (`wordHashStep`), stepped inline: the first letter's digit, 1–26.
    let h = lower - 0x60
    let upper = c ^ lower
    // The last three letters (`tripleCode`, in the low 15 bits).
    let last = lower & 31
    let end = i + 1
    // The character that ends the run, when there is one.
    let after = 0
    for (; end < to; end++) {
      after = s.charCodeAt(end)
      const l = after | 0x20
      if (l < 0x61 || l > 0x7a) break
      upper |= after ^ l
      h = (Math.imul(h, 27) + (l - 0x60)) | 0
      last = (last << 5) | (l & 31)
    }
    if (end < to && after >= 0xc0 && isLatinLetter(after)) {
      // The ASCII run ends in an accented letter: part of a longer word, not a fragment.
      flags |= ACCENTED
      prevStart = -1
      prevEnd = -1
      prevIsWord = undefined
      i = end + 1
      while (i < to && isLatinLetter(s.charCodeAt(i))) i++
      continue
    }
    const len = end - i
    letters += len
    if (i < sample) {
      sampleWords++
      const code = end <= sample ? (len <= MAX_PACKED ? h : -1) : packWord(s, i, sample)
      if (isFunctionCode(code) && englishShareSettled(sampleWords, ++sampleHits, Math.max(sample - end, 0))) sample = from
    }
    if ((flags & MAY_GLUE) === 0 && gluable(s, i, end, upper !== 0, h, before, last & 0x7fff)) flags |= MAY_GLUE
    let isWordHere: boolean | undefined
    const pair = c === lower && prevEnd === i - 1 && before === 0x20
    // The join is tested first: two words rarely make a third, and a miss is answered by the Bloom filter.
    if (pair && end - prevStart - 1 >= MIN_JOINED && end - prevStart - 1 <= MAX_WORD) {
      if (mayBeJoinedWord(prevHash, h, len)) {
        const joined = joinHash(prevHash, h, len)
        const verdict = isBrokenPair(s, prevStart, prevEnd, prevHash, prevIsWord, i, end, h, joined)
        if (verdict !== undefined) {
          if (verdict[0]) {
            ;(joins ??= []).push(prevEnd - from)
            // A joined word does not join again with the next fragment.
            prevStart = -1
            prevEnd = -1
            prevIsWord = undefined
            i = end
            continue
          }
          isWordHere = verdict[1]
        }
      }
    }
    prevIsWord = isWordHere
    prevStart = i
    prevEnd = end
    prevHash = h
    i = end
  }
  SCAN.flags = flags
  SCAN.sampleWords = sampleWords
  SCAN.sampleHits = sampleHits
  SCAN.letters = letters
  SCAN.joins = joins
  return SCAN
}
