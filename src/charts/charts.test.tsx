/**
 * The Recharts charts in jsdom (ChartBox draws at 640 px where there is no layout): what each
 * draws for the grammar's cases — whiskers, open markers for thin data, hatched and dotted bands,
 * verdict marks, panel names, gaps that are never bridged (case I5) and labels that keep clear of
 * whiskers (case N6).
 */
import { render, screen, waitFor } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ReactNode } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseDatasetCsv } from '../domain/csv-import'
import { I18nProvider } from '../i18n/i18n'
import { lineIds } from '../test/charts'
import { differenceAxis, scoreAxis } from './axis'
import { BalanceMap, type BalancePoint } from './BalanceMap'
import { ChartLegend } from './ChartLegend'
import { DotPlot, type DotRow } from './DotPlot'
import { loadDrawings } from './drawings/load'
import { SERIES } from './encoding'
import { segmentHitsBox } from './label-placement'
import { textWidth } from './text-layout'
import { TrendChart, type TrendSeries } from './TrendChart'

beforeAll(async () => {
  await loadDrawings()
})

function draw(chart: ReactNode, lang: 'nl' | 'en' = 'nl') {
  return render(<I18nProvider lang={lang}>{chart}</I18nProvider>)
}

const num = (el: Element, a: string) => Number(el.getAttribute(a))

describe('DotPlot', () => {
  const rows: DotRow[] = [
    { id: 'T1', label: 'Digitale infrastructuur & platforms', series: 'technological', value: 0.16, ciLow: 0.05, ciHigh: 0.27, text: '+0,16', verdict: 'higher' },
    { id: 'T2', label: 'Data & AI', series: 'technological', value: -0.04, ciLow: -0.15, ciHigh: 0.07, text: '−0,04', verdict: 'similar', thin: true },
    { id: 'S1', label: 'Digitale geletterdheid', series: 'social', absent: 'suppressed', absentText: 'te weinig gegevens' },
    { id: 'S2', label: 'Cocreatie & participatie', series: 'social', absent: 'missing', absentText: 'geen gegevens' },
  ]

  it('draws a marker with a whisker per estimate, open for thin data, and a band with the reason where there is none', async () => {
    const { container } = draw(<DotPlot rows={rows} axis={differenceAxis([-0.15, 0.27])} title="Groningen" />)
    await waitFor(() => expect(container.querySelectorAll('.dot')).toHaveLength(2))
    expect(container.querySelector('.panel-title')).toHaveTextContent('Groningen')
    // Recharts' ErrorBar: three lines per whisker (the bar and two caps)
    expect(container.querySelectorAll('.recharts-errorBar line')).toHaveLength(6)
    expect(container.querySelector('[data-row="T1"] .mark')).not.toHaveClass('mark-open')
    expect(container.querySelector('[data-row="T2"] .mark')).toHaveClass('mark-open')
    expect(container.querySelector('.absent-suppressed')).toHaveTextContent('te weinig gegevens')
    expect(container.querySelector('.absent-suppressed rect')!.getAttribute('fill')).toBe('url(#samenhang-hatch)')
    expect(container.querySelector('.absent-missing')).toHaveTextContent('geen gegevens')
    expect(container.querySelector('.absent-missing rect')!.getAttribute('stroke-dasharray')).toBe('2 3')
  })

  it('puts the verdict mark in the value label and writes every name in full', async () => {
    const { container } = draw(<DotPlot rows={rows} axis={differenceAxis([-0.15, 0.27])} />)
    await waitFor(() => expect(container.querySelectorAll('.value-label')).toHaveLength(2))
    expect(container.querySelector('.value-label[data-row="T1"]')).toHaveTextContent('▲ +0,16')
    expect(container.querySelector('.value-label[data-row="T2"]')).toHaveTextContent(/^−0,04$/)
    const names = [...container.querySelectorAll('.row-name')].map((n) => n.textContent!.replace(/\s+/g, ' '))
    expect(names.join('|')).toContain('Digitale infrastructuur & platforms')
    expect(names.join('')).not.toContain('…')
  })

  it('labels the ticks exactly at their position (case N3: no "0,3" at 0.25)', async () => {
    const { container } = draw(<DotPlot rows={rows} axis={differenceAxis([-0.25, 0.25], 2)} />)
    await waitFor(() => expect(container.querySelectorAll('.tick')).not.toHaveLength(0))
    const ticks = [...container.querySelectorAll('.tick text')].map((t) => t.textContent!.replace('−', '-'))
    expect(ticks).toEqual(['-0,4', '-0,2', '0', '+0,2', '+0,4'])
  })

  it('places a value label after its whisker, never on it', async () => {
    const { container } = draw(<DotPlot rows={rows} axis={differenceAxis([-0.15, 0.27])} />)
    await waitFor(() => expect(container.querySelectorAll('.value-label')).toHaveLength(2))
    for (const id of ['T1', 'T2']) {
      const label = container.querySelector(`.value-label[data-row="${id}"]`)!
      const whiskers = [...container.querySelectorAll('.recharts-errorBar line')]
      const y = num(label, 'y')
      const box = { x: num(label, 'x'), y: y - 7, w: textWidth(label.textContent!, 12, true), h: 14 }
      for (const w of whiskers) expect(segmentHitsBox({ x1: num(w, 'x1'), y1: num(w, 'y1'), x2: num(w, 'x2'), y2: num(w, 'y2') }, box)).toBe(false)
    }
  })
})

