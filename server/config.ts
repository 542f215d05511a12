/**
 * Configuration of the production server: environment variables, mirrored by a few flags.
 * Every value is checked at start-up; a bad one stops the server with one clear message.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (where package.json, dist/ and data/ live). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type BuildMode = 'auto' | 'always' | 'never'

export interface ServerConfig {
  port: number
  host: string
  /** where the SQLite database lives (created if missing) */
  dataDir: string
  /** PostgreSQL connection string; set = the PostgreSQL store instead of SQLite */
  databaseUrl: string | undefined
  /** connections per server process to PostgreSQL */
  databasePool: number
  /** bearer token for dataset uploads; undefined = uploads disabled */
  uploadToken: string | undefined
  /** CSP frame-ancestors source list, e.g. `'self' https://intranet.example.nl` */
  frameAncestors: string
  /** API requests per minute per client; 0 = no limit */
  rateLimitPerMinute: number
  /** largest request body in bytes (of requests other than uploads: none of them is read) */
  maxBodyBytes: number
  /** most groups in one /scores answer */
  maxGroups: number
  /** largest dataset upload (POST /api/v1/datasets) in bytes */
  maxUploadBytes: number
  /** serialised /scores answers kept in memory per dataset version; 0 = no cache */
  queryCacheEntries: number
  /** one JSON line per request on stdout */
  log: boolean
  /** directory of the built SPA */
  staticDir: string
  /** build the SPA with vite when dist/ is missing or older than its sources */
  build: BuildMode
  /** TopoJSON province boundary file for the geographic map; undefined = tile map only */
  boundariesFile: string | undefined
  /** take the client address for rate limiting from the last X-Forwarded-For hop */
  trustProxy: boolean
  projectRoot: string
}

export class ConfigError extends Error {}

export const USAGE = `Usage: npm start -- [--port N] [--host ADDR] [--data-dir DIR]

Environment (flags win over the environment):
  PORT                        port to listen on (default 8080; 0 = any free port)
  HOST                        address to bind (default 127.0.0.1; 0.0.0.0 for all interfaces)
  SAMENHANG_DATA_DIR          data directory, created if missing (default ./data)
  SAMENHANG_DATABASE_URL      postgres://user:password@host:5432/db: use PostgreSQL instead of SQLite
                              (several API servers on one database; see docs/deploy.md)
  SAMENHANG_DATABASE_POOL     PostgreSQL connections per server process (default 10)
  SAMENHANG_UPLOAD_TOKEN      bearer token that allows dataset uploads (unset = uploads off)
  SAMENHANG_FRAME_ANCESTORS   CSP frame-ancestors (default 'self'; e.g. "'self' https://intranet.example.nl")
  SAMENHANG_RATE_LIMIT        API requests per minute per client (default 600; 0 = off)
  SAMENHANG_MAX_BODY          largest announced body of a request other than an upload (default 1048576)
  SAMENHANG_MAX_GROUPS        most groups in one /api/v1/scores answer (default 50000)
  SAMENHANG_MAX_UPLOAD        largest dataset upload in bytes (default 33554432 = 32 MiB)
  SAMENHANG_QUERY_CACHE       /scores answers cached in memory, serialised (default 500; 0 = off)
  SAMENHANG_LOG               "off" silences the per-request log lines
  SAMENHANG_STATIC_DIR        serve a prebuilt SPA from this directory (never rebuilt)
  SAMENHANG_BUILD             auto | always | never (default auto: build when dist/ is stale)
  SAMENHANG_TRUST_PROXY       1 = behind a reverse proxy: client address from X-Forwarded-For
  SAMENHANG_BOUNDARIES        TopoJSON file of the provinces with CBS codes (e.g. statcode PV20):
                              the Compare view can also draw them as a map (unset = tile map only)
`

function int(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}".`)
  const v = Number(raw)
  if (v < min || v > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${v}.`)
  return v
}

/** A CSP source list: no separators or quotes that could end the directive or the header. */
function sourceList(name: string, raw: string): string {
  const v = raw.trim().replace(/\s+/g, ' ')
  if (v === '') throw new ConfigError(`${name} must not be empty (use 'none' to forbid framing).`)
  for (const token of v.split(' ')) {
    const ok =
      /^'(self|none)'$/.test(token) ||
      /^(https?:\/\/)?(\*\.)?[a-z0-9.-]+(:\d+|:\*)?(\/[^\s;,']*)?$/i.test(token) ||
      /^(https?|data|blob):$/.test(token)
    if (!ok) throw new ConfigError(`${name}: "${token}" is not a CSP source (expected 'self', 'none', or an origin like https://example.nl).`)
  }
  return v
}

