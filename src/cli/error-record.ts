/** Error records: one per input record that could not be cleaned, with where it came from and why. */
import type { Source, TaskResult, WorkerConfig } from './task.js'

/**
 * An error record: in JSONL mode a line `{"error", "file", "line" | "offset"}` in the output stream, so
 * every input record has exactly one output line; otherwise a `file:line: reason` message for stderr.
 *
 * @param seq the task's sequence number
 * @param src where the record came from
 * @param reason why it failed
 * @param config for the output mode
 * @returns the error result
 */
export function failure(seq: number, src: Source, reason: string, config: Pick<WorkerConfig, 'mode'>): TaskResult {
  if (config.mode === 'jsonl') {
    const position = src.line !== undefined ? { line: src.line } : src.offset !== undefined ? { offset: src.offset } : {}
    return { seq, ok: false, out: `${JSON.stringify({ error: reason, file: src.file, ...position })}\n` }
  }
  const at = src.line !== undefined ? `:${src.line}` : src.offset !== undefined ? `@${src.offset}` : ''
  return { seq, ok: false, out: `${src.file}${at}: ${reason}\n` }
}
