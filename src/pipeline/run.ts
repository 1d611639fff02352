import { createContext } from '../core/options.js'
import type { Context, Doc, Options, Stage } from '../types.js'

/**
 * Run stages in order over a document.
 *
 * @param doc the starting document
 * @param stages ordered stages
 * @param ctxOrOptions a context, or options to make one from
 * @returns the document after the last stage
 */
export function runStages(doc: Doc, stages: readonly Stage[], ctxOrOptions?: Context | Readonly<Options> | null): Doc {
  const ctx = isContext(ctxOrOptions) ? ctxOrOptions : createContext(ctxOrOptions)
  let cur = doc
  for (const stage of stages) cur = stage(cur, ctx)
  return cur
}

function isContext(x: unknown): x is Context {
  // Options never have an `options` field, so its presence tells a context.
  return typeof x === 'object' && x !== null && 'options' in x
}
