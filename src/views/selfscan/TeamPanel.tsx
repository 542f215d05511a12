/**
 * Team mode and sharing: add colleagues' answers (files or links), see who counts, download or
 * copy one's own answers, erase everything. All of it stays in the browser: files are read here,
 * links carry the answers in the fragment (never sent to a server).
 */
import { useState } from 'react'
import { VIEWS } from '../../app/url-state'
import { csvDataUrl } from '../../domain/csv-export'
import {
  formatSelfscanProblem,
  linkValueOf,
  LINK_PARAM,
  readSelfscanFile,
  readSelfscanLink,
  sheetsToCsv,
  sheetsToJson,
  sheetToLink,
  type SelfscanProblem,
} from '../../domain/selfscan-file'
import { SELFSCAN_ITEMS } from '../../domain/selfscan-items'
import { answeredCount, type AnswerSheet } from '../../domain/selfscan-score'
import { useI18n } from '../../i18n/i18n'
import { organisationOf, teamSheets } from './selfscan-model'
import type { StoredScan, TeamMember } from './storage'
import type { SelfscanT } from './use-messages'

const TOTAL = SELFSCAN_ITEMS.length

function sheetKey(s: AnswerSheet): string {
  return JSON.stringify([s.region, s.sector, s.year, Object.entries(s.answers).sort(([a], [b]) => (a < b ? -1 : 1))])
}

let counter = 0
function memberId(): string {
  counter++
  return `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`
}

/**
 * Adds sheets to the team, skipping any that is already there (the own sheet included).
 * Returns the new scan and what was skipped.
 */
export function addToTeam(scan: StoredScan, incoming: { source: string; sheet: AnswerSheet }[]): { scan: StoredScan; added: number; duplicates: string[] } {
  const seen = new Set([sheetKey(scan.own), ...scan.team.map((m) => sheetKey(m.sheet))])
  const team: TeamMember[] = [...scan.team]
  const duplicates: string[] = []
  for (const x of incoming) {
    const k = sheetKey(x.sheet)
    if (seen.has(k)) {
      duplicates.push(x.source)
      continue
    }
    seen.add(k)
    team.push({ id: memberId(), source: x.source, sheet: x.sheet })
  }
  return { scan: { ...scan, team }, added: team.length - scan.team.length, duplicates }
}

