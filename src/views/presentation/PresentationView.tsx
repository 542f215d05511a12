import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { MetaResponse } from '../../contract/v1'
import { ChartIsolation } from '../../app/ChartIsolation'
import {
  decodeDeck,
  emptyDeck,
  encodeDeck,
  loadLocalDeck,
  moveSlide,
  parseDeckJson,
  removeSlide,
  saveLocalDeck,
  updateSlide,
  type Deck,
  type DeckResult,
} from '../../app/deck'
import { navigate } from '../../app/location'
import { hrefOf, parseViewState, viewFromPath, withExtra, type ViewState } from '../../app/url-state'
import { useViewRenderer } from '../../app/view-renderer'
import { LoadingState } from '../../components/ErrorState'
import { useI18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import type { MessageKey } from '../../i18n/nl'
import { presentationMessages } from './messages'

type K = keyof (typeof presentationMessages)['nl']
const CHANNEL = 'samenhang-presenter'

function subscribeDeck(cb: () => void) {
  window.addEventListener('samenhang:deck', cb)
  window.addEventListener('storage', cb)
  return () => {
    window.removeEventListener('samenhang:deck', cb)
    window.removeEventListener('storage', cb)
  }
}
const localSnapshot = () => window.localStorage.getItem('samenhang.deck') ?? ''

export default function PresentationView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const { lang } = useI18n()
  const m = useCallback((key: K, values?: Record<string, string | number>) => message(presentationMessages, lang, key, values), [lang])
  const localRaw = useSyncExternalStore(subscribeDeck, localSnapshot, localSnapshot)
  const fromLink: DeckResult | undefined = useMemo(() => (state.extra.deck ? decodeDeck(state.extra.deck) : undefined), [state.extra.deck])
  // localRaw is what makes this recompute when the local deck changes
  const local = useMemo(() => (localRaw !== undefined ? loadLocalDeck() : emptyDeck()), [localRaw])
  const deck = fromLink?.ok ? fromLink.deck : local
  const [status, setStatus] = useState('')
  const [fileError, setFileError] = useState('')

  if (state.extra.notities === '1') return <NotesWindow m={m} />

  const reason = (r: Exclude<DeckResult, { ok: true }>) => m(`reason.${r.error}` as K, { detail: r.detail ?? '' })
  const save = (next: Deck) => {
    saveLocalDeck(next)
    if (fromLink?.ok) navigate(hrefOf(withExtra(state, { deck: encodeDeck(next) })), { replace: true })
  }
  const index = Number(state.extra.dia)
  const presenting = Number.isInteger(index) && index >= 1 && index <= deck.slides.length
  if (presenting) return <Presenter deck={deck} index={index} state={state} meta={meta} m={m} />

  const shareHref = `${window.location.origin}${hrefOf(withExtra({ ...state, extra: {} }, { deck: encodeDeck(deck) }))}`
  const viewName = (href: string) => {
    const v = viewFromPath(new URL(href, window.location.origin).pathname) ?? 'overview'
    return v
  }

  return (
    <div className="view presentation-editor">
      <p className="lead">{m('lead')}</p>
      <p className="chart-note">{fromLink?.ok ? m('shared') : m('local')}</p>
      {fromLink && !fromLink.ok ? (
        <p className="notice" role="alert">
          {m('badLink', { reason: reason(fromLink) })}
        </p>
      ) : null}
      <div className="deck-actions">
        <button
          type="button"
          className="button-primary"
          disabled={deck.slides.length === 0}
          onClick={() => {
            void document.documentElement.requestFullscreen?.().catch(() => undefined)
            navigate(hrefOf(withExtra(state, { dia: '1', deck: encodeDeck(deck) })))
          }}
        >
          {m('present')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={deck.slides.length === 0}
          onClick={() => window.open(hrefOf(withExtra({ ...state, extra: {} }, { notities: '1' })), 'samenhang-notes', 'width=720,height=600')}
        >
          {m('notesWindow')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={deck.slides.length === 0}
          onClick={() =>
            void navigator.clipboard.writeText(shareHref).then(
              () => setStatus(m('copied')),
              () => setStatus(shareHref),
            )
          }
        >
          {m('copyLink')}
        </button>
        <a
          className="button-secondary"
          href={`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(deck, null, 2))}`}
          download="samenhang-presentatie.json"
        >
          {m('exportJson')}
        </a>
        <label className="button-secondary file-button">
          {m('importJson')}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0]
              e.currentTarget.value = ''
              if (!file) return
              const r = parseDeckJson(await file.text())
              if (!r.ok) {
                setFileError(m('badFile', { reason: reason(r) }))
                return
              }
              setFileError('')
              save(r.deck)
              setStatus(m('imported', { count: r.deck.slides.length }))
            }}
          />
        </label>
      </div>
      <p role="status" aria-live="polite" className="deck-status">
        {status}
      </p>
      {fileError ? (
        <p className="state state-error" role="alert">
          {fileError}
        </p>
      ) : null}
      {deck.slides.length === 0 ? <p className="state state-empty">{m('empty')}</p> : null}
      <ol className="deck-list">
        {deck.slides.map((s, i) => (
          <li key={`${i}-${s.href}-${s.figure ?? s.chart}`} className="deck-slide">
            <h2 className="deck-slide-number">{m('slide', { n: i + 1 })}</h2>
            <label className="field">
              <span>{m('slideTitle', { n: i + 1 })}</span>
              <input type="text" value={s.title} onChange={(e) => save(updateSlide(deck, i, { title: e.currentTarget.value }))} />
            </label>
            <label className="field">
              <span>{m('slideNotes', { n: i + 1 })}</span>
              <textarea rows={3} value={s.notes} onChange={(e) => save(updateSlide(deck, i, { notes: e.currentTarget.value }))} />
            </label>
            <p className="chart-note">
              <NavName view={viewName(s.href)} /> · <a href={`${s.href}${lang === 'en' ? `${s.href.includes('?') ? '&' : '?'}taal=en` : ''}`}>{m('open')}</a>
            </p>
            <div className="deck-slide-actions">
              <button type="button" className="button-secondary" disabled={i === 0} onClick={() => save(moveSlide(deck, i, -1))}>
                ↑ <span className="visually-hidden">{m('up', { n: i + 1 })}</span>
              </button>
              <button type="button" className="button-secondary" disabled={i === deck.slides.length - 1} onClick={() => save(moveSlide(deck, i, 1))}>
                ↓ <span className="visually-hidden">{m('down', { n: i + 1 })}</span>
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  save(removeSlide(deck, i))
                  setStatus(m('removed'))
                }}
              >
                {m('remove', { n: i + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </div>
  )
}

function NavName({ view }: { view: string }) {
  const { t } = useI18n()
  return <>{t(`nav.${view}` as MessageKey)}</>
}

function Presenter({ deck, index, state, meta, m }: { deck: Deck; index: number; state: ViewState; meta: MetaResponse; m: (k: K, v?: Record<string, string | number>) => string }) {
  const { lang, label } = useI18n()
  const renderView = useViewRenderer()
  const slide = deck.slides[index - 1]
  const stageRef = useRef<HTMLDivElement>(null)
  const slideState = useMemo(() => {
    const url = new URL(slide.href, window.location.origin)
    const search = url.search ? `${url.search}${lang === 'en' ? '&taal=en' : ''}` : lang === 'en' ? '?taal=en' : ''
    return parseViewState(url.pathname, search, meta).state
  }, [slide.href, lang, meta])
  const go = useCallback(
    (to: number) => {
      if (to < 1 || to > deck.slides.length) return
      navigate(hrefOf(withExtra(state, { dia: String(to) })), { replace: true })
    },
    [deck.slides.length, state],
  )
  const stop = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    navigate(hrefOf(withExtra(state, { dia: undefined })), { replace: true })
  }, [state])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault()
        go(index + 1)
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault()
        go(index - 1)
      } else if (e.key === 'Home') go(1)
      else if (e.key === 'End') go(deck.slides.length)
      else if (e.key === 'Escape') stop()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go, stop, index, deck.slides.length])

  // the presenter's notes window follows along
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(CHANNEL)
    ch.postMessage({ index, total: deck.slides.length, title: slide.title, notes: slide.notes, next: deck.slides[index]?.title })
    ch.close()
  }, [index, slide, deck.slides])

  useEffect(() => {
    stageRef.current?.focus()
  }, [index])

  return (
    <div className="presenter" role="region" aria-roledescription="presentatie" aria-label={m('counter', { n: index, total: deck.slides.length })}>
      <div className="slide" ref={stageRef} tabIndex={-1}>
        <h2 className="slide-title">{slide.title}</h2>
        <ChartIsolation figure={slide.figure ?? ''} className="slide-stage">
          <Suspense fallback={<LoadingState lines={4} />}>{renderView(slideState, meta)}</Suspense>
        </ChartIsolation>
        <footer className="slide-footer">
          <span>
            {label(meta.dataset.title)} · {label(meta.dataset.source)}
          </span>
          <span aria-live="polite">{m('counter', { n: index, total: deck.slides.length })}</span>
        </footer>
      </div>
      <nav className="presenter-controls" aria-label={m('keys')}>
        <button type="button" className="button-secondary" onClick={() => go(index - 1)} disabled={index === 1}>
          ← {m('prev')}
        </button>
        <button type="button" className="button-secondary" onClick={() => go(index + 1)} disabled={index === deck.slides.length}>
          {m('next')} →
        </button>
        <button type="button" className="button-secondary" onClick={stop}>
          {m('stop')}
        </button>
        <span className="presenter-keys">{m('keys')}</span>
      </nav>
    </div>
  )
}

interface NotesMessage {
  index: number
  total: number
  title: string
  notes: string
  next?: string
}

function NotesWindow({ m }: { m: (k: K, v?: Record<string, string | number>) => string }) {
  const [current, setCurrent] = useState<NotesMessage | null>(null)
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(CHANNEL)
    ch.onmessage = (e: MessageEvent<NotesMessage>) => setCurrent(e.data)
    return () => ch.close()
  }, [])
  return (
    <section className="notes-window" aria-live="polite">
      <h2>{m('notesTitle')}</h2>
      {current ? (
        <>
          <p className="notes-counter">
            {m('counter', { n: current.index, total: current.total })}: <strong>{current.title}</strong>
          </p>
          <p className="notes-text">{current.notes || m('notesNone')}</p>
          <p className="chart-note">{current.next ? m('nextUp', { title: current.next }) : m('last')}</p>
        </>
      ) : (
        <p>{m('notesWaiting')}</p>
      )}
    </section>
  )
}
