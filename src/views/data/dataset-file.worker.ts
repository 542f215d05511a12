/**
 * The Data view's import worker: reads and checks one dataset file (`readAndParse`) away from the
 * page's main thread and posts back progress and the result. It holds the file's bytes and rows
 * only while it runs; the page ends it when the result is in or the user cancels.
 */
import { readAndParse, type ReadRequest, type WorkerMessage } from './read-dataset-file'

const post = (m: WorkerMessage) => (self as unknown as { postMessage: (m: WorkerMessage) => void }).postMessage(m)

self.onmessage = async (e: MessageEvent<ReadRequest>) => {
  try {
    const result = await readAndParse(e.data, (progress) => post({ type: 'progress', progress }))
    post({ type: 'done', result })
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
}