describe('TrendChart (case I5)', () => {
  // no 2021 rows at all; 2023 suppressed for S
  const years = [2019, 2020, 2022, 2023, 2024]
  const series: TrendSeries[] = [
    { id: 'T', label: 'T', series: 'technological', emphasis: true, points: years.map((year, i) => ({ year, value: 3 + i * 0.1, ciLow: 2.9 + i * 0.1, ciHigh: 3.1 + i * 0.1, text: '3,0' })) },
    {
      id: 'S',
      label: 'S',
      series: 'social',
      emphasis: true,
      points: years.map((year, i) => (year === 2023 ? { year, absent: 'suppressed' as const, absentText: 'te weinig' } : { year, value: 2.8 + i * 0.1, ciLow: 2.7 + i * 0.1, ciHigh: 2.9 + i * 0.1, text: '2,8' })),
    },
  ]

  it('keeps the place of a year without data and marks it as missing; a suppressed year is hatched', async () => {
    const { container } = draw(<TrendChart title="Individueel" years={years} series={series} axis={scoreAxis([2.7, 3.5])} />)
    await waitFor(() => expect(container.querySelectorAll('.trend-gap')).toHaveLength(2))
    const gaps = [...container.querySelectorAll('.trend-gap')]
    expect(gaps.map((g) => [g.getAttribute('data-year'), g.classList.contains('trend-gap-missing') ? 'missing' : 'suppressed'])).toEqual([
      ['2021', 'missing'],
      ['2023', 'suppressed'],
    ])
    expect(gaps[0]).toHaveTextContent('geen gegevens')
    expect(gaps[1]).toHaveTextContent('S: te weinig')
    // the year axis is linear: 2021 has a tick and lies halfway between 2020 and 2022
    const points = (id: string) => [...container.querySelectorAll(`.trend-point[data-series="${id}"]`)]
    const x = (id: string, year: number) => {
      const mark = points(id).find((p) => p.getAttribute('data-year') === String(year))!.querySelector('.mark')!
      return num(mark, 'cx') || num(mark, 'x') + num(mark, 'width') / 2
    }
    const gapX = (g: Element) => num(g.querySelector('rect')!, 'x') + num(g.querySelector('rect')!, 'width') / 2
    expect(gapX(gaps[0])).toBeCloseTo((x('T', 2020) + x('T', 2022)) / 2, 0)
    expect(screen.getByText('2021')).toBeInTheDocument()
  })

  it('never bridges a gap: each line is a run of consecutive years with a value', async () => {
    const { container } = draw(<TrendChart years={years} series={series} axis={scoreAxis([2.7, 3.5])} />)
    await waitFor(() => expect(container.querySelectorAll('.trend-line')).not.toHaveLength(0))
    const runs = (id: string) => [...container.querySelectorAll(`.trend-line[data-series="${id}"]`)].map((l) => l.getAttribute('data-years'))
    expect(runs('T')).toEqual(['2019-2020', '2022-2024'])
    // S: 2022 stands alone between the missing 2021 and the suppressed 2023 (a point, no line); 2024 too
    expect(runs('S')).toEqual(['2019-2020'])
    expect(container.querySelectorAll('.trend-point[data-series="S"]')).toHaveLength(4)
  })
})

