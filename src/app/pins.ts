/**
 * The shell's pin store for chart frames: a pin records the view's address — with every declared
 * parameter, so a slide shows the same sort order, measure and map as the page — and the figure's
 * stable id (never its position on the page, which changes with the data).
 */
import type { PinStore } from '../charts/frame-context'
import type { Lang } from '../domain/framework'
import { addSlide, loadLocalDeck, pinnedSlide, removeSlide, saveLocalDeck, slideHref } from './deck'

const DECK_EVENT = 'samenhang:deck'
const KEY = 'samenhang.deck'

function currentHref(): string {
  return slideHref(window.location.pathname, window.location.search)
}

export function pinStore(lang: Lang): PinStore {
  return {
    snapshot: () => {
      try {
        return window.localStorage.getItem(KEY) ?? ''
      } catch {
        return ''
      }
    },
    subscribe: (onChange) => {
      window.addEventListener(DECK_EVENT, onChange)
      window.addEventListener('storage', onChange)
      return () => {
        window.removeEventListener(DECK_EVENT, onChange)
        window.removeEventListener('storage', onChange)
      }
    },
    isPinned: (figure) => pinnedSlide(loadLocalDeck(), currentHref(), figure) >= 0,
    toggle: (figure, title) => {
      const deck = loadLocalDeck()
      const href = currentHref()
      const at = pinnedSlide(deck, href, figure)
      const next = at >= 0 ? removeSlide(deck, at) : addSlide(deck, { href, figure, title, notes: '' })
      saveLocalDeck(next)
      return { pinned: at < 0, count: next.slides.length }
    },
    presentationHref: `/presentatie${lang === 'en' ? '?taal=en' : ''}`,
  }
}
