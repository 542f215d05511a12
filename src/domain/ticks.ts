/**
 * Axis ticks that print exactly (case N3: ticks at ±0,25 labelled "±0,3" put a label where its
 * value is not). Steps are 1, 2 or 5 × 10^k, and the ticks come with the decimals of their step,
 * so `formatTick(tick, lang, digits)` prints every tick at its exact position. The charts draw
 * them; this module only decides where they go. Pure.
 */
import { roundTo } from './format'

/** An axis: its domain, the tick positions and the decimals that print them exactly. */
export interface TickAxis {
  domain: [number, number]
  ticks: number[]
  /** decimals of the step (0.5 → 1, 0.05 → 2, 1 → 0); pass to formatTick */
  digits: number
}

export interface TickOptions {
  /** at most this many intervals between ticks (default 5) */
  maxSteps?: number
  /** the domain also holds zero (differences, T − S) */
  includeZero?: boolean
  /** a domain symmetric around zero (difference charts) */
  symmetric?: boolean
  /** the smallest step allowed (default 0.01: ticks never need more than two decimals) */
  minStep?: number
  /** the domain used when there are no values (default [1, 5], the scale) */
  empty?: [number, number]
}

/** 1, 2, 5 × 10^k steps from `minStep` upwards. */
function steps(minStep: number): { step: number; digits: number }[] {
  const out: { step: number; digits: number }[] = []
  for (let k = -6; k <= 6; k += 1) {
    for (const m of [1, 2, 5]) {
      const step = roundTo(m * 10 ** k, Math.max(0, -k))
      if (step + 1e-12 >= minStep) out.push({ step, digits: Math.max(0, -k) })
    }
  }
  return out
}

/**
 * Nice ticks for values (estimates and CI bounds): the smallest 1-2-5 step that covers them in at
 * most `maxSteps` intervals, a domain on whole steps, and the decimals of the step. Every tick is
 * a whole multiple of the step rounded to those decimals, so it prints exactly.
 */
export function niceTicks(values: readonly number[], options: TickOptions = {}): TickAxis {
  const { maxSteps = 5, includeZero = false, symmetric = false, minStep = 0.01, empty = [1, 5] } = options
  const finite = values.filter(Number.isFinite)
  let lo: number
  let hi: number
  if (finite.length === 0) [lo, hi] = empty
  else {
    lo = Math.min(...finite)
    hi = Math.max(...finite)
  }
  if (includeZero || symmetric) {
    lo = Math.min(lo, 0)
    hi = Math.max(hi, 0)
  }
  if (symmetric) {
    const reach = Math.max(Math.abs(lo), Math.abs(hi))
    lo = -reach
    hi = reach
  }
  const candidates = steps(minStep)
  const chosen =
    candidates.find(({ step }) => {
      const start = Math.floor(lo / step + 1e-9)
      const end = Math.ceil(hi / step - 1e-9)
      return Math.max(1, end - start) <= (symmetric ? maxSteps + (maxSteps % 2) : maxSteps)
    }) ?? candidates[candidates.length - 1]
  const { step, digits } = chosen
  let start = Math.floor(lo / step + 1e-9)
  let end = Math.ceil(hi / step - 1e-9)
  if (symmetric) {
    const reach = Math.max(-start, end, 1)
    start = -reach
    end = reach
  }
  if (end <= start) end = start + 1
  const ticks: number[] = []
  for (let i = start; i <= end; i += 1) ticks.push(roundTo(i * step, digits))
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks, digits }
}

/**
 * The decimals that print every given tick exactly (at most 6): for ticks made elsewhere.
 * [0, 0.5, 1] → 1; [0, 0.25] → 2; [1, 2, 3] → 0.
 */
export function tickDigits(ticks: readonly number[]): number {
  let d = 0
  for (const t of ticks) while (d < 6 && roundTo(t, d) !== roundTo(t, 6)) d += 1
  return d
}
