/** The pillar colours for HTML beside the charts (table cells, chips), taken from encoding.ts. */
import { SERIES } from './encoding'

export const PILLAR_COLOR = { technological: SERIES.technological.color, social: SERIES.social.color } as const
/** Text-safe darker variants (≥ 4.5:1 on white). */
export const PILLAR_TEXT = { technological: SERIES.technological.text, social: SERIES.social.text } as const
