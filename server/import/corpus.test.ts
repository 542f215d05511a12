// @vitest-environment node
/**
 * The corpus of malformed dataset files (server/import/fixtures): each gives its expected problem,
 * the same way in the reader, over HTTP (422, nothing changed) and in the import CLI (exit 1,
 * nothing written).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_INFO, generateDemoCells } from '../../mocks/demo-data'
import { problem } from '../../src/contract/v1'
import { formatProblem, parseDatasetCsv, type ImportProblemCode } from '../../src/domain/csv-import'
import { parseDatasetFile } from '../../src/domain/dataset-file'
import { createApi } from '../api/app'
import { MemoryStore } from '../stores/memory'
import { runImport } from './cli'

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url))

/** file → the first problem it must produce: [row, column, value, code] */
const EXPECTED: Record<string, [number, string | null, string | null, ImportProblemCode]> = {
  '01-empty.csv': [0, null, null, 'empty_file'],
  '02-bom-only.csv': [0, null, null, 'empty_file'],
  '03-blank-lines.csv': [0, null, null, 'empty_file'],
  '04-header-only.csv': [0, null, null, 'no_rows'],
  '05-missing-column.csv': [1, 'sd', null, 'missing_column'],
  '06-extra-column.csv': [1, 'opmerking', 'opmerking', 'extra_column'],
  '07-duplicate-column.csv': [1, 'mean', 'mean', 'duplicate_column'],
  '08-field-count.csv': [3, null, null, 'field_count'],
  '09-unterminated-quote.csv': [3, null, null, 'unterminated_quote'],
  '10-unknown-level.csv': [2, 'level', 'regional', 'unknown_level'],
  '11-unknown-dimension.csv': [3, 'dimension', 'T5', 'unknown_dimension'],
  '12-unknown-region.csv': [2, 'region', 'PV99', 'unknown_region'],
  '13-province-at-national.csv': [2, 'region', 'PV20', 'region_not_country'],
  '14-country-below-national.csv': [2, 'region', 'NL', 'region_not_province'],
  '15-unknown-sector.csv': [2, 'sector', 'GEMEENTEN', 'unknown_sector'],
  '16-sector-at-national.csv': [2, 'sector', 'GEM', 'sector_at_national'],
  '17-missing-sector.csv': [2, 'sector', '', 'missing_value'],
  '18-n-zero.csv': [2, 'n', '0', 'n_below_1'],
  '19-n-negative.csv': [2, 'n', '-5', 'n_below_1'],
  '20-n-fraction.csv': [2, 'n', '12.5', 'not_whole'],
  '21-n-thousands-separator.csv': [3, 'n', '1.234', 'thousands_separator'],
  '22-sd-negative.csv': [2, 'sd', '-0,2', 'sd_negative'],
  '23-mean-above-5.csv': [2, 'mean', '5,2', 'mean_range'],
  '24-mean-below-1.csv': [2, 'mean', '0.9', 'mean_range'],
  '25-mean-not-a-number.csv': [2, 'mean', 'drie', 'not_a_number'],
  '26-decimal-comma-in-comma-file.csv': [2, 'mean', '3,4', 'not_a_number'],
  '27-year-text.csv': [2, 'year', '2025a', 'not_a_number'],
  '28-year-out-of-range.csv': [2, 'year', '1850', 'year_range'],
  '29-duplicate-cell.csv': [4, null, 'individual, T1, PV20, GEM, 2025', 'duplicate_cell'],
  '30-latin1.csv': [4, null, null, 'undecodable'],
  '31-utf16.csv': [0, null, null, 'utf16'],
  '32-xlsx-renamed.csv': [0, null, null, 'spreadsheet'],
  '33-missing-mean.csv': [2, 'mean', '', 'missing_value'],
  '34-infinity.csv': [2, 'sd', 'Infinity', 'not_a_number'],
  '35-year-fraction.csv': [2, 'year', '2025,5', 'not_whole'],
  '36-tab-separated.csv': [1, null, null, 'separator'],
  '37-exponent.csv': [2, 'n', '1e2', 'not_a_number'],
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()

describe('the corpus of malformed files', () => {
  it('has at least 25 files, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(25)
    expect(files).toEqual(Object.keys(EXPECTED).sort())
  })

  const demo = generateDemoCells().filter((c) => c.year === 2025)
  const store = new MemoryStore(demo, DEMO_INFO)
  const TOKEN = 'corpus-token-0123456789'
  const api = createApi({ store, uploadToken: TOKEN })
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samenhang-corpus-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  for (const file of files) {
    it(`${file}: ${EXPECTED[file]?.[3]} in the reader, over HTTP (422) and in the CLI (exit 1)`, async () => {
      const bytes = readFileSync(path.join(DIR, file))
      const [row, column, value, code] = EXPECTED[file]
      const r = parseDatasetCsv(bytes)
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.problems[0]).toMatchObject({ row, column, value, code })
      expect(r.problems[0].message.nl).not.toBe(r.problems[0].message.en)

      // the API (in its upload worker) and the CLI read through parseDatasetFile, which reads a
      // workbook sent as CSV as a workbook (fixture 32 is a cut-off one): the same first problem
      // as the reader, except there
      const f = await parseDatasetFile(bytes)
      expect(f.ok).toBe(false)
      if (f.ok) return
      if (file === '32-xlsx-renamed.csv') expect(f.problems[0].code).toBe('workbook_unreadable')
      else expect(f.problems[0]).toEqual(r.problems[0])
      const res = await api.fetch(
        new Request('http://localhost/api/v1/datasets', { method: 'POST', body: bytes, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' } }),
      )
      expect(res.status).toBe(422)
      const body = problem.parse(await res.json())
      expect(body.importErrors?.[0]).toEqual(f.problems[0])
      expect(body.importErrorCount).toBe(f.problemCount)
      expect((await store.summary()).info.version).toBe(DEMO_INFO.version)
      let out = ''
      let err = ''
      const exit = await runImport([path.join(DIR, file), '--data-dir', dataDir, '--lang', 'en'], {}, (s) => (out += s), (s) => (err += s))
      expect(exit).toBe(1)
      expect(err).toContain(formatProblem(f.problems[0], 'en'))
      expect(err).toMatch(/Nothing was changed\./)
      expect(out).not.toMatch(/Imported/)
    })
  }
})
