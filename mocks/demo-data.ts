/**
 * The bundled demo dataset: SYNTHETIC, generated deterministically from a fixed seed.
 * Structure only echoes published patterns (CBS digital skills 2023; Regional Innovation
 * Scoreboard): Utrecht, Flevoland and Noord-Holland above average, Zeeland and Limburg lowest.
 * No value here is a real measurement.
 */
import type { DatasetInfo } from '../src/contract/v1'
import type { Cell } from '../src/domain/cells'
import { COUNTRIES, DIMENSIONS, PROVINCES, SECTORS, type Dimension } from '../src/domain/framework'
import { sumsFromMeanSd } from '../src/domain/pooling'

export const DEMO_SEED = 20190
export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const
const GENERATOR_VERSION = 3

export const DEMO_INFO: Omit<DatasetInfo, 'cells'> = {
  id: 'demo',
  version: `demo-${DEMO_SEED}-g${GENERATOR_VERSION}`,
  title: { nl: 'Demodata (synthetisch)', en: 'Demo data (synthetic)' },
  synthetic: true,
  source: {
    nl: 'Samenhang demodataset, synthetisch gemaakt met vaste seed; geen echte metingen',
    en: 'Samenhang demo dataset, synthetic, generated from a fixed seed; not real measurements',
  },
  updated: '2026-01-15T00:00:00.000Z',
}

/** mulberry32: small, fast, deterministic PRNG (uniform in [0, 1) for a 32-bit seed). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12)
  const v = rand()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

/** Province effect on the 1–5 scale, and relative size (headcount weight). */
const PROVINCE: Record<string, { effect: number; size: number; techTilt: number }> = {
  PV20: { effect: -0.02, size: 0.9, techTilt: 0.1 },
  PV21: { effect: -0.16, size: 0.8, techTilt: -0.15 },
  PV22: { effect: -0.1, size: 0.6, techTilt: 0 },
  PV23: { effect: 0.0, size: 1.1, techTilt: 0.05 },
  PV24: { effect: 0.16, size: 0.5, techTilt: 0.2 },
  PV25: { effect: 0.02, size: 1.5, techTilt: -0.05 },
  PV26: { effect: 0.26, size: 1.4, techTilt: 0.05 },
  PV27: { effect: 0.17, size: 2.2, techTilt: 0.15 },
  PV28: { effect: 0.12, size: 2.6, techTilt: 0.1 },
  PV29: { effect: -0.27, size: 0.4, techTilt: -0.1 },
  PV30: { effect: 0.13, size: 1.9, techTilt: 0.1 },
  PV31: { effect: -0.22, size: 0.9, techTilt: -0.2 },
}

/** Sector effect, size, and whether it leans to technology (+) or the social side (−). */
const SECTOR: Record<string, { effect: number; size: number; techTilt: number; only?: string[] }> = {
  RIJK: { effect: 0.15, size: 1.6, techTilt: 0.35 },
  DEF: { effect: 0.05, size: 0.8, techTilt: 0.45 },
  POL: { effect: 0.0, size: 0.9, techTilt: 0.3 },
  RM: { effect: -0.2, size: 0.12, techTilt: 0.1 },
  GEM: { effect: 0.0, size: 1.8, techTilt: -0.1 },
  PROV: { effect: 0.05, size: 0.15, techTilt: 0 },
  WS: { effect: -0.05, size: 0.14, techTilt: 0.25 },
  PO: { effect: -0.2, size: 1.5, techTilt: -0.35 },
  VO: { effect: -0.12, size: 1.0, techTilt: -0.25 },
  MBO: { effect: -0.05, size: 0.6, techTilt: -0.2 },
  HBO: { effect: 0.1, size: 0.5, techTilt: -0.1 },
  WO: { effect: 0.2, size: 0.5, techTilt: 0.05, only: ['PV20', 'PV23', 'PV25', 'PV26', 'PV27', 'PV28', 'PV30', 'PV31'] },
  UMC: { effect: 0.12, size: 0.45, techTilt: 0.3, only: ['PV20', 'PV25', 'PV26', 'PV27', 'PV28', 'PV31'] },
  OI: { effect: 0.25, size: 0.15, techTilt: 0.2 },
}

