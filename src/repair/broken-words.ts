import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { SPLIT_SUFFIXES } from '../lexicon/repair/function-words.js'
import { mayBeWord, rankOfHashedRanges, WORD_HASH_SEED, wordHashStep } from '../lexicon/repair/words.js'
import { isLatinLetter } from './chars.js'
import { isEnglishDoc } from './context.js'

/** Longest suffix in `SPLIT_SUFFIXES` (`ization`). */
const MAX_SUFFIX = 7
/** First letters of `SPLIT_SUFFIXES`, a cheap test before the slice. */
const SUFFIX_START: ReadonlySet<number> = new Set([...SPLIT_SUFFIXES].map((x) => x.charCodeAt(0)))
/** A join shorter than this is as likely two real fragments (`a bout`) as one broken word. */
const MIN_JOINED = 6
/** The word list holds no longer word; longer letter runs are never looked up. */
const MAX_WORD = 255

/**
 * Whether `s[a0, a1)` followed by `s[b0, b1)` (ASCII letters, hashed to `h`) is a listed word. The Bloom
 * test comes first, so the common miss costs no table probe.
 */
function listed(h: number, s: string, a0: number, a1: number, b0: number, b1: number): boolean {
  return a1 - a0 + (b1 - b0) <= MAX_WORD && mayBeWord(h) && rankOfHashedRanges(h, s, a0, a1, b0, b1) >= 0
}

/** Whether the word `s[i, end)` after a joinable fragment is one of the suffixes a stray space cuts off. */
function splitSuffix(s: string, i: number, end: number): boolean {
  return end - i <= MAX_SUFFIX && SUFFIX_START.has(s.charCodeAt(i)) && SPLIT_SUFFIXES.has(s.slice(i, end))
}

/**
 * Join a word broken by a stray space (`app lication` → `application`, `infor mation` → `information`) when
 * one fragment is not a word and the join is. Word pairs stay (`app developers`, `pre school`), and so do
 * names: the second fragment must start in lower case.
 *
 * Runs in English documents (`doc.lang` `en` or unknown) only. One pass over the block: each ASCII word is
 * hashed as it is read, together with its join to the word before when the two are one space apart, so a
 * pair costs one Bloom-filter bit test and no slice; the table is probed only on a Bloom hit.
 */
export const brokenWords: BlockRule = {
  id: 'repair/broken-words',
  description: 'Delete a space inside a broken word when a fragment is not a word and the join is.',
  // A join needs a letter, one space, and a lower-case letter.
  trigger: /[A-Za-z] [a-z]/,
  apply: (block, _ctx, doc) => {
    if (!isEnglishDoc(doc)) return block
    const s = block.text
    const n = s.length
    let edits: TextEdit[] | undefined
    let prevStart = -1
    let prevEnd = -1
    let prevHash = 0
    // Whether the previous fragment is a word, carried over so each word is looked up once.
    let prevIsWord: boolean | undefined
    let i = 0
    while (i < n) {
      const c = s.charCodeAt(i)
      const lower = c | 0x20
      if (lower < 0x61 || lower > 0x7a) {
        i++
        continue
      }
      // ASCII letters right after an accented letter belong to its word (`Việt`): not a fragment.
      if (i > 0 && isLatinLetter(s.charCodeAt(i - 1))) {
        while (i < n && isLatinLetter(s.charCodeAt(i))) i++
        continue
      }
      // A fragment one space after the previous one, starting in lower case, may join it.
      const pair = prevEnd === i - 1 && s.charCodeAt(prevEnd) === 0x20 && c === lower
      let h = WORD_HASH_SEED
      let joined = prevHash
      let end = i
      if (pair) {
        for (; end < n; end++) {
          const l = s.charCodeAt(end) | 0x20
          if (l < 0x61 || l > 0x7a) break
          h = wordHashStep(h, l)
          joined = wordHashStep(joined, l)
        }
      } else {
        for (; end < n; end++) {
          const l = s.charCodeAt(end) | 0x20
          if (l < 0x61 || l > 0x7a) break
          h = wordHashStep(h, l)
        }
      }
      if (end < n && isLatinLetter(s.charCodeAt(end))) {
        // The ASCII run ends in an accented letter: part of a longer word, not a fragment.
        prevStart = -1
        prevEnd = -1
        prevIsWord = undefined
        i = end + 1
        while (i < n && isLatinLetter(s.charCodeAt(i))) i++
        // The character after the run is no letter and starts nothing.
        i++
        continue
      }
      let isWordHere: boolean | undefined
      // The join is tested first: two words rarely make a third, and a miss is answered by the Bloom filter.
      if (pair && end - prevStart - 1 >= MIN_JOINED && listed(joined, s, prevStart, prevEnd, i, end)) {
        isWordHere = listed(h, s, i, end, i, i)
        const fragment = !isWordHere || !(prevIsWord ?? listed(prevHash, s, prevStart, prevEnd, i, i)) || splitSuffix(s, i, end)
        if (fragment) {
          ;(edits ??= []).push({ from: prevEnd, to: i, text: '', rule: brokenWords.id })
          // A joined word does not join again with the next fragment.
          prevStart = -1
          prevEnd = -1
          prevIsWord = undefined
          i = end
          continue
        }
      }
      prevIsWord = isWordHere
      prevStart = i
      prevEnd = end
      prevHash = h
      i = end
    }
    return edits === undefined ? block : editBlock(block, edits)
  },
}
