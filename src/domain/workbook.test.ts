// @vitest-environment node
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { workbookBytes } from '../../mocks/example-files-xlsx'
import { parseDatasetCsv, type ImportResult } from './csv-import'
import { parseDatasetFile } from './dataset-file'
import { formatProblem } from './dataset-table'
import { HAND_FILE } from './respondents-fixture'
import { sheetNames } from './workbook'

const HEADER = ['level', 'dimension', 'region', 'sector', 'year', 'n', 'mean', 'sd']

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p, 'en')).join('; '))
  return result.dataset
}
function problems(result: ImportResult) {
  if (result.ok) throw new Error('accepted')
  return result.problems.map((p) => [p.row, p.column, p.value, p.code])
}

/** The hand-worked respondent file as Excel stores it: numbers as numbers, codes as text. */
function handWorkbook(): Uint8Array {
  const rows = HAND_FILE.split('\r\n').map((line, i) => line.split(';').map((f) => (i > 0 && /^\d+$/.test(f) ? Number(f) : f === '' ? null : f)))
  return workbookBytes([{ name: 'Data', rows }])
}

describe('Excel workbooks through parseDatasetFile', () => {
  it('reads the cell format from the first sheet, with numbers as Excel stores them', async () => {
    // 3.3300000000000001 is how Excel stores 3.33; a cell formatted to show "3,3" still holds 3.33
    const bytes = workbookBytes([
      { name: 'Blad1', rows: [HEADER, ['individual', 'T1', 'PV20', 'GEM', 2025, 4, 3.5, 0.5], ['national', 'S1', 'NL', null, 2025, 1450, 3.3300000000000001, 1]] },
      { name: 'Notities', rows: [['niet lezen']] },
    ])
    const d = ok(await parseDatasetFile(bytes, { kind: 'xlsx' }))
    expect(d.delimiter).toBeNull()
    expect(d.sheet).toBe('Blad1')
    expect(d.sheets).toEqual(['Blad1', 'Notities'])
    expect(d.cells[0]).toEqual({ level: 'individual', dimension: 'T1', region: 'PV20', sector: 'GEM', year: 2025, n: 4, sum: 14, sumSq: 49.75 })
    expect(d.cells[1]).toMatchObject({ region: 'NL', sector: null, n: 1450, sum: 1450 * 3.33 })
  })

  it('reads a named sheet, and says which sheets there are when the name is wrong', async () => {
    const bytes = workbookBytes([
      { name: 'Uitleg', rows: [['Dit blad is uitleg']] },
      { name: 'Cellen 2025', rows: [HEADER, ['individual', 'T1', 'PV20', 'GEM', 2025, 12, 3, 1]] },
    ])
    expect(ok(await parseDatasetFile(bytes, { kind: 'xlsx', sheet: 'cellen 2025' })).cells).toHaveLength(1)
    const r = await parseDatasetFile(bytes, { kind: 'xlsx', sheet: 'Blad9' })
    expect(problems(r)).toEqual([[0, null, null, 'sheet_not_found']])
    if (!r.ok) {
      expect(r.problems[0].message.nl).toBe('Er is geen werkblad "Blad9". De werkbladen zijn: Uitleg, Cellen 2025.')
      expect(r.sheets).toEqual(['Uitleg', 'Cellen 2025'])
    }
    // the first sheet is explanation, not a table: its problem is reported as for any file
    expect(problems(await parseDatasetFile(bytes, { kind: 'xlsx' }))[0]).toEqual([1, 'Dit blad is uitleg', 'Dit blad is uitleg', 'extra_column'])
  })

  it('gives the respondent file the same cells and pillar cells as its CSV (worked by hand in respondent-table.test.ts)', async () => {
    const fromCsv = ok(parseDatasetCsv(HAND_FILE))
    const fromXlsx = ok(await parseDatasetFile(handWorkbook(), { kind: 'xlsx' }))
    expect(fromXlsx.format).toBe('respondents')
    expect(fromXlsx.cells).toEqual(fromCsv.cells)
    expect(fromXlsx.pillarCells).toEqual(fromCsv.pillarCells)
    expect(fromXlsx.preview.respondents).toEqual(fromCsv.preview.respondents)
  })

  it('numbers rows as the sheet does, refuses dates and text numbers that read two ways, ignores empty unnamed columns', async () => {
    const bytes = workbookBytes([
      {
        name: 'Blad1',
        rows: [
          [null],
          [...HEADER, null],
          ['individual', 'T1', 'PV20', 'GEM', { date: '2025-01-01' }, 12, 3, 1, null],
          ['individual', 'T2', 'PV20', 'GEM', 2025, { text: '2.000' }, 3, 1, null],
          ['individual', 'T3', 'PV20', 'GEM', 2025, { text: '120' }, { text: '3,5' }, 1, null],
          ['individual', 'T4', 'PV20', 'GEM', 2025, 12, 3, 1, 'opmerking'],
        ],
      },
    ])
    const r = await parseDatasetFile(bytes, { kind: 'xlsx' })
    expect(problems(r)).toEqual([
      [3, 'year', '2025-01-01', 'date_value'],
      [4, 'n', '2.000', 'thousands_separator'],
      [6, '#9', 'opmerking', 'unnamed_column'],
    ])
    if (!r.ok) expect(r.problems[0].message.en).toMatch(/is a date in the workbook \(2025-01-01\), not a number/)
  })

  it('recognises a workbook sent as CSV, and refuses what is not a workbook', async () => {
    const bytes = workbookBytes([{ name: 'Blad1', rows: [HEADER, ['individual', 'T1', 'PV20', 'GEM', 2025, 12, 3, 1]] }])
    expect(ok(await parseDatasetFile(bytes)).cells).toHaveLength(1)
    expect(problems(await parseDatasetFile(new TextEncoder().encode('level;dimension\n'), { kind: 'xlsx' }))).toEqual([[0, null, null, 'not_a_workbook']])
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(problems(await parseDatasetFile(xls, { kind: 'xlsx' }))).toEqual([[0, null, null, 'old_excel']])
    expect(problems(await parseDatasetFile(xls))).toEqual([[0, null, null, 'old_excel']])
    expect(problems(await parseDatasetFile(zipSync({ 'word/document.xml': strToU8('<w/>') }), { kind: 'xlsx' }))).toEqual([[0, null, null, 'not_a_workbook']])
    expect(problems(await parseDatasetFile(bytes.slice(0, 200), { kind: 'xlsx' }))).toEqual([[0, null, null, 'workbook_unreadable']])
  })

  it('refuses a workbook that unpacks beyond the limit before unpacking it', async () => {
    // a file under the limit that unpacks to twice the limit: the zip's directory tells, nothing is unpacked
    const rows = [HEADER, ...Array.from({ length: 20_000 }, () => ['individual', 'T1', 'PV20', 'GEM', 2025, 12, 3, 1])]
    const bytes = workbookBytes([{ name: 'Blad1', rows }])
    expect(bytes.length).toBeLessThan(1024 * 1024)
    const r = await parseDatasetFile(bytes, { kind: 'xlsx', maxUnpackedBytes: 1024 * 1024 } as never)
    expect(problems(r)).toEqual([[0, null, null, 'workbook_too_large']])
  })

  it('lists sheet names with XML entities decoded', () => {
    expect(sheetNames('<workbook><sheets><sheet name="R&amp;D" sheetId="1"/><x:sheet name="&#233;&#x20AC;" sheetId="2"/></sheets></workbook>')).toEqual(['R&D', 'é€'])
  })
})
