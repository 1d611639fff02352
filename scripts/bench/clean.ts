/**
 * clean() throughput on the benchmark's whole-page text and on the corpus, and the time of adversarial
 * 1 MB inputs (the linear-time promise, measured rather than asserted in unit tests).
 */
import { benchmarkPageText, corpusTexts } from '../data.js'
import { throughput } from './measure.js'
import { pkg } from './subject.js'
import type { BenchTable } from './types.js'

const { clean } = pkg

export async function run(): Promise<BenchTable[]> {
  const pages = benchmarkPageText()
  const corpus = corpusTexts()
  const rows: Array<Array<string | number>> = []
  for (const [name, texts] of [['benchmark page text (111 pages)', pages], ['corpus (5 files)', corpus]] as const) {
    const r = throughput(texts, (t) => clean(t))
    rows.push([name, (r.bytes / 1e6).toFixed(2), r.mbs.toFixed(1), r.mbsCpu.toFixed(1), r.perSecond.toFixed(0)])
  }
  const adversarial: Array<[string, string]> = [
    ['a million 、', '、'.repeat(1_000_000)],
    ['one giant line of words (1 MB)', 'word '.repeat(200_000)],
    ['100 000 empty lines', '\n'.repeat(100_000)],
    ['1 MB of one character', 'x'.repeat(1 << 20)],
    ['1 MB of spaces then a letter', ' '.repeat(1 << 20) + 'x'],
    ['100 000 short menu lines', 'Home\nNews\n'.repeat(50_000)],
  ]
  const adv: Array<Array<string | number>> = []
  for (const [name, input] of adversarial) {
    const t0 = performance.now()
    clean(input)
    const ms = performance.now() - t0
    adv.push([name, (Buffer.byteLength(input) / 1e6).toFixed(2), ms.toFixed(0), (Buffer.byteLength(input) / 1e6 / (ms / 1000)).toFixed(1)])
  }
  return [
    { title: 'clean() throughput', columns: ['input', 'MB', 'MB/s', 'MB/s of CPU time', 'docs/s'], rows, notes: ['target: >= 40 MB/s on the benchmark page text'] },
    { title: 'clean() on adversarial inputs (linear time)', columns: ['input', 'MB', 'ms', 'MB/s'], rows: adv },
  ]
}
