import { LIST_INTRO_MAX_DIGIT_RATIO, LIST_INTRO_MIN_WORDS, LIST_MAX_ITEMS, LIST_MIN_ITEMS, SENTENCE_OVER_GAP, UNTERMINATED_GOOD_FACTOR, type Thresholds } from './thresholds.js'
import type { BlockView } from './view.js'

/**
 * The context-free class of a block, before neighbours are read: `good` a paragraph, `near` a line that
 * may be a paragraph or a headline, `short` a menu item or label, `bad` already dropped by a lexicon rule.
 */
export type ShapeClass = 'good' | 'near' | 'short' | 'bad'

/**
 * Classify a block by its shape alone.
 *
 * @param v the block's view
 * @param dropped a lexicon rule already judged it boilerplate
 * @param th the thresholds
 * @returns `good`, `near`, `short` or `bad`
 */
export function shapeClass(v: BlockView, dropped: boolean, th: Thresholds): ShapeClass {
  if (dropped) return 'bad'
  // A long block without final punctuation is still prose (a paragraph cut by the scraper, a sentence
  // missing its full stop); headlines rarely run that long.
  if (v.words >= th.goodWords && (v.terminal || v.words >= UNTERMINATED_GOOD_FACTOR * th.goodWords)) return 'good'
  return v.words < th.shortWords ? 'short' : 'near'
}

/**
 * Best run score within `[0, i)` for every `i` (index 0 holds 0), in one pass: how much body text lies
 * before a point of the page.
 *
 * @param scores per-block region scores
 * @returns `scores.length + 1` running maxima
 */
export function bestBefore(scores: readonly number[]): number[] {
  const out = new Array<number>(scores.length + 1)
  out[0] = 0
  let best = 0
  let sum = 0
  for (let i = 0; i < scores.length; i++) {
    sum = Math.max(0, sum) + scores[i]!
    best = Math.max(best, sum)
    out[i + 1] = best
  }
  return out
}

/**
 * Best run score within `[i, n)` for every `i` (index n holds 0), in one pass from the end.
 *
 * @param scores per-block region scores
 * @returns `scores.length + 1` running maxima
 */
export function bestFrom(scores: readonly number[]): number[] {
  const out = new Array<number>(scores.length + 1).fill(0)
  let best = 0
  let sum = 0
  for (let i = scores.length - 1; i >= 0; i--) {
    sum = Math.max(0, sum) + scores[i]!
    best = Math.max(best, sum)
    out[i] = best
  }
  return out
}

/**
 * What each block adds to a candidate main region: paragraphs add their length, a terminal mid-length
 * line half of it (a sentence at least a little more than one short line costs, so a lone link or headline
 * between it and the paragraphs does not cut it off), headlines and everything else cost a fixed amount, so
 * a region grows across a few short lines between paragraphs but not across a menu. A paragraph with no
 * prose beside it (a teaser between a headline and a time stamp) counts for less: article paragraphs come
 * in runs. A block `absent` marks (dropped inside the article, see `absentInside`) adds nothing and is
 * passed over when a paragraph's neighbours are read, as cleaning the body again will not see it.
 *
 * @param views the blocks' views
 * @param classes their shape classes
 * @param th the thresholds
 * @param absent the blocks to pass over, when there are any
 * @returns a score per block
 */
export function regionScores(views: readonly BlockView[], classes: readonly ShapeClass[], th: Thresholds, absent?: readonly boolean[]): number[] {
  const n = views.length
  const out = new Array<number>(n)
  for (let k = 0; k < n; k++) {
    const v = views[k]!
    if (absent?.[k] === true) {
      out[k] = 0
      continue
    }
    switch (classes[k]!) {
      case 'good': {
        let p = k - 1
        let q = k + 1
        if (absent !== undefined) {
          while (p >= 0 && absent[p] === true) p--
          while (q < n && absent[q] === true) q++
        }
        out[k] = (p >= 0 && isProse(views[p]!, classes[p]!)) || (q < n && isProse(views[q]!, classes[q]!)) ? v.words : v.words * th.isolatedWeight
        break
      }
      case 'near':
        // A sentence outweighs one short line beside it: the region crosses a lone link or headline to reach
        // it. A teaser cut short (`…`, `..`) is no sentence.
        if (!v.terminal) out[k] = -th.shortPenalty
        else out[k] = endsSentence(v) ? Math.max(v.words / 2, th.shortPenalty + SENTENCE_OVER_GAP) : v.words / 2
        break
      case 'short':
        out[k] = -th.shortPenalty
        break
      case 'bad':
        out[k] = -th.badPenalty
        break
    }
  }
  return out
}

/** Closing quotes and brackets that may follow a sentence's last mark. */
const CLOSERS = '"\')]”’»」』）'

/**
 * Whether a line ends a sentence: terminal punctuation that is not an ellipsis (a teaser cut short:
 * `Read on…`, `예능국의 아..`).
 *
 * @param v the line's view
 * @returns true for a line ending in a sentence's last mark
 */
