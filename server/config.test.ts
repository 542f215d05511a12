// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, PROJECT_ROOT } from './config'

describe('server configuration', () => {
  it('has safe defaults', () => {
    const c = loadConfig([], {}, '/srv/app')
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/app/data',
      uploadToken: undefined,
      frameAncestors: "'self'",
      rateLimitPerMinute: 600,
      queryCacheEntries: 500,
      log: true,
      build: 'auto',
      staticDir: path.join(PROJECT_ROOT, 'dist'),
    })
  })

  it('reads the environment, and flags win over it', () => {
    const c = loadConfig(['--port', '9000', '--data-dir=/var/lib/samenhang'], { PORT: '1234', HOST: '0.0.0.0', SAMENHANG_LOG: 'off', SAMENHANG_RATE_LIMIT: '0' })
    expect(c).toMatchObject({ port: 9000, host: '0.0.0.0', dataDir: '/var/lib/samenhang', log: false, rateLimitPerMinute: 0 })
  })

  it('never rebuilds an explicitly given static directory', () => {
    expect(loadConfig([], { SAMENHANG_STATIC_DIR: 'site', SAMENHANG_BUILD: 'always' }, '/x')).toMatchObject({ staticDir: '/x/site', build: 'never' })
  })

  it.each([
    [[], { PORT: 'http' }, /PORT must be a whole number/],
    [[], { PORT: '70000' }, /PORT must be between/],
    [['--colour'], {}, /Unknown option/],
    [['--port'], {}, /needs a value/],
    [[], { SAMENHANG_FRAME_ANCESTORS: "'self'; script-src *" }, /not a CSP source/],
    [[], { SAMENHANG_FRAME_ANCESTORS: 'https://a.example\r\nX-Evil: 1' }, /not a CSP source/],
    [[], { SAMENHANG_UPLOAD_TOKEN: 'short' }, /at least 16/],
    [[], { SAMENHANG_BUILD: 'sometimes' }, /auto, always or never/],
  ])('rejects %j %j', (argv, env, message) => {
    expect(() => loadConfig(argv, env)).toThrow(ConfigError)
    expect(() => loadConfig(argv, env)).toThrow(message)
  })

  it('accepts origins in frame-ancestors', () => {
    expect(loadConfig([], { SAMENHANG_FRAME_ANCESTORS: "'self'   https://intranet.example.nl https://*.overheid.nl" }).frameAncestors).toBe(
      "'self' https://intranet.example.nl https://*.overheid.nl",
    )
  })
})
