/**
 * Every chart is a small story: a takeaway title, a subtitle naming what is shown, the chart,
 * a legend, and a footer with source, n, a link to the method and a real <table> on demand.
 */
import { useId, useState, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'
import { methodologyHref } from '../app/links'

export interface ChartFrameProps {
  /** the takeaway, as a sentence */
  title: string
  /** what is shown: filters, year, scale */
  subtitle: string
  /** accessible name of the chart graphic */
  chartLabel: string
  chart: ReactNode
  legend?: ReactNode
  /** the same data as a <table> */
  table: ReactNode
  source: string
  /** sample-size note, e.g. "n = 1.234" */
  nNote?: string
  /** extra notes under the chart (national-level note, thin data) */
  notes?: ReactNode
}

export function ChartFrame({ title, subtitle, chartLabel, chart, legend, table, source, nNote, notes }: ChartFrameProps) {
  const { t } = useI18n()
  const [showTable, setShowTable] = useState(false)
  const id = useId()
  const titleId = `${id}-title`
  const tableId = `${id}-table`
  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        <p className="chart-subtitle">{subtitle}</p>
      </figcaption>
      <div className="chart-body" role="img" aria-label={chartLabel}>
        {chart}
      </div>
      {legend}
      {notes}
      <div className="chart-footer">
        <p className="chart-source">
          {t('chart.source', { source })}
          {nNote ? ` ${nNote}.` : ''} <a href={methodologyHref()}>{t('chart.method')}</a>
        </p>
        <div className="chart-actions">
          <button type="button" className="button-secondary" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
            {showTable ? t('chart.table.hide') : t('chart.table.show')}
          </button>
        </div>
      </div>
      <div
        id={tableId}
        hidden={!showTable}
        className="chart-table"
        // a wide table scrolls inside its frame; keyboard users must be able to scroll it too
        tabIndex={showTable ? 0 : undefined}
        role="region"
        aria-label={title}
      >
        {showTable ? table : null}
      </div>
    </figure>
  )
}
