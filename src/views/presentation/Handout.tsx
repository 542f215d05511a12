/**
 * The handout ("Print the presentation"): a cover page — the presentation's title, the date, the
 * data and their source, the synthetic-data notice when so, the list of slides — and then each
 * slide on an A4 landscape page of its own: its title, its figure fitted to the page, its speaker
 * notes beneath. The screen shows the pages as they will print; the print stylesheet adds page
 * numbers and the source line in the page margin (src/app/print.ts). "Download as PDF" is the
 * browser's print dialog with "Save as PDF" as its destination.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MetaResponse } from '../../contract/v1'
import type { Deck } from '../../app/deck'
import { navigate } from '../../app/location'
import { hrefOf, withExtra, type ViewState } from '../../app/url-state'
import { useI18n } from '../../i18n/i18n'
import { requestFocus } from './focus-return'
import { isSettled, SlideFigure, type SlideStatus } from './SlideFigure'
import { usePresentationMessages } from './use-messages'

/** The date a reader writes ("30 november 2026" / "30 November 2026"). */
function longDate(d: Date, lang: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(d)
}

export function Handout({ deck, state, meta }: { deck: Deck; state: ViewState; meta: MetaResponse }) {
  const { lang, label, t } = useI18n()
  const m = usePresentationMessages()
  const total = deck.slides.length
  const [statuses, setStatuses] = useState<(SlideStatus | undefined)[]>(() => deck.slides.map(() => undefined))
  const ready = statuses.filter(isSettled).length
  const allReady = ready === total
  // "Print" pressed before every slide was drawn: print as soon as they are
  const printWhenReady = useRef(false)
  const printButton = useRef<HTMLButtonElement>(null)
  const title = deck.title?.trim() || m('deckTitleDefault')
  const date = longDate(new Date(), lang)

  const onStatus = useCallback((i: number, s: SlideStatus) => setStatuses((prev) => (prev[i] === s ? prev : prev.map((p, j) => (j === i ? s : p)))), [])
  const handlers = useMemo(() => Array.from({ length: total }, (_, i) => (s: SlideStatus) => onStatus(i, s)), [total, onStatus])

  useEffect(() => {
    if (printWhenReady.current && allReady) {
      printWhenReady.current = false
      window.print()
    }
  }, [allReady])

  useEffect(() => {
    printButton.current?.focus({ preventScroll: true })
  }, [])

  const back = () => {
    requestFocus('print')
    navigate(hrefOf(withExtra(state, { afdrukken: undefined })), { force: true })
  }

  return (
    <div className="view handout-view">
      <section className="handout-toolbar" aria-labelledby="handout-title">
        <h2 id="handout-title">{m('handout.title')}</h2>
        <p className="lead">{m('handout.lead')}</p>
        <p>{m('handout.pdf')}</p>
        <div className="deck-actions">
          <button ref={printButton} type="button" className="button-primary" onClick={() => {
              if (allReady) window.print()
              else printWhenReady.current = true
            }}>
            {m('handout.print')}
          </button>
          <button type="button" className="button-secondary" onClick={back}>
            {m('handout.back')}
          </button>
        </div>
        <p className="deck-status" role="status" aria-live="polite">
          {allReady ? m('handout.ready', { total }) : m('handout.progress', { ready, total })}
        </p>
      </section>
      {/* on a narrow screen the A4 pages scroll sideways inside this region: keyboard users can scroll it too */}
      <div className="handout" data-ready={allReady ? 'true' : 'false'} role="region" aria-label={m('handout.pages')} tabIndex={0}>
        <section className="handout-page handout-cover" aria-labelledby="handout-cover-title">
          <p className="handout-brand">{t('app.name')}</p>
          <h2 id="handout-cover-title" className="handout-cover-title">
            {title}
          </h2>
          <p className="handout-date">{m('handout.date', { date })}</p>
          <p>{m('handout.data', { title: label(meta.dataset.title), source: label(meta.dataset.source) })}</p>
          {meta.dataset.synthetic ? (
            <p className="handout-synthetic">
              <strong>{t('badge.synthetic')}.</strong> {t('badge.synthetic.explain')}
            </p>
          ) : null}
          <h3 className="handout-contents-title">{m('handout.contents')}</h3>
          <ol className="handout-contents">
            {deck.slides.map((s, i) => (
              <li key={i}>{s.title}</li>
            ))}
          </ol>
        </section>
        {deck.slides.map((s, i) => (
          <section key={i} className="handout-page handout-slide" aria-labelledby={`handout-slide-${i + 1}`}>
            <header className="handout-head">
              <p className="handout-slide-number">{m('handout.slideOf', { n: i + 1, total })}</p>
              <h3 id={`handout-slide-${i + 1}`} className="handout-slide-title">
                {s.title}
              </h3>
            </header>
            <SlideFigure slide={s} meta={meta} onStatus={handlers[i]} maxScale={1.6} noWiderThanBox className="handout-figure" />
            <div className="handout-notes">
              <h4>{m('handout.notes')}</h4>
              <p>{s.notes.trim() || m('handout.noNotes')}</p>
            </div>
          </section>
        ))}
      </div>
    </div>
  )
}
