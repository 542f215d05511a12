import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { App } from '../app/App'

/** Render the whole app at an address, against the mock API (msw/node), without retries. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })
  return { queryClient, ...render(<App queryClient={queryClient} />) }
}
