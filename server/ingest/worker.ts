/**
 * The upload worker thread: reads, validates and aggregates a dataset file with parseDatasetFile
 * (the one entry point the browser and the CLI use too) and, when it is valid, writes it to the
 * server's database over its own connection, cells, pillar cells and rollups in one transaction.
 * The main thread keeps answering meanwhile (SQLite in WAL mode lets it read the previous version;
 * PostgreSQL's MVCC likewise). Respondent rows and cells exist only in this thread's memory, which
 * is freed when the thread ends. One job per thread.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { parseDatasetFile } from '../../src/domain/dataset-file'
import type { DatasetInfo } from '../../src/contract/v1'
import type { DatasetDescription } from '../store'
import type { IngestJob, IngestProgress, IngestReply } from './ingest'

async function run(job: IngestJob): Promise<IngestReply> {
  const bytes = new Uint8Array(job.bytes)
  const result = await parseDatasetFile(bytes, { kind: job.kind, sheet: job.sheet })
  if (!result.ok) return { ok: false, problems: result.problems, problemCount: result.problemCount }
  const { cells, pillarCells } = result.dataset
  parentPort!.postMessage({ valid: { cells: cells.length, pillarCells: pillarCells?.length ?? 0 } } satisfies IngestProgress)
  let info: DatasetInfo
  // each store's modules only when it is the target: a thread compiles what it imports (tsx)
  if (job.target.kind === 'sqlite') {
    const { SqliteStore } = await import('../stores/sqlite')
    const store = new SqliteStore(job.target.file)
    try {
      info = store.replaceSync(cells, job.info as DatasetDescription, pillarCells)
    } finally {
      await store.close()
    }
  } else {
    const { PostgresStore } = await import('../stores/postgres')
    const store = await PostgresStore.open(job.target.url, { poolSize: 1, listen: false })
    try {
      info = await store.replace(cells, job.info, pillarCells)
    } finally {
      await store.close()
    }
  }
  return { ok: true, info }
}

const job = workerData as IngestJob
run(job).then(
  (reply) => parentPort!.postMessage(reply),
  (err: unknown) => parentPort!.postMessage({ ok: 'error', message: err instanceof Error ? err.message : String(err) } satisfies IngestReply),
)
