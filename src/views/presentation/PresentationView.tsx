/**
 * The presentation view: a deck of pinned figures (src/app/deck.ts), from this browser or from a
 * share link. `?dia=n` presents slide n, `?afdrukken=1` shows the handout to print, `?notities=1`
 * is the presenter's notes window; otherwise the editor.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { MetaResponse } from '../../contract/v1'
import { decodeDeck, emptyDeck, encodeDeck, loadLocalDeck, saveLocalDeck, type Deck, type DeckResult } from '../../app/deck'
import { navigate } from '../../app/location'
import { hrefOf, withExtra, type ViewState } from '../../app/url-state'
import { DeckEditor } from './DeckEditor'
import { Handout } from './Handout'
import { NotesWindow } from './NotesWindow'
import { Presenter } from './Presenter'
import './presentation.css'

function subscribeDeck(cb: () => void) {
  window.addEventListener('samenhang:deck', cb)
  window.addEventListener('storage', cb)
  return () => {
    window.removeEventListener('samenhang:deck', cb)
    window.removeEventListener('storage', cb)
  }
}
const localSnapshot = () => {
  try {
    return window.localStorage.getItem('samenhang.deck') ?? ''
  } catch {
    return ''
  }
}

export default function PresentationView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const localRaw = useSyncExternalStore(subscribeDeck, localSnapshot, localSnapshot)
  const fromLink: DeckResult | undefined = useMemo(() => (state.extra.deck ? decodeDeck(state.extra.deck) : undefined), [state.extra.deck])
  // localRaw is what makes this recompute when the local deck changes
  const local = useMemo(() => (localRaw !== undefined ? loadLocalDeck() : emptyDeck()), [localRaw])
  const deck = fromLink?.ok ? fromLink.deck : local
  const index = Number(state.extra.dia)
  const presenting = Number.isInteger(index) && index >= 1 && index <= deck.slides.length
  // a slide number the deck does not have: back to the editor, with a clean address
  const badSlide = state.extra.dia !== undefined && !presenting
  useEffect(() => {
    if (badSlide) navigate(hrefOf(withExtra(state, { dia: undefined })), { replace: true, force: true })
  }, [badSlide, state])

  if (state.extra.notities === '1') return <NotesWindow />

  const save = (next: Deck) => {
    saveLocalDeck(next)
    if (fromLink?.ok) navigate(hrefOf(withExtra(state, { deck: encodeDeck(next) })), { replace: true, force: true })
  }
  if (presenting) return <Presenter deck={deck} index={index} state={state} meta={meta} />
  if (state.extra.afdrukken === '1' && deck.slides.length > 0) return <Handout deck={deck} state={state} meta={meta} />
  return <DeckEditor deck={deck} fromLink={fromLink?.ok === true} linkError={fromLink && !fromLink.ok ? fromLink : undefined} state={state} save={save} />
}
