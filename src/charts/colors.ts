/** Okabe–Ito: a colour-blind-safe pair; shape and dash tell the pillars apart as well. */
export const PILLAR_COLOR = { technological: '#0072B2', social: '#D55E00' } as const
/** Text-safe darker variants (≥ 4.5:1 on white). */
export const PILLAR_TEXT = { technological: '#005a8c', social: '#a84a00' } as const
export const GRID = '#d0d0d0'
export const AXIS_TEXT = '#333333'
