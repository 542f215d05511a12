/**
 * The questions the views ask GET /api/v1/scores, built in one place. Each takes the selection
 * (provinces, sectors, year) and returns a `ScoresQuery`; `scoresQuery` (queries.ts) turns it into
 * cached query options. Every query groups by `dimension`: pooling over dimensions would count a
 * respondent once per dimension (ADR 0007); pillar rows come from `pillarQuery`.
 */
import type { GroupKey, ScoresQuery } from '../contract/v1'
import type { Level } from '../domain/framework'

/** What the address selects, as far as the API is concerned. */
export interface Selection {
  /** provinces; empty = the whole country */
  regions: readonly string[]
  /** sectors; empty = all sectors */
  sectors: readonly string[]
  year: number
}

/** The levels with a province and sector breakdown. */
export const SUBNATIONAL: readonly Level[] = ['individual', 'organisational', 'regional_sectoral']

const regionFilter = (s: Pick<Selection, 'regions'>) => (s.regions.length > 0 ? { region: [...s.regions] } : {})
const sectorFilter = (s: Pick<Selection, 'sectors'>) => (s.sectors.length > 0 ? { sector: [...s.sectors] } : {})

/** The sub-national levels under the province and sector filters, every year. */
export function subnationalQuery(s: Pick<Selection, 'regions' | 'sectors'>): ScoresQuery {
  return { level: [...SUBNATIONAL], ...regionFilter(s), ...sectorFilter(s), by: ['level', 'dimension', 'year'] }
}

/** The national level: always the Netherlands as a whole, no province or sector filter, every year. */
export function nationalQuery(): ScoresQuery {
  return { level: ['national'], region: ['NL'], by: ['level', 'dimension', 'year'] }
}

/** Each given province apart, at the sub-national levels, under the sector filter, in the year. */
export function perRegionQuery(s: Selection): ScoresQuery {
  return { level: [...SUBNATIONAL], region: [...s.regions], ...sectorFilter(s), year: [s.year], by: ['level', 'dimension', 'region'] }
}

/** One level, each selected sector (all when none) under the province filter, in the year. */
export function sectorsQuery(s: Selection, level: Level): ScoresQuery {
  return { level: [level], year: [s.year], ...regionFilter(s), ...sectorFilter(s), by: ['sector', 'dimension'] }
}

/** One level, all sectors pooled under the province filter: the sectors' reference. */
export function allSectorsQuery(s: Selection, level: Level): ScoresQuery {
  return { level: [level], year: [s.year], ...regionFilter(s), by: ['dimension'] }
}

/** One level, every province × selected sector: the matrix. */
export function matrixQuery(s: Selection, level: Level): ScoresQuery {
  return { level: [level], year: [s.year], ...sectorFilter(s), by: ['region', 'sector', 'dimension'] }
}

/** One level, each selected sector in the whole country: what a matrix cell is compared with. */
export function sectorNationalQuery(s: Selection, level: Level): ScoresQuery {
  return { level: [level], year: [s.year], ...sectorFilter(s), by: ['sector', 'dimension'] }
}

/** Every country at the national level, every dimension and year (no province or sector filter). */
export function countriesQuery(): ScoresQuery {
  return { level: ['national'], by: ['region', 'dimension', 'year'] }
}

/** What a profile of one province or one sector asks. */
export interface ProfileQueries {
  /** the unit, every year */
  unit: ScoresQuery
  /** what it is compared with, every year */
  reference: ScoresQuery
  /** the parts (sectors of a province, provinces of a sector), chosen year */
  parts: ScoresQuery
  /** the same parts in the whole country (province profile), chosen year */
  partsReference?: ScoresQuery
  /** every peer (all provinces / all sectors), chosen year, for similarity */
  peers: ScoresQuery
}

export function profileQueries(k: { kind: 'province' | 'sector'; code: string }, s: Selection): ProfileQueries {
  const sub = [...SUBNATIONAL]
  const year = { year: [s.year] }
  if (k.kind === 'province') {
    return {
      unit: { level: sub, region: [k.code], ...sectorFilter(s), by: ['level', 'dimension', 'year'] },
      reference: { level: sub, ...sectorFilter(s), by: ['level', 'dimension', 'year'] },
      parts: { level: sub, region: [k.code], ...sectorFilter(s), ...year, by: ['level', 'sector', 'dimension'] },
      partsReference: { level: sub, ...sectorFilter(s), ...year, by: ['level', 'sector', 'dimension'] },
      peers: { level: sub, ...sectorFilter(s), ...year, by: ['level', 'region', 'dimension'] },
    }
  }
  return {
    unit: { level: sub, sector: [k.code], by: ['level', 'dimension', 'year'] },
    reference: { level: sub, by: ['level', 'dimension', 'year'] },
    parts: { level: sub, sector: [k.code], ...year, by: ['level', 'region', 'dimension'] },
    peers: { level: sub, ...year, by: ['level', 'sector', 'dimension'] },
  }
}

/**
 * The same question for pillar rows (ADR 0007): `dimension` in `by` becomes `pillar` and the
 * dimension filter goes. The answer has, per group, rows for T, S and the gap G = T − S with exact
 * intervals. Ask it only when `meta.dataset.pillarCells` is true.
 */
export function pillarQuery(q: ScoresQuery): ScoresQuery {
  const { dimension: _dimension, ...rest } = q
  return { ...rest, by: q.by.map((k): GroupKey => (k === 'dimension' ? 'pillar' : k)) }
}
