import type { MergedLexicon } from '../../lexicon/metadata/index.js'
import type { MetadataRule } from '../rule.js'
import { isWordChar } from '../text.js'

/** Comment counters: `This post has 5 comments:`, `12 Comments`, `Comments (3)`, `评论(5)`, `5 bình luận`, `댓글 3` → commentCount. */
export const commentCountRule: MetadataRule = {
  id: 'metadata/comment-count',
  description: 'Read the number of comments from a comment counter line; the line keeps its boilerplate verdict.',
}

// Counters are short headings; a longer line mentioning comments is prose.
export const MAX_COUNTER_LINE = 60
// Seven digits is more comments than any page shows; a longer number is an id.
const MAX_COUNT_DIGITS = 7

/**
 * Read a comment count: a number right before a comment word (`5 comments`) or right after it, in
 * brackets or after a colon (`Comments (5)`, `评论：5`), or, for the lexicon's `countAfter` words, after a
 * space at the end of the line (`댓글 3`).
 *
 * @param text the line
 * @param lex the merged lexicon
 * @returns the count, or undefined
 * @example readCommentCount('This post has 5 comments:', lex) // 5
 */
export function readCommentCount(text: string, lex: MergedLexicon): number | undefined {
  if (text.length > MAX_COUNTER_LINE || /[.。!?]$/.test(text)) return undefined
  const lower = text.toLowerCase()
  for (const w of lex.commentWords) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      const end = at + w.length
      if (isLatinWord(w) && (isWordChar(lower.charCodeAt(at - 1)) || isWordChar(lower.charCodeAt(end)))) continue
      const before = numberEndingAt(lower, at)
      if (before !== undefined) return before
      const after = numberAfter(lower, end, lex.countAfter.includes(w))
      if (after !== undefined) return after
    }
  }
  return undefined
}

/**
 * Whether the reader takes a comment word as a Latin word, found only where it starts and ends a word.
 *
 * @param w a lower-case comment word
 * @returns true for a word that starts with an ASCII letter
 */
export function isLatinWord(w: string): boolean {
  return /^[a-z]/.test(w)
}

/** `5 comments`, `5条评论`: digits, then at most one space, ending at `at`. */
function numberEndingAt(text: string, at: number): number | undefined {
  let e = at
  if (text[e - 1] === ' ') e--
  let s = e
  while (s > 0 && isDigit(text.charCodeAt(s - 1)) && e - s < MAX_COUNT_DIGITS) s--
  if (s === e || isWordChar(text.charCodeAt(s - 1))) return undefined
  return Number(text.slice(s, e))
}

/**
 * `comments (5)`, `评论（5）`, `comments: 5`; for a word a bare count follows (`bare`), a number after a
 * space that ends the line (`댓글 3`).
 */
function numberAfter(text: string, end: number, bare: boolean): number | undefined {
  let p = end
  if (text[p] === ' ') p++
  const open = text[p]
  if (open !== '(' && open !== '（' && open !== ':' && open !== '：') return bare && p > end ? lastNumberAt(text, p) : undefined
  p++
  if (text[p] === ' ') p++
  const s = p
  while (p < text.length && isDigit(text.charCodeAt(p)) && p - s < MAX_COUNT_DIGITS) p++
  if (p === s || isDigit(text.charCodeAt(p))) return undefined
  return Number(text.slice(s, p))
}

/** The number at `p` when it ends the line (`댓글 3`): not `Comments 3 days ago`. */
function lastNumberAt(text: string, p: number): number | undefined {
  let e = p
  while (e < text.length && isDigit(text.charCodeAt(e)) && e - p < MAX_COUNT_DIGITS) e++
  if (e === p || text.trimEnd().length !== e) return undefined
  return Number(text.slice(p, e))
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}
