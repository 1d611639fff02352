import type { Context, Doc } from '../types.js'

/**
 * The classify stage: judges each block body or boilerplate. Placeholder: keeps everything.
 *
 * @param doc an annotated document
 * @param _ctx the context
 * @returns the document with verdicts
 */
export function classifyBoilerplate(doc: Doc, _ctx: Context): Doc {
  return doc
}
classifyBoilerplate.id = 'classify'
