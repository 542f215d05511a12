/**
 * Colour classes for the tile map. Five classes of equal width on nice breaks, so a legend can
 * name each class in scale units. Every fill has at least 3:1 contrast against the white page
 * (WCAG 1.4.11, graphical objects), and text inside a tile is black or white, whichever has the
 * higher contrast on that fill — at least 4.5:1 (WCAG 1.4.3).
 */

export interface ColorClass {
  /** lower bound (inclusive; the first class also takes anything below) */
  from: number
  /** upper bound (exclusive; the last class also takes anything above) */
  to: number
  fill: string
  /** black or white: the one with the higher contrast on fill */
  ink: string
}

/** Sequential (low → high), a blue that is not the technological blue: light enough to read, dark enough to see. */
export const SEQUENTIAL_FILLS = ['#6792c4', '#4a7cb3', '#35659c', '#224c7d', '#12345a'] as const
/** Diverging for T − S: social ahead (vermillion) ← about even (grey) → technology ahead (blue). */
export const DIVERGING_FILLS = ['#a84a00', '#d9702a', '#8a8a8a', '#3d8fc4', '#005a8c'] as const

function channel(c: number): number {
  const s = c / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const h = hex.replace('#', '')
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(h.slice(i, i + 2), 16)))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

export function inkOn(fill: string): string {
  return contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff'
}

const NICE_STEPS = [0.05, 0.1, 0.2, 0.25, 0.5, 1]

/**
 * Five equal classes covering the values, on a nice step (0.05 to 1 scale point). Sequential
 * classes start at a multiple of the step below the lowest value; diverging classes (for T − S)
 * are symmetric around zero, the middle one holding "about even".
 */
export function colorClasses(values: readonly number[], kind: 'sequential' | 'diverging'): ColorClass[] {
  const fills = kind === 'sequential' ? SEQUENTIAL_FILLS : DIVERGING_FILLS
  const finite = values.filter(Number.isFinite)
  const lo = finite.length ? Math.min(...finite) : 0
  const hi = finite.length ? Math.max(...finite) : 0
  let from: number
  let step: number
  if (kind === 'diverging') {
    const reach = Math.max(Math.abs(lo), Math.abs(hi))
    step = NICE_STEPS.find((s) => 2.5 * s >= reach - 1e-9) ?? 1
    from = -2.5 * step
  } else {
    step = NICE_STEPS[NICE_STEPS.length - 1]
    from = Math.floor(lo / step) * step
    for (const s of NICE_STEPS) {
      const start = Math.floor(lo / s + 1e-9) * s
      if (start + 5 * s >= hi - 1e-9) {
        step = s
        from = start
        break
      }
    }
  }
  return fills.map((fill, i) => ({ from: round(from + i * step), to: round(from + (i + 1) * step), fill, ink: inkOn(fill) }))
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6
}

export function classOf(value: number, classes: readonly ColorClass[]): ColorClass {
  let chosen = classes[0]
  for (const c of classes) if (value >= c.from) chosen = c
  return chosen
}

/** Decimals needed to write the class bounds exactly (0.25 → 2, 0.2 → 1). */
export function classDigits(classes: readonly ColorClass[]): number {
  return classes.some((c) => Math.abs(c.from * 10 - Math.round(c.from * 10)) > 1e-6) ? 2 : 1
}
