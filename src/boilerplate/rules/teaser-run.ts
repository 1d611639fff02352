import { isHan, isSpaceCode } from '../../core/chars.js'
import type { ShapeClass } from '../shape.js'
import type { BlockView } from '../view.js'

/** Cards in a row that make a run: two may be a pair of subheadings with their paragraphs. */
export const TEASER_MIN_CARDS = 3
/** Lines above a card's summary: a kicker, a headline, a byline or source line. */
const MAX_CARD_LABELS = 3
/** A summary is a paragraph of a few sentences; a longer block is an article's own paragraph. */
const MAX_SUMMARY_WORDS = 110
/** Sentences in a run's typical (median) summary: a teaser's is one to three. */
const MAX_SUMMARY_SENTENCES = 3
/** A card with two or more labels has a name or source line this short (`Rob Crilly`, `aeon.co Sex`). */
const MAX_SOURCE_WORDS = 6
/** Words with a cased initial a line must have before its case says it is a title (`Quickly Collect Signatures.`). */
const TITLE_MIN_WORDS = 3
/** Share of a run's summaries that must end a sentence (a meal plan's or a source list's lines do not). */
const MIN_TERMINAL_SHARE = 2 / 3
/** The article's paragraphs before a run: at least this many… */
const MIN_ARTICLE_PARAGRAPHS = 3
/** …with at least this many effective words (a listicle's introduction is shorter). */
const MIN_ARTICLE_WORDS = 250
/**
 * A run's typical card holds less than this share of the article's cohesion (how much of a paragraph's
 * vocabulary the rest of the article holds): an article's sections go on with its topic, teasers do not.
 */
const MAX_TOPIC_RATIO = 0.6
/** …and less than this share of its vocabulary is the article's, however repetitive the article (a meal plan). */
const MAX_TOPIC_OVERLAP = 0.3
/**
 * Lines between a run before the article and its first paragraph: a headline with its kicker, byline, date
 * and time, share controls, an image caption and credit. More is another part of the page.
 */
const MAX_FRONT_GAP = 8
/**
 * A card at the end of a run before the article whose share of the article's vocabulary is more than this
 * many times the run's typical card's reads as the article's own (its headline and standfirst, its first
 * section), however loosely the article's paragraphs hold together.
 */
const OWN_CARD_FACTOR = 2
/** A unit in at least this share of the cards and of the article's paragraphs is a function word, weighing nothing. */
const COMMON_SHARE = 1 / 4
/** A word is a topic unit from this many characters (shorter ones are mostly function words); pairs of words always are. */
const MIN_UNIT_LETTERS = 4

/** What a block is in a card: a label line (kicker, headline, byline), a summary, or neither. */
type Part = 'label' | 'summary' | 'other'

/** A run of cards: its blocks, and each card's blocks (labels, then the summary). */
export interface TeaserRun {
  /** Indices of the run's blocks, first to last. */
  readonly blocks: readonly number[]
  /** Per card, the indices of its labels and its summary (the last). */
  readonly cards: readonly (readonly number[])[]
  /** Labels per card (0: one-line cards, `Headline CITY: first sentence…`). */
  readonly labels: number
}

/** How a run reads beside the article's paragraphs around it (see `judgeRun`). */
export interface RunJudgement {
  /** The article's paragraphs before the run (outside every card run), and their effective words. */
  readonly paragraphs: number
  readonly words: number
  /** Effective words of the article's paragraphs after the run. */
  readonly wordsAfter: number
  /** Median share of an article paragraph's vocabulary that the rest of the article holds (weighted). */
  readonly cohesion: number
  /** Median share of a card's vocabulary that the article holds (weighted). */
  readonly overlap: number
  /** Whether the run is dropped. */
  readonly drop: boolean
}

