/** One structured JSON line per request on stdout: time, method, path, status, ms. No client addresses (privacy). */
import type { MiddlewareHandler } from 'hono'

export type LogSink = (line: string) => void

export function requestLog(sink: LogSink = (line) => process.stdout.write(line)): MiddlewareHandler {
  return async function log(c, next) {
    const start = performance.now()
    let status = 500
    try {
      await next()
      status = c.res.status
    } finally {
      const entry = {
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status,
        ms: Math.round((performance.now() - start) * 10) / 10,
      }
      sink(JSON.stringify(entry) + '\n')
    }
  }
}
