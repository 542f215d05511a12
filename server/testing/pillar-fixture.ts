/**
 * Pillar cells for tests (ADR 0007): a small fixture worked out by hand, and synthetic pillar cells
 * beside the demo data's dimension cells.
 */
import type { Cell, PillarCell } from '../../src/domain/cells'
import { DIMENSIONS } from '../../src/domain/framework'
import { CELL_KEYS, GROUP_KEYS, type GroupKey } from '../../src/contract/v1'

/**
 * Twelve respondents of the organisational level in PV20, municipalities, 2025, who answered every
 * dimension: six with T = 3 and S = 2, six with T = 4 and S = 3 (so every gap T − S is exactly 1).
 *   ΣT = 6·3 + 6·4 = 42, ΣT² = 6·9 + 6·16 = 150, ΣS = 6·2 + 6·3 = 30, ΣS² = 6·4 + 6·9 = 78,
 *   ΣTS = 6·6 + 6·12 = 108.
 *   T: mean 3.5, var = (150 − 12·3.5²)/11 = 3/11, sd = 0.5222, se = sd/√12 = 0.1508,
 *      CI 3.5 ± 1.96·0.1508 = 3.2045 … 3.7955 (n < 30: low reliability)
 *   S: mean 2.5, the same sd, se and half-width: 2.2045 … 2.7955
 *   G: mean 1, sd 0, CI 1 … 1
 * Plus four respondents in PV21 (below the threshold: left out of every total) and twenty in the
 * national level (NL, 2025).
 */
export const HAND_PILLAR_CELLS: PillarCell[] = [
  { level: 'organisational', region: 'PV20', sector: 'GEM', year: 2025, n: 12, sumT: 42, sumTSq: 150, sumS: 30, sumSSq: 78, sumTS: 108 },
  { level: 'organisational', region: 'PV21', sector: 'GEM', year: 2025, n: 4, sumT: 12, sumTSq: 36, sumS: 8, sumSSq: 16, sumTS: 24 },
  { level: 'national', region: 'NL', sector: null, year: 2025, n: 20, sumT: 70, sumTSq: 250, sumS: 60, sumSSq: 184, sumTS: 212 },
]

/** The same respondents' dimension cells: every one answered all nine dimensions. */
export const HAND_CELLS: Cell[] = HAND_PILLAR_CELLS.flatMap((p) =>
  DIMENSIONS.map((dimension) => {
    const tech = dimension.startsWith('T')
    const sum = tech ? p.sumT : p.sumS
    const sumSq = tech ? p.sumTSq : p.sumSSq
    return { level: p.level, dimension, region: p.region, sector: p.sector, year: p.year, n: p.n, sum, sumSq }
  }),
)

/** Respondents per pillar cell key: what no row may exceed. */
export function respondents(pillarCells: readonly PillarCell[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const p of pillarCells) out.set(`${p.level}|${p.region}|${p.sector}|${p.year}`, p.n)
  return out
}

/**
 * Synthetic pillar cells beside dimension cells: one per (level, region, sector, year), with n the
 * smallest dimension n of that key (every respondent answered every dimension), T and S the means
 * of the dimension means, sd 0.6 each and a correlation of 0.4.
 */
export function syntheticPillarCells(cells: readonly Cell[]): PillarCell[] {
  const groups = new Map<string, { key: Omit<PillarCell, 'n' | 'sumT' | 'sumTSq' | 'sumS' | 'sumSSq' | 'sumTS'>; n: number; t: number[]; s: number[] }>()
  for (const c of cells) {
    const k = `${c.level}|${c.region}|${c.sector}|${c.year}`
    let g = groups.get(k)
    if (!g) {
      g = { key: { level: c.level, region: c.region, sector: c.sector, year: c.year }, n: Infinity, t: [], s: [] }
      groups.set(k, g)
    }
    g.n = Math.min(g.n, c.n)
    ;(c.dimension.startsWith('T') ? g.t : g.s).push(c.sum / c.n)
  }
  const out: PillarCell[] = []
  const sd = 0.6
  const rho = 0.4
  for (const g of groups.values()) {
    if (g.t.length === 0 || g.s.length === 0) continue
    const mT = g.t.reduce((a, b) => a + b, 0) / g.t.length
    const mS = g.s.reduce((a, b) => a + b, 0) / g.s.length
    const n = g.n
    out.push({
      ...g.key,
      n,
      sumT: n * mT,
      sumTSq: (n - 1) * sd * sd + n * mT * mT,
      sumS: n * mS,
      sumSSq: (n - 1) * sd * sd + n * mS * mS,
      sumTS: (n - 1) * rho * sd * sd + n * mT * mS,
    })
  }
  return out
}

/** Every grouping the API answers: each subset of the cell keys with `dimension`, and each with `pillar` instead. */
export function answerableGroupings(): GroupKey[][] {
  const out: GroupKey[][] = []
  const others = CELL_KEYS.filter((k) => k !== 'dimension')
  for (let mask = 0; mask < 1 << others.length; mask++) {
    const rest = others.filter((_, i) => mask & (1 << i))
    for (const extra of ['dimension', 'pillar'] as const) out.push(GROUP_KEYS.filter((k) => k === extra || (rest as string[]).includes(k)))
  }
  return out
}
