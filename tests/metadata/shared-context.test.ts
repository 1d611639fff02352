import { describe, expect, it } from 'vitest'
import {
  annotate,
  classifyBoilerplate,
  createContext,
  createDoc,
  DEFAULT_STAGES,
  extractMetadata,
  fixMojibake,
  normalize,
  repairCleanBody,
  segment,
  type Doc,
  type Options,
  type Stage,
} from '../../src/index.js'

// Stages that share a context (as in `clean()`) must give what they give with a fresh context for every
// stage, whatever the order of the stages, the documents run in between with the same context and the
// options: nothing a stage keeps for the next (answers about lines, say) may change what a run gives.

const EN = [
  'The council approved the new cycling plan on Tuesday after a long debate about the cost of the lanes and the loss of parking on the high street, which traders had opposed for months.',
  'Supporters said the lanes would make the town centre safer for children who cycle to school, and that the parking loss was smaller than the traders had claimed in their letters to the council.',
  'The first lanes are expected to open in the spring, with the rest of the network following over the next three years if the money from the regional transport fund comes through as planned.',
  'Opponents of the plan said they would keep up their campaign, and that they had collected more than two thousand signatures from residents and shop owners in the weeks before the vote.',
]
const FRENCH =
  'Le conseil municipal a approuvé mardi le nouveau plan cyclable après un long débat sur le coût des pistes et la disparition des places de stationnement dans la rue principale du centre-ville.'
const CHINESE = '市议会周二批准了新的自行车道计划，此前各方就车道的成本以及主街停车位的减少进行了长时间的辩论，商户们数月来一直反对这一计划。'
const MENU = ['Home', 'News', 'Local', 'Sport', 'Opinion']

/** An English page with a title, a dateline, a byline, foreign paragraphs, repeated lines and a footer. */
function page(title: string, extra: readonly string[] = []): string {
  return [
    ...MENU,
    title,
    'Published Nov 19, 2019 9:41 AM',
    'By Jane Doe | Reporter: John Roe',
    EN[0]!,
    FRENCH,
    EN[1]!,
    CHINESE,
    'Nov 18, 2019',
    EN[2]!,
    ...extra,
    EN[3]!,
    'Nov 18, 2019',
    'Share this article',
    '© 2019 Example News. All rights reserved.',
  ].join('\n')
}

const PAGES = [
  page('Council approves cycling plan after long debate'),
  page('Cycling lanes to open in spring', ['Reporter: Ann Lee', FRENCH]),
  // The same lines in another document: what a stage keeps of the first must not be taken for the second's.
  page('Council approves cycling plan after long debate', ['Nov 20, 2019']),
]

const OPTIONS: readonly (Options | undefined)[] = [
  undefined,
  { disable: ['metadata/date'] },
  { disable: ['metadata/credit', 'metadata/author'] },
  { foreignText: 'mark' },
  { disable: ['repair/foreign-paragraph'] },
  { lexicon: { en: { 'metadata.credit.editor': ['Share this article'] } } },
  { language: 'en' },
]

/** What a finished document says: its blocks' texts and verdicts, and its metadata. */
function outcome(doc: Doc): unknown {
  return { blocks: doc.blocks.map((b) => [b.text, b.verdict, b.rule]), metadata: doc.metadata, lang: doc.lang }
}

/** Run the stages with a fresh context for each: nothing is kept from one stage to the next. */
function unshared(text: string, stages: readonly Stage[], options?: Options): unknown {
  let doc = segment(createDoc(text))
  for (const s of stages) doc = s(doc, createContext(options))
  return outcome(doc)
}

/** Run several documents through the stages with one context per option set, a stage at a time for all of them. */
function interleaved(texts: readonly string[], stages: readonly Stage[], options: readonly (Options | undefined)[]): unknown[][] {
  const ctxs = options.map((o) => createContext(o))
  const docs = ctxs.map(() => texts.map((t) => segment(createDoc(t))))
  for (const s of stages) {
    for (let d = 0; d < texts.length; d++) for (let c = 0; c < ctxs.length; c++) docs[c]![d] = s(docs[c]![d]!, ctxs[c]!)
  }
  return docs.map((perCtx) => perCtx.map(outcome))
}

/** Swap the foreign paragraph with the body block above it: a block keeps its index but not its text. */
const swapBodyTexts: Stage = Object.assign(
  (doc: Doc): Doc => {
    const b = doc.blocks.findIndex((x) => x.verdict === 'body' && x.text === FRENCH)
    const a = doc.blocks.slice(0, b).findLastIndex((x) => x.verdict === 'body')
    if (a < 0 || b < 0) return doc
    const blocks = [...doc.blocks]
    blocks[a] = { ...doc.blocks[a]!, text: doc.blocks[b]!.text }
    blocks[b] = { ...doc.blocks[b]!, text: doc.blocks[a]!.text }
    return { ...doc, blocks }
  },
  { id: 'swap' },
)

const ORDERS: readonly (readonly Stage[])[] = [
  DEFAULT_STAGES,
  [fixMojibake, normalize, annotate, extractMetadata, classifyBoilerplate, repairCleanBody],
  [fixMojibake, normalize, annotate, classifyBoilerplate, repairCleanBody, extractMetadata],
  [fixMojibake, normalize, annotate, classifyBoilerplate, swapBodyTexts, extractMetadata, repairCleanBody],
  [fixMojibake, normalize, annotate, classifyBoilerplate, extractMetadata, classifyBoilerplate, extractMetadata, repairCleanBody],
]

describe('stages sharing a context', () => {
  it('should take out metadata lines and foreign paragraphs from the pages', () => {
    // The pages have what the classifier asks the later stages about: metadata lines and foreign paragraphs.
    let doc = segment(createDoc(PAGES[0]!))
    const ctx = createContext()
    for (const s of DEFAULT_STAGES) doc = s(doc, ctx)
    expect(doc.metadata.date).toBe('2019-11-19T09:41')
    expect(doc.metadata.credits?.reporter).toEqual(['John Roe'])
    const rules = doc.blocks.map((b) => b.rule)
    expect(rules).toContain('repair/foreign-paragraph')
    expect(rules).toContain('metadata/author')
  })

  it.each(ORDERS.map((o, k) => [k, o] as const))('should give what fresh contexts give, stages in order %i', (_, stages) => {
    const got = interleaved(PAGES, stages, OPTIONS)
    OPTIONS.forEach((o, c) => {
      PAGES.forEach((text, d) => expect(got[c]![d]).toEqual(unshared(text, stages, o)))
    })
  })
})
