import type { Context, Doc } from '../types.js'

/**
 * The metadata stage. Placeholder: records the document language only.
 *
 * @param doc a classified document
 * @param _ctx the context
 * @returns the document with metadata
 */
export function extractMetadata(doc: Doc, _ctx: Context): Doc {
  return doc.lang === undefined ? doc : { ...doc, metadata: { ...doc.metadata, language: doc.lang } }
}
extractMetadata.id = 'metadata'
