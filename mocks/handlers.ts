/** MSW does not re-implement the API: every /api/v1 request goes to the same handler the server uses. */
import { http } from 'msw'
import { createApi } from '../server/api/app'
import type { Store } from '../server/store'
import { createDemoStore } from './demo-store'

export function apiHandlers(store: Store = createDemoStore()) {
  const api = createApi({ store })
  // '*/api/v1/*' (not '/api/v1/*'): msw/node has no location to resolve a relative path against
  return [http.all('*/api/v1/*', async ({ request }) => await api.fetch(request))]
}
