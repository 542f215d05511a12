/**
 * The deck's editor: its title, each slide's title and notes, order, removal, and the ways out —
 * present, speaker notes, print (the handout), share link, JSON export and import.
 * Focus never falls to the page body: after a removal it goes to the slide that took its place
 * (or to the "no slides" message), after a move it follows the slide, and on return from
 * presenting or the handout it goes back to the button that led there.
 * Printed as it is (Ctrl+P), the page shows no form: a plain list of slides and notes.
 */
import { useLayoutEffect, useRef, useState } from 'react'
import { encodeDeck, moveSlide, parseDeckJson, removeSlide, retitleDeck, slideTarget, updateSlide, type Deck, type DeckResult } from '../../app/deck'
import { navigate } from '../../app/location'
import { hrefOf, viewFromPath, withExtra, type ViewState } from '../../app/url-state'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/nl'
import { takeFocusRequest } from './focus-return'
import { slideLink } from './SlideFigure'
import { usePresentationMessages } from './use-messages'

export interface DeckEditorProps {
  deck: Deck
  /** the deck came from a share link (?deck=…) */
  fromLink: boolean
  /** the link's deck could not be read: why */
  linkError?: Exclude<DeckResult, { ok: true }>
  state: ViewState
  /** keeps a changed deck (this browser, and the link when the deck came from one) */
  save: (next: Deck) => void
}

export function DeckEditor({ deck, fromLink, linkError, state, save }: DeckEditorProps) {
  const { lang, t } = useI18n()
  const m = usePresentationMessages()
  const [status, setStatus] = useState('')
  const [fileError, setFileError] = useState('')
  const root = useRef<HTMLDivElement>(null)
  const focusNext = useRef<string | null>(null)
  const total = deck.slides.length

  // after each change: put focus where the change left the reader (see the module comment)
  useLayoutEffect(() => {
    const selector = focusNext.current
    if (!selector) return
    focusNext.current = null
    root.current?.querySelector<HTMLElement>(selector)?.focus()
  })
  // back from presenting or the handout: the button that led there
  useLayoutEffect(() => {
    const target = takeFocusRequest()
    if (target) root.current?.querySelector<HTMLElement>(`[data-focus="${target}"]`)?.focus()
  }, [])

  const reason = (r: Exclude<DeckResult, { ok: true }>) => m(`reason.${r.error}`, { detail: r.detail ?? '' })
  const shareHref = `${window.location.origin}${hrefOf(withExtra({ ...state, extra: {} }, { deck: encodeDeck(deck) }))}`
  const viewName = (href: string) => t(`nav.${viewFromPath(new URL(href, window.location.origin).pathname) ?? 'overview'}` as MessageKey)

  const remove = (i: number) => {
    save(removeSlide(deck, i))
    setStatus(m('removed', { n: i + 1 }))
    focusNext.current = total > 1 ? `[data-slide-heading="${Math.min(i, total - 2)}"]` : '[data-focus="empty"]'
  }
  const move = (i: number, by: -1 | 1) => {
    const to = i + by
    if (to < 0 || to >= total) return
    save(moveSlide(deck, i, by))
    setStatus(m('moved', { n: to + 1 }))
    focusNext.current = `[data-slide-action="${by < 0 ? 'up' : 'down'}-${to}"]`
  }

  return (
    <div className="view presentation-editor" ref={root}>
      <div className="deck-form">
        <p className="lead">{m('lead')}</p>
        <p className="chart-note">{fromLink ? m('shared') : m('local')}</p>
        {linkError ? (
          <p className="notice" role="alert">
            {m('badLink', { reason: reason(linkError) })}
          </p>
        ) : null}
        <label className="field deck-title-field">
          <span>{m('deckTitle')}</span>
          <input type="text" value={deck.title ?? ''} placeholder={m('deckTitleDefault')} maxLength={300} onChange={(e) => save(retitleDeck(deck, e.currentTarget.value))} />
        </label>
        <div className="deck-actions">
          <button
            type="button"
            className="button-primary"
            data-focus="present"
            disabled={total === 0}
            onClick={() => {
              void document.documentElement.requestFullscreen?.().catch(() => undefined)
              navigate(hrefOf(withExtra(state, { dia: '1', deck: encodeDeck(deck) })))
            }}
          >
            {m('present')}
          </button>
          <button type="button" className="button-secondary" data-focus="print" disabled={total === 0} onClick={() => navigate(hrefOf(withExtra(state, { afdrukken: '1' })))}>
            {m('printDeck')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={total === 0}
            onClick={() => window.open(hrefOf(withExtra({ ...state, extra: {} }, { notities: '1' })), 'samenhang-notes', 'width=720,height=600')}
          >
            {m('notesWindow')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={total === 0}
            onClick={() =>
              void navigator.clipboard.writeText(shareHref).then(
                () => setStatus(m('copied')),
                () => setStatus(shareHref),
              )
            }
          >
            {m('copyLink')}
          </button>
          <a className="button-secondary" href={`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(deck, null, 2))}`} download="samenhang-presentatie.json">
            {m('exportJson')}
          </a>
          <label className="button-secondary file-button">
            {m('importJson')}
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={async (e) => {
                const input = e.currentTarget
                const file = input.files?.[0]
                input.value = ''
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
        {total === 0 ? (
          <p className="state state-empty" tabIndex={-1} data-focus="empty">
            {m('empty')}
          </p>
        ) : null}
        <ol className="deck-list">
          {deck.slides.map((s, i) => (
            <li key={i} className="deck-slide">
              <h2 className="deck-slide-number" tabIndex={-1} data-slide-heading={i}>
                {m('slide', { n: i + 1 })}
              </h2>
              <label className="field">
                <span>{m('slideTitle', { n: i + 1 })}</span>
                <input type="text" value={s.title} maxLength={300} onChange={(e) => save(updateSlide(deck, i, { title: e.currentTarget.value }))} />
              </label>
              <label className="field">
                <span>{m('slideNotes', { n: i + 1 })}</span>
                <textarea rows={3} value={s.notes} maxLength={5000} onChange={(e) => save(updateSlide(deck, i, { notes: e.currentTarget.value }))} />
              </label>
              {slideTarget(s).kind === 'legacy' ? <p className="notice">{m('editor.legacy')}</p> : null}
              <p className="chart-note">
                {viewName(s.href)} · <a href={slideLink(s.href, lang)}>{m('open')}</a>
              </p>
              <div className="deck-slide-actions">
                <button type="button" className="button-secondary" data-slide-action={`up-${i}`} aria-disabled={i === 0 ? true : undefined} onClick={() => move(i, -1)}>
                  ↑ <span className="visually-hidden">{m('up', { n: i + 1 })}</span>
                </button>
                <button type="button" className="button-secondary" data-slide-action={`down-${i}`} aria-disabled={i === total - 1 ? true : undefined} onClick={() => move(i, 1)}>
                  ↓ <span className="visually-hidden">{m('down', { n: i + 1 })}</span>
                </button>
                <button type="button" className="button-secondary" data-slide-action={`remove-${i}`} onClick={() => remove(i)}>
                  {m('remove', { n: i + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
      </div>
      <section className="deck-outline">
        <h2>{deck.title?.trim() || m('deckTitleDefault')}</h2>
        <p>{m('outline.hint')}</p>
        <ol>
          {deck.slides.map((s, i) => (
            <li key={i}>
              <strong>{s.title}</strong> ({viewName(s.href)})
              {s.notes.trim() ? <p>{s.notes}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
