/**
 * Gegevens (/gegevens): open your own file — CSV or Excel, cells or one row per respondent — see
 * its problems or a preview, then view the whole dashboard on it, in this browser only
 * (src/app/data-source.ts). The file is read and checked in a Web Worker (`read-dataset-file.ts`):
 * the page stays responsive, a file that takes more than a second shows a progress bar and can be
 * stopped, and a respondent file's rows never reach the page — only its cells and counts.
 * Also: both formats, templates and synthetic examples, and how an administrator loads a file.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type DragEvent } from 'react'
import { navigate } from '../../app/location'
import { showPrivateData, showServerData, useDataSource } from '../../app/data-source'
import type { MetaResponse } from '../../contract/v1'
import { kindOfFileName } from '../../domain/dataset-file'
import { DATASET_COLUMNS, type ImportResult } from '../../domain/dataset-table'
import { formatCount } from '../../domain/format'
import { THRESHOLDS } from '../../domain/framework'
import { useI18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import './data-import.css'
import { percent, Preview, ProblemTable, type M } from './FileReport'
import { dataMessages } from './messages'
import { readDatasetFile, type ReadProgress } from './read-dataset-file'

/** Larger files are for the server (npm run import); a browser tab should not hold them. */
const MAX_BROWSER_MB = 50
/** A file still being read after this long shows a progress bar and a way to stop. */
export const SLOW_READ_MS = 1000

/** A file that has been read, with what reading it found. */
export type Loaded = { name: string; file: File; result: ImportResult }
type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: ReadProgress; slow: boolean }
  | { kind: 'cancelled'; name: string }
  | { kind: 'failed'; text: string }
  | { kind: 'loaded'; file: Loaded }

export const DOWNLOADS = {
  template: '/gegevens/samenhang-sjabloon.csv',
  templateIntl: '/gegevens/samenhang-template.csv',
  example: '/gegevens/samenhang-voorbeeld.csv',
  exampleIntl: '/gegevens/samenhang-example.csv',
  respondentTemplate: '/gegevens/samenhang-respondenten-sjabloon.csv',
  respondentTemplateIntl: '/gegevens/samenhang-respondents-template.csv',
  respondentExample: '/gegevens/samenhang-respondenten-voorbeeld-synthetisch.csv',
  respondentExampleIntl: '/gegevens/samenhang-respondents-example-synthetic.csv',
  respondentWorkbook: '/gegevens/samenhang-respondenten-voorbeeld-synthetisch.xlsx',
} as const


