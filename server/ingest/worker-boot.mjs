// Entry of the upload worker thread (server/ingest/ingest.ts): Node 20 cannot load TypeScript in
// a worker through --import, so the worker registers tsx itself, then loads the TypeScript module.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
