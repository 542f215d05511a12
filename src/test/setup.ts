import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi, type MockInstance } from 'vitest'
import { server } from '../../mocks/node'

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
