import type { Context, Doc } from '../types.js'

/**
 * The mojibake stage: runs on every block before normalisation, because the evidence of mis-decoding
 * (C1 controls, `Ã`/`â€` sequences) is what normalisation would otherwise erase.
 * Placeholder until the repair issue lands: returns the document unchanged.
 *
 * @param doc a segmented document
 * @param _ctx the context
 * @returns the document
 */
export function fixMojibake(doc: Doc, _ctx: Context): Doc {
  return doc
}
fixMojibake.id = 'fix-mojibake'

/**
 * The repair stage on body blocks. Placeholder until the repair issue lands: returns the document unchanged.
 *
 * @param doc a classified document
 * @param _ctx the context
 * @returns the document
 */
export function repairBody(doc: Doc, _ctx: Context): Doc {
  return doc
}
repairBody.id = 'repair'
