import { editBlock, type TextEdit } from '../core/edit.js'
import type { BlockRule } from '../core/rule.js'
import { SPLIT_SUFFIXES } from '../lexicon/repair/function-words.js'
import { rankOfRanges } from '../lexicon/repair/words.js'
import { isAsciiLetter, isLatinLetter, isLower } from './chars.js'
import { isEnglishDoc } from './context.js'

/** Longest suffix in `SPLIT_SUFFIXES` (`ization`). */
const MAX_SUFFIX = 7
/** First letters of `SPLIT_SUFFIXES`, a cheap test before the slice. */
const SUFFIX_START: ReadonlySet<number> = new Set([...SPLIT_SUFFIXES].map((x) => x.charCodeAt(0)))
/** A join shorter than this is as likely two real fragments (`a bout`) as one broken word. */
const MIN_JOINED = 6

/** Bounds of the ASCII word starting at `i`, or -1 when a non-ASCII letter touches it (`Việt`). */
function wordEnd(s: string, i: number): number {
  let j = i
  while (j < s.length && isAsciiLetter(s.charCodeAt(j))) j++
  return j < s.length && isLatinLetter(s.charCodeAt(j)) ? -1 : j
}

/**
 * Join a word broken by a stray space (`app lication` → `application`, `infor mation` → `information`) when
 * one fragment is not a word and the join is. Word pairs stay (`app developers`, `pre school`), and so do
 * names: the second fragment must start in lower case.
 */
export const brokenWords: BlockRule = {
  id: 'repair/broken-words',
  description: 'Delete a space inside a broken word when a fragment is not a word and the join is.',
  apply: (block, _ctx, doc) => {
    if (!isEnglishDoc(doc)) return block
    const s = block.text
    const edits: TextEdit[] = []
    let prevStart = -1
    let prevEnd = -1
    // Whether the previous fragment is a word, carried over so each word is looked up once.
    let prevIsWord: boolean | undefined
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (!isAsciiLetter(c) || (i > 0 && isLatinLetter(s.charCodeAt(i - 1)))) continue
      const end = wordEnd(s, i)
      if (end < 0) {
        prevStart = -1
        prevEnd = -1
        prevIsWord = undefined
        i = i + 1
        while (i < s.length && isLatinLetter(s.charCodeAt(i))) i++
        continue
      }
      let isWordHere: boolean | undefined
      // The join is tested first: two words rarely make a third, and a miss is answered by the word
      // list's Bloom filter, so most pairs cost one hash and no table lookup.
      if (prevEnd === i - 1 && s.charCodeAt(prevEnd) === 0x20 && isLower(c) && end - prevStart - 1 >= MIN_JOINED && rankOfRanges(s, prevStart, prevEnd, i, end) >= 0) {
        isWordHere = rankOfRanges(s, i, end, i, i) >= 0
        // Cheapest test first: a fragment that is no word; the suffix test (a slice) only for word pairs.
        const fragment =
          !isWordHere ||
          !(prevIsWord ?? rankOfRanges(s, prevStart, prevEnd, i, i) >= 0) ||
          (end - i <= MAX_SUFFIX && SUFFIX_START.has(c) && SPLIT_SUFFIXES.has(s.slice(i, end)))
        if (fragment) {
          edits.push({ from: prevEnd, to: i, text: '', rule: brokenWords.id })
          // A joined word does not join again with the next fragment.
          prevStart = -1
          prevEnd = -1
          prevIsWord = undefined
          i = end - 1
          continue
        }
      }
      prevIsWord = isWordHere
      prevStart = i
      prevEnd = end
      i = end - 1
    }
    return editBlock(block, edits)
  },
}