export function endsSentence(v: BlockView): boolean {
  if (!v.terminal) return false
  const text = v.text
  let end = text.length
  while (end > 0 && (text.charCodeAt(end - 1) <= 0x20 || CLOSERS.includes(text[end - 1]!))) end--
  const last = text[end - 1]
  return last !== '…' && !(last === '.' && text[end - 2] === '.')
}

/** Whether a block is prose for `regionScores`: a paragraph, or a mid-length line with terminal punctuation. */
function isProse(v: BlockView, c: ShapeClass): boolean {
  return c === 'good' || (c === 'near' && v.terminal)
}

/**
 * The main content region: the run of blocks with the highest total score (maximum-sum subarray, one
 * pass). It starts and ends on a block with a positive score.
 *
 * @param scores per-block region scores
 * @returns `[start, end)` indices, empty (`start === end`) when no block scores positive
 */
export function mainRegion(scores: readonly number[]): [number, number] {
  let best = 0
  let bestStart = 0
  let bestEnd = 0
  let sum = 0
  let start = 0
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += scores[i]!
    if (sum > best) {
      best = sum
      bestStart = start
      bestEnd = i + 1
    }
  }
  return [bestStart, bestEnd]
}

/**
 * The first paragraph (`good` block) of a region: the lines above it are its lead (headlines, datelines,
 * captions).
 *
 * @param classes the blocks' shape classes
 * @param start the region's first index
 * @param end the index just past the region
 * @returns its index, or `start` when the region has no paragraph
 */
export function firstParagraph(classes: readonly ShapeClass[], start: number, end: number): number {
  for (let k = start; k < end; k++) if (classes[k] === 'good') return k
  return start
}

/**
 * Whether a line in a region's lead is dropped: one that adds nothing to the region (a dateline, a photo
 * credit) sits there only because a headline above it lets the region reach it. The metadata stage takes
 * that headline out as the title, and cleaning the body again would find the line outside the region.
 * A line of punctuation alone is left to the metadata stage (`header-residue`).
 *
 * @param v the line's view
 * @param score its region score
 * @returns true to drop it
 */
export function leadGap(v: BlockView, score: number): boolean {
  return score <= 0 && v.words > 0
}

/**
 * Grow a region backwards over lines whose sentence the region's first line continues
 * (`Wang Hongzhi, deputy director of` / `the State Council, said…`): a sentence broken by the scraper.
 *
 * @param views the blocks' views
 * @param classes their shape classes
 * @param from the region's first index
 * @returns the new first index
 */
export function extendBroken(views: readonly BlockView[], classes: readonly ShapeClass[], from: number): number {
  let k = from
  // A single word before the region (`News`, `Home`) is a label or menu item, not the start of a sentence.
  while (k > 0 && views[k]!.startsLower && !views[k - 1]!.terminal && classes[k - 1] !== 'bad' && views[k - 1]!.words >= 2) k--
  return k
}

/**
 * Whether a line introduces a list (`The tour dates:`, `名单如下：`): the lines after it belong to it.
 * A one- or two-word label (`Tags:`, `Share:`) introduces links, not content, and a dateline
 * (`2018/05/11 Source:`) is metadata.
 *
 * @param v the block's view
 * @returns true when the line has a few words, mostly not digits, and ends in a colon
 */
export function introducesList(v: BlockView): boolean {
  if (v.words < LIST_INTRO_MIN_WORDS || v.digitRatio >= LIST_INTRO_MAX_DIGIT_RATIO) return false
  const t = v.text.trimEnd()
  const last = t[t.length - 1]
  return last === ':' || last === '：'
}

/**
 * Grow a region forwards over a list it introduces: a last line ending in a colon (or such a line right
 * after the region) and the short lines after it, at least `LIST_MIN_ITEMS` and up to `LIST_MAX_ITEMS`.
 *
 * @param views the blocks' views
 * @param classes their shape classes
 * @param to the index just past the region
 * @returns the new end index
 */
export function extendList(views: readonly BlockView[], classes: readonly ShapeClass[], to: number): number {
  let k = to
  if (to === 0) return to
  if (!introducesList(views[to - 1]!)) {
    if (k >= views.length || classes[k] === 'bad' || classes[k] === 'good' || !introducesList(views[k]!)) return to
    k++
  }
  const first = k
  while (k < views.length && k - first < LIST_MAX_ITEMS && views[k]!.words > 0 && (classes[k] === 'short' || classes[k] === 'near')) k++
  return k - first >= LIST_MIN_ITEMS ? k : to
}

/**
 * Whether a block may be part of a menu: short, or mid-length without terminal punctuation.
 *
 * @param v the block's view
 * @param c its shape class
 * @returns true for a menu-like line
 */
export function menuLike(v: BlockView, c: ShapeClass): boolean {
  return c === 'short' || (c === 'near' && !v.terminal)
}
