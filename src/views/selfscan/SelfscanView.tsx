/**
 * The self-assessment ("Zelfscan"): an organisation answers 27 statements and sees itself on the
 * benchmark. Steps live in the address (`?stap=1…9` or `uitslag`, `&vergelijk=` for the
 * benchmark); answers live in this browser only (storage.ts). No request carries them.
 */
import { useEffect, useRef, useState } from 'react'
import type { MetaResponse } from '../../contract/v1'
import { navigate } from '../../app/location'
import { hrefOf as viewHref, withExtra, type ViewState } from '../../app/url-state'
import { useCleanAddress } from '../../app/use-clean-address'
import { formatSelfscanProblem, LINK_PARAM, linkValueOf, readSelfscanLink, type SelfscanReadResult } from '../../domain/selfscan-file'
import { SELFSCAN_ITEMS } from '../../domain/selfscan-items'
import { answeredCount, type AnswerSheet, type SelfscanAnswer } from '../../domain/selfscan-score'
import { useI18n } from '../../i18n/i18n'
import { Intro } from './Intro'
import { Questionnaire } from './Questionnaire'
import { ResultPage } from './ResultPage'
import { organisationOf, parseReference, parseStep, stepParam, teamSheets, type ReferenceId, type Step } from './selfscan-model'
import { addToTeam, ClearPanel, SharePanel, TeamPanel } from './TeamPanel'
import { clearScan, useScan } from './storage'
import { useSelfscanMessages, type SelfscanT } from './use-messages'
import './selfscan.css'

type Notice = { key: 'notice.step' | 'notice.ref'; value: string }

export default function SelfscanView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const m = useSelfscanMessages()
  const { label } = useI18n()
  const { scan, unreadable, update } = useScan()
  const [saveFailed, setSaveFailed] = useState(false)
  const parsedStep = parseStep(state.extra.stap)
  const parsedRef = parseReference(state.extra.vergelijk)
  const step = parsedStep.step
  const notices: Notice[] = [
    ...(parsedStep.valid ? [] : [{ key: 'notice.step' as const, value: state.extra.stap ?? '' }]),
    ...(parsedRef.valid ? [] : [{ key: 'notice.ref' as const, value: state.extra.vergelijk ?? '' }]),
  ]
  const clean = withExtra(state, { stap: parsedStep.valid ? state.extra.stap : undefined, vergelijk: parsedRef.valid ? state.extra.vergelijk : undefined })
  const shown = useCleanAddress({ notices, clean })

  const hrefOf = (s: Step) => viewHref(withExtra(clean, { stap: stepParam(s) }))
  const go = (s: Step) => navigate(hrefOf(s))
  const setRef = (ref: ReferenceId) => navigate(viewHref(withExtra(clean, { vergelijk: ref === 'sector-provincie' ? undefined : ref })), { replace: true })
  const save = (ok: boolean) => setSaveFailed(!ok)

  // Focus follows the step: after moving to another step, its heading takes focus (not on first load).
  const stepKey = stepParam(step) ?? 'intro'
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.getElementById('selfscan-step-heading')?.focus()
    window.scrollTo(0, 0)
  }, [stepKey])

  const setAnswer = (id: string, a: SelfscanAnswer) =>
    save(
      update((s) => ({
        ...s,
        own: { ...s.own, year: answeredCount(s.own.answers) === 0 ? new Date().getFullYear() : s.own.year, answers: { ...s.own.answers, [id]: a } },
      })),
    )
  const setOrganisation = (org: { region: string; sector: string }) => save(update((s) => ({ ...s, own: { ...s.own, ...org } })))
  const org = organisationOf(scan)
  const orgName =
    org.sector && org.region
      ? m('result.org', {
          sector: label(meta.sectors.find((s) => s.code === org.sector)?.label ?? { nl: org.sector, en: org.sector }),
          region: label(meta.regions.find((r) => r.code === org.region)?.label ?? { nl: org.region, en: org.region }),
        })
      : m('org.legend')

  const panels = (
    <div className="sc-panels">
      <TeamPanel scan={scan} update={(c) => { const ok = update(c); save(ok); return ok }} m={m} orgName={orgName} />
      <SharePanel scan={scan} m={m} />
      <ClearPanel onClear={clearScan} m={m} />
    </div>
  )

  return (
    <div className={`view selfscan selfscan-${step.kind}`}>
      {shown.length > 0 ? (
        <p className="notice" role="status">
          {shown.map((n) => m(n.key, { value: n.value })).join(' ')}
        </p>
      ) : null}
      {unreadable ? <p className="notice">{m('unreadable')}</p> : null}
      {saveFailed ? (
        <p className="state state-error" role="alert">
          {m('notSaved')}
        </p>
      ) : null}
      <LinkOffer
        m={m}
        nameOf={(sector, region) =>
          m('result.org', {
            sector: label(meta.sectors.find((s) => s.code === sector)?.label ?? { nl: sector, en: sector }),
            region: label(meta.regions.find((r) => r.code === region)?.label ?? { nl: region, en: region }),
          })
        }
        onAdd={(sheet) => {
          let total = 0
          save(
            update((s) => {
              const next = addToTeam(s, [{ source: m('team.linkSource', { n: s.team.length + 1 }), sheet }]).scan
              total = teamSheets(next).length
              return next
            }),
          )
          return total
        }}
      />
      {step.kind === 'intro' ? (
        <>
          <Intro scan={scan} state={state} meta={meta} m={m} go={go} hrefOf={hrefOf} setOrganisation={setOrganisation} />
          <p className="chart-note sc-saved">{m('saved')}</p>
          {panels}
        </>
      ) : step.kind === 'question' ? (
        <>
          <Questionnaire index={step.index} scan={scan} setAnswer={setAnswer} m={m} hrefOf={hrefOf} go={go} />
          <p className="chart-note sc-saved">{m('saved')}</p>
        </>
      ) : (
        <ResultPage scan={scan} state={clean} meta={meta} m={m} refId={parsedRef.ref} setRef={setRef} hrefOf={hrefOf}>
          {teamSheets(scan).length > 0 ? panels : null}
        </ResultPage>
      )}
    </div>
  )
}

