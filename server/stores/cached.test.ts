// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import type { GroupKey } from '../../src/contract/v1'
import type { Cell } from '../../src/domain/cells'
import { runApiSuite, runDatasetSuite } from '../api/api-suite'
import type { CellFilter, Store } from '../store'
import { CachingStore, poolKey } from './cached'
import { MemoryStore } from './memory'
import { SqliteStore } from './sqlite'

runApiSuite('cached sqlite', async (cells) => {
  const store = new SqliteStore(':memory:')
  await store.replace(cells, DEMO_INFO)
  return new CachingStore(store)
})
runDatasetSuite('cached sqlite', async (cells) => {
  const store = new SqliteStore(':memory:')
  await store.replace(cells, DEMO_INFO)
  return new CachingStore(store)
})

/** A store that counts its pool() calls. */
function counting(inner: Store) {
  let calls = 0
  const store: Store = {
    summary: () => inner.summary(),
    pool: (f: CellFilter, by: readonly GroupKey[], minN: number) => {
      calls++
      return inner.pool(f, by, minN)
    },
    replace: (cells, info) => inner.replace(cells, info),
    versions: () => inner.versions(),
    close: () => inner.close(),
  }
  return { store, calls: () => calls }
}

describe('CachingStore', () => {
  const cells = generateDemoCells()

  it('answers a repeated question from memory, with the same answer', async () => {
    const c = counting(new MemoryStore(cells, DEMO_INFO))
    const cache = new CachingStore(c.store)
    const first = await cache.pool({ region: ['PV20', 'PV21'], year: [2025] }, ['level'], 10)
    const again = await cache.pool({ year: [2025], region: ['PV21', 'PV20'] }, ['level'], 10) // same question, other order
    expect(again).toEqual(first)
    expect(c.calls()).toBe(1)
    expect(cache.hits).toBe(1)
    // another grouping order, threshold or filter is another question
    await cache.pool({ region: ['PV20', 'PV21'], year: [2025] }, ['level'], 5)
    await cache.pool({ region: ['PV20'], year: [2025] }, ['level'], 10)
    expect(c.calls()).toBe(3)
  })

  it('shares one store call among concurrent identical questions', async () => {
    const c = counting(new MemoryStore(cells, DEMO_INFO))
    const cache = new CachingStore(c.store)
    const answers = await Promise.all(Array.from({ length: 5 }, () => cache.pool({ sector: ['GEM'] }, ['year'], 10)))
    expect(c.calls()).toBe(1)
    for (const a of answers) expect(a).toEqual(answers[0])
  })

  it('hands out frozen groups, so no caller can change a cached answer', async () => {
    const cache = new CachingStore(new MemoryStore(cells, DEMO_INFO))
    const [g] = await cache.pool({}, [], 10)
    expect(() => {
      ;(g as { n: number }).n = 1
    }).toThrow(TypeError)
  })

  it('forgets everything when the dataset is replaced, also by someone else', async () => {
    const small: Cell[] = [{ level: 'organisational', dimension: 'T1', region: 'PV20', sector: 'GEM', year: 2025, n: 12, sum: 36, sumSq: 120 }]
    const inner = new MemoryStore(cells, DEMO_INFO)
    const cache = new CachingStore(inner)
    const before = await cache.pool({}, [], 10)
    await cache.replace(small, { ...DEMO_INFO, version: 'v2' })
    expect(await cache.pool({}, [], 10)).toEqual([{ keys: {}, n: 12, sum: 36, sumSq: 120 }])
    await inner.replace(cells, { ...DEMO_INFO, version: 'v3' }) // behind the cache's back
    expect(await cache.pool({}, [], 10)).toEqual(before)
  })

  it('stays within its bounds (entries and groups), evicting the least recently used', async () => {
    const c = counting(new MemoryStore(cells, DEMO_INFO))
    const cache = new CachingStore(c.store, { maxEntries: 3, maxGroups: 40 })
    for (const year of [2019, 2020, 2021, 2022]) await cache.pool({ year: [year] }, ['level'], 10)
    expect(cache.size.entries).toBe(3)
    await cache.pool({ year: [2019] }, ['level'], 10) // evicted: asked again
    expect(c.calls()).toBe(5)
    await cache.pool({}, ['region', 'year'], 10) // 168 groups: more than maxGroups on its own
    expect(cache.size.groups).toBeLessThanOrEqual(40)
  })

  it('does not cache failures', async () => {
    let fail = true
    const inner = new MemoryStore(cells, DEMO_INFO)
    const flaky: Store = { ...inner, summary: () => inner.summary(), pool: (f, by, n) => (fail ? Promise.reject(new Error('down')) : inner.pool(f, by, n)), replace: inner.replace, versions: () => inner.versions(), close: inner.close }
    const cache = new CachingStore(flaky)
    await expect(cache.pool({}, ['level'], 10)).rejects.toThrow('down')
    fail = false
    expect(await cache.pool({}, ['level'], 10)).toHaveLength(4)
  })

  it('keys questions canonically', () => {
    expect(poolKey({ region: ['b', 'a'] }, ['level'], 10)).toBe(poolKey({ region: ['a', 'b'] }, ['level'], 10))
    expect(poolKey({ region: [] }, [], 10)).not.toBe(poolKey({}, [], 10))
    expect(poolKey({}, ['level', 'year'], 10)).not.toBe(poolKey({}, ['year', 'level'], 10))
  })
})
