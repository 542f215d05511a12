/** The sector view's own words, and how a measure is named there. */
import type { Dimension } from '../../domain/framework'
import type { Metric } from '../../domain/groups'
import { message } from '../../i18n/messages'
import type { Words } from '../../kit/words'
import { sectorMessages } from './messages'

export type SectorMessageKey = keyof (typeof sectorMessages)['nl']

export const sm = (w: Words, key: SectorMessageKey, values?: Record<string, string | number>) => message(sectorMessages, w.lang, key, values)

/** A measure's name: "Gereedheid R" or "T2 Data & AI". */
export function metricName(w: Words, x: Metric): string {
  return x.length === 1 ? sm(w, `metric.${x}` as SectorMessageKey) : `${x} ${w.dimension(x as Dimension)}`
}
