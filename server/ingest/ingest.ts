/**
 * Uploads off the main thread (issue #18, cases S2 and S3): POST /api/v1/datasets hands the file to
 * a worker thread (server/ingest/worker.ts) that parses, validates, aggregates and writes it; the
 * main thread only waits for the answer, so health checks and reads keep being answered, and the
 * file's rows and cells never enter the main thread's heap. A new thread per upload: its memory is
 * returned when it ends. Uploads are taken one at a time by the API.
 */
import { Worker } from 'node:worker_threads'
import type { DatasetInfo } from '../../src/contract/v1'
import type { ImportProblem } from '../../src/domain/csv-import'
import type { DatasetFileKind } from '../../src/domain/dataset-file'
import type { DatasetIngest } from '../api/app'
import type { DatasetDescription } from '../store'

/** Where the worker writes: the server's own database, over a connection of its own. */
export type IngestTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }

/** What the worker is given (workerData; the file's bytes are transferred, not copied). */
export interface IngestJob {
  bytes: ArrayBuffer
  kind: DatasetFileKind
  sheet?: string
  info: DatasetDescription
  target: IngestTarget
}

/** What the worker says while it works: the file is valid, the write begins. */
export interface IngestProgress {
  valid: { cells: number; pillarCells: number }
}

/** What the worker answers. */
export type IngestReply =
  | { ok: true; info: DatasetInfo }
  | { ok: false; problems: ImportProblem[]; problemCount: number }
  | { ok: 'error'; message: string }

export interface WorkerIngestOptions {
  target: IngestTarget
  /** called after the worker committed, before the API answers: the main store reads the new version */
  committed: () => Promise<void>
  /** heap limit of the worker (MiB; default 1024): a runaway file ends the worker, not the server */
  maxHeapMb?: number
}

/** A DatasetIngest that runs each upload in its own worker thread. */
export function workerIngest(o: WorkerIngestOptions): DatasetIngest {
  return async (upload, info, valid) => {
    // moved to the worker, not copied: the API read the body into a buffer of its own
    const b = upload.bytes
    const whole = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer
    const buffer = (whole ? b.buffer : b.slice().buffer) as ArrayBuffer
    const job: IngestJob = { bytes: buffer, kind: upload.kind, sheet: upload.sheet, info, target: o.target }
    const reply = await new Promise<IngestReply>((resolve, reject) => {
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
        workerData: job,
        transferList: [buffer],
        resourceLimits: { maxOldGenerationSizeMb: o.maxHeapMb ?? 1024 },
        stdout: false,
        stderr: false,
      })
      let settled = false
      worker.on('message', (m: IngestReply | IngestProgress) => {
        if ('valid' in m) return valid?.(m.valid)
        settled = true
        resolve(m)
        void worker.terminate()
      })
      worker.once('error', (err) => {
        if (!settled) reject(err)
        settled = true
      })
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`The upload worker stopped (exit code ${code}) before it answered.`))
        settled = true
      })
    })
    if (reply.ok === 'error') throw new Error(reply.message)
    if (reply.ok) await o.committed()
    return reply
  }
}
