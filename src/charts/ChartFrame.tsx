/**
 * Every chart is a small story: a takeaway title, a subtitle naming what is shown, the chart,
 * its legend and notes, and a footer with source, n, a link to the method and one set of actions
 * (issue #15, item 6): "Show as table", one "Download" menu (PNG, SVG, CSV for Dutch Excel, CSV
 * international) and a pin toggle that shows whether the figure is pinned. Table, CSV, accessible
 * summary and file names all come from the figure's one spec (figure.ts). A chart that throws shows
 * an error inside its own frame; the rest of the view stays usable.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react'
import { csvDataUrl } from '../domain/csv-export'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { useI18n } from '../i18n/i18n'
import { composeSvg, download, exportFileName, svgDataUrl, svgToPng } from './export-image'
import { figureCsvText, figureSummary, figureTable, type FigureSpec } from './figure'
import { useFrameContext, type FrameContext } from './frame-context'

export interface ChartFrameProps<R> {
  /** the figure's one description: id, title, subtitle, rows and typed columns */
  figure: FigureSpec<R>
  chart: ReactNode
  legend?: ReactNode
  /** extra notes under the chart (national-level note, thin data) */
  notes?: ReactNode
  /** sample-size note, e.g. "n per cijfer: 12 tot 340" */
  nNote?: string
  /**
   * The chart has its own controls or focusable cells (a heatmap, a map): it is a labelled group
   * rather than one image, so assistive technology can reach what is inside.
   */
  interactive?: boolean
}

export function ChartFrame<R>({ figure: spec, chart, legend, notes, nNote, interactive }: ChartFrameProps<R>) {
  const { t, lang } = useI18n()
  const frame = useFrameContext()
  const [showTable, setShowTable] = useState(false)
  const ref = useRef<HTMLElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const scrolls = useScrolls(body)
  const id = useId()
  const titleId = `${id}-title`
  const tableId = `${id}-table`
  const { title, subtitle } = spec
  return (
    <figure className="chart-frame" aria-labelledby={titleId} ref={ref} data-figure={spec.id}>
      <figcaption>
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        <p className="chart-subtitle">{subtitle}</p>
      </figcaption>
      <div className="chart-body" ref={body} tabIndex={scrolls ? 0 : undefined} role={interactive ? 'group' : 'img'} aria-label={`${title}. ${figureSummary(spec, lang)}`}>
        <ErrorBoundary fallback={<p className="state state-error">{t('error.chart')}</p>} resetKey={`${spec.id}|${title}|${subtitle}`}>
          {chart}
        </ErrorBoundary>
      </div>
      {legend ? <div className="chart-legend">{legend}</div> : null}
      {notes ? <div className="chart-notes">{notes}</div> : null}
      <div className="chart-footer">
        <p className="print-only chart-source">{footerLines(frame, t, nNote)[1]}</p>
        <p className="chart-source">
          {t('chart.source', { source: frame.source })}
          {nNote ? ` ${nNote}.` : ''} <a href={frame.methodHref}>{t('chart.method')}</a>
        </p>
        <div className="chart-actions">
          <button type="button" className="button-secondary" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
            {showTable ? t('chart.table.hide') : t('chart.table.show')}
          </button>
          <DownloadMenu spec={spec} figureRef={ref} nNote={nNote} canDraw={chart !== null && chart !== undefined} />
          {frame.pins ? <PinToggle spec={spec} /> : null}
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
        {showTable ? <FigureTableView spec={spec} /> : null}
      </div>
    </figure>
  )
}

/**
 * Whether a chart is wider than its frame (on a phone it scrolls inside the frame rather than
 * shrinking below a readable width); then the keyboard must be able to reach and scroll it.
 */
function useScrolls(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1)
    check()
    const ro = new ResizeObserver(check)
    ro.observe(el)
    return () => ro.disconnect()
  }, [ref])
  return scrolls
}

function footerLines(frame: FrameContext, t: ReturnType<typeof useI18n>['t'], nNote?: string): [string, string] {
  return [
    `${t('chart.source', { source: frame.source })}${nNote ? ` ${nNote}.` : ''}`,
    `${t('export.date', { date: frame.date })}${frame.syntheticNotice ? ` ${frame.syntheticNotice}` : ''}`,
  ]
}

