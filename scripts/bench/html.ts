/**
 * cleanHtml() against Mozilla Readability on linkedom and on jsdom, over the same benchmark pages in
 * one run: MB/s, pages/s and F1 (the benchmark's metric) for each, and the speed ratios to the targets.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'
import { scorePage, summarise } from '../eval/metric.js'
import { throughput } from './measure.js'
import { pkg } from './subject.js'
import type { BenchTable } from './types.js'
import { BENCH_DIR as BENCH } from '../data.js'

const { cleanHtml } = pkg

// Run each extractor for at least this long, so timer noise is small; jsdom is slow, so one pass may take longer.
const MIN_SECONDS = 3
// Targets from the HTML issue: this many times Readability's throughput.
const TARGET_LINKEDOM = 1.5
const TARGET_JSDOM = 10

type Extract = (html: string) => string

// jsdom reports CSS it cannot parse on its console; that noise is not part of the measurement.
const quiet = new VirtualConsole()

const extractors: ReadonlyArray<[string, Extract]> = [
  ['textwash cleanHtml()', (html) => cleanHtml(html).body],
  ['Readability + linkedom', (html) => new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? ''],
  ['Readability + jsdom', (html) => new Readability(new JSDOM(html, { virtualConsole: quiet }).window.document).parse()?.textContent ?? ''],
]

function measure(extract: Extract, pages: readonly string[]): { mbs: number; pps: number; outputs: string[] } {
  const r = throughput(pages, extract, MIN_SECONDS)
  return { mbs: r.mbs, pps: r.perSecond, outputs: r.outputs as string[] }
}

/**
 * Run the HTML speed comparison.
 *
 * @returns one table: extractor, MB/s, pages/s, F1
 */
export async function run(): Promise<BenchTable[]> {
  const truth = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>
  const files = readdirSync(join(BENCH, 'html')).filter((f) => f.endsWith('.html.gz')).sort()
  const ids = files.map((f) => f.slice(0, -'.html.gz'.length))
  // Decoded once up front: every extractor gets the same strings, and decoding is not what is compared.
  const pages = files.map((f) => new TextDecoder().decode(gunzipSync(readFileSync(join(BENCH, 'html', f)))))
  const mb = pages.reduce((s, p) => s + Buffer.byteLength(p), 0) / 1e6
  const results = extractors.map(([name, fn]) => {
    const r = measure(fn, pages)
    const f1 = summarise(r.outputs.map((o, i) => scorePage(o, truth[ids[i]!]?.articleBody ?? ''))).f1
    return { name, ...r, f1 }
  })
  const [ours, linkedom, jsdom] = results as [typeof results[0], typeof results[0], typeof results[0]]
  const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(1) : '∞')
  return [
    {
      title: `cleanHtml() vs Readability, ${pages.length} benchmark pages (${mb.toFixed(1)} MB of HTML)`,
      columns: ['extractor', 'MB/s', 'pages/s', 'F1'],
      rows: results.map((r) => [r.name, r.mbs.toFixed(2), r.pps.toFixed(1), r.f1.toFixed(3)]),
      notes: [
        `cleanHtml is ${ratio(ours.mbs, linkedom.mbs)}× Readability+linkedom (target ≥ ${TARGET_LINKEDOM}×) and ${ratio(ours.mbs, jsdom.mbs)}× Readability+jsdom (target ≥ ${TARGET_JSDOM}×).`,
        'Readability F1 is measured on its textContent here; the eval table shows the stored Readability.js run.',
      ],
    },
  ]
}
