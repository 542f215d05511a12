import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi, type MockInstance } from 'vitest'
import { server } from '../../mocks/node'

// findBy*/waitFor give up after 10 s rather than 1 s: a loaded CI machine renders slowly
configure({ asyncUtilTimeout: 10_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
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
