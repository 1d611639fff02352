import { segment } from '../../src/adapters/text.js'
import { annotate } from '../../src/annotate/index.js'
import { classifyBoilerplate } from '../../src/boilerplate/index.js'
import { createDoc, toResult } from '../../src/core/doc.js'
import { createContext } from '../../src/core/options.js'
import { normalize } from '../../src/normalize/index.js'
import { runStages } from '../../src/pipeline/run.js'
import type { Block, CleanResult, Doc, Options } from '../../src/types.js'

/** Four ordinary article paragraphs for cases to sit around. */
export const PARAGRAPHS = [
  'The provincial government announced on Monday a new plan to expand rural broadband, saying that every village should have a fast connection by the end of next year.',
  'Officials said the project would cost about 2 billion yuan and would be paid for jointly by the central budget and local governments, with private operators building part of the network.',
  'Residents interviewed in two counties welcomed the plan, though several said that earlier promises of better service had not been kept and that prices remained too high for many families.',
  'The first villages are due to be connected in March, and the provincial telecommunications bureau said it would publish a progress report every quarter until the work is finished.',
]

/**
 * Run only the stages the boilerplate stage depends on, so these tests do not see metadata or repairs.
 *
 * @param text plain text
 * @param options options
 * @returns the public result
 */
export function classifyText(text: string, options?: Options): CleanResult {
  const ctx = createContext(options)
  return toResult(runStages(segment(createDoc(text)), [normalize, annotate, classifyBoilerplate], ctx))
}

/**
 * Run the stage on blocks that came from HTML (their `kind` set), as cleanHtml does.
 *
 * @param lines one block per line
 * @param options options
 * @returns the document after the stage
 */
export function classifyHtmlBlocks(lines: readonly string[], options?: Options): Doc {
  const ctx = createContext(options)
  const text = lines.join('\n')
  const doc = segment(createDoc(text))
  const blocks = doc.blocks.map((b): Block => ({ ...b, kind: 'paragraph' }))
  return runStages({ ...doc, blocks }, [normalize, annotate, classifyBoilerplate], ctx)
}
