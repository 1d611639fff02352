/** A one-line progress display on stderr, and the final summary line. */

/** How often the bar is redrawn; faster only costs CPU. */
const REDRAW_MS = 250

/** Counters the run keeps; the summary checks that they add up. */
export interface Counts {
  read: number
  written: number
  errors: number
  skipped: number
  /** Raw (possibly compressed) input bytes read. */
  bytes: number
}

/**
 * Draws `records, rec/s, MB/s, percent, ETA` on a TTY while the run goes on.
 */
export class Progress {
  private timer: NodeJS.Timeout | undefined
  private readonly started = Date.now()

  /**
   * @param stream where to draw (stderr)
   * @param counts the live counters
   * @param totalBytes input size when known, for percent and ETA
   */
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly counts: Readonly<Counts>,
    private readonly totalBytes: number | undefined,
  ) {}

  /** Start redrawing. */
  start(): void {
    this.timer = setInterval(() => this.draw(), REDRAW_MS)
    this.timer.unref()
  }

  /** Stop and erase the bar. */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
    this.stream.write('\r\u001B[K')
  }

  private draw(): void {
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000)
    const { written, bytes, errors } = this.counts
    const done = written + errors
    const parts = [`${done} records`, `${Math.round(done / seconds)} rec/s`, `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`]
    if (errors > 0) parts.push(`${errors} errors`)
    if (this.totalBytes !== undefined && this.totalBytes > 0) {
      // Fraction of the input bytes read (ahead of the records written by at most the read buffer).
      const share = Math.min(1, bytes / this.totalBytes)
      const width = 20
      const filled = Math.round(share * width)
      const eta = bytes > 0 ? ((this.totalBytes - bytes) / bytes) * seconds : Number.NaN
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}%`)
      if (Number.isFinite(eta)) parts.push(`ETA ${duration(eta)}`)
    }
    const columns = this.stream.columns > 0 ? this.stream.columns : 80
    this.stream.write(`\r\u001B[K${parts.join(' · ').slice(0, columns - 1)}`)
  }
}

/**
 * The final summary: counts that add up (read = written + errors), time and rates.
 *
 * @param counts the final counters
 * @param seconds wall time
 * @param interrupted the run was stopped by a signal
 * @param peakRssKb peak resident memory of the process (workers included), in kilobytes
 * @returns one line, ending in a newline
 * @example summaryLine({ read: 10, written: 9, errors: 1, skipped: 0, bytes: 5e6 }, 2, false, 81920)
 */
export function summaryLine(counts: Readonly<Counts>, seconds: number, interrupted: boolean, peakRssKb: number): string {
  const s = Math.max(seconds, 0.001)
  const skipped = counts.skipped > 0 ? ` (${counts.skipped} non-page WARC records skipped)` : ''
  const stop = interrupted ? ' [interrupted: records not yet read were not processed]' : ''
  return (
    `textwash: read ${counts.read} = written ${counts.written} + errors ${counts.errors}${skipped}` +
    ` in ${s.toFixed(1)} s, ${Math.round(counts.read / s)} rec/s, ${(counts.bytes / 1e6 / s).toFixed(1)} MB/s,` +
    ` peak RSS ${Math.round(peakRssKb / 1024)} MB${stop}\n`
  )
}

function duration(seconds: number): string {
  const total = Math.round(seconds)
  const m = Math.floor(total / 60)
  return m > 0 ? `${m}m${String(total % 60).padStart(2, '0')}s` : `${total}s`
}
