/**
 * One structured JSON line per request on stdout: time, method, path, status, ms. No client
 * addresses (privacy). A client that went away before its answer was complete is logged as an
 * abort (status 499, `"aborted": true`), not as a server error (case S4). The path is escaped
 * (control and text-direction characters as \u escapes), so no request can forge or reorder a line.
 */
import type { MiddlewareHandler } from 'hono'
import { escapeForLog } from '../api/text'

export type LogSink = (line: string) => void

/** The Node request behind a Hono context, when served by @hono/node-server. */
interface Incoming {
  complete?: boolean
  destroyed?: boolean
  readableAborted?: boolean
}

function clientWentAway(env: unknown): boolean {
  const incoming = (env as { incoming?: Incoming } | undefined)?.incoming
  return !!incoming && (incoming.readableAborted === true || (incoming.destroyed === true && incoming.complete === false))
}

export function requestLog(sink: LogSink = (line) => process.stdout.write(line)): MiddlewareHandler {
  return async function log(c, next) {
    const start = performance.now()
    let status = 500
    try {
      await next()
      status = c.res.status
    } finally {
      const aborted = clientWentAway(c.env)
      const entry = {
        time: new Date().toISOString(),
        method: c.req.method,
        path: escapeForLog(c.req.path),
        status: aborted ? 499 : status,
        ms: Math.round((performance.now() - start) * 10) / 10,
        ...(aborted ? { aborted: true } : {}),
      }
      sink(JSON.stringify(entry) + '\n')
    }
  }
}