/**
 * Answers that arrived in the address's fragment (`#zelfscan=…`, a colleague's link): offered for
 * the team, then removed from the address so they do not linger in history or a copied link.
 */
function LinkOffer({ m, nameOf, onAdd }: { m: SelfscanT; nameOf: (sector: string, region: string) => string; onAdd: (sheet: AnswerSheet) => number }) {
  const { lang } = useI18n()
  const [offer] = useState<SelfscanReadResult | undefined>(() => {
    const value = linkValueOf(window.location.hash)
    return value ? readSelfscanLink(value) : undefined
  })
  const [open, setOpen] = useState(offer !== undefined)
  const [done, setDone] = useState('')
  useEffect(() => {
    if (window.location.hash.includes(`${LINK_PARAM}=`)) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
  }, [])
  if (done)
    return (
      <p className="notice" role="status">
        {done}
      </p>
    )
  if (!offer || !open) return null
  if (!offer.ok)
    return (
      <div className="state state-error" role="alert">
        <p>{m('team.badLink')}</p>
        <ul>
          {offer.problems.map((p, i) => (
            <li key={i}>{formatSelfscanProblem(p, lang)}</li>
          ))}
        </ul>
      </div>
    )
  const sheet = offer.sheets[0]
  return (
    <section className="sc-link-offer notice" aria-labelledby="sc-link-offer-title">
      <h2 id="sc-link-offer-title">{m('link.title')}</h2>
      <p>{m('link.text', { org: nameOf(sheet.sector, sheet.region), answered: answeredCount(sheet.answers), total: SELFSCAN_ITEMS.length })}</p>
      <div className="deck-actions">
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            const total = onAdd(sheet)
            setOpen(false)
            setDone(m('team.added.one', { total }))
          }}
        >
          {m('link.add')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
          {m('link.ignore')}
        </button>
      </div>
    </section>
  )
}
