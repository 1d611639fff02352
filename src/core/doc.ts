import type { Block, Change, CleanResult, Doc, Metadata, Removal } from '../types.js'
import { withVerdict } from './block.js'
import { isSpaceCode } from './chars.js'

/**
 * Check that an entry point received a string, with an error that says what to pass instead.
 *
 * @param input what the caller passed
 * @param fn the entry point's name, for the message
 * @throws TypeError for anything but a string
 */
export function assertText(input: unknown, fn: string): asserts input is string {
  if (typeof input === 'string') return
  let got: string = input === null ? 'null' : typeof input
  if (input instanceof Uint8Array) got = (globalThis as { Buffer?: { isBuffer(x: unknown): boolean } }).Buffer?.isBuffer(input) === true ? 'Buffer' : 'Uint8Array'
  else if (typeof input === 'object' && input !== null) got = input.constructor?.name ?? 'object'
  const hint = got === 'Buffer' || got === 'Uint8Array' ? ': decode it first (new TextDecoder().decode(bytes)) or pass the bytes to cleanHtml(), which detects the charset' : ''
  throw new TypeError(`textwash: ${fn}() expects a string, got ${got}${hint}`)
}

/**
 * An empty working document over a source text.
 *
 * @param source the input
 * @returns a document with no blocks
 */
export function createDoc(source: string): Doc {
  return { source, blocks: [], metadata: {}, removed: [], warnings: [] }
}

/**
 * Change the verdict of a block, returning a new block.
 *
 * @param block the block
 * @param verdict `body`, `boilerplate` or `metadata`
 * @param rule the rule that decided (ignored for `body`)
 * @returns the block with its new verdict
 */
export function judge(block: Block, verdict: Block['verdict'], rule?: string): Block {
  if (verdict === 'body') {
    if (block.verdict === 'body') return block
    return withVerdict(block, verdict, undefined)
  }
  if (block.verdict === verdict && block.rule === rule) return block
  return withVerdict(block, verdict, rule ?? block.rule)
}

/** The kept blocks, in order, that make up the body. */
export function bodyBlocks(doc: Doc): Block[] {
  return doc.blocks.filter((b) => b.verdict === 'body' && b.text.trim().length > 0)
}

/**
 * Turn a finished document into the public result: body text, metadata, removals and changes.
 *
 * @param doc the document after all stages
 * @returns `{ body, metadata, removed, changes }`
 */
export function toResult(doc: Doc): CleanResult {
  const removed: Removal[] = [...doc.removed]
  const changes: Change[] = []
  const src = doc.source
  const kept: Block[] = []
  for (const b of doc.blocks) {
    if (b.verdict !== 'body') {
      removed.push({ start: b.start, end: b.end, text: src.slice(b.start, b.end), rule: b.rule ?? `${b.verdict}/unspecified` })
      continue
    }
    for (const p of b.pieces) {
      if (p.rule === undefined) continue
      if (p.removal === true) removed.push({ start: p.start, end: p.end, text: src.slice(p.start, p.end), rule: p.rule })
      else changes.push({ start: p.start, end: p.end, before: src.slice(p.start, p.end), after: p.text, rule: p.rule })
    }
    if (trimmed(b.text).length > 0) kept.push(b)
  }
  let body = ''
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i]!
    body += trimmed(b.text)
    const next = kept[i + 1]
    if (next === undefined) break
    if (b.joinNext !== undefined && next.start >= b.end) {
      changes.push({ start: b.end, end: next.start, before: src.slice(b.end, next.start), after: b.joinNext.text, rule: b.joinNext.rule })
      body += b.joinNext.text
    } else body += '\n\n'
  }
  removed.sort((a, b) => a.start - b.start || a.end - b.end)
  changes.sort((a, b) => a.start - b.start || a.end - b.end)
  const metadata: Metadata = { ...doc.metadata }
  // Written out rather than `{ ...result, warnings }`: a spread that adds a field gives each result a map of its own in V8.
  return doc.warnings.length > 0 ? { body, metadata, removed, changes, warnings: doc.warnings } : { body, metadata, removed, changes }
}

/** `text.trim()`, without a new string when there is nothing to trim (segmented lines are already trimmed). */
function trimmed(text: string): string {
  const n = text.length
  if (n === 0 || (!isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(n - 1)))) return text
  return text.trim()
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/

/**
 * Apply a result's removals and changes to the input it came from, without re-running any rule.
 *
 * @param input the original text
 * @param plan the `removed` and `changes` of a result
 * @returns the input with every removal deleted and every change applied
 */
export function applyPlan(input: string, plan: Pick<CleanResult, 'removed' | 'changes'>): string {
  const edits = [
    ...plan.removed.map((r) => ({ start: r.start, end: r.end, text: '' })),
    ...plan.changes.map((c) => ({ start: c.start, end: c.end, text: c.after })),
  ].sort((a, b) => a.start - b.start || a.end - b.end)
  let out = ''
  let pos = 0
  for (const e of edits) {
    if (e.start < pos) throw new RangeError(`textwash: overlapping spans in the plan at ${e.start}`)
    out += input.slice(pos, e.start) + e.text
    pos = e.end
  }
  return out + input.slice(pos)
}

/**
 * Rebuild a body from the input and a result's plan: apply the removals and changes, then lay the
 * remaining lines out as paragraphs separated by one blank line. For text input this equals
 * `result.body`, which is how a user checks that nothing disappeared unaccounted for.
 *
 * @param input the original text given to `clean()`
 * @param plan the `removed` and `changes` of its result
 * @returns the body the plan describes
 * @example replay(text, clean(text)) === clean(text).body
 */
export function replay(input: string, plan: Pick<CleanResult, 'removed' | 'changes'>): string {
  return applyPlan(input, plan)
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n\n')
}
