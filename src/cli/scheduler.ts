/**
 * Spread tasks over worker threads and hand results back in input order (or as they finish), with a
 * bound on how many tasks are in flight: reading waits while the bound is reached, so a slow output or
 * slow workers slow the reader down instead of filling memory.
 */
import { Worker } from 'node:worker_threads'
import { failure } from './error-record.js'
import type { NewTask } from './records.js'
import type { Task, TaskResult, WorkerConfig } from './task.js'

/**
 * Tasks queued per worker: enough to keep a worker busy while its last result travels back, few
 * enough that memory is a handful of records per worker.
 */
const TASKS_PER_WORKER = 8

/**
 * Young-generation heap per worker. V8's default lets each isolate's nursery grow to ~48 MB; 16 MB cut
 * peak RSS by ~15 MB with 2 workers at the same CPU time (measured on whole-page JSONL).
 */
const WORKER_YOUNG_GENERATION_MB = 16

/** A worker and the tasks posted to it, in the order it works through them. */
interface Slot {
  readonly worker: Worker
  readonly tasks: Map<number, Task>
  /** When the worker started on the task at the head of `tasks`. */
  since: number
}

/** How the scheduler delivers results; awaited, so a slow sink holds back further reading. */
export type ResultSink = (result: TaskResult) => Promise<void>

/** Runs tasks on `size` worker threads (or inline when `size` is 0) and delivers results to a sink. */
export class Scheduler {
  private readonly slots: Slot[] = []
  private readonly pending = new Map<number, TaskResult>()
  private readonly capacity: number
  private nextSeq = 0
  private nextOut = 0
  private inFlight = 0
  private waiters: Array<() => void> = []
  private writing: Promise<void> = Promise.resolve()
  private sinkError: unknown
  private watchdog: NodeJS.Timeout | undefined

  /**
   * @param size worker threads; 0 runs tasks in the calling thread
   * @param config sent to each worker
   * @param ordered deliver in submission order (else as finished)
   * @param sink receives each result exactly once
   * @param workerUrl the worker script
   * @param timeoutMs longest a worker may spend on one record before it is stopped and replaced
   */
  constructor(
    private readonly size: number,
    private readonly config: WorkerConfig,
    private readonly ordered: boolean,
    private readonly sink: ResultSink,
    private readonly workerUrl: URL,
    private readonly timeoutMs: number,
  ) {
    this.capacity = Math.max(1, size) * TASKS_PER_WORKER
  }

  /**
   * Queue a task, waiting first while the in-flight bound is reached.
   *
   * @param input the task without its sequence number
   * @returns when the task is queued
   */
  async submit(input: NewTask): Promise<void> {
    while (this.inFlight >= this.capacity) await new Promise<void>((resolve) => this.waiters.push(resolve))
    if (this.sinkError !== undefined) throw this.sinkError
    const task = { ...input, seq: this.nextSeq++ } as Task
    this.inFlight += 1
    if (task.kind === 'error') {
      this.accept(failure(task.seq, task.src, task.reason, this.config))
      return
    }
    if (this.size === 0) {
      // Loaded on demand: with workers, the main thread never loads the cleaner (saves its memory).
      const { processTask } = await import('./process-task.js')
      this.accept(processTask(task, this.config))
      // Inline work never yields by itself; let signals, timers and output drains run.
      await new Promise<void>((resolve) => setImmediate(resolve))
      return
    }
    this.dispatch(task)
  }

  /** Post a task to the least busy worker. */
  private dispatch(task: Exclude<Task, { kind: 'error' }>): void {
    const slot = this.pickSlot()
    if (slot.tasks.size === 0) slot.since = Date.now()
    slot.tasks.set(task.seq, task)
    // Copy into a fresh buffer: structured clone of a view would copy the whole chunk it views.
    const copy = new Uint8Array(task.bytes)
    slot.worker.postMessage({ ...task, bytes: copy }, [copy.buffer])
  }

  /**
   * Wait for every queued task to be delivered, then stop the workers.
   *
   * @returns when all results are out
   */
  async finish(): Promise<void> {
    while (this.inFlight > 0) await new Promise<void>((resolve) => this.waiters.push(resolve))
    await this.writing
    if (this.watchdog !== undefined) clearInterval(this.watchdog)
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()))
    if (this.sinkError !== undefined) throw this.sinkError
  }

  /** The least busy worker, starting a new one while all are busy and the pool is not full. */
  private pickSlot(): Slot {
    let best: Slot | undefined
    for (const slot of this.slots) if (best === undefined || slot.tasks.size < best.tasks.size) best = slot
    if (best !== undefined && (best.tasks.size === 0 || this.slots.length >= this.size)) return best
    return this.spawn()
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl, {
      workerData: this.config,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    })
    const slot: Slot = { worker, tasks: new Map(), since: Date.now() }
    worker.on('message', (result: TaskResult) => {
      // A result that arrives after its worker was retired has already been reported; drop it.
      if (!slot.tasks.delete(result.seq)) return
      slot.since = Date.now()
      this.accept(result)
    })
    worker.on('error', (error) => this.retire(slot, `worker failed: ${error.message}`))
    worker.on('exit', (code) => this.retire(slot, `worker exited with code ${code}`))
    this.slots.push(slot)
    this.watchdog ??= setInterval(() => this.checkTimeouts(), Math.min(1000, Math.max(1, this.timeoutMs / 2)))
    this.watchdog.unref()
    return slot
  }

  /** Stop every worker stuck on one record for longer than the timeout. */
  private checkTimeouts(): void {
    const now = Date.now()
    for (const slot of [...this.slots]) {
      if (slot.tasks.size > 0 && now - slot.since > this.timeoutMs) {
        this.retire(slot, `timed out after ${this.timeoutMs / 1000} s`)
        void slot.worker.terminate()
      }
    }
  }

  /**
   * Take a dead or stuck worker out of the pool. The record it was working on (the head of its queue,
   * since a worker takes its tasks in order) becomes an error record; the records queued behind it go
   * to the other workers (or a fresh one), so one bad record costs exactly one error.
   */
  private retire(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    this.slots.splice(index, 1)
    const [head, ...queued] = slot.tasks.values()
    slot.tasks.clear()
    if (head !== undefined) this.accept(failure(head.seq, head.src, reason, this.config))
    for (const task of queued) if (task.kind !== 'error') this.dispatch(task)
  }

  /** Take a result: deliver it now, or hold it until the results before it are out. */
  private accept(result: TaskResult): void {
    if (!this.ordered) {
      this.deliver(result)
      return
    }
    this.pending.set(result.seq, result)
    for (let next = this.pending.get(this.nextOut); next !== undefined; next = this.pending.get(this.nextOut)) {
      this.pending.delete(this.nextOut)
      this.nextOut += 1
      this.deliver(next)
    }
  }

  /** Chain the sink calls so output stays in order; the in-flight slot frees only once the result is written. */
  private deliver(result: TaskResult): void {
    this.writing = this.writing
      .then(() => this.sink(result))
      .catch((error: unknown) => {
        this.sinkError ??= error
      })
      .finally(() => {
        this.inFlight -= 1
        const waiters = this.waiters
        this.waiters = []
        for (const wake of waiters) wake()
      })
  }
}
