import type { CleanResult, Options } from '../types.js'
import { assertText } from '../core/doc.js'

/**
 * Clean a whole HTML page. Placeholder until the HTML issue lands.
 *
 * @param html the page, as a string or bytes
 * @param options see `Options`
 * @returns `{ body, metadata, removed, changes }`
 */
export function cleanHtml(html: string | Uint8Array, options?: Readonly<Options> | null): CleanResult {
  void options
  if (typeof html !== 'string') throw new TypeError('textwash: cleanHtml() does not decode bytes yet')
  assertText(html, 'cleanHtml')
  return { body: '', metadata: {}, removed: [], changes: [] }
}