function jsonDataUrl(text: string): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(text)}`
}

export function TeamPanel({ scan, update, m, orgName }: { scan: StoredScan; update: (change: (s: StoredScan) => StoredScan) => boolean; m: SelfscanT; orgName: string }) {
  const { lang } = useI18n()
  const [status, setStatus] = useState('')
  const [errors, setErrors] = useState<{ title: string; problems: SelfscanProblem[] }[]>([])
  const [link, setLink] = useState('')
  const org = organisationOf(scan)
  const others = scan.team.filter((t) => t.sheet.region !== org.region || t.sheet.sector !== org.sector).length
  const counted = teamSheets(scan).length

  const report = (added: number, duplicates: string[], total: number) => {
    const parts = [added > 0 ? (added === 1 ? m('team.added.one', { total }) : m('team.added.many', { count: added, total })) : '', ...duplicates.map((d) => m('team.duplicate', { source: d }))]
    setStatus(parts.filter(Boolean).join(' '))
  }

  const addFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return
    const incoming: { source: string; sheet: AnswerSheet }[] = []
    const bad: { title: string; problems: SelfscanProblem[] }[] = []
    for (const file of [...files]) {
      const r = readSelfscanFile(await file.text())
      if (!r.ok) bad.push({ title: m('team.bad', { file: file.name }), problems: r.problems })
      else r.sheets.forEach((sheet, i) => incoming.push({ source: r.sheets.length === 1 ? file.name : m('team.fileRow', { file: file.name, row: i + 2 }), sheet }))
    }
    setErrors(bad)
    let result = { added: 0, duplicates: [] as string[], total: counted }
    update((s) => {
      const r = addToTeam(s, incoming)
      result = { added: r.added, duplicates: r.duplicates, total: teamSheets(r.scan).length }
      return r.scan
    })
    report(result.added, result.duplicates, result.total)
  }

  const addLink = () => {
    const value = linkValueOf(link)
    if (!value) {
      setErrors([{ title: m('team.badLink'), problems: [{ row: 0, column: null, value: null, message: { nl: m('team.noLink'), en: m('team.noLink') } }] }])
      return
    }
    const r = readSelfscanLink(value)
    if (!r.ok) {
      setErrors([{ title: m('team.badLink'), problems: r.problems }])
      return
    }
    setErrors([])
    const n = scan.team.filter((t) => t.source.startsWith(m('team.linkSource', { n: '' }).trim())).length + 1
    let result = { added: 0, duplicates: [] as string[], total: counted }
    update((s) => {
      const x = addToTeam(s, [{ source: m('team.linkSource', { n }), sheet: r.sheets[0] }])
      result = { added: x.added, duplicates: x.duplicates, total: teamSheets(x.scan).length }
      return x.scan
    })
    report(result.added, result.duplicates, result.total)
    setLink('')
  }

  const remove = (member: TeamMember) => {
    update((s) => ({ ...s, team: s.team.filter((t) => t.id !== member.id) }))
    setStatus(m('team.removed', { source: member.source }))
  }

  return (
    <section className="sc-team" aria-labelledby="sc-team-title">
      <h2 id="sc-team-title">{m('team.title')}</h2>
      <ol className="sc-team-how">
        <li>{m('team.step1')}</li>
        <li>{m('team.step2')}</li>
        <li>{m('team.step3')}</li>
      </ol>
      <div className="sc-team-add">
        <label className="field">
          <span>{m('team.file')}</span>
          <input
            type="file"
            multiple
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              const files = e.currentTarget.files
              void addFiles(files).finally(() => {
                e.target.value = ''
              })
            }}
          />
        </label>
        <form
          className="sc-team-link"
          onSubmit={(e) => {
            e.preventDefault()
            addLink()
          }}
        >
          <label className="field">
            <span>{m('team.link')}</span>
            <input type="text" inputMode="url" autoComplete="off" spellCheck={false} value={link} onChange={(e) => setLink(e.currentTarget.value)} />
          </label>
          <button type="submit" className="button-secondary">
            {m('team.addLink')}
          </button>
        </form>
      </div>
      <p role="status" aria-live="polite" className="deck-status">
        {status}
      </p>
      {errors.length > 0 ? (
        <div className="state state-error" role="alert">
          {errors.map((e) => (
            <div key={e.title}>
              <p>
                <strong>{e.title}</strong>
              </p>
              <ul>
                {e.problems.map((p, i) => (
                  <li key={i}>{formatSelfscanProblem(p, lang)}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
      <h3>
        {m('team.list')} ({counted})
      </h3>
      <ul className="sc-team-list">
        {answeredCount(scan.own.answers) > 0 ? <li>{m('team.own', { answered: answeredCount(scan.own.answers), total: TOTAL })}</li> : null}
        {scan.team.map((t) => (
          <li key={t.id}>
            <span>{m('team.member', { source: t.source, answered: answeredCount(t.sheet.answers), total: TOTAL })}</span>{' '}
            <button type="button" className="button-link" aria-label={m('team.removeLabel', { source: t.source })} onClick={() => remove(t)}>
              {m('team.remove')}
            </button>
          </li>
        ))}
      </ul>
      {others > 0 ? <p className="notice">{m('team.otherOrg', { count: others, org: orgName })}</p> : null}
    </section>
  )
}

export function SharePanel({ scan, m }: { scan: StoredScan; m: SelfscanT }) {
  const { lang } = useI18n()
  const [copied, setCopied] = useState('')
  const [shown, setShown] = useState('')
  const own = answeredCount(scan.own.answers) > 0
  const all = teamSheets(scan)
  const date = new Date().toISOString().slice(0, 10)
  const href = `${window.location.origin}${VIEWS.selfscan}${lang === 'en' ? '?taal=en' : ''}#${LINK_PARAM}=${sheetToLink(scan.own)}`
  return (
    <section className="sc-share" aria-labelledby="sc-share-title">
      <h2 id="sc-share-title">{m('share.title')}</h2>
      <p>{m('share.text')}</p>
      {own ? (
        <div className="deck-actions">
          <a className="button-secondary" href={jsonDataUrl(sheetsToJson([scan.own]))} download={`zelfscan-antwoorden-${date}.json`}>
            {m('share.json')}
          </a>
          <a className="button-secondary" href={csvDataUrl(sheetsToCsv([scan.own]))} download={`zelfscan-antwoorden-${date}.csv`}>
            {m('share.csv')}
          </a>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setShown(href)
              // the clipboard needs a secure context; without one the link is shown to copy by hand
              if (!navigator.clipboard) return setCopied(m('share.copyFailed'))
              void navigator.clipboard.writeText(href).then(
                () => setCopied(m('share.copied')),
                () => setCopied(m('share.copyFailed')),
              )
            }}
          >
            {m('share.link')}
          </button>
        </div>
      ) : (
        <p className="chart-note">{m('share.nothing')}</p>
      )}
      <p role="status" aria-live="polite" className="deck-status">
        {copied}
      </p>
      {shown ? (
        <label className="field sc-share-link">
          <span>{m('share.linkLabel')}</span>
          <input type="text" readOnly value={shown} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      {scan.team.length > 0 ? (
        <div className="deck-actions">
          <a className="button-secondary" href={jsonDataUrl(sheetsToJson(all))} download={`zelfscan-team-${date}.json`}>
            {m('share.teamJson', { count: all.length })}
          </a>
          <a className="button-secondary" href={csvDataUrl(sheetsToCsv(all))} download={`zelfscan-team-${date}.csv`}>
            {m('share.teamCsv', { count: all.length })}
          </a>
        </div>
      ) : null}
    </section>
  )
}

export function ClearPanel({ onClear, m }: { onClear: () => void; m: SelfscanT }) {
  const [asking, setAsking] = useState(false)
  const [done, setDone] = useState(false)
  return (
    <div className="sc-clear">
      {asking ? (
        <div role="group" aria-labelledby="sc-clear-q">
          <p id="sc-clear-q">{m('clear.confirm')}</p>
          <div className="deck-actions">
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                onClear()
                setAsking(false)
                setDone(true)
              }}
            >
              {m('clear.yes')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setAsking(false)} autoFocus>
              {m('clear.no')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button-link"
          onClick={() => {
            setDone(false)
            setAsking(true)
          }}
        >
          {m('clear.ask')}
        </button>
      )}
      <p role="status" aria-live="polite" className="deck-status">
        {done ? m('clear.done') : ''}
      </p>
    </div>
  )
}
