// @vitest-environment node
/**
 * Cases I1–I5 (files found by trying Samenhang as its users would; inputs copied into
 * fixtures/cases/): the expected value of each, through the reader, over HTTP and in the CLI.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { problem } from '../../src/contract/v1'
import { parseDatasetFile } from '../../src/domain/dataset-file'
import { formatProblem, type ImportResult } from '../../src/domain/dataset-table'
import { describe as describeSums } from '../../src/domain/pooling'
import { createApi } from '../api/app'
import { MemoryStore } from '../stores/memory'
import { runImport } from './cli'

const DIR = fileURLToPath(new URL('./fixtures/cases/', import.meta.url))
const read = (name: string) => readFileSync(path.join(DIR, name)) as Buffer<ArrayBuffer>
const TOKEN = 'cases-token-0123456789'
const dataDir = mkdtempSync(path.join(tmpdir(), 'samenhang-cases-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p, 'en')).join('; '))
  return result.dataset
}

/** The three cells every small case file holds, as the user wrote them. */
const THREE = [
  { level: 'individual', dimension: 'T1', region: 'PV20', sector: 'GEM', year: 2025, n: 112, mean: 3.33, sd: 0.76 },
  { level: 'organisational', dimension: 'S4', region: 'PV27', sector: 'RIJK', year: 2025, n: 38, mean: 2.9, sd: 0.81 },
  { level: 'national', dimension: 'T2', region: 'NL', sector: null, year: 2025, n: 1450, mean: 3.41, sd: 0.92 },
]

async function upload(bytes: Buffer<ArrayBuffer>) {
  const store = new MemoryStore(generateDemoCells().filter((c) => c.year === 2025), DEMO_INFO)
  const api = createApi({ store, uploadToken: TOKEN })
  const res = await api.fetch(new Request('http://localhost/api/v1/datasets', { method: 'POST', body: bytes, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } }))
  return { res, store }
}

async function cli(file: string) {
  let out = ''
  let err = ''
  const code = await runImport([path.join(DIR, file), '--dry-run', '--data-dir', dataDir, '--lang', 'en'], {}, (s) => (out += s), (s) => (err += s))
  return { code, out, err }
}

function expectThree(result: ImportResult) {
  const d = ok(result)
  expect(d.delimiter).toBe(';')
  expect(
    d.cells.map((c) => {
      const x = describeSums(c)
      return { level: c.level, dimension: c.dimension, region: c.region, sector: c.sector, year: c.year, n: c.n, mean: Math.round(x.mean * 100) / 100, sd: Math.round(x.sd * 100) / 100 }
    }),
  ).toEqual(THREE)
}

describe('I1: Excel’s "sep=;" hint line', () => {
  it('is read as the separator and skipped; the file is accepted with its three cells', async () => {
    expectThree(await parseDatasetFile(read('sep-line.csv')))
    const { res, store } = await upload(read('sep-line.csv'))
    expect(res.status).toBe(201)
    expect((await store.summary()).info.cells).toBe(3)
    expect(await cli('sep-line.csv')).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/The file is valid: 3 cells/) })
  })
  it('counts rows from the file’s first line, so a problem points at the line the user sees', async () => {
    const r = await parseDatasetFile(new TextEncoder().encode('sep=,\nlevel,dimension,region,sector,year,n,mean,sd\nindividual,T1,PV20,GEM,2025,0,3,1\n'))
    expect(r.ok ? [] : r.problems.map((p) => [p.row, p.code])).toEqual([[3, 'n_below_1']])
  })
})

describe('I2: empty trailing columns (Excel’s used range)', () => {
  it('columns with an empty header and only empty values are ignored; the file is accepted', async () => {
    expectThree(await parseDatasetFile(read('trailing-empty-columns.csv')))
    expect((await upload(read('trailing-empty-columns.csv'))).res.status).toBe(201)
    expect((await cli('trailing-empty-columns.csv')).code).toBe(0)
  })
  it('a column with an empty header but some value is still reported, once, at its first value', async () => {
    const text = readFileSync(path.join(DIR, 'trailing-empty-columns.csv'), 'utf8').replace('0,81;;', '0,81;;zie notitie').replace('0,92;;', '0,92;;ook')
    const r = await parseDatasetFile(new TextEncoder().encode(text))
    expect(r.ok ? [] : r.problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([[3, '#10', 'zie notitie', 'unnamed_column']])
  })
})

for (const [file, written, meant, decimal] of [
  ['thousands-n-2.000.csv', '2.000', '2000', '2'],
  ['thousands-n-1.450.csv', '1.450', '1450', '1,45'],
] as const) {
  describe(`${file === 'thousands-n-2.000.csv' ? 'I3' : 'I4'}: n written as ${written} in a decimal-comma file`, () => {
    it(`is never read as another number: refused with a message naming the thousands separator and the fix (${meant})`, async () => {
      const r = await parseDatasetFile(read(file))
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.problems).toHaveLength(1)
      expect(r.problems[0]).toMatchObject({ row: 4, column: 'n', value: written, code: 'thousands_separator' })
      expect(r.problems[0].message.nl).toBe(
        `"n" heeft misschien een scheidingsteken voor duizendtallen: ${written} kan ${meant} betekenen, maar ook ${decimal} (met de punt als decimaalteken). Schrijf het getal zonder punt, komma of spatie voor duizendtallen, dus ${meant} als dat bedoeld is.`,
      )
      expect(r.problems[0].message.en).toMatch(new RegExp(`thousands separator: ${written.replace('.', '\\.')} can mean ${meant}.*Write the number without a point, comma or space for thousands: ${meant}`))

      const { res, store } = await upload(read(file))
      expect(res.status).toBe(422)
      expect(problem.parse(await res.json()).importErrors?.[0]).toMatchObject({ row: 4, column: 'n', value: written, code: 'thousands_separator' })
      expect((await store.summary()).info.version).toBe(DEMO_INFO.version)
      const c = await cli(file)
      expect(c.code).toBe(1)
      expect(c.err).toContain(`Row 4, column n, value "${written}": "n" may have a thousands separator`)
    })
  })
}

describe('I5: a year absent from the data (no 2021)', () => {
  it('is accepted with its years as written; nothing is filled in', async () => {
    const d = ok(await parseDatasetFile(read('no-2021.csv')))
    expect(d.preview.years).toEqual([2019, 2020, 2022, 2023, 2024])
    expect(d.cells).toHaveLength(180)
    expect(d.cells.some((c) => c.year === 2021)).toBe(false)
    expect(d.cells.filter((c) => c.year === 2020)).toHaveLength(36)
    const { res, store } = await upload(read('no-2021.csv'))
    expect(res.status).toBe(201)
    expect((await store.summary()).years).toEqual([2019, 2020, 2022, 2023, 2024])
    expect((await cli('no-2021.csv')).out).toMatch(/The file is valid: 180 cells, years 2019–2024, 2 regions, 1 sectors\./)
  })
})
