import { describe, expect, it } from 'vitest'
import { scoreOf, type Indicator } from '../domain/indices'
import { figure, figureCsv, figureCsvText, figureSummary, figureTable, printed, SUMMARY_ROWS, type FigureColumn } from './figure'

interface Row {
  name: string
  code: string
  value: Indicator
  diff: Indicator
}

// hand-made: se 0.05 → 95% interval ±0.098; se 0.02 → ±0.0392
const rows: Row[] = [
  { name: 'Groningen', code: 'PV20', value: scoreOf(3.4, 0.05, 120), diff: scoreOf(0.2, 0.05, 120) },
  { name: 'Fryslân', code: 'PV21', value: scoreOf(2.95, 0.02, 25), diff: scoreOf(-0.05, 0.02, 25) },
  { name: 'Drenthe', code: 'PV22', value: { kind: 'none', reason: 'suppressed' }, diff: { kind: 'none', reason: 'suppressed' } },
]

const columns: FigureColumn<Row>[] = [
  { kind: 'code', id: 'code', header: 'Code', value: (r) => r.code, csvOnly: true },
  { kind: 'label', id: 'name', header: 'Provincie', value: (r) => r.name },
  { kind: 'estimate', id: 'score', header: 'Score', value: (r) => r.value },
  { kind: 'interval', id: 'score-ci', header: '95%-interval', of: 'Score', value: (r) => r.value },
  { kind: 'n', id: 'n', header: 'n', value: (r) => r.value },
  { kind: 'difference', id: 'diff', header: 'Verschil', value: (r) => r.diff },
  { kind: 'interval', id: 'diff-ci', header: '95%-interval', of: 'Verschil', value: (r) => r.diff, figure: 'difference' },
  { kind: 'status', id: 'status', header: 'Opmerking', value: (r) => r.value },
]

const spec = figure({ id: 'test.provinces', title: 'Drie provincies', subtitle: 'Score · Groningen, Fryslân, Drenthe · 2025', rows, columns, rowKey: (r) => r.code, rowData: (r) => ({ province: r.code }) })

