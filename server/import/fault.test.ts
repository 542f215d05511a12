// @vitest-environment node
/**
 * Fault test: the server process is killed with SIGKILL in the middle of a large upload (100,000
 * rows) — once while the body is arriving, once while the new dataset is being written. After a
 * restart the previous dataset is intact and served, byte for byte. A completed upload survives a
 * SIGKILL and a restart.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { http, passthrough } from 'msw'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { server as msw } from '../../mocks/node'
import { datasetCreated, datasetsResponse } from '../../src/contract/v1'
import { DB_FILE } from '../open-store'
import { freePort, kill, startServer, tinySite, waitForUrl, type ServerProc } from '../testing/server-process'
import { sampleDatasetCsv } from './sample-files'

const TOKEN = 'fault-test-token-0123456789'
const ROWS = 100_000

// this file talks to real server processes: let those requests through MSW
beforeEach(() => {
  msw.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()))
})

/** What a client sees of the dataset: version, and a few answers with their ETags, as text. */
async function observe(base: string): Promise<string[]> {
  const out: string[] = []
  for (const p of ['/api/v1/meta', '/api/v1/scores?by=level,region&year=2025', '/api/v1/scores?by=year,dimension&region=PV20,PV26', '/api/v1/datasets']) {
    const res = await fetch(`${base}${p}`)
    out.push(`${res.status} ${res.headers.get('etag')} ${await res.text()}`)
  }
  return out
}

function integrity(dataDir: string): { check: string; cells: number; versions: number } {
  const db = new Database(path.join(dataDir, DB_FILE), { readonly: true })
  try {
    return {
      check: db.pragma('integrity_check', { simple: true }) as string,
      cells: (db.prepare('SELECT COUNT(*) AS c FROM cells').get() as { c: number }).c,
      versions: (db.prepare('SELECT COUNT(*) AS c FROM dataset_versions').get() as { c: number }).c,
    }
  } finally {
    db.close()
  }
}

/** Start a POST of `body` and return once `sent` bytes are written (the rest never comes). */
function partialUpload(base: string, body: Buffer, sent: number): Promise<void> {
  const url = new URL('/api/v1/datasets', base)
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv', 'content-length': String(body.length) },
    })
    req.on('error', () => undefined) // the server dies under it
    req.write(body.subarray(0, sent), (err) => (err ? reject(err) : resolve()))
  })
}

describe('SIGKILL in the middle of a large upload', () => {
  let dir: string
  let env: Record<string, string>
  let csv: Buffer
  let server: ServerProc | undefined

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'samenhang-fault-'))
    env = {
      PORT: String(await freePort()),
      SAMENHANG_DATA_DIR: path.join(dir, 'data'),
      SAMENHANG_STATIC_DIR: tinySite(path.join(dir, 'site')),
      SAMENHANG_UPLOAD_TOKEN: TOKEN,
      SAMENHANG_RATE_LIMIT: '0',
    }
    csv = Buffer.from(sampleDatasetCsv(ROWS, 'nl'))
  }, 60_000)

  afterAll(async () => {
    if (server) await kill(server)
    rmSync(dir, { recursive: true, force: true })
  })

  it('keeps the previous dataset when killed while the body arrives, and while the new dataset is written', async () => {
    server = startServer(env)
    let base = await waitForUrl(server)
    const before = await observe(base)
    expect(before[0]).toMatch(/"synthetic":true/)

    // 1. killed with half of the file received
    await partialUpload(base, csv, Math.floor(csv.length / 2))
    await new Promise((r) => setTimeout(r, 200))
    await kill(server)
    server = startServer(env)
    base = await waitForUrl(server)
    expect(await observe(base)).toEqual(before)
    await kill(server, 'SIGTERM')
    expect(integrity(env.SAMENHANG_DATA_DIR)).toMatchObject({ check: 'ok', versions: 1 })

    // 2. killed after validation, while the transaction that writes 100,000 cells is running
    server = startServer(env)
    base = await waitForUrl(server)
    const upload = fetch(`${base}/api/v1/datasets`, { method: 'POST', body: new Uint8Array(csv), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } }).catch((e: Error) => e)
    await server.waitForStderr(/import: 100000 cells valid .*writing version/)
    await kill(server)
    expect(await upload).toBeInstanceOf(Error) // the client never got a 201
    server = startServer(env)
    base = await waitForUrl(server)
    expect(await observe(base)).toEqual(before)
    await kill(server, 'SIGTERM')
    const after = integrity(env.SAMENHANG_DATA_DIR)
    expect(after).toMatchObject({ check: 'ok', versions: 1 })
    expect(after.cells).not.toBe(ROWS)
  }, 120_000)

  it('keeps a completed upload through a SIGKILL and a restart', async () => {
    server = startServer(env)
    let base = await waitForUrl(server)
    const res = await fetch(`${base}/api/v1/datasets?title=Enqu%C3%AAte`, { method: 'POST', body: new Uint8Array(csv), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } })
    expect(res.status).toBe(201)
    const { dataset } = datasetCreated.parse(await res.json())
    expect(dataset.cells).toBe(ROWS)
    const served = await observe(base)
    expect(served[0]).toContain(dataset.version)
    // the write phase (after "valid", until "current") lasts long enough that the kill in the
    // test above, sent within milliseconds of "writing", lands inside the transaction
    const m = /cells valid \((\d+) ms\); writing[^\n]*\n[^\n]*is current: \d+ cells[^(\n]*\((\d+) ms\)/.exec(server.stderr())
    expect(m, server.stderr()).not.toBeNull()
    const writeMs = Number(m![2]) - Number(m![1])
    expect(writeMs).toBeGreaterThan(100)
    console.info(`fault test: writing ${ROWS} cells took ${writeMs} ms`)
    await kill(server) // no clean shutdown: the commit alone must carry it

    server = startServer(env)
    base = await waitForUrl(server)
    expect(server.stderr()).not.toMatch(/loaded the demo dataset/)
    expect(await observe(base)).toEqual(served)
    const versions = datasetsResponse.parse(await (await fetch(`${base}/api/v1/datasets`)).json())
    expect(versions.versions.map((v) => v.title.nl)).toEqual(['Enquête', 'Demodata (synthetisch)'])
    await kill(server, 'SIGTERM')
    expect(integrity(env.SAMENHANG_DATA_DIR)).toEqual({ check: 'ok', cells: ROWS, versions: 2 })
  }, 120_000)
})
