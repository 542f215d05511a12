/**
 * The guard in front of the expensive part of GET /scores (ADR 0111): answers that are not in the
 * cache are computed a few at a time (one for SQLite, whose queries block the event loop; more for
 * PostgreSQL, whose queries wait on the network), taking turns between clients, with a turn of the
 * event loop between jobs so that health checks and cached answers are never stuck behind a queue
 * of large questions. Each answer is charged to its client's rate-limit bucket by its size; a
 * client in debt gets 429 at its turn, without any work done. A job whose client has gone away
 * (its request's signal aborted: the connection closed before the answer) is dropped at its turn,
 * so a client that floods and hangs up leaves no queue of work behind. Node-only (setImmediate).
 */
import type { QueryGuard } from '../api/app'
import type { TokenBuckets } from './rate-limit'

export interface QueryLaneOptions {
  /** jobs run at the same time (default 1) */
  width?: number
  /** the rate-limit buckets to charge; absent = no charge (rate limit off) */
  buckets?: TokenBuckets
  /** the client a request comes from (its address) */
  clientOf: (request: Request) => string
}

type Job = () => Promise<void>

export class QueryLane implements QueryGuard {
  private readonly queues = new Map<string, Job[]>()
  private running = 0
  private readonly width: number
  /** jobs waiting, over all clients */
  waiting = 0
  /** jobs dropped at their turn because their client had gone away */
  abandoned = 0
  private lastServed: string | undefined
  /** clients with a job running (at most one each) */
  private readonly runningBy = new Set<string>()

  constructor(private readonly o: QueryLaneOptions) {
    this.width = Math.max(1, o.width ?? 1)
  }

  run<T>(request: Request, work: () => Promise<T>): Promise<{ value: T } | { retryAfter: number } | { abandoned: true }> {
    const client = this.o.clientOf(request)
    // a job that starts at once cannot have been left behind; asking a request for its signal
    // creates one (node-server makes it lazily), which costs more than the check is worth then
    const waits = this.running >= this.width || this.waiting > 0 || this.runningBy.has(client)
    return new Promise((resolve, reject) => {
      const job: Job = async () => {
        if (waits && request.signal?.aborted) {
          this.abandoned++
          return resolve({ abandoned: true })
        }
        const wait = this.o.buckets?.debt(client) ?? 0
        if (wait > 0) return resolve({ retryAfter: wait })
        try {
          resolve({ value: await work() })
        } catch (err) {
          reject(err)
        }
      }
      const q = this.queues.get(client)
      if (q) q.push(job)
      else this.queues.set(client, [job])
      this.waiting++
      this.pump()
    })
  }

  charge(request: Request, units: number): void {
    this.o.buckets?.charge(this.o.clientOf(request), units)
  }

  /**
   * Start jobs while there is room: the first job of the client that has waited longest for a
   * turn, one job per client at a time (a single client flooding a PostgreSQL server would
   * otherwise run `width` large answers at once, and health checks would wait behind all of them).
   */
  private pump(): void {
    while (this.running < this.width && this.waiting > 0) {
      // Map iteration order is insertion order: the first client is the one whose turn it is,
      // unless it had the last turn (its queue emptied and filled again) and others are waiting
      const first = this.queues.keys().next().value as string
      if (first === this.lastServed && this.queues.size > 1) {
        const q = this.queues.get(first)!
        this.queues.delete(first)
        this.queues.set(first, q)
      }
      let client: string | undefined
      for (const c of this.queues.keys()) {
        if (!this.runningBy.has(c)) {
          client = c
          break
        }
      }
      // every waiting client already has a job running: wait for one to end
      if (client === undefined) return
      const q = this.queues.get(client)!
      this.lastServed = client
      const job = q.shift()!
      this.queues.delete(client)
      // back of the line for its next job
      if (q.length > 0) this.queues.set(client, q)
      this.waiting--
      this.running++
      this.runningBy.add(client)
      const ran = client
      // a turn of the event loop first: requests that arrived meanwhile (health) are read and answered
      setImmediate(() => {
        void job().finally(() => {
          this.running--
          this.runningBy.delete(ran)
          this.pump()
        })
      })
    }
  }
}