describe('a figure spec', () => {
  it('gives the table: headers, printed cells by the rounding rule, the label as row header, CSV-only columns left out', () => {
    const t = figureTable(spec, 'nl')
    expect(t.head).toEqual(['Provincie', 'Score', '95%-interval', 'n', 'Verschil', '95%-interval', 'Opmerking'])
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Groningen', '3,4', '3,3 – 3,5', '120', '+0,2', '0,1 – 0,3', ''],
      // 2.95 ± 0.039: the bounds differ at one decimal, so one decimal; the difference −0.05 ± 0.039
      // is shown by the data, so it gets the decimals that keep its sign (−0,05, never 0,0)
      ['Fryslân', '3,0', '2,9 – 3,0', '25', '−0,05', '−0,09 – −0,01', 'dunne gegevens'],
      ['Drenthe', '—', '—', '—', '—', '—', 'niet getoond (te weinig gegevens)'],
    ])
    expect(t.rows[0].cells[0].rowHeader).toBe(true)
    expect(t.rows[0].cells.slice(1, 6).every((c) => c.num)).toBe(true)
    expect(t.rows.map((r) => r.data)).toEqual([{ province: 'PV20' }, { province: 'PV21' }, { province: 'PV22' }])
  })

  it('gives the CSV: every column, an interval as two, the same numbers with ASCII minus', () => {
    const csv = figureCsv(spec, 'nl')
    expect(csv.columns.map((c) => c.header)).toEqual([
      'Code', 'Provincie', 'Score', 'Score ondergrens 95%', 'Score bovengrens 95%', 'n', 'Verschil', 'Verschil ondergrens 95%', 'Verschil bovengrens 95%', 'Opmerking',
    ])
    expect(figureCsvText(spec, 'nl', 'nl')).toBe(
      '\uFEFFCode;Provincie;Score;Score ondergrens 95%;Score bovengrens 95%;n;Verschil;Verschil ondergrens 95%;Verschil bovengrens 95%;Opmerking\r\n' +
        'PV20;Groningen;3,4;3,3;3,5;120;0,2;0,1;0,3;\r\n' +
        'PV21;Fryslân;3,0;2,9;3,0;25;-0,05;-0,09;-0,01;dunne gegevens\r\n' +
        'PV22;Drenthe;;;;;;;;niet getoond (te weinig gegevens)\r\n',
    )
    expect(figureCsvText(spec, 'en', 'intl').split('\r\n')[2]).toBe('PV21,Fryslân,3.0,2.9,3.0,25,-0.05,-0.09,-0.01,thin data')
  })

  it('says in the CSV itself where the numbers come from, without breaking the Dutch-Excel dialect', () => {
    const text = figureCsvText(spec, 'nl', 'nl', { source: 'Demo; synthetisch', filters: spec.subtitle, date: '2026-11-30', synthetic: true })
    const [header, first] = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(header.endsWith(';Bron;Selectie;Gemaakt op;Synthetische gegevens')).toBe(true)
    // a separator inside a value is quoted, so every line keeps its number of fields
    expect(first.endsWith(';"Demo; synthetisch";Score · Groningen, Fryslân, Drenthe · 2025;2026-11-30;ja')).toBe(true)
  })

  it('reads out a summary per row, and points to the table when it is long', () => {
    expect(figureSummary(spec, 'nl')).toBe('Groningen: 3,4, Verschil +0,2; Fryslân: 3,0, Verschil −0,05 (dunne gegevens); Drenthe: —, Verschil — (niet getoond (te weinig gegevens)).')
    const many = figure({ ...spec, rows: Array.from({ length: SUMMARY_ROWS + 3 }, () => rows[0]) })
    expect(figureSummary(many, 'en')).toMatch(/\. And 3 more rows: see the table\.$/)
    expect(figureSummary({ ...spec, summary: 'Eigen samenvatting.' }, 'nl')).toBe('Eigen samenvatting.')
  })

  it('names rows that share a label by the columns before the values, and reads a verdict after them', () => {
    const t = { kind: 'score' as const, value: 3.2, se: 0.05, ciLow: 3.1, ciHigh: 3.3, n: 200, status: 'ok' as const }
    const s = { ...t, value: 3.4, ciLow: 3.3, ciHigh: 3.5 }
    const pillars = figure({
      id: 'test.pillars',
      title: 'T en S',
      subtitle: '',
      rows: [
        { level: 'Individueel', year: 2019, pillar: 'Technologisch', v: t, verdict: 'aantoonbaar lager' },
        { level: 'Individueel', year: 2019, pillar: 'Sociaal', v: s, verdict: '' },
      ],
      columns: [
        { kind: 'label', id: 'level', header: 'Niveau', value: (r) => r.level },
        { kind: 'code', id: 'year', header: 'Jaar', value: (r) => r.year },
        { kind: 'text', id: 'pillar', header: 'Pijler', value: (r) => r.pillar },
        { kind: 'code', id: 'code', header: 'Code', value: () => 'X', csvOnly: true },
        { kind: 'estimate', id: 'v', header: 'Score', value: (r) => r.v },
        { kind: 'text', id: 'verdict', header: 'Oordeel', value: (r) => r.verdict },
      ],
    })
    expect(figureSummary(pillars, 'nl')).toBe('Individueel, 2019, Technologisch: 3,2, aantoonbaar lager; Individueel, 2019, Sociaal: 3,4.')
  })

  it('adds a decimal when an interval would print as one point', () => {
    // 3.29 ± 0.0098: [3.2802, 3.2998] prints 3,3 – 3,3 at one decimal, so two
    expect(figureTable(figure({ ...spec, rows: [{ ...rows[0], value: scoreOf(3.29, 0.005, 500) }] }), 'nl').rows[0].cells.slice(1, 3).map((c) => c.text)).toEqual(['3,29', '3,28 – 3,30'])
  })

  it('prints bare numbers (no interval) at one decimal, and nothing as a dash', () => {
    expect(printed('estimate', 3.456, 'nl')).toBe('3,5')
    expect(printed('difference', -0.04, 'en')).toBe('0.0')
    expect(printed('interval', 3.4, 'nl')).toBe('—')
    expect(printed('estimate', undefined, 'nl')).toBe('—')
  })
})
