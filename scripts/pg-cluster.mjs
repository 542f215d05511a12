// A throwaway PostgreSQL cluster on a loopback port, for tests and benchmarks.
//
//   node scripts/pg-cluster.mjs start   → prints {"url","adminUrl","dir","port"}; runs until stopped
//   node scripts/pg-cluster.mjs stop DIR
//
// or, from code: const cluster = await startCluster(); … await cluster.stop()
//
// Uses Debian's `postgresql` package (initdb, pg_ctl). initdb refuses to run as root, so as root
// every PostgreSQL command runs as the `postgres` user (runuser). TCP connections need a password
// (scram-sha-256), so wrong-password handling can be tested; the Unix socket (in the cluster's
// own directory) trusts local users. fsync is off: the cluster is thrown away after the run.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const ADMIN_PASSWORD = 'samenhang-test-admin'

/** The directory of initdb and pg_ctl, or undefined when PostgreSQL is not installed. */
export function findPgBin() {
  const candidates = []
  // PG_BIN, when set, is the only place looked at (also to check the "not installed" path)
  if (process.env.PG_BIN) return [process.env.PG_BIN].find((d) => existsSync(path.join(d, 'initdb')) && existsSync(path.join(d, 'pg_ctl')))
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' })
  if (which.status === 0 && which.stdout.trim()) candidates.push(path.dirname(which.stdout.trim()))
  const root = '/usr/lib/postgresql'
  if (existsSync(root)) {
    for (const v of readdirSync(root).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(root, v, 'bin'))
  }
  return candidates.find((d) => existsSync(path.join(d, 'initdb')) && existsSync(path.join(d, 'pg_ctl')))
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0

function run(bin, args, options = {}) {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  const r = spawnSync(cmd, argv, { encoding: 'utf8', ...options })
  if (r.status !== 0) throw new Error(`${path.basename(bin)} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`)
  return r.stdout
}

/**
 * Start a cluster. Returns { url (superuser over TCP, database "postgres"), port, dir, host,
 * psql(sql, db?), stop() }, or undefined when PostgreSQL is not installed.
 */
export async function startCluster(options = {}) {
  const bin = findPgBin()
  if (!bin) return undefined
  const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-pg-'))
  const data = path.join(dir, 'data')
  const sock = path.join(dir, 'sock')
  mkdirSync(sock)
  const pwfile = path.join(dir, 'pw')
  writeFileSync(pwfile, `${ADMIN_PASSWORD}\n`)
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    for (const p of [dir, sock, pwfile]) chownSync(p, uid, gid)
  }
  chmodSync(dir, 0o700)
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-locale', '-N'])
  const port = options.port ?? (await freePort())
  const settings = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-k ${sock}`, '-c fsync=off', '-c full_page_writes=off', '-c synchronous_commit=off', `-c max_connections=${options.maxConnections ?? 100}`]
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-t', '60', '-l', path.join(dir, 'log'), '-o', settings.join(' '), 'start'])
  const psql = (sql, db = 'postgres') => {
    const psqlBin = existsSync(path.join(bin, 'psql')) ? path.join(bin, 'psql') : 'psql'
    return run(psqlBin, ['-h', sock, '-p', String(port), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql])
  }
  let stopped = false
  const stopNow = () => {
    if (stopped) return
    stopped = true
    process.off('exit', stopNow)
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  // a safety net: the cluster never outlives the process that started it (unless that is killed)
  process.on('exit', stopNow)
  const stop = async () => stopNow()
  return {
    host: '127.0.0.1',
    port,
    dir,
    url: `postgres://postgres:${ADMIN_PASSWORD}@127.0.0.1:${port}/postgres`,
    /** a connection string for another database or user on this cluster */
    urlFor: (database, user = 'postgres', password = ADMIN_PASSWORD) =>
      `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    psql,
    stop,
  }
}

/** Stop a cluster started by `start` in another process. */
export function stopCluster(dir) {
  const bin = findPgBin()
  if (bin && existsSync(path.join(dir, 'data'))) run(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop'])
  rmSync(dir, { recursive: true, force: true })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, arg] = process.argv.slice(2)
  if (command === 'start') {
    const c = await startCluster()
    if (!c) {
      console.error('PostgreSQL is not installed (no initdb/pg_ctl found). Debian: apt-get install -y postgresql')
      process.exit(1)
    }
    console.log(JSON.stringify({ url: c.url, dir: c.dir, port: c.port }))
    console.error(`Cluster running; stop it with: node scripts/pg-cluster.mjs stop ${c.dir}`)
  } else if (command === 'stop' && arg) {
    stopCluster(arg)
  } else {
    console.error('Usage: node scripts/pg-cluster.mjs start | stop DIR')
    process.exit(2)
  }
}
