/**
 * The production server, as a function: listen (failing fast when the port is taken), build the
 * SPA if stale, open the SQLite store (seeding the demo data on first start), compose the HTTP
 * stack, and return a handle whose close() shuts down gracefully. server/main.ts is the CLI.
 */
import { createAdaptorServer } from '@hono/node-server'
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { DEMO_INFO, generateDemoCells } from '../mocks/demo-data'
import { VIEWS } from '../src/app/url-state'
import { loadBoundaryFile, BoundaryFileError, type BoundaryFile } from './boundaries'
import { buildSpa, staleReason } from './build-spa'
import type { ServerConfig } from './config'
import { composeApp } from './http/compose'
import { loadStaticSite } from './http/static'
import { buildOpenApiDocument } from './openapi'
import { AnswerCache } from './api/answer-cache'
import { DEFAULT_LIMITS } from './api/scores'
import { workerIngest } from './ingest/ingest'
import { DB_FILE, openStore, StoreOpenError, type OpenedStore } from './open-store'

export { DB_FILE }

/** A start-up failure with a message meant for the operator (no stack trace needed). */
export class StartError extends Error {}

export interface RunningServer {
  url: string
  port: number
  store: OpenedStore
  /** Stop accepting, let in-flight requests finish (up to timeoutMs), close the database. */
  close(timeoutMs?: number): Promise<{ forced: boolean }>
}

export interface StartHooks {
  /** progress messages for the operator (default: stderr) */
  note?: (message: string) => void
}

export function displayUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening)
      if (err.code === 'EADDRINUSE') {
        reject(new StartError(`Port ${port} on ${host} is already in use. Stop the other process or choose another port: PORT=${port + 1} npm start (or npm start -- --port ${port + 1}).`))
      } else if (err.code === 'EACCES') {
        reject(new StartError(`Not allowed to listen on port ${port} (ports below 1024 need privileges). Choose another port with PORT=…`))
      } else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
        reject(new StartError(`Cannot listen on host ${host}: no such address on this machine. Check HOST.`))
      } else reject(err)
    }
    const onListening = () => {
      server.off('error', onError)
      resolve((server.address() as AddressInfo).port)
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, host)
  })
}

export async function startServer(config: ServerConfig, hooks: StartHooks = {}): Promise<RunningServer> {
  const note = hooks.note ?? ((m: string) => process.stderr.write(`${m}\n`))
  // Listen first, so a taken port fails at once (not after a build); until the app is ready,
  // requests get 503.
  let handler: ((req: Request, env: unknown) => Response | Promise<Response>) | undefined
  const server = createAdaptorServer({
    fetch: (req, env) =>
      handler ? handler(req, env) : new Response('Starting, try again shortly.', { status: 503, headers: { 'retry-after': '1', 'content-type': 'text/plain; charset=utf-8' } }),
  }) as Server
  // a slow client cannot hold a connection for ever
  server.requestTimeout = 30_000
  server.headersTimeout = 20_000
  const port = await listen(server, config.port, config.host)

  let store: OpenedStore | undefined
  try {
    let boundaries: BoundaryFile | undefined
    if (config.boundariesFile) {
      try {
        boundaries = loadBoundaryFile(config.boundariesFile)
      } catch (err) {
        throw err instanceof BoundaryFileError ? new StartError(err.message) : err
      }
      note(`Boundary file ${config.boundariesFile}: ${boundaries.codes.length} provinces (code in "${boundaries.codeKey}"); the Compare view offers a map.`)
    }
    if (config.build !== 'never') {
      const reason = config.build === 'always' ? 'SAMENHANG_BUILD=always' : staleReason(config.projectRoot, config.staticDir)
      if (reason) {
        note(`Building the dashboard (${reason}) …`)
        try {
          buildSpa(config.projectRoot)
        } catch (err) {
          const previous = existsSync(path.join(config.staticDir, 'index.html'))
          throw new StartError(`${(err as Error).message}${previous ? ' To serve the previous build anyway, start with SAMENHANG_BUILD=never.' : ''}`)
        }
      }
    }
    // the app's own pages get index.html; any other address is a 404 page (case S6)
    const site = loadStaticSite(config.staticDir, { routes: Object.values(VIEWS) })

    let where: string
    let opened: Awaited<ReturnType<typeof openStore>>
    try {
      opened = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, databasePool: config.databasePool })
      ;({ store, where } = opened)
    } catch (err) {
      throw err instanceof StoreOpenError ? new StartError(err.message) : err
    }
    const demo = generateDemoCells()
    if (await store.seedIfEmpty(demo, DEMO_INFO)) {
      note(
        config.databaseUrl
          ? `New database (${where}): loaded the demo dataset (${demo.length} cells, synthetic).`
          : `New data directory ${config.dataDir}: loaded the demo dataset (${demo.length} cells, synthetic).`,
      )
    }

    const url = displayUrl(config.host, port)
    const served = store
    const app = composeApp({
      store: served,
      // repeated questions (the same dashboard view for many users) are answered from memory, serialised
      cache: config.queryCacheEntries > 0 ? new AnswerCache({ maxEntries: config.queryCacheEntries }) : undefined,
      limits: { ...DEFAULT_LIMITS, maxGroups: config.maxGroups },
      // SQLite queries block the event loop: one at a time; PostgreSQL's wait on the network
      queryLaneWidth: opened.kind === 'postgres' ? Math.max(1, Math.floor(config.databasePool / 2)) : 1,
      // uploads are read and written in a worker thread, over a connection of its own
      ingest: workerIngest({ target: opened.target, committed: () => served.refresh() }),
      site,
      openapi: buildOpenApiDocument(),
      frameAncestors: config.frameAncestors,
      rateLimitPerMinute: config.rateLimitPerMinute,
      maxBodyBytes: config.maxBodyBytes,
      uploadToken: config.uploadToken,
      maxUploadBytes: config.maxUploadBytes,
      boundaries: boundaries ? { body: boundaries.body, etag: boundaries.etag } : undefined,
      note,
      log: config.log ? (line) => process.stdout.write(line) : undefined,
      trustProxy: config.trustProxy,
    })
    handler = (req, env) => app.fetch(req, env)

    const running = store
    let closing: Promise<{ forced: boolean }> | undefined
    return {
      url,
      port,
      store: running,
      close(timeoutMs = 10_000) {
        closing ??= new Promise((resolve) => {
          let forced = false
          const timer = setTimeout(() => {
            forced = true
            server.closeAllConnections()
          }, timeoutMs)
          timer.unref()
          server.close(() => {
            clearTimeout(timer)
            void running.close().then(() => resolve({ forced }))
          })
          server.closeIdleConnections()
        })
        return closing
      },
    }
  } catch (err) {
    server.close()
    server.closeAllConnections()
    await store?.close()
    throw err
  }
}