describe('TrendChart: each line is marked with its series id', () => {
  // countries over time: the id is the unit's, the look (subject, reference, peer1…) is the colour
  const years = [2023, 2024, 2025]
  const line = (id: string, kind: TrendSeries['series'], base: number): TrendSeries => ({
    id,
    label: id,
    series: kind,
    points: years.map((year, i) => ({ year, value: base + i * 0.1, ciLow: base + i * 0.1 - 0.1, ciHigh: base + i * 0.1 + 0.1, text: String(base) })),
  })
  const series = [line('NL', 'subject', 3.4), line('EU27', 'reference', 3.2), line('ES', 'peer1', 3.0), line('BE', 'peer2', 3.1)]

  it('draws one .trend-series group per series with the unit id, and its runs, points and end label carry the same id', async () => {
    const { container } = draw(<TrendChart years={years} series={series} axis={scoreAxis([2.9, 3.7])} />)
    await waitFor(() => expect(lineIds(container)).toEqual(['NL', 'EU27', 'ES', 'BE']))
    for (const id of ['NL', 'EU27', 'ES', 'BE']) {
      expect(container.querySelectorAll(`.trend-line[data-series="${id}"]`)).toHaveLength(1)
      expect([...container.querySelectorAll(`.trend-point[data-series="${id}"]`)].map((p) => p.getAttribute('data-year'))).toEqual(['2023', '2024', '2025'])
      expect(container.querySelectorAll(`.end-label[data-series="${id}"]`)).toHaveLength(1)
    }
    // the look is not an id: no element is marked with a series kind
    for (const kind of ['subject', 'reference', 'peer1', 'peer2']) expect(container.querySelector(`[data-series="${kind}"]`)).toBeNull()
    // each line is drawn in its own look (encoding.ts): ES a solid peer1 line, BE a dashed peer2 line
    expect(container.querySelector('.trend-line[data-series="ES"]')!.getAttribute('stroke')).toBe(SERIES.peer1.color)
    expect(container.querySelector('.trend-line[data-series="ES"]')!.getAttribute('stroke-dasharray')).toBeNull()
    expect(container.querySelector('.trend-line[data-series="BE"]')!.getAttribute('stroke')).toBe(SERIES.peer2.color)
    expect(container.querySelector('.trend-line[data-series="BE"]')!.getAttribute('stroke-dasharray')).toBe(SERIES.peer2.dash)
  })
})

