import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { scoresResponse, type ScoreRow } from '../../contract/v1'
import { allowConsoleError } from '../../test/setup'
import { bodyRows, csvOf, figureBySubtitle, openTable } from '../../test/figures'
import { renderApp } from '../../test/render'

async function apiRows(query: string): Promise<ScoreRow[]> {
  const res = await fetch(`http://localhost/api/v1/scores?${query}`)
  return scoresResponse.parse(await res.json()).rows
}

/** T and S as the plain mean of their dimensions, per year (the same definition as the framework). */
function pillarsByYear(rows: ScoreRow[]): Map<number, { T: number; S: number }> {
  const out = new Map<number, { T: number; S: number }>()
  for (const y of new Set(rows.map((r) => r.year!))) {
    const mean = (p: string) => {
      const xs = rows.filter((r) => r.year === y && r.dimension!.startsWith(p)).map((r) => (r.status === 'suppressed' ? NaN : r.mean))
      return xs.reduce((a, b) => a + b, 0) / xs.length
    }
    out.set(y, { T: mean('T'), S: mean('S') })
  }
  return out
}

const nl1 = (x: number) => x.toFixed(1).replace('.', ',')
const num = (s: string) => Number(s.replace('−', '-').replace(',', '.'))
const PILLARS = /^Technologisch \(T\) en sociaal \(S\) per jaar/
const CHANGES = /^Verandering ten opzichte van het jaar ervoor/
const PATH = /^Het pad door het vlak/

