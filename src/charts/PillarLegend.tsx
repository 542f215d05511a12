/**
 * The legend of the pillar charts (dot plots and trend panels): technological and social with
 * their line, dash and marker, thin data, and — when the chart has them — suppressed and missing
 * values and the clear-change arrow; the 95% interval always. SVG inside the chart (ChartLegend).
 */
import { useI18n } from '../i18n/i18n'
import { ChartLegend, type LegendItem } from './ChartLegend'

export interface PillarLegendProps {
  /** the chart shows a suppressed value (hatched) */
  showSuppressed?: boolean
  /** the chart shows a missing value (dotted) */
  showMissing?: boolean
  /** the chart marks clear changes with ▲ / ▼ */
  showChange?: boolean
  /** the interval is a band (trend lines) rather than a whisker */
  band?: boolean
  /** the dataset's disclosure thresholds (meta.thresholds): suppressed below minN, thin below lowN */
  thresholds: { minN: number; lowN: number }
}

export function PillarLegend({ showSuppressed = false, showMissing = false, showChange = false, band = false, thresholds }: PillarLegendProps) {
  const { t } = useI18n()
  const items: LegendItem[] = [
    { kind: 'series', series: 'technological', label: t('legend.technological') },
    { kind: 'series', series: 'social', label: t('legend.social') },
    { kind: 'thin', label: t('legend.lowReliability', { lowN: thresholds.lowN }) },
    ...(showSuppressed ? [{ kind: 'suppressed' as const, label: t('legend.suppressed', { minN: thresholds.minN }) }] : []),
    ...(showMissing ? [{ kind: 'missing' as const, label: t('legend.missing') }] : []),
    ...(showChange ? [{ kind: 'change' as const, label: t('legend.change') }] : []),
    { kind: band ? ('band' as const) : ('interval' as const), label: t(band ? 'legend.band' : 'legend.interval') },
  ]
  return <ChartLegend items={items} />
}