describe('BalanceMap (case N6)', () => {
  // the organisational level: gap −0.1 with a wide interval on T, beside the individual level
  const points: BalancePoint[] = [
    { id: 'individual', label: 'Individueel', x: 3.3, y: 3.2, errX: [0.06, 0.06], errY: [0.05, 0.05] },
    { id: 'organisational', label: 'Organisatie', x: 3.35, y: 3.45, errX: [0.3, 0.3], errY: [0.08, 0.08], thin: true },
    { id: 'regional_sectoral', label: 'Regionaal/sectoraal', x: 2.98, y: 2.88, errX: [0.05, 0.05], errY: [0.05, 0.05] },
    { id: 'national', label: 'Landelijk', x: 3.71, y: 3.44, errX: [0.05, 0.05], errY: [0.06, 0.06] },
  ]
  const paths = [{ id: 'national', points: [2019, 2020, 2022, 2023].map((year, i) => ({ year, x: 3.4 + i * 0.08, y: 3.1 + i * 0.08, label: i === 0 ? '2019' : undefined })) }]

  it('keeps every point label clear of every whisker and of the other labels', async () => {
    const { container } = draw(<BalanceMap points={points} paths={paths} xLabel="T" yLabel="S" techAheadLabel="technologie voorop" socialAheadLabel="sociaal voorop" />)
    await waitFor(() => expect(container.querySelectorAll('.point-label')).toHaveLength(4))
    const whiskers = [...container.querySelectorAll('.recharts-errorBar line')].map((w) => ({ x1: num(w, 'x1'), y1: num(w, 'y1'), x2: num(w, 'x2'), y2: num(w, 'y2') }))
    expect(whiskers.length).toBe(4 * 6)
    const boxes = [...container.querySelectorAll('.point-label')].map((l) => {
      const w = textWidth(l.textContent!, 13, true)
      const anchor = l.getAttribute('text-anchor')
      const x = num(l, 'x') - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0)
      return { x, y: num(l, 'y') - 8, w, h: 16, covers: l.getAttribute('data-covers') }
    })
    for (const b of boxes) {
      expect(b.covers).toBeNull()
      for (const s of whiskers) expect(segmentHitsBox(s, b)).toBe(false)
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]]
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true)
      }
  })

  it('breaks a path where a year is missing, and opens the marker of thin data', async () => {
    const { container } = draw(<BalanceMap points={points} paths={paths} xLabel="T" yLabel="S" techAheadLabel="t" socialAheadLabel="s" />)
    await waitFor(() => expect(container.querySelectorAll('.balance-path-line')).toHaveLength(2))
    expect([...container.querySelectorAll('.balance-path-line')].map((p) => p.getAttribute('data-years'))).toEqual(['2019-2020', '2022-2023'])
    expect(container.querySelector('[data-point="organisational"] .mark')).toHaveClass('mark-open')
    expect(container.querySelector('[data-point="individual"] .mark')).not.toHaveClass('mark-open')
  })
})

describe('ChartLegend', () => {
  it('is SVG text inside the chart (an image export carries it) and wraps rather than cuts', async () => {
    const long = 'Open symbool: dunne gegevens (n < 30 of brede marge), een heel lange uitleg die niet op één regel past'
    const { container } = draw(
      <ChartLegend
        items={[
          { kind: 'series', series: 'technological', label: 'Technologisch' },
          { kind: 'thin', label: long },
        ]}
      />,
    )
    await waitFor(() => expect(container.querySelectorAll('svg.chart-legend text')).toHaveLength(2))
    const tspans = [...container.querySelectorAll('.legend-thin tspan')].map((t) => t.textContent)
    expect(tspans.length).toBeGreaterThan(1)
    expect(tspans.join(' ')).toBe(long)
  })
})

describe('case I5 with its file: no-2021.csv (years 2019, 2020, 2022–2024, no 2021 rows)', () => {
  it('draws the years of the file on a linear axis with 2021 as a visible missing year', async () => {
    const parsed = parseDatasetCsv(new Uint8Array(readFileSync(path.join(__dirname, 'fixtures/no-2021.csv'))))
    if (!parsed.ok) throw new Error('the fixture must parse')
    const years = [...new Set(parsed.dataset.cells.map((c) => c.year))].sort()
    expect(years).toEqual([2019, 2020, 2022, 2023, 2024])
    const t1 = parsed.dataset.cells.filter((c) => c.level === 'individual' && c.dimension === 'T1')
    const series: TrendSeries[] = [
      {
        id: 'T1',
        label: 'T1',
        series: 'technological',
        points: years.map((year) => {
          const c = t1.find((x) => x.year === year)!
          const mean = c.sum / c.n
          return { year, value: mean, ciLow: mean - 0.1, ciHigh: mean + 0.1, text: mean.toFixed(1) }
        }),
      },
    ]
    const { container } = draw(<TrendChart years={years} series={series} axis={scoreAxis([2.5, 3.5])} />)
    await waitFor(() => expect(container.querySelectorAll('.trend-line')).toHaveLength(2))
    expect([...container.querySelectorAll('.trend-gap')].map((g) => g.getAttribute('data-year'))).toEqual(['2021'])
    expect(container.querySelector('.trend-gap')).toHaveClass('trend-gap-missing')
    expect([...container.querySelectorAll('.trend-line')].map((l) => l.getAttribute('data-years'))).toEqual(['2019-2020', '2022-2024'])
  })
})
