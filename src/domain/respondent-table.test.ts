import { describe, expect, it } from 'vitest'
import { parseDatasetCsv, type ImportResult } from './csv-import'
import { formatProblem } from './dataset-table'
import { HAND_CELLS, HAND_FILE, HAND_PILLAR_CELLS } from './respondents-fixture'

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p, 'en')).join('; '))
  return result.dataset
}

const key = { level: 'individual', region: 'PV20', sector: 'GEM', year: 2025 }

describe('respondent files: aggregated at the door, worked by hand', () => {
  it('gives dimension cells (n, Σx, Σx²) and pillar cells (n, ΣT, ΣT², ΣS, ΣS², ΣTS), and nothing per respondent', () => {
    const d = ok(parseDatasetCsv(HAND_FILE))
    expect(d.format).toBe('respondents')
    expect(d.cells).toEqual(HAND_CELLS)
    expect(d.pillarCells).toEqual(HAND_PILLAR_CELLS)
    expect(d.preview.respondents).toEqual({ respondents: 4, items: 10, answers: 40, missingAnswers: 2, withoutPillars: 1, suppressedPillarCells: 2 })
    expect(d.preview.suppressedCells).toBe(18)
    expect(d.preview.sample[0]).toMatchObject({ ...key, dimension: 'T1', n: 3, mean: 3.5 })
    // the result holds only sums: no respondent's answers anywhere in it
    expect(JSON.stringify(d)).not.toMatch(/weet niet/)
  })

  it('reads the same from a comma file, in any column order, with every no-answer code', () => {
    const comma = HAND_FILE.replace(/;/g, ',').replace('weet niet', "Don't know")
    expect(ok(parseDatasetCsv(comma)).cells).toEqual(ok(parseDatasetCsv(HAND_FILE)).cells)
    const file = ['S5_1,T1_1,year,sector,region,level', '9,3,2024,GEM,PV21,individual', 'n.v.t.,,2024,GEM,PV21,individual', 'N/A,4,2024,GEM,PV21,individual'].join('\n')
    const d = ok(parseDatasetCsv(file))
    expect(d.cells).toEqual([{ level: 'individual', region: 'PV21', sector: 'GEM', year: 2024, dimension: 'T1', n: 2, sum: 7, sumSq: 25 }])
    expect(d.pillarCells).toEqual([])
    expect(d.preview.respondents).toMatchObject({ respondents: 3, answers: 6, missingAnswers: 4, withoutPillars: 3 })
  })

  it('refuses answers outside 1–5 and unknown columns, naming row, column and value, in both languages', () => {
    const r = parseDatasetCsv(['level;region;sector;year;T1_1;T1_2', 'individual;PV20;GEM;2025;6;3', 'individual;PV20;GEM;2025;2,5;drie', 'individual;PV20;GEM;2025;0;4'].join('\n'))
    if (r.ok) throw new Error('accepted')
    expect(r.format).toBe('respondents')
    expect(r.problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [2, 'T1_1', '6', 'answer_range'],
      [3, 'T1_1', '2,5', 'answer_range'],
      [3, 'T1_2', 'drie', 'answer_range'],
      [4, 'T1_1', '0', 'answer_range'],
    ])
    expect(formatProblem(r.problems[0], 'nl')).toBe('Rij 2, kolom T1_1, waarde "6": Een antwoord is 1, 2, 3, 4 of 5. Geen antwoord: laat de cel leeg, of schrijf "weet niet", "n.v.t." of 9.')
    const h = parseDatasetCsv('level;region;year;T1_1;t1_1;ResponseId;n\nindividual;PV20;2025;3;3;x;1\n')
    if (h.ok) throw new Error('accepted')
    expect(h.problems.map((p) => [p.code, p.column])).toEqual([
      ['duplicate_column', 't1_1'],
      ['extra_column', 'ResponseId'],
      ['extra_column', 'n'],
      ['missing_column', 'sector'],
    ])
    expect(h.problems[1].message.en).toMatch(/one row per respondent may only have: level, region, sector, year and question columns such as T1_1/)
  })

  it('checks the keys as for cells, and applies nothing when one row is wrong', () => {
    const r = parseDatasetCsv(['level;region;sector;year;T1_1', 'individual;PV20;GEM;2025;3', 'national;PV20;;2.025;3'].join('\n'))
    if (r.ok) throw new Error('accepted')
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'region', 'region_not_country'],
      [3, 'year', 'thousands_separator'],
    ])
  })
})
