/**
 * Where the scripts find their data: the article-extraction benchmark and the corpus, both shipped in the
 * repository under `fixtures/` so `npm run eval`, `npm run bench` and CI need nothing beside the clone.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const FIXTURES = join(import.meta.dirname, '../fixtures')

/** The benchmark folder (`ground-truth.json`, `page-text.json`, `html/`, `peers/`); `TEXTWASH_BENCH_DIR` overrides it. */
export const BENCH_DIR = process.env['TEXTWASH_BENCH_DIR'] ?? join(FIXTURES, 'bench/article-extraction-benchmark')

/** The benchmark's whole-page plain text, one string per page. */
export function benchmarkPageText(): string[] {
  const pages = JSON.parse(readFileSync(join(BENCH_DIR, 'page-text.json'), 'utf8')) as Record<string, { articleBody: string }>
  return Object.values(pages).map((p) => p.articleBody)
}

/** The five corpus files (inputs only, not their expected outputs). */
export function corpusTexts(): string[] {
  const dir = join(FIXTURES, 'corpus')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.includes('.expected'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
}
