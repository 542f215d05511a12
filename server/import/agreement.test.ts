// @vitest-environment node
/**
 * One respondent file, three doors, two forms: the same answers as CSV and as `.xlsx` give the
 * same cells and pillar cells as a hand computation, whether read the way the browser reads them
 * (the Data view's worker job, `readAndParse`), uploaded to the API (`createApi` over the memory
 * store) or loaded with `npm run import` (the CLI into SQLite). The API and the database are
 * compared through what the API answers for every cell.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { workbookBytes } from '../../mocks/example-files-xlsx'
import { scoresResponse } from '../../src/contract/v1'
import type { Cell } from '../../src/domain/cells'
import { describe as describeSums, pillarSeries, type PillarSums } from '../../src/domain/pooling'
import { HAND_CELLS, HAND_FILE, HAND_PILLAR_CELLS } from '../../src/domain/respondents-fixture'
import { readAndParse } from '../../src/views/data/read-dataset-file'
import { createApi, XLSX_TYPE } from '../api/app'
import { DB_FILE } from '../open-store'
import type { Store } from '../store'
import { MemoryStore } from '../stores/memory'
import { SqliteStore } from '../stores/sqlite'
import { runImport } from './cli'

// each respondent of the hand-worked file ten times: every cell reaches n ≥ 10, so the API publishes it
const TIMES = 10
const [HEADER, ...ROWS] = HAND_FILE.split('\r\n')
const CSV = [HEADER, ...ROWS.flatMap((r) => Array.from({ length: TIMES }, () => r))].join('\r\n')
const XLSX = workbookBytes([
  {
    name: 'Antwoorden',
    rows: CSV.split('\r\n').map((line, i) => line.split(';').map((f) => (i > 0 && /^\d+$/.test(f) ? Number(f) : f === '' ? null : f))),
  },
])
const times = <T extends object>(xs: readonly T[], keys: readonly string[]) => xs.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, keys.includes(k) ? (v as number) * TIMES : v])))
const EXPECTED_CELLS = times(HAND_CELLS, ['n', 'sum', 'sumSq']) as unknown as Cell[]
const EXPECTED_PILLARS = times(HAND_PILLAR_CELLS, ['n', 'sumT', 'sumTSq', 'sumS', 'sumSSq', 'sumTS'])

const round4 = (x: number) => Math.round(x * 1e4) / 1e4
/** What the API must answer for a cell: n, mean and sd at its precision. */
const published = (c: Cell) => {
  const d = describeSums(c)
  return { level: c.level, dimension: c.dimension, region: c.region, sector: c.sector, year: c.year, n: c.n, mean: round4(d.mean), sd: round4(d.sd) }
}

/** Every cell as the API answers it (national and below asked apart, as the views ask). */
async function answered(store: Store): Promise<ReturnType<typeof published>[]> {
  const api = createApi({ store })
  const rows = []
  for (const qs of ['level=individual', 'level=national']) {
    const res = await api.fetch(new Request(`http://localhost/api/v1/scores?${qs}&by=level,dimension,region,sector,year`))
    expect(res.status).toBe(200)
    for (const r of scoresResponse.parse(await res.json()).rows) {
      if (r.status === 'suppressed') throw new Error('a suppressed cell')
      rows.push({ level: r.level!, dimension: r.dimension!, region: r.region!, sector: r.sector ?? null, year: r.year!, n: r.n, mean: round4(r.mean), sd: round4(r.sd) })
    }
  }
  const order = (x: { level: string; dimension: string }) => `${x.level}|${'T1T2T3T4S1S2S3S4S5'.indexOf(x.dimension).toString().padStart(2, '0')}`
  return rows.sort((a, b) => (order(a) < order(b) ? -1 : 1))
}

type PillarRow = { level: string; region: string; sector: string | null; year: number; pillar: string; n: number; mean: number; sd: number }

/** What the API must answer for a pillar cell: T, S and the gap, each n, mean and sd. */
const publishedPillars = (p: PillarSums & { level: string; region: string; sector: string | null; year: number }): PillarRow[] => {
  const series = pillarSeries(p)
  return (['technological', 'social', 'gap'] as const).map((pillar) => {
    const d = describeSums(series[pillar])
    return { level: p.level, region: p.region, sector: p.sector, year: p.year, pillar, n: d.n, mean: round4(d.mean), sd: round4(d.sd) }
  })
}

