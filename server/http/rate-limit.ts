/**
 * Per-client rate limit: a token bucket per client address. Each client may burst up to the
 * per-minute limit and is refilled continuously at limit/60 tokens per second. Over the limit:
 * 429 problem+json with Retry-After (whole seconds until a token is back).
 *
 * The limit counts cost, not only requests (ADR 0111): every API request takes one token, and a
 * large /scores answer is charged more afterwards (one token per 1,000 rows, server/http/
 * query-lane.ts), which may put the bucket in debt; a client in debt gets 429 until it is repaid.
 */
import type { MiddlewareHandler } from 'hono'
import { problemResponse } from '../api/problems'

interface Bucket {
  tokens: number
  updated: number
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>()
  private readonly ratePerMs: number
  private lastSweep = 0

  /** capacity = burst size; refill per minute = perMinute tokens. */
  constructor(
    readonly perMinute: number,
    readonly capacity = perMinute,
    private readonly maxClients = 100_000,
  ) {
    this.ratePerMs = perMinute / 60_000
  }

  /** Take one token for `key`; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    this.sweep(now)
    let b = this.buckets.get(key)
    if (!b) {
      b = { tokens: this.capacity, updated: now }
      this.buckets.set(key, b)
    } else {
      b.tokens = Math.min(this.capacity, b.tokens + (now - b.updated) * this.ratePerMs)
      b.updated = now
    }
    if (b.tokens >= 1) {
      b.tokens -= 1
      return 0
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.ratePerMs / 1000))
  }

  /** Charge `key` `units` more (after the fact: the bucket may go into debt, at most one bucket deep). */
  charge(key: string, units: number, now = Date.now()): void {
    if (units <= 0) return
    let b = this.buckets.get(key)
    if (!b) {
      b = { tokens: this.capacity, updated: now }
      this.buckets.set(key, b)
    } else {
      b.tokens = Math.min(this.capacity, b.tokens + (now - b.updated) * this.ratePerMs)
      b.updated = now
    }
    b.tokens = Math.max(-this.capacity, b.tokens - units)
  }

  /** Seconds until `key` is out of debt (0 when it has at least one token). */
  debt(key: string, now = Date.now()): number {
    const b = this.buckets.get(key)
    if (!b) return 0
    const tokens = Math.min(this.capacity, b.tokens + (now - b.updated) * this.ratePerMs)
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.ratePerMs / 1000))
  }

  get clients(): number {
    return this.buckets.size
  }

  /** Forget clients whose bucket has refilled (they are indistinguishable from new ones). */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000 && this.buckets.size < this.maxClients) return
    this.lastSweep = now
    const full = this.capacity / this.ratePerMs
    for (const [k, b] of this.buckets) if (now - b.updated >= full) this.buckets.delete(k)
    // under a flood of distinct addresses, start over rather than grow without bound
    if (this.buckets.size >= this.maxClients) this.buckets.clear()
  }
}

export interface RateLimitOptions {
  perMinute: number
  /** the buckets to use (shared with the query lane, which charges large answers); default: new ones */
  buckets?: TokenBuckets
  /** the client's identity (its address) */
  clientKey: (c: Parameters<MiddlewareHandler>[0]) => string
  /** paths never limited (health checks) */
  exempt?: readonly string[]
}

export function rateLimit(o: RateLimitOptions): MiddlewareHandler {
  const buckets = o.buckets ?? new TokenBuckets(o.perMinute)
  const exempt = new Set(o.exempt ?? [])
  return async function limit(c, next) {
    if (o.perMinute <= 0 || exempt.has(c.req.path)) return next()
    const wait = buckets.take(o.clientKey(c))
    if (wait > 0) {
      return problemResponse(
        429,
        'Too many requests',
        `This client sent more than ${o.perMinute} API requests per minute (large answers count more). Try again in ${wait} s.`,
        undefined,
        { 'retry-after': String(wait) },
      )
    }
    return next()
  }
}