/** Dimension effect: Data & AI and co-creation lag, security and integrity lead. */
const DIMENSION: Record<Dimension, number> = {
  T1: 0.15, T2: -0.35, T3: 0.25, T4: 0.1, S1: -0.2, S2: -0.25, S3: 0.05, S4: -0.05, S5: 0.2,
}

/** Level base, yearly trend, per-cell sample size and spread of individual scores. */
const LEVEL = {
  individual: { base: 2.85, trend: 0.06, nPer: 55, sd: 0.85 },
  organisational: { base: 2.95, trend: 0.07, nPer: 24, sd: 0.7 },
  regional_sectoral: { base: 2.6, trend: 0.05, nPer: 18, sd: 0.65 },
} as const

/** National level: country base and yearly trend (NL slower than the Nordic leaders). */
const COUNTRY: Record<string, { base: number; trend: number; techTilt: number }> = {
  NL: { base: 3.25, trend: 0.05, techTilt: 0.2 },
  EU27: { base: 2.95, trend: 0.06, techTilt: 0.1 },
  BE: { base: 3.0, trend: 0.05, techTilt: 0.05 },
  DE: { base: 2.85, trend: 0.07, techTilt: -0.05 },
  DK: { base: 3.6, trend: 0.08, techTilt: 0.15 },
  EE: { base: 3.5, trend: 0.09, techTilt: 0.35 },
  FI: { base: 3.55, trend: 0.08, techTilt: 0.0 },
  FR: { base: 3.05, trend: 0.06, techTilt: 0.1 },
  IE: { base: 3.1, trend: 0.07, techTilt: 0.05 },
  AT: { base: 3.15, trend: 0.06, techTilt: 0.1 },
  ES: { base: 3.05, trend: 0.08, techTilt: 0.15 },
  SE: { base: 3.45, trend: 0.06, techTilt: -0.05 },
}

function cellFor(rand: () => number, mean: number, sd: number, n: number) {
  const m = clamp(mean, 1.05, 4.95)
  // the spread shrinks near the ends of the scale, as bounded scores do
  const s = clamp(sd * (1 + 0.1 * normal(rand)), 0.2, Math.min(m - 1, 5 - m) * 1.2 + 0.15)
  return sumsFromMeanSd(n, m, s)
}

/** All cells of the demo dataset, in a fixed order. */
export function generateDemoCells(seed = DEMO_SEED): Cell[] {
  const rand = prng(seed)
  const cells: Cell[] = []
  for (const [level, L] of Object.entries(LEVEL)) {
    for (const p of PROVINCES) {
      const P = PROVINCE[p.code]
      for (const s of SECTORS) {
        const S = SECTOR[s.code]
        if (S.only && !S.only.includes(p.code)) continue
        // a persistent cell effect, so a unit keeps its character over the years
        const unitEffect = 0.12 * normal(rand)
        for (const year of DEMO_YEARS) {
          // Flevoland's regional networks were first assessed in 2021: the gap is real missing data
          if (level === 'regional_sectoral' && p.code === 'PV24' && year < 2021) continue
          const t = year - 2019
          for (const d of DIMENSIONS) {
            const tech = d.startsWith('T')
            const tilt = (S.techTilt + P.techTilt) * 0.5 * (tech ? 1 : -1)
            // the social side catches up slowly over the years
            const catchUp = tech ? 0 : 0.015 * t
            const mean =
              L.base + P.effect + S.effect + DIMENSION[d] + tilt + L.trend * t + catchUp + unitEffect + 0.08 * normal(rand)
            const nRaw = L.nPer * P.size * S.size * (0.7 + 0.6 * rand())
            const n = Math.max(1, Math.round(nRaw))
            cells.push({ level, dimension: d, region: p.code, sector: s.code, year, ...cellFor(rand, mean, L.sd, n) })
          }
        }
      }
    }
  }
  for (const c of COUNTRIES) {
    const C = COUNTRY[c.code]
    for (const year of DEMO_YEARS) {
      const t = year - 2019
      for (const d of DIMENSIONS) {
        const tech = d.startsWith('T')
        const mean = C.base + DIMENSION[d] * 0.7 + C.techTilt * 0.5 * (tech ? 1 : -1) + C.trend * t + 0.06 * normal(rand)
        const n = c.code === 'EU27' ? 540 : Math.round(35 + 30 * rand())
        cells.push({ level: 'national', dimension: d, region: c.code, sector: null, year, ...cellFor(rand, mean, 0.6, n) })
      }
    }
  }
  return cells
}