export default function DataView({ meta }: { meta: MetaResponse }) {
  const { lang } = useI18n()
  const m: M = (key, values) => message(dataMessages, lang, key, values)
  const client = useQueryClient()
  const source = useDataSource()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [dragging, setDragging] = useState(false)
  const [switching, setSwitching] = useState(false)
  const inputId = useId()
  const job = useRef<AbortController | null>(null)
  const inputRef = useRef<HTMLInputElement | null>(null)

  // leaving the page stops a file still being read
  useEffect(() => () => job.current?.abort(), [])

  const open = async (file: File, sheet?: string) => {
    job.current?.abort()
    if (file.size > MAX_BROWSER_MB * 1024 * 1024) {
      setStatus({ kind: 'failed', text: m('tooBig', { name: file.name, max: MAX_BROWSER_MB }) })
      return
    }
    const controller = new AbortController()
    job.current = controller
    setStatus({ kind: 'reading', name: file.name, progress: { step: 'reading', fraction: 0 }, slow: false })
    const slow = setTimeout(() => setStatus((s) => (s.kind === 'reading' && job.current === controller ? { ...s, slow: true } : s)), SLOW_READ_MS)
    let shown = -1
    try {
      const result = await readDatasetFile(
        { file, kind: kindOfFileName(file.name), sheet },
        (progress) => {
          // one update per percent is plenty for a progress bar
          const p = Math.floor(progress.fraction * 100)
          if (p === shown) return
          shown = p
          setStatus((s) => (s.kind === 'reading' && job.current === controller ? { ...s, progress } : s))
        },
        controller.signal,
      )
      if (job.current === controller) setStatus({ kind: 'loaded', file: { name: file.name, file, result } })
    } catch {
      if (job.current !== controller) return
      setStatus(controller.signal.aborted ? { kind: 'cancelled', name: file.name } : { kind: 'failed', text: m('unreadable', { name: file.name }) })
    } finally {
      clearTimeout(slow)
      if (job.current === controller) job.current = null
    }
  }

  const cancel = () => {
    job.current?.abort()
    // the button disappears: keep the keyboard user where they were, on the file input
    inputRef.current?.focus()
  }

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault()
    setDragging(false)
    const file = e.dataTransfer.files[0]
    if (file) void open(file)
  }

  const show = async (file: Loaded) => {
    if (!file.result.ok) return
    setSwitching(true)
    try {
      await showPrivateData(client, file.result.dataset.cells, file.name, file.result.dataset.pillarCells)
    } finally {
      setSwitching(false)
    }
    navigate(lang === 'en' ? '/?taal=en' : '/')
    window.scrollTo(0, 0)
  }

  const loaded = status.kind === 'loaded' ? status.file : undefined
  const statusText =
    status.kind === 'reading'
      ? m('reading', { name: status.name })
      : status.kind === 'cancelled'
        ? m('cancelled', { name: status.name })
        : status.kind === 'failed'
          ? status.text
          : loaded
            ? loaded.result.ok
              ? m('result.ok', { name: loaded.name })
              : loaded.result.problemCount === 1
                ? m('result.problems.one', { name: loaded.name })
                : m('result.problems', { name: loaded.name, count: formatCount(loaded.result.problemCount, lang) })
            : ''
  const sheets = loaded ? (loaded.result.ok ? loaded.result.dataset.sheets : loaded.result.sheets) : undefined
  const sheet = loaded?.result.ok ? loaded.result.dataset.sheet : undefined

  return (
    <div className="view data-view">
      <p className="lead">{m('lead')}</p>
      <p className="data-privacy">{m('privacy')}</p>

      {source.kind === 'private' ? (
        <div className="notice data-active">
          <p>{m('active', { name: source.fileName, cells: formatCount(source.cells, lang) })}</p>
          <button type="button" className="button-secondary" onClick={() => void showServerData(client)}>
            {m('back')}
          </button>
        </div>
      ) : null}

      <section aria-labelledby={`${inputId}-choose`}>
        <h2 id={`${inputId}-choose`}>{m('choose.title')}</h2>
        <div
          className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p className="drop-zone-text" aria-hidden="true">
            {dragging ? m('choose.dragging') : m('choose.drop')}
          </p>
          <label htmlFor={inputId}>{m('choose.label')}</label>
          <input
            id={inputId}
            type="file"
            ref={inputRef}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              if (file) void open(file)
            }}
          />
          <p id={`${inputId}-hint`} className="visually-hidden">
            {m('choose.drop')}
          </p>
        </div>
        <div role="status" aria-live="polite" className="data-status">
          {statusText ? (
            <p className={status.kind === 'failed' || (loaded && !loaded.result.ok) ? 'state state-error' : loaded ? 'state data-ok' : 'state'}>{statusText}</p>
          ) : null}
        </div>
        {status.kind === 'reading' && status.slow ? (
          <div className="data-progress">
            <label htmlFor={`${inputId}-progress`}>{m('progress.label', { name: status.name })}</label>
            <progress id={`${inputId}-progress`} max={100} value={Math.round(status.progress.fraction * 100)}>
              {percent(status.progress.fraction, lang)}
            </progress>
            <span className="data-progress-text" aria-hidden="true">
              {m(status.progress.step === 'reading' ? 'progress.reading' : 'progress.checking', { percent: percent(status.progress.fraction, lang) })}
            </span>
            <button type="button" className="button-secondary" onClick={cancel}>
              {m('cancel')}
            </button>
          </div>
        ) : null}
        {loaded && sheets && sheets.length > 1 ? (
          <div className="data-sheet">
            <label htmlFor={`${inputId}-sheet`}>{m('sheet.label')}</label>
            <select id={`${inputId}-sheet`} value={sheet ?? ''} aria-describedby={`${inputId}-sheet-hint`} onChange={(e) => void open(loaded.file, e.currentTarget.value)}>
              {sheet === undefined ? <option value="">–</option> : null}
              {sheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <p id={`${inputId}-sheet-hint`}>{m('sheet.hint', { count: sheets.length, sheet: sheet ?? sheets[0] })}</p>
          </div>
        ) : null}
      </section>

      {loaded && !loaded.result.ok ? <ProblemTable file={loaded} m={m} /> : null}
      {loaded && loaded.result.ok ? (
        <section aria-labelledby={`${inputId}-preview`}>
          <h2 id={`${inputId}-preview`}>{m('preview.title')}</h2>
          <Preview file={loaded} m={m} meta={meta} />
          <p>
            <button type="button" className="button-primary" disabled={switching} onClick={() => void show(loaded)}>
              {switching ? m('switching') : m('show')}
            </button>
          </p>
        </section>
      ) : null}

      <section aria-labelledby={`${inputId}-format`} className="prose">
        <h2 id={`${inputId}-format`}>{m('format.title')}</h2>
        <h3>{m('format.cellsTitle')}</h3>
        <p>{m('format.intro')}</p>
        <div className="table-scroll">
          <table>
            <caption>{m('format.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{m('format.column')}</th>
                <th scope="col">{m('format.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {DATASET_COLUMNS.map((c) => (
                <tr key={c}>
                  <th scope="row">
                    <code>{c}</code>
                  </th>
                  <td>{m(`format.${c}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{m('format.separators')}</p>
        <h3>{m('respondentFormat.title')}</h3>
        <p>{m('respondentFormat.intro')}</p>
        <p>{m('respondentFormat.items')}</p>
        <p>{m('respondentFormat.answers')}</p>
        <p>{m('respondentFormat.scores')}</p>
        <p>{m('format.excel')}</p>
        <p>{m('format.suppression', { minN: THRESHOLDS.minN })}</p>
        <h3>{m('downloads.title')}</h3>
        <ul className="data-downloads">
          {(Object.keys(DOWNLOADS) as (keyof typeof DOWNLOADS)[]).map((k) => (
            <li key={k}>
              <a href={DOWNLOADS[k]} download>
                {m(`downloads.${k}`)}
              </a>
            </li>
          ))}
        </ul>
        <p>{m('downloads.exampleNote')}</p>
        <h3>{m('server.title')}</h3>
        <p>{m('server.text')}</p>
        <pre className="data-code">
          <code>{`npm run import -- ${lang === 'nl' ? 'bestand' : 'file'}.csv\nnpm run import -- ${lang === 'nl' ? 'bestand' : 'file'}.xlsx --sheet ${lang === 'nl' ? 'Blad1' : 'Sheet1'}\n\ncurl -X POST --data-binary @${lang === 'nl' ? 'bestand' : 'file'}.csv \\\n  -H 'Content-Type: text/csv' \\\n  -H "Authorization: Bearer $SAMENHANG_UPLOAD_TOKEN" \\\n  https://…/api/v1/datasets`}</code>
        </pre>
      </section>
    </div>
  )
}
