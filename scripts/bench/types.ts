/** One table of `npm run bench`: each area's bench module returns its tables; scripts/bench.ts prints them. */
export interface BenchTable {
  /** What was measured, on what input. */
  readonly title: string
  readonly columns: readonly string[]
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>
  /** Free notes printed under the table (targets, ratios, caveats). */
  readonly notes?: readonly string[]
}

/** The contract of `scripts/bench/<area>.ts`: `export async function run(): Promise<BenchTable[]>`. */
export type BenchModule = { run: () => Promise<BenchTable[]> }