/** Ends in an ellipsis, white space aside: a summary cut short (`…`, `...`), the mark of a teaser. */
export function truncated(text: string): boolean {
  let end = text.length
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  const c = text.charCodeAt(end - 1)
  return c === 0x2026 || (c === 0x2e && end >= 3 && text.charCodeAt(end - 2) === 0x2e && text.charCodeAt(end - 3) === 0x2e)
}

/** Whether a short line ending in punctuation reads as a headline: a question, or every word capitalised. */
function headlineLike(text: string): boolean {
  return QUESTION_END.test(text) || titleCase(text)
}

/** A question mark, maybe inside closing quotes, at the end. */
const QUESTION_END = /[?？]["'’”»」』)]*\s*$/u
const LETTER = /\p{L}/u

/** Whether every word with a cased first letter starts upper case, and there are a few (`Quickly Collect Signatures.`). */
function titleCase(text: string): boolean {
  let cased = 0
  // Words are what lies between single spaces; most sentences fail at their first lower-case word.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(' ', start)
    if (end < 0) end = text.length
    const first = firstLetterCase(text, start, end)
    if (first < 0) return false
    cased += first
    start = end + 1
  }
  return cased >= TITLE_MIN_WORDS
}

/**
 * The case of the first letter in `text[from, to)`: 1 upper case, -1 lower case, 0 when the letter has no
 * case (Han, Arabic) or there is no letter.
 */
function firstLetterCase(text: string, from: number, to: number): number {
  for (let k = from; k < to; ) {
    const c = text.charCodeAt(k)
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return 1
      if (c >= 0x61 && c <= 0x7a) return -1
      k++
      continue
    }
    const cp = text.codePointAt(k)!
    const ch = String.fromCodePoint(cp)
    if (LETTER.test(ch)) {
      const lower = ch.toLowerCase()
      if (lower === ch.toUpperCase()) return 0
      return ch === lower ? -1 : 1
    }
    k += cp > 0xffff ? 2 : 1
  }
  return 0
}

/**
 * What the rule reads of a page's blocks, kept for one classification: the shape is judged several
 * times per page (the first judgement, each round of copies, the head before a tail cut, each settle
 * round), always over the same views, in arrays of their own (the kept blocks, the head) that map to the
 * page's blocks. Indexed by the block's index in the page; each fact is read when first asked.
 */
export class TeaserMemo {
  /** Whether each block reads as a headline (`headlineLike`). */
  private readonly headlines: (boolean | undefined)[]
  /** Each block's topic units (`topicUnits`). */
  private readonly units: (ReadonlySet<string> | undefined)[]
  /** The topic figures of the runs judged, by the blocks of the paragraphs and cards compared (see `judgeRun`). */
  readonly topics = new Map<string, TopicFigures>()

  /** @param blocks the page's number of blocks (more may be asked about; fewer keeps the arrays dense) */
  constructor(blocks = 0) {
    this.headlines = new Array<boolean | undefined>(blocks).fill(undefined)
    this.units = new Array<ReadonlySet<string> | undefined>(blocks).fill(undefined)
  }

  /**
   * The memo of the page whose blocks' views are `views`, made on first use.
   *
   * @param views the classified page's own array of views (the one every judgement of the page maps to)
   * @returns its memo, which lives as long as the array
   */
  static of(views: readonly BlockView[]): TeaserMemo {
    let memo = pageMemos.get(views)
    if (memo === undefined) pageMemos.set(views, (memo = new TeaserMemo(views.length)))
    return memo
  }

  /** `headlineLike` of block `i`'s text, read once. */
  headline(v: BlockView, i: number): boolean {
    return (this.headlines[i] ??= headlineLike(v.text))
  }

  /** `topicUnits` of block `i`'s text, read once. */
  unitsOf(v: BlockView, i: number): ReadonlySet<string> {
    return (this.units[i] ??= topicUnits(v.text))
  }
}

/** Each classified page's memo, by its array of views (see `TeaserMemo.of`). */
const pageMemos = new WeakMap<readonly BlockView[], TeaserMemo>()

