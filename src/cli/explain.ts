/** `--explain`: a human-readable account of each removal and change, with its rule and source line. */
import type { CleanResult } from '../types.js'

/** Longest excerpt of removed text shown per line; the whole span is in `--json` output. */
const MAX_EXCERPT = 72

/**
 * List each removal and change of one record, one per line, with the 1-based source line it starts on.
 *
 * @param id the record id, printed as a header
 * @param source the text handed to the cleaner (offsets point into it)
 * @param result what the cleaner returned
 * @returns the explanation, ending in a newline
 * @example formatExplain('a.txt', 'Home>News\nBody.', result) // '# a.txt\nL1  boilerplate/breadcrumb  "Home>News"\n…'
 */
export function formatExplain(id: string, source: string, result: CleanResult): string {
  const lineOf = lineIndex(source)
  const rows: Array<{ start: number; text: string }> = []
  for (const r of result.removed) {
    rows.push({ start: r.start, text: `L${lineOf(r.start)}  removed  ${r.rule}  ${excerpt(r.text)}` })
  }
  for (const c of result.changes) {
    rows.push({ start: c.start, text: `L${lineOf(c.start)}  changed  ${c.rule}  ${excerpt(c.before)} -> ${excerpt(c.after)}` })
  }
  rows.sort((a, b) => a.start - b.start)
  const summary = `${result.removed.length} removed, ${result.changes.length} changed, body ${result.body.length} chars`
  return `# ${id}: ${summary}\n${rows.map((row) => `${row.text}\n`).join('')}`
}

/** Map an offset to its 1-based line number by binary search over the newline positions. */
function lineIndex(source: string): (offset: number) => number {
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

/** Quote text on one line, cut to `MAX_EXCERPT` characters. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return JSON.stringify(flat.length > MAX_EXCERPT ? `${flat.slice(0, MAX_EXCERPT - 1)}…` : flat)
}
