import { describe, expect, it } from 'vitest'
import { againstReference, metricOf, unitsBy } from './groups'
import { scoreOf, type Score } from './indices'

// Two sectors; every dimension of A at T 3.0 / S 2.5 (se 0.1), B at 3.4 / 3.4; B's S5 suppressed.
const row = (sector: string, dimension: string, mean: number) => ({
  sector,
  dimension,
  n: 100,
  mean,
  sd: 1,
  se: 0.1,
  ciLow: mean - 0.196,
  ciHigh: mean + 0.196,
  status: 'ok' as const,
})
const rows = [
  ...['T1', 'T2', 'T3', 'T4'].map((d) => row('A', d, 3)),
  ...['S1', 'S2', 'S3', 'S4', 'S5'].map((d) => row('A', d, 2.5)),
  ...['T1', 'T2', 'T3', 'T4'].map((d) => row('B', d, 3.4)),
  ...['S1', 'S2', 'S3', 'S4'].map((d) => row('B', d, 3.4)),
  { sector: 'B', dimension: 'S5', status: 'suppressed' as const },
]

describe('units by sector', () => {
  const units = unitsBy(rows, ['sector'])
  it('summarises each unit from its dimension rows', () => {
    const a = units.get('A')!
    expect((metricOf(a, 'T') as Score).value).toBeCloseTo(3, 12)
    expect((metricOf(a, 'S') as Score).value).toBeCloseTo(2.5, 12)
    // R = √7.5 = 2.738613
    expect((metricOf(a, 'R') as Score).value).toBeCloseTo(2.738613, 6)
    // G = 0.5, se = √(0.05² + 0.0447214²) = 0.067082 → tech-led
    expect((metricOf(a, 'G') as Score).value).toBeCloseTo(0.5, 12)
    expect(a.balance).toBe('tech_led')
    expect((metricOf(a, 'T2') as Score).value).toBe(3)
  })
  it('suppresses a pillar (and readiness) when one of its dimensions is suppressed', () => {
    const b = units.get('B')!
    expect(metricOf(b, 'S')).toEqual({ kind: 'none', reason: 'suppressed' })
    expect(metricOf(b, 'R')).toEqual({ kind: 'none', reason: 'suppressed' })
    expect((metricOf(b, 'T') as Score).value).toBeCloseTo(3.4, 12)
  })
})

describe('against a reference', () => {
  it('calls a difference only when its CI excludes zero', () => {
    // 3.4 vs 3.0, se 0.05 each: diff 0.4, half-width 1.96·0.0707 = 0.1386 → higher
    expect(againstReference(scoreOf(3.4, 0.05, 100), scoreOf(3.0, 0.05, 100)).verdict).toBe('higher')
    // 3.1 vs 3.0: 0.1 < 0.1386 → similar
    expect(againstReference(scoreOf(3.1, 0.05, 100), scoreOf(3.0, 0.05, 100)).verdict).toBe('similar')
    expect(againstReference({ kind: 'none', reason: 'suppressed' }, scoreOf(3, 0.05, 100)).verdict).toBe('unknown')
  })
})
