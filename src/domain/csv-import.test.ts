import { describe, expect, it } from 'vitest'
import { datasetCsv, formatProblem, parseDatasetCsv, type ImportResult } from './csv-import'
import { describe as describeSums } from './pooling'

const H = 'level,dimension,region,sector,year,n,mean,sd'

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.problems.map((p) => formatProblem(p, 'en')).join('; ')}`)
  return result.dataset
}
function problems(result: ImportResult) {
  if (result.ok) throw new Error('expected problems, the file was accepted')
  return result.problems
}

describe('parseDatasetCsv: what a valid file gives', () => {
  it('reads a comma file into cells of sufficient statistics (worked by hand)', () => {
    const d = ok(parseDatasetCsv(`${H}\nindividual,T1,PV20,GEM,2025,4,3.5,0.5\nnational,S1,NL,,2025,10,2,1\n`))
    expect(d.delimiter).toBe(',')
    // n = 4, mean 3.5, sd 0.5: Σx = 14, Σx² = 3·0.25 + 4·12.25 = 49.75
    expect(d.cells[0]).toEqual({ level: 'individual', dimension: 'T1', region: 'PV20', sector: 'GEM', year: 2025, n: 4, sum: 14, sumSq: 49.75 })
    // n = 10, mean 2, sd 1: Σx = 20, Σx² = 9·1 + 10·4 = 49; no sector at the national level
    expect(d.cells[1]).toEqual({ level: 'national', dimension: 'S1', region: 'NL', sector: null, year: 2025, n: 10, sum: 20, sumSq: 49 })
    expect(d.preview).toMatchObject({ cells: 2, levels: ['individual', 'national'], regions: ['NL', 'PV20'], sectors: ['GEM'], years: [2025] })
  })

  it("reads Dutch Excel's file: BOM, `;`, decimal commas, CRLF, codes in any case, columns in any order, quoted fields", () => {
    const text = '\uFEFFSD;Mean;N;Year;Sector;Region;Dimension;Level\r\n0,5;3,5;4;2025;gem;pv20;t1;Individual\r\n"1";"2,0";10;2025;;nl;S1;national\r\n'
    const d = ok(parseDatasetCsv(text))
    expect(d.delimiter).toBe(';')
    expect(d.cells[0]).toMatchObject({ level: 'individual', dimension: 'T1', region: 'PV20', sector: 'GEM', n: 4, sum: 14, sumSq: 49.75 })
    expect(d.cells[1]).toMatchObject({ level: 'national', region: 'NL', sector: null, n: 10, sum: 20, sumSq: 49 })
  })

  it('reads bytes as UTF-8 (with or without BOM), LF or CR line ends, and skips blank lines and empty Excel rows', () => {
    const body = `${H}\rindividual,T1,PV20,GEM,2025,4,3.5,0.5\r\r,,,,,,,\rorganisational,T1,PV20,GEM,2025,4,3.5,0.5`
    const bytes = new TextEncoder().encode(`\uFEFF${body}`)
    expect(ok(parseDatasetCsv(bytes)).cells).toHaveLength(2)
    expect(ok(parseDatasetCsv(new TextEncoder().encode(body.replace(/\r/g, '\n')))).cells).toHaveLength(2)
  })

  it('accepts a decimal point in a `;` file and a whole number written with decimals', () => {
    const d = ok(parseDatasetCsv('level;dimension;region;sector;year;n;mean;sd\nindividual;T1;PV20;GEM;2025;4,0;3.5;0.5\n'))
    expect(d.cells[0]).toMatchObject({ n: 4, sum: 14 })
  })

  it('round-trips what the writer writes, in both variants', () => {
    const cells = [
      { level: 'individual', dimension: 'T1', region: 'PV21', sector: 'WS', year: 2024, n: 37, sum: 37 * 3.25, sumSq: 36 * 0.64 + 37 * 3.25 * 3.25 },
      { level: 'national', dimension: 'S5', region: 'EU27', sector: null, year: 2019, n: 1000, sum: 2712.3, sumSq: 999 * 0.5 + 2712.3 ** 2 / 1000 },
    ]
    for (const variant of ['nl', 'intl'] as const) {
      const back = ok(parseDatasetCsv(datasetCsv(cells, variant, 6))).cells
      back.forEach((c, i) => {
        const a = describeSums(c)
        const b = describeSums(cells[i])
        expect({ ...c, sum: 0, sumSq: 0 }).toEqual({ ...cells[i], sum: 0, sumSq: 0 })
        expect(a.mean).toBeCloseTo(b.mean, 6)
        expect(a.sd).toBeCloseTo(b.sd, 5)
      })
    }
  })
})

describe('parseDatasetCsv: problems, each with row, column, value and words in both languages', () => {
  it('names the row, column and value, in Dutch and English', () => {
    const [p] = problems(parseDatasetCsv(`${H}\nindividual,T1,PV20,GEM,2025,120,3.4,0.8\nindividual,T2,PV20,GEM,2025,120,7,0.8\n`))
    expect(p).toMatchObject({ row: 3, column: 'mean', value: '7', code: 'mean_range' })
    expect(formatProblem(p, 'nl')).toBe('Rij 3, kolom mean, waarde "7": Het gemiddelde moet tussen 1 en 5 liggen (de schaal).')
    expect(formatProblem(p, 'en')).toBe('Row 3, column mean, value "7": The mean must be between 1 and 5 (the scale).')
  })

  it('counts a row by the line where it starts, also after a quoted line break', () => {
    const [p] = problems(parseDatasetCsv(`${H}\nindividual,T1,PV20,GEM,2025,120,3.4,0.8\n"indi\nvidual",T2,PV20,GEM,2025,120,3.4,0.8\nindividual,T3,PV20,GEM,2025,0,3.4,0.8\n`))
    expect(p).toMatchObject({ row: 3, column: 'level', code: 'unknown_level' })
    const all = problems(parseDatasetCsv(`${H}\n"individual","T1","PV20","GEM","2025","120","3.4","0.8"\n"a ""quoted""\nvalue",T2,PV20,GEM,2025,120,3.4,0.8\nindividual,T3,PV20,GEM,2025,0,3.4,0.8\n`))
    expect(all.map((q) => [q.row, q.code, q.value])).toEqual([
      [3, 'unknown_level', 'a "quoted"\nvalue'],
      [5, 'n_below_1', '0'],
    ])
  })

  it('reports every problem of every row, keeps the first maxProblems and counts all', () => {
    const rows = Array.from({ length: 250 }, (_, i) => `individual,T1,PV20,GEM,${2000 + (i % 50)},${i % 2 === 0 ? 0 : 10},9,-1`)
    const r = parseDatasetCsv([H, ...rows].join('\n'), { maxProblems: 20 })
    if (r.ok) throw new Error('accepted')
    expect(r.problems).toHaveLength(20)
    // each row: mean and sd wrong, and every other row n as well
    expect(r.problemCount).toBe(250 * 2 + 125)
  })

  it('applies nothing when one row of many is wrong', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `individual,${['T1', 'T2', 'T3', 'T4', 'S1'][i % 5]},PV20,GEM,${1900 + Math.floor(i / 5)},12,3,1`)
    rows[777] = rows[777].replace(',12,', ',0,')
    const r = parseDatasetCsv([H, ...rows].join('\n'))
    expect(r.ok).toBe(false)
    expect(problems(r)).toEqual([expect.objectContaining({ row: 779, column: 'n', code: 'n_below_1' })])
  })

  it('cuts long values to 60 characters', () => {
    const [p] = problems(parseDatasetCsv(`${H}\n${'x'.repeat(500)},T1,PV20,GEM,2025,120,3.4,0.8\n`))
    expect(p.value).toHaveLength(58)
    expect(p.value!.endsWith('…')).toBe(true)
  })

  it('stops at the header when a column is missing, unknown or twice there', () => {
    expect(problems(parseDatasetCsv('level,dimension,region,sector,jaar,n,mean,sd,n\n')).map((p) => [p.code, p.column])).toEqual([
      ['extra_column', 'jaar'],
      ['duplicate_column', 'n'],
      ['missing_column', 'year'],
    ])
  })
})
