// @vitest-environment node
/** The import CLI: `npm run import -- file.csv`, as an operator runs it. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DB_FILE } from '../open-store'
import { SqliteStore } from '../stores/sqlite'
import { runImport } from './cli'
import { sampleDatasetCsv } from './sample-files'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

describe('npm run import', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'samenhang-cli-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const run = async (...argv: string[]) => {
    let out = ''
    let err = ''
    const code = await runImport(argv, {}, (s) => (out += s), (s) => (err += s))
    return { code, out, err }
  }

  it('imports a valid file through the npm script, and the database serves it', () => {
    const file = path.join(dir, 'enquete.csv')
    writeFileSync(file, sampleDatasetCsv(500, 'nl'))
    const dataDir = path.join(dir, 'data')
    const r = spawnSync('npm', ['run', '-s', 'import', '--', file, '--data-dir', dataDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SAMENHANG_DATA_DIR: '' } })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/Het bestand is in orde: 500 cellen, jaren 2025, 24 regio's, 14 sectoren\./)
    expect(r.stdout).toMatch(/Ingelezen als versie \S+-cli/)
    const store = new SqliteStore(path.join(dataDir, DB_FILE), { readonly: true })
    expect(store.db.prepare('SELECT COUNT(*) AS c FROM cells').get()).toEqual({ c: 500 })
    void store.close()
  }, 30_000)

  it('checks only with --dry-run, in English with --lang en', async () => {
    const file = path.join(dir, 'dry.csv')
    writeFileSync(file, sampleDatasetCsv(20))
    const dataDir = path.join(dir, 'dry-data')
    const r = await run(file, '--dry-run', '--lang', 'en', '--data-dir', dataDir)
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out).toMatch(/The file is valid: 20 cells/)
    expect(r.out).toMatch(/nothing was written/)
  })

  it('lists the problems, counts the ones left out, and leaves the previous dataset', async () => {
    const dataDir = path.join(dir, 'keep')
    const good = path.join(dir, 'good.csv')
    writeFileSync(good, sampleDatasetCsv(30))
    expect((await run(good, '--data-dir', dataDir, '--title', 'Eerste')).code).toBe(0)
    const bad = path.join(dir, 'bad.csv')
    writeFileSync(bad, sampleDatasetCsv(30).replace(/,(\d+),([\d.]+),([\d.]+)\r\n/g, ',0,$2,$3\r\n'))
    const r = await run(bad, '--data-dir', dataDir, '--max-problems', '5')
    expect(r.code).toBe(1)
    expect(r.err.split('\n').filter((l) => l.startsWith('Rij '))).toHaveLength(5)
    expect(r.err).toMatch(/… en nog 25 problemen\./)
    expect(r.err).toMatch(/30 problemen gevonden\. Er is niets veranderd\./)
    const store = new SqliteStore(path.join(dataDir, DB_FILE), { readonly: true })
    expect(store.db.prepare('SELECT info FROM dataset').pluck().get()).toMatch(/"Eerste"/)
    void store.close()
  })

  it('explains a missing file and bad options (exit 2)', async () => {
    expect(await run(path.join(dir, 'nope.csv'))).toMatchObject({ code: 2, err: expect.stringMatching(/Kan .*nope\.csv niet lezen: het bestand bestaat niet/) })
    expect(await run('--lang', 'de', 'x.csv')).toMatchObject({ code: 2, err: expect.stringMatching(/--lang must be nl or en/) })
    expect(await run()).toMatchObject({ code: 2, err: expect.stringMatching(/^Usage: npm run import/) })
    expect(await run('a.csv', 'b.csv')).toMatchObject({ code: 2 })
  })

  it('refuses control and text-direction characters in --title and --source, and escapes file values in its output (case S7)', async () => {
    expect(await run('x.csv', '--title', 'Enquête\nimport: version forged is current')).toMatchObject({ code: 2, err: expect.stringMatching(/U\+000A/) })
    expect(await run('x.csv', '--source', 'CBS\u202Egnp.exe')).toMatchObject({ code: 2, err: expect.stringMatching(/U\+202E/) })
    const file = path.join(dir, 'forged.csv')
    // a region code that carries a line break and a forged output line inside quotes
    writeFileSync(file, sampleDatasetCsv(3).replace(/,NL,/, ',"NL\nThe file is valid: 0 cells",'))
    const r = await run(file, '--lang', 'en', '--dry-run')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/NL\\u000aThe file is valid/)
    expect(r.err.split('\n').filter((l) => l.startsWith('The file is valid'))).toEqual([])
  })

  it('gives two imports of the same file within one second versions of their own (case S3)', async () => {
    const file = path.join(dir, 'twice.csv')
    writeFileSync(file, sampleDatasetCsv(10))
    const dataDir = path.join(dir, 'twice')
    const a = await run(file, '--data-dir', dataDir, '--lang', 'en')
    const b = await run(file, '--data-dir', dataDir, '--lang', 'en')
    expect([a.code, b.code]).toEqual([0, 0])
    const version = (out: string) => /Imported as version (\S+)/.exec(out)?.[1]
    expect(version(a.out)).toBeDefined()
    expect(version(b.out)).not.toBe(version(a.out))
    const store = new SqliteStore(path.join(dataDir, DB_FILE), { readonly: true })
    expect((await store.versions()).map((v) => v.version)).toEqual([version(b.out), version(a.out)])
    void store.close()
  })
})
