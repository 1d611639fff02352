/**
 * `npm run eval`: score clean() on the benchmark's whole-page text and cleanHtml() on its HTML with the
 * benchmark's own metric, beside the peers' stored outputs, in one table.
 *
 *   npm run eval                  the table
 *   npm run eval -- --worst 10    also the 10 worst pages of each textwash column
 *   npm run eval -- --only text   just clean() (or: --only html)
 *   npm run eval -- --gate        exit 1 when a textwash column misses its target or returns an empty body (CI)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import { clean, cleanHtml } from '../src/index.js'
import { BENCH_DIR as BENCH } from './data.js'
import { scorePage, summarise, type PageScore } from './eval/metric.js'

const PEERS = ['trafilatura', 'newspaper', 'readability_js', 'goose3', 'boilerpipe', 'justext']

interface Page { articleBody: string; url?: string }
const args = process.argv.slice(2)
const worst = Number(args[args.indexOf('--worst') + 1] ?? 0) || 0
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const gate = args.includes('--gate')
/** The issue targets: F1 from plain page text, and from HTML. */
const GATES: Readonly<Record<string, number>> = { 'textwash clean() on page text': 0.9, 'textwash cleanHtml() on HTML': 0.965 }

if (!existsSync(BENCH)) {
  console.error(`benchmark data not found at ${BENCH}; set TEXTWASH_BENCH_DIR`)
  process.exit(2)
}
const read = (f: string): Record<string, Page> => JSON.parse(readFileSync(join(BENCH, f), 'utf8')) as Record<string, Page>
const truth = read('ground-truth.json')
const ids = Object.keys(truth).sort()

interface Row { name: string; scores: PageScore[]; empty: number; perPage: Map<string, number> }
const rows: Row[] = []

function score(name: string, predict: (id: string) => string): Row {
  const scores: PageScore[] = []
  const perPage = new Map<string, number>()
  let empty = 0
  for (const id of ids) {
    const out = predict(id)
    if (out.trim() === '') empty++
    const s = scorePage(out, truth[id]!.articleBody)
    scores.push(s)
    perPage.set(id, s.tp)
  }
  return { name, scores, empty, perPage }
}

if (only !== 'html') {
  const pageText = read('page-text.json')
  rows.push(score('textwash clean() on page text', (id) => clean(pageText[id]?.articleBody ?? '').body))
}
if (only !== 'text') {
  const htmlDir = join(BENCH, 'html')
  const files = new Set(readdirSync(htmlDir))
  rows.push(score('textwash cleanHtml() on HTML', (id) => (files.has(`${id}.html.gz`) ? cleanHtml(gunzipSync(readFileSync(join(htmlDir, `${id}.html.gz`)))).body : '')))
}
if (only === undefined) {
  for (const p of PEERS) {
    const f = join(BENCH, 'peers', `${p}.json`)
    if (existsSync(f)) {
      const out = read(join('peers', `${p}.json`))
      rows.push(score(`${p} (stored)`, (id) => out[id]?.articleBody ?? ''))
    }
  }
  const pageText = read('page-text.json')
  rows.push(score('page text alone', (id) => pageText[id]?.articleBody ?? ''))
}

console.log(`| extractor | precision | recall | F1 | empty bodies |`)
console.log(`| --- | ---: | ---: | ---: | ---: |`)
for (const r of rows) {
  const s = summarise(r.scores)
  console.log(`| ${r.name} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${r.empty} |`)
}
console.log(`\n${ids.length} pages, metric: 4-token shingles, mean normalised tp/fp/fn (benchmark README).`)
if (worst > 0) {
  for (const r of rows.filter((x) => x.name.startsWith('textwash'))) {
    console.log(`\nworst pages for ${r.name}:`)
    const sorted = [...r.perPage.entries()].sort((a, b) => a[1] - b[1]).slice(0, worst)
    for (const [id, tp] of sorted) {
      const i = ids.indexOf(id)
      const s = r.scores[i]!
      console.log(`  ${id.slice(0, 12)}  tp=${tp.toFixed(2)} fp=${s.fp.toFixed(2)} fn=${s.fn.toFixed(2)}  ${truth[id]!.url ?? ''}`)
    }
  }
}

if (gate) {
  let failed = false
  for (const r of rows) {
    const target = GATES[r.name]
    if (target === undefined) continue
    const { f1 } = summarise(r.scores)
    if (f1 < target || r.empty > 0) {
      console.error(`gate: ${r.name} F1 ${f1.toFixed(3)} (target ${target}), ${r.empty} empty bodies`)
      failed = true
    }
  }
  if (failed) process.exit(1)
  console.log('gate: passed')
}
