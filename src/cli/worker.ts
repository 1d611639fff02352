/** Worker thread entry: clean each task it is sent and post back the formatted result. */
import { parentPort, workerData } from 'node:worker_threads'
import { processTask } from './process-task.js'
import type { Task, WorkerConfig } from './task.js'

const config = workerData as WorkerConfig
const port = parentPort
if (port === null) throw new Error('textwash: cli/worker.js must run in a worker thread')
port.on('message', (task: Task) => {
  port.postMessage(processTask(task, config))
})
