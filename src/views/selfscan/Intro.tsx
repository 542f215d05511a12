/** The start of the self-assessment: what it is, that answers stay here, and the organisation. */
import { useRef, useState, type FormEvent } from 'react'
import type { MetaResponse } from '../../contract/v1'
import { DIMENSIONS } from '../../domain/framework'
import { itemsOf, SELFSCAN_ITEMS } from '../../domain/selfscan-items'
import { answeredCount } from '../../domain/selfscan-score'
import { useI18n } from '../../i18n/i18n'
import type { ViewState } from '../../app/url-state'
import { Progress } from './Questionnaire'
import type { Step } from './selfscan-model'
import type { StoredScan } from './storage'
import type { SelfscanT } from './use-messages'

/** Where to continue: the first step with an open statement, or the result when all are answered. */
export function resumeStep(scan: StoredScan): Step {
  const i = DIMENSIONS.findIndex((d) => itemsOf(d).some((it) => scan.own.answers[it.id] === undefined))
  return i < 0 ? { kind: 'result' } : { kind: 'question', index: i + 1 }
}

export function Intro({
  scan,
  state,
  meta,
  m,
  go,
  hrefOf,
  setOrganisation,
}: {
  scan: StoredScan
  state: ViewState
  meta: MetaResponse
  m: SelfscanT
  go: (step: Step) => void
  hrefOf: (step: Step) => string
  setOrganisation: (org: { region: string; sector: string }) => void
}) {
  const { label } = useI18n()
  // the shell's filter may already say which sector and province (the invite carries them)
  const sector = scan.own.sector || (state.sectors.length === 1 ? state.sectors[0] : '')
  const region = scan.own.region || (state.regions.length === 1 ? state.regions[0] : '')
  const [error, setError] = useState(false)
  const sectorRef = useRef<HTMLSelectElement>(null)
  const regionRef = useRef<HTMLSelectElement>(null)
  const answered = answeredCount(scan.own.answers)
  const next = resumeStep(scan)
  const provinces = meta.regions.filter((r) => r.kind === 'province')

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!sector || !region) {
      setError(true)
      ;(!sector ? sectorRef : regionRef).current?.focus()
      return
    }
    setError(false)
    if (scan.own.sector !== sector || scan.own.region !== region) setOrganisation({ region, sector })
    go(answered === 0 ? { kind: 'question', index: 1 } : next)
  }

  return (
    <section className="sc-intro" aria-labelledby="selfscan-step-heading">
      <h2 id="selfscan-step-heading" tabIndex={-1}>
        {m('intro.title')}
      </h2>
      <p className="lead">{m('intro.lead')}</p>
      <p>{m('intro.how', { total: SELFSCAN_ITEMS.length })}</p>
      <p>{m('intro.scale')}</p>
      <div className="sc-privacy" role="note" aria-labelledby="sc-privacy-title">
        <h3 id="sc-privacy-title">{m('privacy.title')}</h3>
        <p>{m('privacy.text')}</p>
      </div>
      <form className="sc-org" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{m('org.legend')}</legend>
          <div className="sc-org-fields">
            <label className="field">
              <span>{m('org.sector')}</span>
              <select
                ref={sectorRef}
                value={sector}
                aria-invalid={error && !sector ? true : undefined}
                aria-describedby={error ? 'sc-org-error' : undefined}
                onChange={(e) => setOrganisation({ region, sector: e.currentTarget.value })}
              >
                <option value="">{m('org.choose')}</option>
                {meta.clusters.map((c) => (
                  <optgroup key={c.id} label={label(c.label)}>
                    {meta.sectors
                      .filter((s) => s.cluster === c.id)
                      .map((s) => (
                        <option key={s.code} value={s.code}>
                          {label(s.label)}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{m('org.region')}</span>
              <select
                ref={regionRef}
                value={region}
                aria-invalid={error && !region ? true : undefined}
                aria-describedby={error ? 'sc-org-error' : undefined}
                onChange={(e) => setOrganisation({ region: e.currentTarget.value, sector })}
              >
                <option value="">{m('org.choose')}</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {label(p.label)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {error ? (
            <p id="sc-org-error" className="state state-error" role="alert">
              {m('org.missing')}
            </p>
          ) : null}
        </fieldset>
        {answered > 0 ? <Progress scan={scan} m={m} hrefOf={hrefOf} /> : null}
        <div className="sc-nav">
          <button type="submit" className="button-primary">
            {answered === 0 ? m('start') : next.kind === 'question' ? m('resume', { step: next.index }) : m('toResult')}
          </button>
          {answered > 0 && next.kind === 'question' ? (
            <a className="button-secondary" href={hrefOf({ kind: 'result' })}>
              {m('toResult')}
            </a>
          ) : null}
        </div>
      </form>
    </section>
  )
}