/** The table behind "Show as table", printed from the spec exactly as the CSV is. */
export function FigureTableView<R>({ spec }: { spec: FigureSpec<R> }) {
  const { lang } = useI18n()
  const table = figureTable(spec, lang)
  return (
    <table>
      <caption>{spec.title}</caption>
      <thead>
        <tr>
          {table.head.map((h, i) => (
            <th key={`${i}-${h}`} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.key} {...Object.fromEntries(Object.entries(r.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}>
            {r.cells.map((c, i) =>
              c.rowHeader ? (
                <th key={i} scope="row" className={c.num ? 'num' : undefined}>
                  {c.text}
                </th>
              ) : (
                <td key={i} className={c.num ? 'num' : undefined}>
                  {c.text}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** One "Download" button that opens PNG, SVG and the two CSV dialects; Escape or a click outside closes it. */
function DownloadMenu<R>({ spec, figureRef, nNote, canDraw }: { spec: FigureSpec<R>; figureRef: RefObject<HTMLElement | null>; nNote?: string; canDraw: boolean }) {
  const { t, lang } = useI18n()
  const frame = useFrameContext()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState('')
  const box = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const listId = `${useId()}-downloads`
  useEffect(() => {
    if (!open) return
    const outside = (e: Event) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', outside)
    document.addEventListener('focusin', outside)
    return () => {
      document.removeEventListener('mousedown', outside)
      document.removeEventListener('focusin', outside)
    }
  }, [open])
  const file = exportFileName(spec.title, spec.subtitle, frame.isoDate)
  const image = async (kind: 'png' | 'svg') => {
    setError('')
    const figure = figureRef.current
    const composed = figure ? composeSvg(figure, { title: spec.title, subtitle: spec.subtitle, footer: footerLines(frame, t, nNote) }) : undefined
    if (!composed) return setError(t('export.failed'))
    try {
      const href = kind === 'svg' ? svgDataUrl(composed.svg) : await svgToPng(composed.svg, composed.width, composed.height)
      download(href, `${file}.${kind}`)
      setOpen(false)
    } catch {
      setError(t('export.failed'))
    }
  }
  const csvContext = { source: frame.source, filters: spec.subtitle, date: frame.isoDate, synthetic: frame.synthetic }
  return (
    <div
      className="download-menu"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          setOpen(false)
          button.current?.focus()
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button-secondary"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`${t('export.menu')}: ${spec.title}`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('export.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul id={listId} className="download-list">
          {canDraw ? (
            <>
              <li>
                <button type="button" className="button-link" onClick={() => void image('png')} aria-label={`${t('export.png')}: ${spec.title}`}>
                  {t('export.png.short')}
                </button>
              </li>
              <li>
                <button type="button" className="button-link" onClick={() => void image('svg')} aria-label={`${t('export.svg')}: ${spec.title}`}>
                  {t('export.svg.short')}
                </button>
              </li>
            </>
          ) : null}
          <li>
            <a className="button-link" href={csvDataUrl(figureCsvText(spec, lang, 'nl', csvContext))} download={`${file}.csv`} aria-label={`${t('export.csv.nl')}: ${spec.title}`} onClick={() => setOpen(false)}>
              {t('export.csv.nl')}
            </a>
          </li>
          <li>
            <a className="button-link" href={csvDataUrl(figureCsvText(spec, lang, 'intl', csvContext))} download={`${file}-intl.csv`} aria-label={`${t('export.csv.intl')}: ${spec.title}`} onClick={() => setOpen(false)}>
              {t('export.csv.intl')}
            </a>
          </li>
        </ul>
      ) : null}
      {error ? (
        <p className="state state-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}

const noStore = { subscribe: () => () => undefined, snapshot: () => '' }

/** Pins the figure (at the current address) to the presentation, or unpins it; the button shows which. */
function PinToggle<R>({ spec }: { spec: FigureSpec<R> }) {
  const { t } = useI18n()
  const pins = useFrameContext().pins
  useSyncExternalStore(pins?.subscribe ?? noStore.subscribe, pins?.snapshot ?? noStore.snapshot, pins?.snapshot ?? noStore.snapshot)
  const [status, setStatus] = useState<{ pinned: boolean; count: number } | undefined>()
  if (!pins) return null
  const pinned = pins.isPinned(spec.id)
  return (
    <>
      <button
        type="button"
        className={`button-secondary pin-toggle${pinned ? ' is-pinned' : ''}`}
        aria-pressed={pinned}
        aria-label={`${t('pin.action')}: ${spec.title}`}
        onClick={() => setStatus(pins.toggle(spec.id, spec.title))}
      >
        <span aria-hidden="true">{pinned ? '★ ' : '☆ '}</span>
        {pinned ? t('pin.pinned') : t('pin.action')}
      </button>
      <span className="pin-status" role="status" aria-live="polite">
        {status ? (
          status.pinned ? (
            <>
              {t('pin.done', { count: status.count })} <a href={pins.presentationHref}>{t('pin.open')}</a>
            </>
          ) : (
            t('pin.removed')
          )
        ) : null}
      </span>
    </>
  )
}