/** The blocks a judgement reads, and where they stand in the page (see `TeaserMemo`). */
export interface TeaserBlocks {
  readonly views: readonly BlockView[]
  readonly classes: readonly ShapeClass[]
  /** The page's index of `views[k]`, the memo's index. */
  readonly home: (k: number) => number
  readonly memo: TeaserMemo
}

/** The same blocks as the page's (`home` is the identity), with a new memo: for a judgement on its own. */
export function pageBlocks(views: readonly BlockView[], classes: readonly ShapeClass[]): TeaserBlocks {
  return { views, classes, home: (k) => k, memo: new TeaserMemo(views.length) }
}

/** What block `k` is in a card (see `Part`). */
function partOf(b: TeaserBlocks, k: number): Part {
  const v = b.views[k]!
  if (v.words === 0) return 'other'
  if (b.classes[k] === 'good') return v.words <= MAX_SUMMARY_WORDS ? 'summary' : 'other'
  return !v.terminal || b.memo.headline(v, b.home(k)) ? 'label' : 'summary'
}

/** How many sentences a text holds: sentence-final punctuation before a space or the end, or a CJK full stop. */
export function sentenceCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) n++
    else if ((c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) && (i + 1 === text.length || isSpaceCode(text.charCodeAt(i + 1)))) n++
  }
  return Math.max(n, 1)
}

