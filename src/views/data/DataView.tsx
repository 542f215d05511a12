/**
 * Gegevens (/gegevens): open your own CSV file, see its problems or a preview, then view the
 * whole dashboard on it — in this browser only (src/app/data-source.ts). Also the format, a
 * template and an example file, and how an administrator loads a file on the server.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useId, useState, type DragEvent } from 'react'
import { navigate } from '../../app/location'
import { showPrivateData, showServerData, useDataSource } from '../../app/data-source'
import type { MetaResponse } from '../../contract/v1'
import { DATASET_COLUMNS, parseDatasetCsv, type ImportResult } from '../../domain/csv-import'
import { formatCount, formatList, formatNumber } from '../../domain/format'
import { THRESHOLDS } from '../../domain/framework'
import { useI18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { dataMessages } from './messages'

/** Larger files are for the server (npm run import); a browser tab should not hold them. */
const MAX_BROWSER_MB = 50

type Loaded = { name: string; result: ImportResult }
type Status = { kind: 'idle' } | { kind: 'reading'; name: string } | { kind: 'failed'; text: string } | { kind: 'loaded'; file: Loaded }

export const DOWNLOADS = {
  template: '/gegevens/samenhang-sjabloon.csv',
  templateIntl: '/gegevens/samenhang-template.csv',
  example: '/gegevens/samenhang-voorbeeld.csv',
  exampleIntl: '/gegevens/samenhang-example.csv',
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

  const open = async (file: File) => {
    if (file.size > MAX_BROWSER_MB * 1024 * 1024) {
      setStatus({ kind: 'failed', text: m('tooBig', { name: file.name, max: MAX_BROWSER_MB }) })
      return
    }
    setStatus({ kind: 'reading', name: file.name })
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      setStatus({ kind: 'failed', text: m('unreadable', { name: file.name }) })
      return
    }
    // let the "reading" status paint before a large file keeps the main thread busy
    await new Promise((r) => setTimeout(r, 0))
    setStatus({ kind: 'loaded', file: { name: file.name, result: parseDatasetCsv(bytes) } })
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
      await showPrivateData(client, file.result.dataset.cells, file.name)
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
      : status.kind === 'failed'
        ? status.text
        : loaded
          ? loaded.result.ok
            ? m('result.ok', { name: loaded.name })
            : loaded.result.problemCount === 1
              ? m('result.problems.one', { name: loaded.name })
              : m('result.problems', { name: loaded.name, count: formatCount(loaded.result.problemCount, lang) })
          : ''

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
            accept=".csv,text/csv"
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
          <code>{`npm run import -- ${lang === 'nl' ? 'bestand' : 'file'}.csv\n\ncurl -X POST --data-binary @${lang === 'nl' ? 'bestand' : 'file'}.csv \\\n  -H 'Content-Type: text/csv' \\\n  -H "Authorization: Bearer $SAMENHANG_UPLOAD_TOKEN" \\\n  https://…/api/v1/datasets`}</code>
        </pre>
      </section>
    </div>
  )
}

type M = (key: keyof (typeof dataMessages)['nl'], values?: Record<string, string | number>) => string

function ProblemTable({ file, m }: { file: Loaded; m: M }) {
  const { lang } = useI18n()
  if (file.result.ok) return null
  const { problems, problemCount } = file.result
  return (
    <section>
      <div className="table-scroll">
        <table className="data-problems">
          <caption>{m('problems.caption', { name: file.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{m('col.row')}</th>
              <th scope="col">{m('col.column')}</th>
              <th scope="col">{m('col.value')}</th>
              <th scope="col">{m('col.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td className="num">{p.row > 0 ? p.row : m('col.file')}</td>
                <td>{p.column === null ? '' : <code>{p.column}</code>}</td>
                <td>{p.value === null ? '' : <code className="data-value">{p.value === '' ? '""' : p.value}</code>}</td>
                <td>{p.message[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problemCount > problems.length ? (
        <p>{m('problems.more', { count: formatCount(problemCount - problems.length, lang), shown: problems.length })}</p>
      ) : null}
    </section>
  )
}

function Preview({ file, m, meta }: { file: Loaded; m: M; meta: MetaResponse }) {
  const { lang, label } = useI18n()
  if (!file.result.ok) return null
  const { preview } = file.result.dataset
  const levelName = (id: string) => {
    const l = meta.levels.find((x) => x.id === id)
    return l ? label(l.label) : id
  }
  const years = preview.years.length > 3 ? `${preview.years[0]}–${preview.years[preview.years.length - 1]}` : preview.years.join(', ')
  return (
    <>
      <dl className="data-counts">
        <div>
          <dt>{m('preview.cells')}</dt>
          <dd>{formatCount(preview.cells, lang)}</dd>
        </div>
        <div>
          <dt>{m('preview.levels')}</dt>
          <dd>
            {preview.levels.length} <span className="data-count-detail">({formatList(preview.levels.map(levelName), lang)})</span>
          </dd>
        </div>
        <div>
          <dt>{m('preview.regions')}</dt>
          <dd>{preview.regions.length}</dd>
        </div>
        <div>
          <dt>{m('preview.sectors')}</dt>
          <dd>{preview.sectors.length}</dd>
        </div>
        <div>
          <dt>{m('preview.years')}</dt>
          <dd>
            {preview.years.length} <span className="data-count-detail">({years})</span>
          </dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="data-sample">
          <caption>{m('preview.caption', { count: preview.sample.length, name: file.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{m('sample.level')}</th>
              <th scope="col">{m('sample.dimension')}</th>
              <th scope="col">{m('sample.region')}</th>
              <th scope="col">{m('sample.sector')}</th>
              <th scope="col">{m('sample.year')}</th>
              <th scope="col" className="num">
                n
              </th>
              <th scope="col" className="num">
                {m('sample.mean')}
              </th>
              <th scope="col" className="num">
                sd
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((r, i) => (
              <tr key={i}>
                <td>{levelName(r.level)}</td>
                <td>{r.dimension}</td>
                <td>{r.region}</td>
                <td>{r.sector ?? '–'}</td>
                <td>{r.year}</td>
                <td className="num">{formatCount(r.n, lang)}</td>
                <td className="num">{formatNumber(r.mean, lang, 2)}</td>
                <td className="num">{formatNumber(r.sd, lang, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
