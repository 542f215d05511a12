/**
 * Bench-only child process: polls one URL at a fixed interval for a fixed time and prints the
 * latencies (ms) as one JSON line. Run apart from the load generator, so its timings are the
 * server's, not the generator's event loop.
 *
 *   node --import tsx bench/probe.ts URL INTERVAL_MS DURATION_MS
 */
import { Agent, request } from 'node:http'

const [url, intervalRaw, durationRaw] = process.argv.slice(2)
const interval = Number(intervalRaw)
const duration = Number(durationRaw)
const agent = new Agent({ keepAlive: true, maxSockets: 1 })
const latencies: number[] = []
let failures = 0

function once(): Promise<void> {
  return new Promise((resolve) => {
    const t = performance.now()
    const req = request(url, { agent, timeout: 10_000 }, (res) => {
      res.resume()
      res.on('end', () => {
        if (res.statusCode === 200) latencies.push(performance.now() - t)
        else failures++
        resolve()
      })
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => {
      failures++
      resolve()
    })
    req.end()
  })
}

const until = Date.now() + duration
while (Date.now() < until) {
  const t = Date.now()
  await once()
  const wait = interval - (Date.now() - t)
  if (wait > 0) await new Promise((r) => setTimeout(r, wait))
}
agent.destroy()
process.stdout.write(JSON.stringify({ latencies, failures }) + '\n')
