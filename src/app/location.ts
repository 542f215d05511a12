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

export function navigate(href: string, opts: { replace?: boolean } = {}): void {
  if (href === snapshot()) return
  if (opts.replace) window.history.replaceState(null, '', href)
  else window.history.pushState(null, '', href)
  window.dispatchEvent(new Event(EVENT))
}
