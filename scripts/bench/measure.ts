/** Each measurement runs for at least this long, so timer noise is small. */
export const MIN_SECONDS = 2
/**
 * Passes over the inputs before timing starts go on for at least this long, so the figures are of code the
 * JIT has optimised, as in a long corpus run, not of its first interpreted passes.
 */
export const WARM_UP_SECONDS = 1

/** What one throughput measurement found. */
export interface Throughput {
  /** Megabytes (UTF-8) of input per second of wall-clock time. */
  readonly mbs: number
  /**
   * Megabytes per second of this process's CPU time (all its threads, garbage collection included): the
   * steadier figure when other work shares the machine, since time spent waiting for a core is not counted.
   */
  readonly mbsCpu: number
  /** Inputs per second. */
  readonly perSecond: number
  /** Total UTF-8 bytes of one pass over the inputs. */
  readonly bytes: number
  /** The results of the first (warm-up) pass, for scoring. */
  readonly outputs: readonly unknown[]
}

/**
 * Run `fn` over every input for at least `WARM_UP_SECONDS` to warm up (keeping the first pass's outputs),
 * then repeatedly for at least `MIN_SECONDS`, and report throughput.
 *
 * @param inputs the texts or pages
 * @param fn the function measured
 * @param minSeconds how long to keep repeating
 * @returns MB/s, inputs/s, the bytes of one pass and the warm-up outputs
 */
export function throughput<T>(inputs: readonly string[], fn: (s: string) => T, minSeconds = MIN_SECONDS): Throughput {
  const bytes = inputs.reduce((s, t) => s + Buffer.byteLength(t), 0)
  const outputs = inputs.map(fn)
  const warm = performance.now()
  while (performance.now() - warm < WARM_UP_SECONDS * 1000) for (const t of inputs) fn(t)
  let rounds = 0
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  let elapsed = 0
  do {
    for (const t of inputs) fn(t)
    rounds++
    elapsed = (performance.now() - t0) / 1000
  } while (elapsed < minSeconds)
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  return { mbs: (bytes * rounds) / 1e6 / elapsed, mbsCpu: (bytes * rounds) / 1e6 / cpuSeconds, perSecond: (inputs.length * rounds) / elapsed, bytes, outputs }
}
