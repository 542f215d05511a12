/**
 * Colour scales for heatmaps and maps, in steps so a legend can name each one. Every step has a
 * text colour with at least 4.5:1 contrast on it (WCAG AA).
 */
export interface ColorStep {
  /** lower bound of the step (inclusive) */
  from: number
  fill: string
  text: string
}

/** Maturity 1–5: ColorBrewer-style blues (colour-blind safe), dark text on light, white on dark. */
export const MATURITY_STEPS: readonly ColorStep[] = [
  { from: -Infinity, fill: '#eff3ff', text: '#1a1a1a' },
  { from: 2.5, fill: '#c6dbef', text: '#1a1a1a' },
  { from: 3.0, fill: '#9ecae1', text: '#1a1a1a' },
  { from: 3.25, fill: '#6baed6', text: '#1a1a1a' },
  { from: 3.5, fill: '#2171b5', text: '#ffffff' },
  { from: 3.75, fill: '#08306b', text: '#ffffff' },
]

/** Differences and T − S: vermillion (social ahead / lower) to blue (tech ahead / higher). */
export const DIVERGING_STEPS: readonly ColorStep[] = [
  { from: -Infinity, fill: '#a84a00', text: '#ffffff' },
  { from: -0.3, fill: '#e08a4a', text: '#1a1a1a' },
  { from: -0.1, fill: '#fbd3b3', text: '#1a1a1a' },
  { from: -0.025, fill: '#f7f7f7', text: '#1a1a1a' },
  { from: 0.025, fill: '#c6dbef', text: '#1a1a1a' },
  { from: 0.1, fill: '#6baed6', text: '#1a1a1a' },
  { from: 0.3, fill: '#2171b5', text: '#ffffff' },
]

export function stepOf(value: number, steps: readonly ColorStep[]): ColorStep {
  let chosen = steps[0]
  for (const s of steps) if (value >= s.from) chosen = s
  return chosen
}