/** Every pillar row as the API answers it. */
async function answeredPillars(store: Store): Promise<PillarRow[]> {
  const api = createApi({ store })
  const rows: PillarRow[] = []
  for (const qs of ['level=individual', 'level=national']) {
    const res = await api.fetch(new Request(`http://localhost/api/v1/scores?${qs}&by=level,pillar,region,sector,year`))
    expect(res.status).toBe(200)
    for (const r of scoresResponse.parse(await res.json()).rows) {
      if (r.status === 'suppressed') throw new Error('a suppressed pillar row')
      rows.push({ level: r.level!, region: r.region!, sector: r.sector ?? null, year: r.year!, pillar: r.pillar!, n: r.n, mean: round4(r.mean), sd: round4(r.sd) })
    }
  }
  return rows
}

const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-agree-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a respondent file: CSV and .xlsx, browser, API and CLI agree with the hand computation', () => {
  it('agrees in all three doors', async () => {
    // the browser: what the Data view's worker does with the chosen file
    const browser = {
      csv: await readAndParse({ file: new Blob([CSV]), kind: 'csv' }, () => undefined),
      xlsx: await readAndParse({ file: new Blob([XLSX]), kind: 'xlsx' }, () => undefined),
    }
    for (const r of Object.values(browser)) {
      if (!r.ok) throw new Error(JSON.stringify(r.problems))
      expect(r.dataset.format).toBe('respondents')
      expect(r.dataset.cells).toEqual(EXPECTED_CELLS)
      expect(r.dataset.pillarCells).toEqual(EXPECTED_PILLARS)
      expect(r.dataset.preview.respondents).toMatchObject({ respondents: 4 * TIMES, missingAnswers: 2 * TIMES, withoutPillars: TIMES })
    }
    const expected = EXPECTED_CELLS.map(published)
    const expectedPillars = EXPECTED_PILLARS.map((p) => publishedPillars(p as never)).flat()
    // the hand computation, once more through the API's own reading: T of the PV20 group is (3.5 + 4.5)/2 = 4
    expect(expectedPillars[0]).toMatchObject({ region: 'PV20', pillar: 'technological', n: 20, mean: 4 })

    // the API: POST /api/v1/datasets as CSV and as a workbook, then every cell and pillar row as it answers them
    const TOKEN = 'agreement-token-0123456789'
    for (const [body, type] of [
      [CSV, 'text/csv'],
      [XLSX, XLSX_TYPE],
    ] as const) {
      const store = new MemoryStore(generateDemoCells().filter((c) => c.year === 2025), DEMO_INFO)
      const res = await createApi({ store, uploadToken: TOKEN }).fetch(
        new Request('http://localhost/api/v1/datasets', { method: 'POST', body, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type } }),
      )
      expect(res.status).toBe(201)
      expect((await store.summary()).info.cells).toBe(EXPECTED_CELLS.length)
      expect(await answered(store)).toEqual(expected)
      expect(await answeredPillars(store)).toEqual(expectedPillars)
    }

    // the CLI: npm run import, CSV and workbook, each into its own database
    for (const [name, bytes] of [
      ['antwoorden.csv', CSV],
      ['antwoorden.xlsx', XLSX],
    ] as const) {
      const file = path.join(dir, name)
      writeFileSync(file, bytes)
      const dataDir = path.join(dir, `data-${name}`)
      let out = ''
      let err = ''
      expect(await runImport([file, '--data-dir', dataDir, '--lang', 'en'], {}, (s) => (out += s), (s) => (err += s))).toBe(0)
      expect(err).toBe('')
      expect(out).toContain('40 respondents, 20 of 400 answers missing; 0 cells and 0 pillar cells have fewer than 10 responses and are never shown. Only the cells are stored')
      const db = new SqliteStore(path.join(dataDir, DB_FILE), { readonly: true })
      try {
        expect(await answered(db)).toEqual(expected)
        expect(await answeredPillars(db)).toEqual(expectedPillars)
      } finally {
        await db.close()
      }
    }
  })
})
