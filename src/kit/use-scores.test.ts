import { describe, expect, it } from 'vitest'
import { nationalQuery, subnationalQuery } from '../api/score-queries'
import type { ScoreRow } from '../api/client'
import { summariseLevels, type Score } from '../domain/indices'
import { DIMENSIONS } from '../domain/framework'
import { scoreEntries, withPillarRows } from './use-scores'

describe('the questions a view asks', () => {
  const request = { sub: subnationalQuery({ regions: ['PV20'], sectors: [] }), nat: nationalQuery(), off: undefined }

  it('asks only dimension rows when the dataset has no pillar cells', () => {
    expect(scoreEntries(request, ['sub', 'nat'], false).map((e) => [e.key, e.kind])).toEqual([
      ['sub', 'rows'],
      ['nat', 'rows'],
    ])
  })

  it('asks pillar rows beside the dimension rows of the questions that want them, when there are pillar cells', () => {
    const entries = scoreEntries(request, ['sub'], true)
    expect(entries.map((e) => [e.key, e.kind])).toEqual([
      ['sub', 'rows'],
      ['sub', 'pillars'],
      ['nat', 'rows'],
    ])
    // the same question, grouped by pillar instead of dimension
    expect(entries[1].query).toEqual({ level: ['individual', 'organisational', 'regional_sectoral'], region: ['PV20'], by: ['level', 'pillar', 'year'] })
  })
})

describe('pillar rows reach the domain', () => {
  // one level, every dimension at 3.0 (se 0.1, n 100)
  const dims: ScoreRow[] = DIMENSIONS.map((d) => ({ level: 'individual', dimension: d, year: 2025, mean: 3, sd: 1, n: 100, se: 0.1, ciLow: 3 - 0.196, ciHigh: 3 + 0.196, status: 'ok' as const }))
  // the same 100 respondents' own T, S and G = T − S (ADR 0007): T 3.0 (se 0.05), S 3.0 (se 0.06), G 0 (se 0.04)
  const pillarRow = (pillar: 'technological' | 'social' | 'gap', mean: number, se: number): ScoreRow => ({ level: 'individual', pillar, year: 2025, mean, sd: se * 10, n: 100, se, ciLow: mean - 1.96 * se, ciHigh: mean + 1.96 * se, status: 'ok' })
  const pillars = [pillarRow('technological', 3, 0.05), pillarRow('social', 3, 0.06), pillarRow('gap', 0, 0.04)]

  it('appends pillar rows to the dimension rows of the same question, and leaves the others alone', () => {
    const merged = withPillarRows({ sub: dims, nat: dims }, { sub: pillars })
    expect(merged.sub).toEqual([...dims, ...pillars])
    expect(merged.nat).toBe(dims)
  })

  it('gives the exact pillar intervals with pillar rows, and the bound for any correlation without them', () => {
    // without: se_T ≤ mean of the four dimensions' se = 0.1; se_S ≤ 0.1
    const [bound] = summariseLevels(dims, ['individual'])
    expect((bound.technological as Score).se).toBeCloseTo(0.1, 12)
    expect((bound.social as Score).se).toBeCloseTo(0.1, 12)
    // with: the pillar rows' own se
    const [exact] = summariseLevels(withPillarRows({ sub: dims }, { sub: pillars }).sub, ['individual'])
    expect((exact.technological as Score).se).toBeCloseTo(0.05, 12)
    expect((exact.social as Score).se).toBeCloseTo(0.06, 12)
    expect((exact.gap as Score).se).toBeCloseTo(0.04, 12)
  })
})
