/** Hand-made indicator fixtures for domain tests. */
import { DIMENSIONS, type Dimension } from './framework'
import { scoreOf, type DimensionScores, type Indicator } from './indices'

/** Every T dimension at t, every S dimension at s, all with the same se and n. */
export function dims(t: number, s: number, se: number, n = 100, overrides: Partial<Record<Dimension, Indicator>> = {}): DimensionScores {
  const out: DimensionScores = {}
  for (const d of DIMENSIONS) out[d] = scoreOf(d.startsWith('T') ? t : s, se, n)
  return { ...out, ...overrides }
}
