/**
 * Every chart is a small story: a takeaway title, a subtitle naming what is shown, the chart,
 * a legend, and a footer with source, n, a link to the method and a real <table> on demand.
 */
import { useId, useRef, useState, type ReactNode } from 'react'
import { csvDataUrl, toCsv, type CsvTable } from '../domain/csv-export'
import { useI18n } from '../i18n/i18n'
import { methodologyHref } from '../app/links'
import { addSlide, loadLocalDeck, saveLocalDeck, slideHref } from '../app/deck'
import { composeSvg, download, slug, svgDataUrl, svgToPng } from './export-image'
import { useFrameContext } from './frame-context'

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
  /** exactly the numbers shown, for the CSV downloads */
  csv?: CsvTable
  /**
   * The chart has its own controls or focusable cells (a heatmap, a map): it is a labelled group
   * rather than one image, so assistive technology can reach what is inside.
   */
  interactive?: boolean
}

export function ChartFrame({ title, subtitle, chartLabel, chart, legend, table, source, nNote, notes, csv, interactive }: ChartFrameProps) {
  const { t } = useI18n()
  const frame = useFrameContext()
  const [showTable, setShowTable] = useState(false)
  const [exportError, setExportError] = useState('')
  const ref = useRef<HTMLElement>(null)
  const id = useId()
  // the file name carries the selection too (the subtitle ends with it: "Groningen · Gemeenten · 2025")
  const selection = subtitle.includes(' · ') ? subtitle.slice(subtitle.indexOf(' · ') + 3) : ''
  const file = `${slug(title).slice(0, 40)}-${slug(selection).slice(0, 40)}-${new Date().toISOString().slice(0, 10)}`.replace(/--+/g, '-')
  const footer = [
    `${t('chart.source', { source })}${nNote ? ` ${nNote}.` : ''}`,
    `${t('export.date', { date: frame.date })}${frame.syntheticNotice ? ` ${frame.syntheticNotice}` : ''}`,
  ]
  const exportImage = async (kind: 'png' | 'svg') => {
    setExportError('')
    const composed = ref.current ? composeSvg(ref.current, { title, subtitle, footer }) : undefined
    if (!composed) return setExportError(t('export.failed'))
    try {
      const href = kind === 'svg' ? svgDataUrl(composed.svg) : await svgToPng(composed.svg, composed.width, composed.height)
      download(href, `${file}.${kind}`)
    } catch {
      setExportError(t('export.failed'))
    }
  }
  const canDrawImage = chart !== null
  const [pinned, setPinned] = useState('')
  const pin = () => {
    const all = [...document.querySelectorAll('#main figure.chart-frame')]
    const index = ref.current ? all.indexOf(ref.current) : -1
    if (index < 0) return
    const deck = addSlide(loadLocalDeck(), {
      href: slideHref(window.location.pathname, window.location.search),
      chart: index,
      title,
      notes: '',
    })
    saveLocalDeck(deck)
    setPinned(t('pin.done', { count: deck.slides.length }))
  }
  const titleId = `${id}-title`
  const tableId = `${id}-table`
  return (
    <figure className="chart-frame" aria-labelledby={titleId} ref={ref}>
      <figcaption>
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        <p className="chart-subtitle">{subtitle}</p>
      </figcaption>
      <div className="chart-body" role={interactive ? 'group' : 'img'} aria-label={chartLabel}>
        {chart}
      </div>
      {legend}
      {notes}
      <div className="chart-footer">
        <p className="print-only chart-source">{footer[1]}</p>
        <p className="chart-source">
          {t('chart.source', { source })}
          {nNote ? ` ${nNote}.` : ''} <a href={methodologyHref()}>{t('chart.method')}</a>
        </p>
        <div className="chart-actions">
          <button type="button" className="button-secondary" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
            {showTable ? t('chart.table.hide') : t('chart.table.show')}
          </button>
          {csv ? (
            <>
              <a className="button-secondary" href={csvDataUrl(toCsv(csv, 'nl'))} download={`${file}.csv`} aria-label={`${t('export.csv.nl')}: ${title}`}>
                {t('export.csv.nl')}
              </a>
              <a className="button-secondary" href={csvDataUrl(toCsv(csv, 'intl'))} download={`${file}-intl.csv`} aria-label={`${t('export.csv.intl')}: ${title}`}>
                {t('export.csv.intl')}
              </a>
            </>
          ) : null}
          <button type="button" className="button-secondary" onClick={pin} aria-label={`${t('pin.action')}: ${title}`}>
            {t('pin.action')}
          </button>
          {canDrawImage ? (
            <>
              <button type="button" className="button-secondary" onClick={() => void exportImage('png')} aria-label={`${t('export.png')}: ${title}`}>
                PNG
              </button>
              <button type="button" className="button-secondary" onClick={() => void exportImage('svg')} aria-label={`${t('export.svg')}: ${title}`}>
                SVG
              </button>
            </>
          ) : null}
        </div>
      </div>
      <p className="pin-status" role="status" aria-live="polite">
        {pinned ? (
          <>
            {pinned} <a href={`/presentatie${window.location.search.includes('taal=en') ? '?taal=en' : ''}`}>{t('pin.open')}</a>
          </>
        ) : null}
      </p>
      {exportError ? (
        <p className="state state-error" role="alert">
          {exportError}
        </p>
      ) : null}
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
