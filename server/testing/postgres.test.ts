// @vitest-environment node
/** Without PostgreSQL the PostgreSQL tests are skipped loudly outside CI, and fail with CI=true. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { postgresForTests } from './postgres'

describe('postgresForTests without PostgreSQL installed', () => {
  const saved = { PG_BIN: process.env.PG_BIN, CI: process.env.CI }
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
    vi.restoreAllMocks()
  })

  it('warns loudly and skips outside CI', async () => {
    process.env.PG_BIN = '/nonexistent'
    delete process.env.CI
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await postgresForTests('the example tests')).toBeUndefined()
    expect(warn).toHaveBeenCalledOnce()
    expect(String(warn.mock.calls[0][0])).toMatch(/PostgreSQL is not installed[\s\S]*SKIPPED: the example tests\.[\s\S]*apt-get install -y postgresql/)
  })

  it('fails with CI=true', async () => {
    process.env.PG_BIN = '/nonexistent'
    process.env.CI = 'true'
    await expect(postgresForTests('the example tests')).rejects.toThrow(/CI=true: the PostgreSQL tests must run\./)
  })
})