describe('trends', () => {
  it('shows T and S per year with the numbers of a direct computation, and calls only clear changes an increase', async () => {
    const direct = pillarsByYear(await apiRows('level=organisational&region=PV20&by=dimension,year'))
    renderApp('/trends?regio=PV20&jaar=2025&niveau=organisational')
    expect(await screen.findByRole('heading', { level: 1, name: 'Trends' })).toBeInTheDocument()
    const fig = await waitFor(() => figureBySubtitle(PILLARS))
    expect(within(fig).getByText(/2019–2025, schaal 1–5, met 95%-intervallen · Groningen · Alle sectoren · 2019–2025/)).toBeInTheDocument()
    const rows = bodyRows(await openTable(fig))
    // one level, two pillars, seven years
    expect(rows).toHaveLength(14)
    for (const r of rows) {
      const year = Number(r[2])
      const expected = direct.get(year)!
      expect(r[0]).toBe('Organisatie')
      expect(r[3]).toBe(nl1(r[1] === 'Technologisch' ? expected.T : expected.S))
    }
    // the first year has no year before it; every other verdict follows the CI shown beside it
    expect(rows.filter((r) => r[2] === '2019').map((r) => r[8])).toEqual(['geen vorig jaar', 'geen vorig jaar'])
    for (const r of rows.filter((x) => x[2] !== '2019')) {
      const [low, high] = r[7].split(' – ').map(num)
      expect(r[8]).toBe(low > 0 ? 'duidelijke toename' : high < 0 ? 'duidelijke afname' : 'geen duidelijke verandering')
    }
    // arrows on the chart only where the table says the change is clear
    const clearUp = rows.filter((r) => r[8] === 'duidelijke toename').length
    expect(fig.querySelectorAll('.trend-mark-up')).toHaveLength(clearUp)
    expect(fig.querySelectorAll('.trend-mark-down')).toHaveLength(rows.filter((r) => r[8] === 'duidelijke afname').length)
    // the year-on-year grid counts the same clear changes
    const grid = figureBySubtitle(CHANGES)
    expect(grid.querySelectorAll('.change-increase')).toHaveLength(clearUp)
    expect(grid.querySelectorAll('.change-cell')).toHaveLength(12)
  })

  it("leaves Flevoland's missing 2019 and 2020 at the regional/sectoral level as gaps, never interpolated", async () => {
    const direct = await apiRows('level=regional_sectoral&region=PV24&by=dimension,year')
    expect(new Set(direct.map((r) => r.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025]))
    renderApp('/trends?regio=PV24&jaar=2025')
    const fig = await waitFor(() => figureBySubtitle(PILLARS))
    const panel = fig.querySelector('[data-panel="regional_sectoral"]')!
    // hatched columns for the two missing years, saying why
    expect([...panel.querySelectorAll('.trend-gap')].map((g) => g.getAttribute('data-year'))).toEqual(['2019', '2020'])
    expect(panel.querySelector('.trend-gap')).toHaveTextContent('geen gegevens')
    // each line starts in 2021: no segment reaches back into the gap
    const lines = [...panel.querySelectorAll('.trend-line')]
    expect(lines.map((l) => l.getAttribute('data-years'))).toEqual(['2021-2025', '2021-2025'])
    for (const l of lines) expect(l.getAttribute('d')!.match(/[ML]/g)).toHaveLength(5)
    // other levels of Flevoland have every year
    expect(fig.querySelector('[data-panel="individual"] .trend-gap')).toBeNull()
    // the table says so in words, and does not compute a change across the gap
    const rows = bodyRows(await openTable(fig)).filter((r) => r[0] === 'Regionaal/sectoraal')
    expect(rows.filter((r) => r[2] === '2019' || r[2] === '2020').map((r) => [r[3], r[9]])).toEqual([
      ['—', 'geen gegevens'],
      ['—', 'geen gegevens'],
      ['—', 'geen gegevens'],
      ['—', 'geen gegevens'],
    ])
    expect(rows.filter((r) => r[2] === '2021').map((r) => [r[6], r[8]])).toEqual([
      ['—', 'niet te bepalen'],
      ['—', 'niet te bepalen'],
    ])
    // the finding measures the change from 2021 and says why
    expect(screen.getByText(/Gereedheid op het regionale\/sectorale niveau.*\(2021\).*Regionaal\/sectoraal: cijfers pas vanaf 2021/)).toBeInTheDocument()
    // the grid hatches the changes it cannot compute
    const grid = figureBySubtitle(CHANGES)
    expect(grid.querySelectorAll('[data-row="regional_sectoral-T"] .change-unknown')).toHaveLength(2)
    // the path through the T × S plane has no point for those years
    const path = await csvOf(figureBySubtitle(PATH))
    expect(path.filter((l) => l[1] === 'Regionaal/sectoraal').map((l) => l[2])).toEqual(['2021', '2022', '2023', '2024', '2025'])
  })

  it('puts exactly the numbers of the table in the CSV (Dutch and international)', async () => {
    renderApp('/trends?jaar=2025&niveau=national')
    const fig = await waitFor(() => figureBySubtitle(PILLARS))
    const rows = bodyRows(await openTable(fig))
    const [header, ...lines] = await csvOf(fig)
    expect(header).toEqual([
      'Selectie',
      'Niveau',
      'Pijler',
      'Jaar',
      'Score',
      'Score ondergrens 95%',
      'Score bovengrens 95%',
      'n',
      'Verandering t.o.v. vorig jaar',
      'Verandering t.o.v. vorig jaar ondergrens 95%',
      'Verandering t.o.v. vorig jaar bovengrens 95%',
      'Oordeel',
      'Opmerking',
      'Bron',
      'Selectie',
      'Gemaakt op',
      'Synthetische gegevens',
    ])
    expect(lines).toHaveLength(rows.length)
    lines.forEach((l, i) => {
      const shown = rows[i]
      // the national level is always the Netherlands, whatever the filters
      expect(l[0]).toBe('Nederland')
      expect([l[1], l[2], l[3]]).toEqual([shown[0], shown[1], shown[2]])
      expect(l[4] || '—').toBe(shown[3])
      expect(l[5] ? `${l[5]} – ${l[6]}` : '—').toBe(shown[4])
      expect(l[8] || '—').toBe(shown[6].replace(/^\+/, '').replace('−', '-'))
      expect(l[11]).toBe(shown[8])
    })
    expect((await csvOf(fig, 'intl')).slice(1).map((l) => l[4])).toEqual(lines.map((l) => l[4].replace(',', '.')))
    expect(screen.getByText(/Het landelijke niveau toont altijd Nederland als geheel/)).toBeInTheDocument()
  })

  it('reads in English, focuses a level through the URL, and asks for a later year when only one is chosen', async () => {
    renderApp('/trends?jaar=2025&taal=en')
    const fig = await waitFor(() => figureBySubtitle(/^Technological \(T\) and social \(S\) per year/))
    expect(within(fig).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Individual', 'Organisational', 'Regional/sectoral', 'National'])
    expect(within(fig).getByRole('heading', { level: 3 }).textContent).toMatch(/^Since 2019, technological maturity clearly rose at \d of the 4 levels, social maturity at \d$/)
    expect(screen.getByRole('heading', { name: 'Changes since 2019' })).toBeInTheDocument()
    expect(screen.getAllByText(/^Readiness at the individual level clearly rose: from \d\.\d+ \(2019\) to \d\.\d+ \(2025\) \(\+\d\.\d+\)\.$/)).toHaveLength(1)
    await userEvent.click(screen.getByRole('button', { name: 'Regional/sectoral' }))
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&niveau=regional_sectoral&taal=en'))
    expect(within(figureBySubtitle(/^Technological \(T\) and social \(S\) per year/)).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Regional/sectoral'])
    const rows = bodyRows(await openTable(figureBySubtitle(/^The path through the plane/)))
    expect(rows.every((r) => r[0] === 'Regional/sectoral')).toBe(true)
    expect(rows[0][2]).toMatch(/^\d\.\d+$/)
  })

  it('says that one year is not a trend', async () => {
    renderApp('/trends?jaar=2019')
    expect(await screen.findByText(/U koos 2019, het eerste jaar in de gegevens\. Voor een ontwikkeling zijn minstens twee jaren nodig/)).toBeInTheDocument()
    expect(screen.queryByText(CHANGES)).toBeNull()
  })

  it('shows an error with a retry when the data cannot be loaded', async () => {
    allowConsoleError()
    server.use(http.get('*/api/v1/scores', () => HttpResponse.json({ type: 'about:blank', title: 'boom', status: 500 }, { status: 500 })))
    renderApp('/trends?jaar=2025')
    expect(await screen.findByRole('alert')).toHaveTextContent(/De server gaf een fout \(500\)/)
    server.resetHandlers()
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }))
    expect(await waitFor(() => figureBySubtitle(PILLARS))).toBeInTheDocument()
  })
})
