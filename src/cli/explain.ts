/** `--explain`: a human-readable account of each removal and change, with its rule and source line. */
import type { CleanResult } from '../types.js'

/** Longest excerpt of removed text shown per line; the whole span is in `--json` output. */
const MAX_EXCERPT = 72

/**
 * List each removal and change of one record, one per line, with the 1-based source line it starts on,
 * after a header and the record's warnings (`# warning: …`).
 * Lines are those of the decoded text as an editor shows it: a byte-order mark is not in the text, and
 * CRLF, LF and a lone CR each end one line.
 *
 * @param id the record id, printed as a header
 * @param source the text handed to the cleaner (offsets point into it)
 * @param result what the cleaner returned
 * @returns the explanation, ending in a newline
 * @example formatExplain('a.txt', 'Home>News\nBody.', result) // '# a.txt: 1 removed, 0 changed, body 5 chars\nL1  removed  boilerplate/breadcrumb  "Home>News"\n'
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
  // Line numbers count lines of the decoded text: name the encoding when the cleaner chose it from bytes.
  const decoded = result.metadata.charset === undefined ? '' : `, decoded as ${result.metadata.charset}`
  const summary = `${result.removed.length} removed, ${result.changes.length} changed, body ${result.body.length} chars${decoded}`
  // Warnings say what the numbers rest on (a detected charset, a fallback) or why a body is empty.
  const warnings = (result.warnings ?? []).map((w) => `# warning: ${w.replace(/\s+/g, ' ')}\n`).join('')
  return `# ${id}: ${summary}\n${warnings}${rows.map((row) => `${row.text}\n`).join('')}`
}

/** A line ending as editors count them: CRLF, LF, or a lone CR (old Mac files, which `clean()` also splits on). */
const LINE_END = /\r\n?|\n/g

/**
 * Map an offset to its 1-based line number, as an editor numbers the lines, by binary search over the
 * line starts. U+2028 and U+2029 end a line for `clean()` but not in editors, so they do not count here.
 */
function lineIndex(source: string): (offset: number) => number {
  const starts = [0]
  for (const end of source.matchAll(LINE_END)) starts.push(end.index + end[0].length)
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
