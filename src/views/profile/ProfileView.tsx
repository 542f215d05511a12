/**
 * Profiles: everything about one province or one sector on one printable page — findings, the
 * ladder, the unit against its reference per level and per dimension, readiness since the first
 * year, its parts, similar units and notes on the data. Pins the whole profile in one click.
 */
import { SelfscanInvite } from '../../components/SelfscanInvite'
import { useState } from 'react'
import type { MetaResponse, ScoreRow } from '../../api/client'
import { nationalQuery, profileQueries } from '../../api/score-queries'
import { addSlide, loadLocalDeck, saveLocalDeck, slideHref } from '../../app/deck'
import { hrefOf, type ViewState } from '../../app/url-state'
import { formatNumber } from '../../domain/format'
import { profileFindings } from '../../domain/profile'
import { Gate } from '../../kit/Gate'
import { Findings, Isolated } from '../../kit/sections'
import { useScores } from '../../kit/use-scores'
import { scopeOf, useWords, type Words } from '../../kit/words'
import { LadderFigure, PartsFigure, TrendFigure, VersusFigure } from './ProfileFigures'
import { changes, dimensionsVersus, levelsInYear, partsVersus, profileKind, similarPeers, toComparisons, versusReference } from './profile-model'
import { pm, profileUnit, type ProfileScope } from './scope'

export default function ProfileView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const kind = profileKind(state)
  if (kind.kind === 'choose') return <Chooser state={state} meta={meta} />
  return <Profile key={`${kind.kind}-${kind.code}`} kind={kind} state={state} meta={meta} />
}

function Chooser({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const w = useWords(meta)
  const link = (patch: Partial<ViewState>) => hrefOf({ ...state, regions: [], sectors: [], extra: {}, ...patch })
  const list = (id: string, title: string, items: { href: string; name: string }[]) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="link-list">
        {items.map((x) => (
          <li key={x.href}>
            <a href={x.href}>{x.name}</a>
          </li>
        ))}
      </ul>
    </section>
  )
  return (
    <div className="view profile-chooser">
      <p className="lead">{state.regions.length + state.sectors.length > 0 ? pm(w, 'ambiguous') : pm(w, 'choose')}</p>
      <div className="grid-2">
        {list(
          'profile-provinces',
          pm(w, 'provinces'),
          meta.regions.filter((r) => r.kind === 'province').map((r) => ({ href: link({ regions: [r.code] }), name: w.label(r.label) })),
        )}
        {list(
          'profile-sectors',
          pm(w, 'sectors'),
          meta.sectors.map((s) => ({ href: link({ sectors: [s.code] }), name: w.label(s.label) })),
        )}
      </div>
    </div>
  )
}

function Profile({ kind, state, meta }: { kind: { kind: 'province' | 'sector'; code: string }; state: ViewState; meta: MetaResponse }) {
  const w = useWords(meta)
  const q = profileQueries(kind, state)
  const isProvince = kind.kind === 'province'
  const scores = useScores(meta, { unit: q.unit, reference: q.reference, parts: q.parts, peers: q.peers, partsReference: q.partsReference, national: isProvince ? nationalQuery() : undefined }, { pillars: ['unit', 'reference', 'national'] })
  const [pinned, setPinned] = useState('')
  const unit = profileUnit(w, kind, state.sectors)
  const hasData = () => levelsInYear(scores.rows.unit, state.year).some((l) => Object.values(l.dimensions).some((d) => d?.kind === 'score'))
  return (
    <div className="view profile" aria-busy={scores.stale}>
      <Gate scores={scores} lines={8} isEmpty={() => !hasData()}>
        {() => {
          const { rows } = scores
          const scope: ProfileScope = { ...scopeOf(state, w), unit, firstYear: meta.years.find((y) => y <= state.year) ?? state.year, years: meta.years.filter((y) => y <= state.year) }
          const unitLevels = levelsInYear(rows.unit, state.year)
          const refLevels = levelsInYear(rows.reference, state.year)
          const withNational = isProvince ? [...unitLevels, ...levelsInYear(rows.national, state.year, ['national'])] : unitLevels
          const versus = versusReference(unitLevels, refLevels)
          const parts = isProvince
            ? partsVersus(rows.parts, 'sector', unit.partIds, (id) => levelsInYear(rows.partsReference.filter((r) => r.sector === id).map((r) => ({ ...r, year: state.year })), state.year))
            : partsVersus(rows.parts, 'region', unit.partIds, () => unitLevels)
          const findings = profileFindings(
            {
              subject: unit.name,
              reference: unit.referenceName,
              levels: withNational,
              versus: toComparisons(versus),
              changes: changes(rows.unit, scope.firstYear, state.year),
              firstYear: scope.firstYear,
              year: state.year,
              lagging: parts.filter((p) => p.verdict === 'lower').map((p) => unit.partName(p.id)),
              leading: parts.filter((p) => p.verdict === 'higher').map((p) => unit.partName(p.id)),
              parts: isProvince ? 'sectors' : 'provinces',
            },
            w.lang,
          )
          const key = hrefOf(state)
          return (
            <>
              <header className="profile-header">
                <h2>{isProvince ? pm(w, 'title.province', { name: unit.name }) : pm(w, 'title.sector', { name: unit.name })}</h2>
                <p className="chart-subtitle">{pm(w, 'subtitle', { year: state.year, filters: scope.filters })}</p>
                <div className="deck-actions profile-actions">
                  <button type="button" className="button-secondary" onClick={() => window.print()}>
                    {pm(w, 'print')}
                  </button>
                  <button type="button" className="button-secondary" onClick={() => setPinned(pinAll(w, unit.name, findings))}>
                    {pm(w, 'pinAll')}
                  </button>
                </div>
                <p role="status" aria-live="polite" className="deck-status">
                  {pinned}
                </p>
              </header>
              <Findings title={pm(w, 'findings')} items={findings} />
              {isProvince ? null : <SelfscanInvite state={state} />}
              <div className="grid-2">
                <Isolated resetKey={key}>
                  <LadderFigure scope={scope} levels={withNational} />
                  <VersusFigure scope={scope} id="profile.versus" ds={versus} />
                </Isolated>
              </div>
              <div className="grid-3">
                <Isolated resetKey={key}>
                  <VersusFigure scope={scope} id="profile.dimensions" ds={dimensionsVersus(unitLevels, refLevels)} />
                  <TrendFigure scope={scope} rows={rows.unit} />
                  <PartsFigure scope={scope} ds={parts} />
                </Isolated>
              </div>
              <div className="grid-2">
                <Similar scope={scope} rows={rows.peers} />
                <DataNotes scope={scope} rows={rows.unit} />
              </div>
            </>
          )
        }}
      </Gate>
    </div>
  )
}

