import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi, type MockInstance } from 'vitest'
import { server } from '../../mocks/node'
import { loadDrawings } from '../charts/drawings/load'

// findBy*/waitFor give up after 10 s rather than 1 s: a loaded CI machine renders slowly
configure({ asyncUtilTimeout: 10_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
// The chart drawings (Recharts) are a chunk the app requests after the first paint. In a browser
// test file, load it before the first test: otherwise a file whose tests end quickly can be torn
// down while that import is still under way (an unhandled EnvironmentTeardownError).
beforeAll(async () => {
  if (typeof document !== 'undefined') await loadDrawings()
})
afterAll(() => server.close())

// Any console.error during a test fails it, unless the test calls allowConsoleError().
let errorSpy: MockInstance
let allowed = false
export function allowConsoleError(): void {
  allowed = true
}
beforeEach(() => {
  allowed = false
  errorSpy = vi.spyOn(console, 'error')
})
afterEach(() => {
  if (typeof document !== 'undefined') cleanup()
  server.resetHandlers()
  const calls = errorSpy.mock.calls
  errorSpy.mockRestore()
  if (!allowed && calls.length > 0) {
    throw new Error(`console.error was called during the test:\n${calls.map((c) => c.map(String).join(' ')).join('\n')}`)
  }
})
