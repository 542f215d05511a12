import { describe, expect, it } from 'vitest'
import { nationalQuery, subnationalQuery } from '../api/score-queries'
import { scoreEntries } from './use-scores'

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
