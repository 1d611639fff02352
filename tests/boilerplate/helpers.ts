import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
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

/** A rule case placed around an article's paragraphs (the `cases/*.json` files). */
export interface RuleCase {
  rule: string
  at: 'start' | 'middle' | 'end'
  lines: string[]
  drop?: string[]
  keep?: string[]
  duplicateOfFirst?: boolean
  note: string
}

/**
 * The page of a case: its lines before, between or after the paragraphs.
 *
 * @param c the case
 * @param paragraphs the article's paragraphs
 * @returns the page as plain text, blocks separated by blank lines
 */
export function casePage(c: RuleCase, paragraphs: readonly string[]): string {
  const parts = c.at === 'start' ? [...c.lines, ...paragraphs] : c.at === 'end' ? [...paragraphs, ...c.lines] : [...paragraphs.slice(0, 2), ...c.lines, ...paragraphs.slice(2)]
  return parts.join('\n\n')
}

const PAGES = new URL('./cases/pages/', import.meta.url)

/** A file of `cases/pages/`. */
export function readPage(name: string): string {
  return readFileSync(new URL(name, PAGES), 'utf8')
}

/** The article of a language's page as an editor cleaned it, by hand (`<lang>.expected.txt`). */
export function expectedArticle(lang: string): string {
  return readPage(`${lang}.expected.txt`).trim()
}

/**
 * One test per case of each language: the case's lines placed around the first four paragraphs of that
 * language's hand-cleaned page; the paragraphs stay, `drop` lines go (the first under the case's rule),
 * `keep` lines stay.
 *
 * @param casesByLang the cases, by language
 */
export function languageCaseTests(casesByLang: Readonly<Record<string, readonly RuleCase[]>>): void {
  for (const [lang, list] of Object.entries(casesByLang)) {
    const paragraphs = expectedArticle(lang).split(/\n{2,}/u).slice(0, 4)
    for (const c of list) {
      it(`should handle ${c.rule} in ${lang}: ${c.note}`, () => {
        const result = classifyText(casePage(c, paragraphs))
        for (const p of paragraphs.slice(1)) expect(result.body).toContain(p)
        for (const d of c.drop ?? []) {
          expect(result.body).not.toContain(d)
          expect(result.removed.some((r) => r.text.includes(d))).toBe(true)
        }
        // The case's own line is the rule's (what follows may be another's: a form's `Ihre E-Mail-Adresse…`).
        if ((c.drop ?? []).length > 0) expect(result.removed.find((r) => r.text.includes(c.drop![0]!))?.rule).toBe(c.rule)
        for (const k of c.keep ?? []) expect(result.body).toContain(k)
      })
    }
  }
}