/** An item number at a line's start (`3.`, `12)`, `#4`): a listicle's sections are numbered, teasers are not. */
const NUMBERED = /^\s*(?:#\d{1,3}|\d{1,3}[.)])\s/u

/** The median of some numbers (0 for none). */
function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0
  const s = xs.slice().sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/**
 * Whether a run of cards reads as teasers by its shape: most summaries end a sentence, the typical one
 * has a few; a card with two or more labels has a short name or source line; headline and summary alone
 * (a subheading and its paragraph look the same) need most summaries cut short; numbered items are a
 * listicle's.
 */
function teaserShaped(views: readonly BlockView[], run: TeaserRun): boolean {
  const n = run.cards.length
  let terminal = 0
  let cut = 0
  let sourced = 0
  let numbered = 0
  const sentences: number[] = []
  for (const card of run.cards) {
    const summary = views[card[card.length - 1]!]!
    if (summary.terminal) terminal++
    if (truncated(summary.text)) cut++
    sentences.push(sentenceCount(summary.text))
    let longest = 0
    for (let q = 0; q < card.length - 1; q++) if (views[card[q]!]!.words > views[card[longest]!]!.words) longest = q
    for (let q = 0; q < card.length - 1; q++) {
      if (q !== longest && views[card[q]!]!.words <= MAX_SOURCE_WORDS) {
        sourced++
        break
      }
    }
    for (let q = 0; q < card.length - 1; q++) {
      if (NUMBERED.test(views[card[q]!]!.text)) {
        numbered++
        break
      }
    }
  }
  if (terminal < MIN_TERMINAL_SHARE * n || median(sentences) > MAX_SUMMARY_SENTENCES || 2 * numbered > n) return false
  if (run.labels >= 2 && 2 * sourced <= n) return false
  return run.labels !== 1 || 2 * cut > n
}

/**
 * The card runs among `[from, to)`: summaries each after the same number of label lines (0 to
 * `MAX_CARD_LABELS`; 0 only for summaries cut short), at least `TEASER_MIN_CARDS` in a row and shaped as
 * teasers (`teaserShaped`). Blocks already judged boilerplate (`bad`) are passed over, as menu-run does.
 *
 * @param b the blocks
 * @param from first index to look at
 * @param to index just past the last
 * @returns the runs, in document order
 */
export function cardRuns(b: TeaserBlocks, from: number, to: number): TeaserRun[] {
  const { views, classes } = b
  const runs: TeaserRun[] = []
  let run: { blocks: number[]; cards: number[][]; labels: number } | undefined
  const close = (): void => {
    if (run !== undefined && run.cards.length >= TEASER_MIN_CARDS && teaserShaped(views, run)) runs.push(run)
    run = undefined
  }
  // The label lines since the last summary.
  const labels: number[] = []
  for (let i = from; i < to; i++) {
    if (classes[i] === 'bad' || views[i]!.words === 0) continue
    const part = partOf(b, i)
    if (part === 'label') {
      labels.push(i)
      continue
    }
    if (part === 'other') {
      close()
      labels.length = 0
      continue
    }
    const k = Math.min(labels.length, MAX_CARD_LABELS)
    const zeroOk = truncated(views[i]!.text)
    // A run's first card may carry lines above it that belong to no card (a prompt, a section label).
    if (run !== undefined && run.cards.length === 1 && k < run.labels && (k > 0 || zeroOk)) {
      const card = run.cards[0]!.slice(run.labels - k)
      if (k > 0 || truncated(views[card[0]!]!.text)) run = { blocks: card.slice(), cards: [card], labels: k }
    }
    // Only a run's first card may have more lines above it than the cycle: the next cards have exactly its labels.
    if (!(run !== undefined && labels.length === run.labels && (k > 0 || zeroOk))) {
      close()
      if (k === 0 && !zeroOk) {
        labels.length = 0
        continue
      }
      run = { blocks: [], cards: [], labels: k }
    }
    const card = labels.slice(labels.length - k)
    card.push(i)
    run!.blocks.push(...card)
    run!.cards.push(card)
    labels.length = 0
  }
  close()
  return runs
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u

/**
 * The content units of a text, for comparing topics (lower case): its longer words, each pair of
 * neighbouring words (a Vietnamese word is often two syllables: `nâng cấp`, `công trình`) and, in Han and
 * kana, each pair of neighbouring characters (a text without spaces has no words to split).
 *
 * @param text any text
 * @returns its units
 */
export function topicUnits(text: string): Set<string> {
  const out = new Set<string>()
  const lower = text.toLowerCase()
  // The word being read is `lower[from, i)`; -1 when none.
  let from = -1
  let prevWord = ''
  let prevCjk = -2
  const flush = (i: number): void => {
    if (from < 0) return
    const word = lower.slice(from, i)
    if (word.length >= MIN_UNIT_LETTERS) out.add(word)
    if (prevWord.length > 0) out.add(`${prevWord} ${word}`)
    prevWord = word
    from = -1
  }
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if (isHan(c) || (c >= 0x3040 && c <= 0x30ff)) {
      flush(i)
      prevWord = ''
      if (prevCjk === i - 1) out.add(lower.slice(i - 1, i + 1))
      prevCjk = i
      continue
    }
    const inWord = c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : LETTER_OR_DIGIT.test(lower[i]!)
    if (inWord) {
      if (from < 0) from = i
    } else flush(i)
  }
  flush(lower.length)
  return out
}

/** The topic figures of a run (see `RunJudgement`), and each card's share of the article's vocabulary (the overlap is their median). */
type TopicFigures = Pick<RunJudgement, 'cohesion' | 'overlap' | 'drop'> & { readonly shares: readonly number[] }

/** Whether a card's (or a run's typical card's) share of the article's vocabulary leaves its topic. */
function offTopic(overlap: number, cohesion: number): boolean {
  return overlap < MAX_TOPIC_RATIO * cohesion && overlap < MAX_TOPIC_OVERLAP
}

/**
 * Judge a card run against the article's paragraphs (`good` blocks in `[from, to)` outside every card
 * run): it is dropped when enough article lies before it, less after it, and its cards leave the
 * article's topic (their vocabulary is far less the article's than the article's paragraphs are each other's).
 *
 * @param b the blocks
 * @param from first index of the region
 * @param to index just past it
 * @param run the run
 * @param inRuns the blocks of every card run in the region
 * @returns the figures and the verdict
 */
export function judgeRun(b: TeaserBlocks, from: number, to: number, run: TeaserRun, inRuns: ReadonlySet<number>): RunJudgement {
  const { views, classes } = b
  const first = run.blocks[0]!
  const last = run.blocks[run.blocks.length - 1]!
  // The article's size around the run first: the topic units are read only when it is large enough.
  const before: number[] = []
  let words = 0
  let wordsAfter = 0
  for (let i = from; i < to; i++) {
    if (classes[i] !== 'good' || inRuns.has(i)) continue
    if (i < first) {
      before.push(i)
      words += views[i]!.words
    } else if (i > last) wordsAfter += views[i]!.words
  }
  const none = { paragraphs: before.length, words, wordsAfter, cohesion: 0, overlap: 0, drop: false }
  if (before.length < MIN_ARTICLE_PARAGRAPHS || words < MIN_ARTICLE_WORDS || wordsAfter >= words) return none
  const { cohesion, overlap, drop } = topicFigures(b, before, run)
  return { ...none, cohesion, overlap, drop }
}

/**
 * Judge a card run before the article: no paragraph of it (`good` blocks in `[from, to)` outside every card
 * run) lies before the run, at most `MAX_FRONT_GAP` lines (a headline, a byline, a date) lie between the run
 * and its first paragraph, enough article follows, and the run's cards leave its topic as a run after it
 * must. The cards at the run's end that share the article's topic, or much more of it than the run's typical
 * card, stay: the article's own headline and standfirst, or its first section, read as a card. A summary
 * right above the run, the only paragraph before it, is the run's first card when it leaves the topic too:
 * the region search cut its labels off (they read as lines outside the article).
 *
 * @param b the blocks
 * @param from first index of the region
 * @param to index just past it
 * @param run the run
 * @param inRuns the blocks of every card run in the region
 * @returns the blocks to drop: the run's cards from its first, at least `TEASER_MIN_CARDS` of them, or none
 */
export function judgeFrontRun(b: TeaserBlocks, from: number, to: number, run: TeaserRun, inRuns: ReadonlySet<number>): readonly number[] {
  const { views, classes } = b
  const first = run.blocks[0]!
  const last = run.blocks[run.blocks.length - 1]!
  const article: number[] = []
  // A summary standing alone before the run (see above), -1 for none.
  let stranded = -1
  let words = 0
  let gap = 0
  for (let i = from; i < to; i++) {
    if (i >= first && i <= last) continue
    const paragraph = classes[i] === 'good' && !inRuns.has(i)
    if (i < first) {
      if (!paragraph) continue
      if (stranded >= 0 || views[i]!.words > MAX_SUMMARY_WORDS || !onlyDroppedBetween(classes, i + 1, first)) return []
      stranded = i
    } else if (paragraph) {
      article.push(i)
      words += views[i]!.words
    } else if (article.length === 0 && classes[i] !== 'bad' && !inRuns.has(i) && views[i]!.words > 0) gap++
  }
  if (gap > MAX_FRONT_GAP || article.length < MIN_ARTICLE_PARAGRAPHS || words < MIN_ARTICLE_WORDS) return []
  const cards = stranded < 0 ? run : { ...run, blocks: [stranded, ...run.blocks], cards: [[stranded], ...run.cards] }
  const topic = topicFigures(b, article, cards)
  if (!topic.drop || (stranded >= 0 && !offTopic(topic.shares[0]!, topic.cohesion))) return []
  let n = cards.cards.length
  while (n > 0 && (!offTopic(topic.shares[n - 1]!, topic.cohesion) || topic.shares[n - 1]! > OWN_CARD_FACTOR * topic.overlap)) n--
  return n >= TEASER_MIN_CARDS ? cards.cards.slice(0, n).flat() : []
}

/** Whether every block in `[a, b)` was judged boilerplate already (or there is none). */
function onlyDroppedBetween(classes: readonly ShapeClass[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (classes[i] !== 'bad') return false
  return true
}

/**
 * The topic figures of `run` against the paragraphs `article`, read once per classification: they depend
 * only on which of the page's blocks are compared, and the shape is judged several times per page, mostly
 * over the same ones.
 */
function topicFigures(b: TeaserBlocks, article: readonly number[], run: TeaserRun): TopicFigures {
  const key = `${article.map(b.home).join(',')}|${run.cards.map((c) => c.map(b.home).join(',')).join(';')}`
  let topic = b.memo.topics.get(key)
  if (topic === undefined) b.memo.topics.set(key, (topic = topicOf(b, article, run)))
  return topic
}

/**
 * How far a run's cards share the article's topic, against how far its paragraphs share each other's:
 * the weighted share of a text's units that the article's paragraphs (other than itself) hold, each unit
 * weighing by how few of the texts compared hold it, so the words most texts have count little.
 */
function topicOf(b: TeaserBlocks, article: readonly number[], run: TeaserRun): TopicFigures {
  const { views, memo } = b
  const paragraphs = article.map((k) => memo.unitsOf(views[k]!, b.home(k)))
  const counts = new Map<string, number>()
  for (const p of paragraphs) for (const u of p) counts.set(u, (counts.get(u) ?? 0) + 1)
  const cards = run.cards.map((card) => {
    const units = new Set<string>()
    for (const k of card) for (const u of memo.unitsOf(views[k]!, b.home(k))) units.add(u)
    return units
  })
  const inCards = new Map<string, number>()
  for (const c of cards) for (const u of c) inCards.set(u, (inCards.get(u) ?? 0) + 1)
  const docs = paragraphs.length + cards.length
  // A unit's weight by how many texts hold it (its document frequency, 1 to `docs`).
  const weights = new Array<number>(docs + 1)
  for (let d = 1; d <= docs; d++) weights[d] = Math.max(0, Math.log((docs + 1) / d))
  const commonCards = COMMON_SHARE * cards.length
  const commonParagraphs = COMMON_SHARE * paragraphs.length
  // Weighted share of `units` that more than `own` paragraphs hold.
  const share = (units: ReadonlySet<string>, own: number): number => {
    let all = 0
    let found = 0
    for (const u of units) {
      const inArticle = counts.get(u) ?? 0
      const n = inCards.get(u)
      // A unit common on both sides is a function word (`the`, `của`, `cho biết`): it says nothing of the topic.
      const w = n === undefined ? weights[inArticle]! : n >= commonCards && inArticle >= commonParagraphs ? 0 : weights[inArticle + n]!
      all += w
      if (inArticle > own) found += w
    }
    return all === 0 ? 0 : found / all
  }
  const cohesion = median(paragraphs.map((p) => share(p, 1)))
  const shares = cards.map((c) => share(c, 0))
  const overlap = median(shares)
  return { cohesion, overlap, drop: offTopic(overlap, cohesion), shares }
}

/**
 * Drops a run of teaser cards for other stories after the article or right before it: headline, optional
 * kicker and byline or source line, and a short summary, repeated at least three times, in other topics
 * than the article's.
 */
export const teaserRun = {
  id: 'boilerplate/teaser-run',
  description: 'run of teaser cards for other stories after or right before the article',
  /**
   * Mark the card runs in `[from, to)` that follow the article, or stand right before it, and leave its topic.
   *
   * @param b the blocks (views, classes, where they stand in the page, what was read of them)
   * @param from first index of the region
   * @param to index just past the region
   * @param mark called with each index to drop
   */
  apply(b: TeaserBlocks, from: number, to: number, mark: (i: number) => void): void {
    const runs = cardRuns(b, from, to)
    if (runs.length === 0) return
    const inRuns = new Set<number>()
    for (const r of runs) for (const i of r.blocks) inRuns.add(i)
    for (const r of runs) {
      if (judgeRun(b, from, to, r, inRuns).drop) for (const i of r.blocks) mark(i)
      else for (const i of judgeFrontRun(b, from, to, r, inRuns)) mark(i)
    }
  },
}
