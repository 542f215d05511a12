/**
 * Presenting: one slide at a time, 16:9 at any screen size — the slide's title, its figure scaled
 * to the stage, a footer with the data's source — and a thin bar of controls.
 *
 * Keys: Space and Enter belong to the focused control (a button does what it says); away from a
 * control, Space goes to the next slide. Arrows and Page Up/Down (what a clicker sends) move
 * between slides unless focus is in a control that uses them itself (a text field, a list box),
 * so a clicker still works after the mouse pressed "Next". Home/End jump; Escape leaves.
 * Focus never falls to the page body: the buttons stay focusable at the first and last slide
 * (aria-disabled), and leaving returns focus to "Present".
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MetaResponse } from '../../contract/v1'
import { encodeDeck, type Deck } from '../../app/deck'
import { navigate } from '../../app/location'
import { hrefOf, withExtra, type ViewState } from '../../app/url-state'
import { useI18n } from '../../i18n/i18n'
import { requestFocus } from './focus-return'
import { SlideFigure, type SlideStatus } from './SlideFigure'
import { usePresentationMessages } from './use-messages'

export const NOTES_CHANNEL = 'samenhang-presenter'

/** The message the presenter sends to the notes window on every slide change. */
export interface NotesMessage {
  index: number
  total: number
  title: string
  notes: string
  next?: string
}

/** Elements whose own keys come first: Space and Enter activate them. */
const CONTROL = 'button, a[href], input, select, textarea, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitem"], [role="option"], [role="slider"], [role="spinbutton"], [role="combobox"], [role="textbox"]'
/** Controls that use the arrow and page keys themselves. */
const ARROW_CONTROL = 'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="spinbutton"], [role="combobox"], [role="textbox"], [role="listbox"], [role="radio"], [role="tab"], [role="menuitem"], [role="option"]'

/** What a key does while presenting, given the element that has focus. Pure, for tests. */
export function presenterKeyAction(key: string, focused: Element | null): 'next' | 'prev' | 'first' | 'last' | 'stop' | undefined {
  if (key === 'Escape') return 'stop'
  const onControl = focused?.closest?.(CONTROL) ?? null
  const onArrowControl = focused?.closest?.(ARROW_CONTROL) ?? null
  switch (key) {
    case ' ':
    case 'Spacebar':
      return onControl ? undefined : 'next'
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return onArrowControl ? undefined : 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return onArrowControl ? undefined : 'prev'
    case 'Home':
      return onControl ? undefined : 'first'
    case 'End':
      return onControl ? undefined : 'last'
    default:
      return undefined
  }
}

export function Presenter({ deck, index, state, meta }: { deck: Deck; index: number; state: ViewState; meta: MetaResponse }) {
  const { label, t } = useI18n()
  const m = usePresentationMessages()
  const slide = deck.slides[index - 1]
  const total = deck.slides.length
  const slideRef = useRef<HTMLDivElement>(null)
  const [status, setStatus] = useState<SlideStatus>({ kind: 'waiting' })

  const go = useCallback(
    (to: number) => {
      if (to < 1 || to > total || to === index) return
      setStatus({ kind: 'waiting' })
      navigate(hrefOf(withExtra(state, { dia: String(to), deck: state.extra.deck ?? encodeDeck(deck) })), { replace: true, force: true })
    },
    [total, index, state, deck],
  )
  const stop = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined)
    requestFocus('present')
    navigate(hrefOf(withExtra(state, { dia: undefined })), { replace: true, force: true })
  }, [state])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return
      const action = presenterKeyAction(e.key, document.activeElement)
      if (!action) return
      e.preventDefault()
      if (action === 'stop') stop()
      else if (action === 'next') go(index + 1)
      else if (action === 'prev') go(index - 1)
      else if (action === 'first') go(1)
      else go(total)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go, stop, index, total])

  // Leaving full screen (the browser's own Escape) leaves the presentation too.
  const wasFull = useRef(false)
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) wasFull.current = true
      else if (wasFull.current) stop()
    }
    onChange()
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [stop])

  // the notes window follows along
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(NOTES_CHANNEL)
    const msg: NotesMessage = { index, total, title: slide.title, notes: slide.notes, next: deck.slides[index]?.title }
    ch.postMessage(msg)
    ch.close()
  }, [index, total, slide, deck.slides])

  // on start, the slide takes focus (keys work, a screen reader reads it); later changes leave focus where it is
  useEffect(() => {
    slideRef.current?.focus({ preventScroll: true })
  }, [])

  const counter = m('counter', { n: index, total })
  const cannot = status.kind === 'legacy' || status.kind === 'unknownView' || status.kind === 'missing' || status.kind === 'failed' || status.kind === 'error' || status.kind === 'empty'
  return (
    <div className="presenter" role="region" aria-roledescription={m('roledescription')} aria-label={`${counter}: ${slide.title}`}>
      <div className="slide" ref={slideRef} tabIndex={-1} role="group" aria-roledescription={m('slideRole')} aria-labelledby="slide-title">
        <h2 className="slide-title" id="slide-title">
          {slide.title}
        </h2>
        <SlideFigure key={`${index}|${slide.href}|${slide.figure ?? slide.chart}`} slide={slide} meta={meta} onStatus={setStatus} className="slide-stage" />
        <footer className="slide-footer">
          <span>
            {t('app.name')} · {label(meta.dataset.title)}
            {meta.dataset.synthetic ? <strong className="slide-synthetic"> · {t('export.synthetic')}</strong> : null}
          </span>
          <span>{counter}</span>
        </footer>
      </div>
      <nav className="presenter-controls" aria-label={m('controls')}>
        <button type="button" className="button-secondary" aria-disabled={index === 1 ? true : undefined} onClick={() => go(index - 1)}>
          ← {m('prev')}
        </button>
        <button type="button" className="button-secondary" aria-disabled={index === total ? true : undefined} onClick={() => go(index + 1)}>
          {m('next')} →
        </button>
        <button type="button" className="button-secondary" onClick={stop}>
          {m('stop')}
        </button>
        <span className="presenter-keys">{m('keys')}</span>
        <span className="visually-hidden" role="status" aria-live="polite">
          {`${counter}: ${slide.title}`}
          {cannot ? `. ${m('slide.cannotShow', { n: index })}` : ''}
        </span>
      </nav>
    </div>
  )
}
