/**
 * Bench-only child process: the production server (startServer, the full HTTP stack over the
 * SQLite store in the given data directory), the same with its query cache off, and, beside
 * them, a bare Hono app on @hono/node-server
 * that only returns a small JSON object: the framework's floor on this machine. Prints one JSON
 * line with both URLs; stops on SIGTERM. Never used in production.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'
import { loadConfig } from '../server/config'
import { startServer } from '../server/server'

const [dataDir, staticDir] = process.argv.slice(2)
const env = {
  PORT: '0',
  SAMENHANG_DATA_DIR: dataDir,
  SAMENHANG_STATIC_DIR: staticDir,
  SAMENHANG_LOG: 'off',
  // the limiter stays in the path (its cost is measured) but never trips
  SAMENHANG_RATE_LIMIT: '1000000000',
}
// as configured in production (query cache on), and the same without the cache
const running = await startServer(loadConfig([], env), { note: () => {} })
const uncached = await startServer(loadConfig([], { ...env, SAMENHANG_QUERY_CACHE: '0' }), { note: () => {} })

const bare = new Hono()
bare.get('/bare', (c) => c.json({ status: 'ok' }))
const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' })
await new Promise((r) => bareServer.once('listening', r))
const barePort = (bareServer.address() as AddressInfo).port

process.stdout.write(JSON.stringify({ api: running.url, apiUncached: uncached.url, bare: `http://127.0.0.1:${barePort}` }) + '\n')
process.on('SIGTERM', () => {
  bareServer.close()
  void Promise.all([running.close(2000), uncached.close(2000)]).then(() => process.exit(0))
})
