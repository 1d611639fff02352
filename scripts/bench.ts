/**
 * `npm run bench`: every area's measurements in one run, printed as markdown tables.
 *   npm run bench                 all areas
 *   npm run bench -- clean html   only those areas (scripts/bench/<area>.ts)
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchModule, BenchTable } from './bench/types.js'

const dir = join(import.meta.dirname, 'bench')
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const areas = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
  .map((f) => f.slice(0, -3))
  .filter((a) => wanted.length === 0 || wanted.includes(a))
  .sort((a, b) => (a === 'clean' ? -1 : b === 'clean' ? 1 : a.localeCompare(b)))

function print(t: BenchTable): void {
  console.log(`\n### ${t.title}\n`)
  console.log(`| ${t.columns.join(' | ')} |`)
  console.log(`| ${t.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`)
  for (const r of t.rows) console.log(`| ${r.join(' | ')} |`)
  for (const n of t.notes ?? []) console.log(`\n${n}`)
}

console.log(`textwash bench: node ${process.version}, ${new Date().toISOString().slice(0, 10)}`)
for (const area of areas) {
  const file = join(dir, `${area}.ts`)
  if (!existsSync(file)) continue
  const mod = (await import(file)) as Partial<BenchModule>
  // Shared helpers (types.ts, measure.ts) live beside the areas and export no run().
  if (typeof mod.run !== 'function') continue
  for (const t of await mod.run()) print(t)
}
