/**
 * Reads a dataset file the user chose, off the page's main thread: a module Web Worker
 * (`dataset-file.worker.ts`) reads the bytes in chunks and runs `parseDatasetFile`, reporting
 * progress; cancelling ends the worker at once. The file never leaves the browser, and only the
 * result (cells, pillar cells, counts, problems) comes back to the page — never a respondent's
 * row. Where there are no workers (the unit tests' jsdom), the same steps run in the page.
 */
import type { DatasetFileKind } from '../../domain/dataset-file'
import type { ImportResult } from '../../domain/dataset-table'

/** Where reading a file stands: the share done (0–1) and the step. */
export interface ReadProgress {
  step: 'reading' | 'checking'
  /** the share of the whole job done, 0–1 */
  fraction: number
}

export interface ReadRequest {
  file: Blob
  kind: DatasetFileKind
  /** a workbook's sheet by name (default: the first) */
  sheet?: string
}

/** Messages from the worker. */
export type WorkerMessage = { type: 'progress'; progress: ReadProgress } | { type: 'done'; result: ImportResult } | { type: 'error'; message: string }

const CHUNK = 4 * 1024 * 1024
/** reading the bytes is the first 30% of the bar, checking the rest */
const READ_SHARE = 0.3

/**
 * Reads the file in chunks, then validates it: the job a worker (or the page) does. Stops between
 * chunks when `signal` is aborted.
 */
export async function readAndParse(request: ReadRequest, onProgress: (p: ReadProgress) => void, signal?: AbortSignal): Promise<ImportResult> {
  const { file, kind, sheet } = request
  const bytes = new Uint8Array(file.size)
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    signal?.throwIfAborted()
    const part = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer())
    bytes.set(part, offset)
    onProgress({ step: 'reading', fraction: (READ_SHARE * (offset + part.length)) / Math.max(1, file.size) })
  }
  signal?.throwIfAborted()
  const { parseDatasetFile } = await import('../../domain/dataset-file')
  return parseDatasetFile(bytes, { kind, sheet, onProgress: (f) => onProgress({ step: 'checking', fraction: READ_SHARE + (1 - READ_SHARE) * f }) })
}

function inWorker(request: ReadRequest, onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-file.worker.ts', import.meta.url), { type: 'module', name: 'samenhang-import' })
    const stop = () => {
      worker.terminate()
      reject(signal.reason ?? new DOMException('Cancelled', 'AbortError'))
    }
    if (signal.aborted) return stop()
    signal.addEventListener('abort', stop, { once: true })
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data
      if (m.type === 'progress') onProgress(m.progress)
      else {
        signal.removeEventListener('abort', stop)
        worker.terminate()
        if (m.type === 'done') resolve(m.result)
        else reject(new Error(m.message))
      }
    }
    worker.onerror = (e) => {
      signal.removeEventListener('abort', stop)
      worker.terminate()
      reject(new Error(e.message || 'the import worker failed'))
    }
    worker.postMessage(request)
  })
}

/**
 * Reads and checks a dataset file without blocking the page. Rejects with an AbortError when
 * `signal` is aborted (the worker is ended at once), or with an Error when the file cannot be read.
 */
export function readDatasetFile(request: ReadRequest, onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<ImportResult> {
  return typeof Worker === 'undefined' ? readAndParse(request, onProgress, signal) : inWorker(request, onProgress, signal)
}