/** Pins every figure of the profile, by its id, at this address; the findings go into the first slide's notes. */
function pinAll(w: Words, name: string, findings: readonly string[]): string {
  const figures = [...document.querySelectorAll<HTMLElement>('#main figure.chart-frame[data-figure]')]
  let deck = loadLocalDeck()
  figures.forEach((f, i) => {
    const title = f.querySelector('.chart-title')?.textContent ?? name
    deck = addSlide(deck, { href: slideHref(window.location.pathname, window.location.search), figure: f.dataset.figure, title: `${name}: ${title}`, notes: i === 0 ? findings.join('\n') : '' })
  })
  saveLocalDeck(deck)
  return pm(w, 'pinned', { count: figures.length })
}

function Similar({ scope, rows }: { scope: ProfileScope; rows: readonly ScoreRow[] }) {
  const { w, state, unit } = scope
  const similar = similarPeers(rows, unit.isProvince ? 'region' : 'sector', unit.peerIds, unit.code)
  return (
    <section className="profile-box profile-similar" aria-labelledby="profile-similar">
      <h2 id="profile-similar">{pm(w, 'similar.title')}</h2>
      <p className="chart-note">{pm(w, 'similar.text')}</p>
      {similar.length === 0 ? (
        <p>{pm(w, 'similar.none')}</p>
      ) : (
        <ol>
          {similar.map((s) => (
            <li key={s.id}>
              <a href={hrefOf({ ...state, regions: unit.isProvince ? [s.id] : [], sectors: unit.isProvince ? state.sectors : [s.id], extra: {} })}>{unit.peerName(s.id)}</a> —{' '}
              {pm(w, 'similar.distance', { d: formatNumber(s.distance, w.lang, 2) })}
            </li>
          ))}
        </ol>
      )}
      {unit.isProvince && similar.length > 0 ? (
        <a className="button-secondary" href={hrefOf({ ...state, view: 'compare', regions: [unit.code, ...similar.map((s) => s.id)], extra: {} })}>
          {pm(w, 'similar.compare')}
        </a>
      ) : null}
    </section>
  )
}

function DataNotes({ scope, rows }: { scope: ProfileScope; rows: readonly ScoreRow[] }) {
  const { w, state } = scope
  const ns = rows.filter((r) => r.year === state.year).flatMap((r) => (r.status === 'suppressed' ? [] : [r.n]))
  return (
    <section className="profile-box profile-notes" aria-labelledby="profile-notes">
      <h2 id="profile-notes">{pm(w, 'notes.title')}</h2>
      {ns.length > 0 ? <p>{pm(w, 'notes.n', { min: w.count(Math.min(...ns)), max: w.count(Math.max(...ns)) })}</p> : null}
      <p>{pm(w, 'notes.rule', { minN: w.thresholds.minN, lowN: w.thresholds.lowReliabilityN })}</p>
      <p>
        {w.label(w.meta.dataset.title)}: {w.source}.
      </p>
      {w.meta.dataset.synthetic ? <p className="notice">{w.t('badge.synthetic.explain')}</p> : null}
    </section>
  )
}
