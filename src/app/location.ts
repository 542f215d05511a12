/** The browser location as a React store: the URL is the single source of truth for the view. */
import { useSyncExternalStore } from 'react'

const EVENT = 'samenhang:navigate'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(EVENT, onChange)
  }
}

const snapshot = () => window.location.pathname + window.location.search

export function useLocationKey(): string {
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}

let held = 0

/**
 * While a view is drawn inside another page (a slide, a handout page), it must not rewrite that
 * page's address (views replace the address to clean an invalid parameter). Held, a replacing
 * navigation is refused unless it passes `{ force: true }`; a new entry (a link the reader clicks)
 * still goes. Returns the release.
 */
export function holdNavigation(): () => void {
  held += 1
  let released = false
  return () => {
    if (released) return
    released = true
    held -= 1
  }
}

export function navigate(href: string, opts: { replace?: boolean; force?: boolean } = {}): void {
  if (held > 0 && opts.replace && !opts.force) return
  if (href === snapshot()) return
  if (opts.replace) window.history.replaceState(null, '', href)
  else window.history.pushState(null, '', href)
  window.dispatchEvent(new Event(EVENT))
}
