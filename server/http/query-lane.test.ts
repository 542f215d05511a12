import { describe, expect, it } from 'vitest'
import { QueryLane } from './query-lane'
import { TokenBuckets } from './rate-limit'

/** A request from `client`, optionally with a signal (aborted = the client has gone away). */
function requestFrom(client: string, signal?: AbortSignal): Request {
  return new Request(`http://lane.test/api/v1/scores?c=${client}`, { signal })
}

function laneFor(buckets?: TokenBuckets, width = 1) {
  const clientOf = (r: Request) => new URL(r.url).searchParams.get('c') ?? 'unknown'
  return new QueryLane({ width, buckets, clientOf })
}

/** Work that records its start and end, and finishes when released. */
function recorder() {
  const events: string[] = []
  let running = 0
  let most = 0
  const work = (name: string) => async () => {
    running++
    most = Math.max(most, running)
    events.push(`start ${name}`)
    await new Promise((r) => setTimeout(r, 5))
    events.push(`end ${name}`)
    running--
    return name
  }
  return { events, work, most: () => most }
}

describe('the query lane', () => {
  it('runs one job at a time and takes turns between clients', async () => {
    const lane = laneFor()
    const r = recorder()
    const results = await Promise.all([
      lane.run(requestFrom('a'), r.work('a1')),
      lane.run(requestFrom('a'), r.work('a2')),
      lane.run(requestFrom('a'), r.work('a3')),
      lane.run(requestFrom('b'), r.work('b1')),
    ])
    expect(results).toEqual([{ value: 'a1' }, { value: 'a2' }, { value: 'a3' }, { value: 'b1' }])
    expect(r.most()).toBe(1)
    // b's one job runs after a's first, not after all three
    expect(r.events.filter((e) => e.startsWith('start'))).toEqual(['start a1', 'start b1', 'start a2', 'start a3'])
  })

  it('runs one job per client at a time, even when the lane is wider (PostgreSQL), and other clients beside it', async () => {
    const lane = laneFor(undefined, 3)
    const r = recorder()
    const jobs = [
      lane.run(requestFrom('flood'), r.work('f1')),
      lane.run(requestFrom('flood'), r.work('f2')),
      lane.run(requestFrom('flood'), r.work('f3')),
      lane.run(requestFrom('b'), r.work('b1')),
    ]
    await Promise.all(jobs)
    // the flooding client's jobs never overlap; b's runs beside the first of them
    const order = r.events
    for (const [a, b] of [['f1', 'f2'], ['f2', 'f3']]) expect(order.indexOf(`end ${a}`)).toBeLessThan(order.indexOf(`start ${b}`))
    expect(order.indexOf('start b1')).toBeLessThan(order.indexOf('end f1'))
    expect(r.most()).toBe(2)
  })

  it('tells a client in debt when to come back, without running its work', async () => {
    const buckets = new TokenBuckets(60)
    const lane = laneFor(buckets)
    const request = requestFrom('greedy')
    // a large answer charged after the fact: 100 tokens over a budget of 60
    buckets.charge('greedy', 100)
    let ran = false
    const result = await lane.run(request, async () => {
      ran = true
      return 'x'
    })
    expect(ran).toBe(false)
    expect(result).toHaveProperty('retryAfter')
    expect((result as { retryAfter: number }).retryAfter).toBeGreaterThan(0)
    // another client is not held back
    expect(await lane.run(requestFrom('other'), async () => 'y')).toEqual({ value: 'y' })
  })

  it('drops the job of a client that went away before its turn, and runs the next one', async () => {
    const lane = laneFor()
    const r = recorder()
    const gone = new AbortController()
    const first = lane.run(requestFrom('a'), r.work('first'))
    const dropped = lane.run(requestFrom('flood', gone.signal), r.work('dropped'))
    const next = lane.run(requestFrom('b'), r.work('next'))
    // the flooding client hangs up while the first job runs
    gone.abort()
    expect(await first).toEqual({ value: 'first' })
    expect(await dropped).toEqual({ abandoned: true })
    expect(await next).toEqual({ value: 'next' })
    expect(r.events).not.toContain('start dropped')
    expect(lane.abandoned).toBe(1)
    expect(lane.waiting).toBe(0)
  })
})