function bool(name: string, raw: string): boolean {
  const v = raw.trim().toLowerCase()
  if (['1', 'true', 'yes', 'on'].includes(v)) return true
  if (['0', 'false', 'no', 'off', ''].includes(v)) return false
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}".`)
}

/** Flags that mirror environment variables. */
const FLAGS: Record<string, string> = {
  '--port': 'PORT',
  '--host': 'HOST',
  '--data-dir': 'SAMENHANG_DATA_DIR',
}

export function parseArgs(argv: readonly string[]): { env: Record<string, string>; help: boolean } {
  const env: Record<string, string> = {}
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    const [flag, inline] = arg.split(/=(.*)/s, 2)
    const name = FLAGS[flag]
    if (!name) throw new ConfigError(`Unknown option "${arg}".\n\n${USAGE}`)
    const value = inline ?? argv[++i]
    if (value === undefined) throw new ConfigError(`Option ${flag} needs a value.`)
    env[name] = value
  }
  return { env, help }
}

export function loadConfig(argv: readonly string[], environment: Record<string, string | undefined>, cwd = process.cwd()): ServerConfig & { help: boolean } {
  const { env: flags, help } = parseArgs(argv)
  const env = { ...environment, ...flags }
  const host = (env.HOST ?? '127.0.0.1').trim()
  if (!/^[a-z0-9.:-]+$/i.test(host)) throw new ConfigError(`HOST must be an address or host name, got "${host}".`)
  const build = (env.SAMENHANG_BUILD ?? 'auto').trim()
  if (build !== 'auto' && build !== 'always' && build !== 'never') throw new ConfigError(`SAMENHANG_BUILD must be auto, always or never, got "${build}".`)
  const uploadToken = env.SAMENHANG_UPLOAD_TOKEN?.trim() || undefined
  if (uploadToken !== undefined && uploadToken.length < 16) throw new ConfigError('SAMENHANG_UPLOAD_TOKEN must be at least 16 characters (use a long random string).')
  const databaseUrl = env.SAMENHANG_DATABASE_URL?.trim() || undefined
  if (databaseUrl !== undefined) {
    let ok = false
    try {
      const u = new URL(databaseUrl)
      ok = (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== ''
    } catch {
      ok = false
    }
    if (!ok) throw new ConfigError('SAMENHANG_DATABASE_URL must look like postgres://user:password@host:5432/database (special characters in the password percent-encoded).')
  }
  const logRaw = (env.SAMENHANG_LOG ?? 'on').trim().toLowerCase()
  const staticDirRaw = env.SAMENHANG_STATIC_DIR?.trim()
  return {
    help,
    port: int('PORT', env.PORT ?? '8080', 0, 65535),
    host,
    dataDir: path.resolve(cwd, env.SAMENHANG_DATA_DIR?.trim() || 'data'),
    databaseUrl,
    databasePool: int('SAMENHANG_DATABASE_POOL', env.SAMENHANG_DATABASE_POOL ?? '10', 1, 1000),
    uploadToken,
    frameAncestors: sourceList('SAMENHANG_FRAME_ANCESTORS', env.SAMENHANG_FRAME_ANCESTORS ?? "'self'"),
    rateLimitPerMinute: int('SAMENHANG_RATE_LIMIT', env.SAMENHANG_RATE_LIMIT ?? '600', 0, 1e9),
    maxBodyBytes: int('SAMENHANG_MAX_BODY', env.SAMENHANG_MAX_BODY ?? String(1024 * 1024), 0, 2 ** 31),
    maxGroups: int('SAMENHANG_MAX_GROUPS', env.SAMENHANG_MAX_GROUPS ?? '50000', 1, 10_000_000),
    maxUploadBytes: int('SAMENHANG_MAX_UPLOAD', env.SAMENHANG_MAX_UPLOAD ?? String(32 * 1024 * 1024), 0, 2 ** 31),
    queryCacheEntries: int('SAMENHANG_QUERY_CACHE', env.SAMENHANG_QUERY_CACHE ?? '500', 0, 100_000),
    log: !['off', '0', 'false', 'no'].includes(logRaw),
    staticDir: staticDirRaw ? path.resolve(cwd, staticDirRaw) : path.join(PROJECT_ROOT, 'dist'),
    // a directory given explicitly is served as it is
    build: staticDirRaw ? 'never' : build,
    trustProxy: bool('SAMENHANG_TRUST_PROXY', env.SAMENHANG_TRUST_PROXY ?? '0'),
    boundariesFile: env.SAMENHANG_BOUNDARIES?.trim() ? path.resolve(cwd, env.SAMENHANG_BOUNDARIES.trim()) : undefined,
    projectRoot: PROJECT_ROOT,
  }
}
