import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { scoresResponse, type ScoreRow } from '../../contract/v1'
import { bodyRows, csvOf, expectRankRanges, figureBySubtitle, openTable } from '../../test/figures'
import { lineIds } from '../../test/charts'
import { renderApp } from '../../test/render'

async function apiRows(query: string): Promise<ScoreRow[]> {
  const res = await fetch(`http://localhost/api/v1/scores?${query}`)
  return scoresResponse.parse(await res.json()).rows
}

/** R = √(T·S) from the nine dimension means of one country in one year. */
function readiness(rows: ScoreRow[]): number {
  const mean = (p: string) => {
    const xs = rows.filter((r) => r.dimension!.startsWith(p)).map((r) => (r.status === 'suppressed' ? NaN : r.mean))
    return xs.reduce((a, b) => a + b, 0) / xs.length
  }
  return Math.sqrt(mean('T') * mean('S'))
}

const nl1 = (x: number) => x.toFixed(1).replace('.', ',')
const num = (s: string) => Number(s.replace('−', '-').replace(',', '.'))
const RANK = /^Gereedheid R, landelijk niveau, 2025, van hoog naar laag/
const MAP = /^Gereedheid R, landelijk niveau, 2025 · 11 landen/
const GAPS = /^Verandering van de afstand tot de koploper/
const TIME = /^Gereedheid R per jaar, landelijk niveau/

describe('international benchmark', () => {
  it('ranks the Netherlands among its peers with rank ranges, on the numbers of a direct computation', async () => {
    const nlR = readiness(await apiRows('level=national&region=NL&year=2025&by=dimension'))
    const dkR = readiness(await apiRows('level=national&region=DK&year=2025&by=dimension'))
    renderApp('/internationaal?jaar=2025')
    expect(await screen.findByRole('heading', { level: 1, name: 'Internationaal' })).toBeInTheDocument()
    expect(await screen.findByText('Hier gaat het om landen als geheel: de filters voor provincie en sector gelden niet op dit niveau.')).toBeInTheDocument()
    const rank = await waitFor(() => figureBySubtitle(RANK))
    const rows = bodyRows(await openTable(rank))
    // eleven countries; the EU average is a reference line, not a place
    expect(rows).toHaveLength(11)
    expect(rows.map((r) => r[1])).not.toContain('EU-gemiddelde (EU27)')
    const values = rows.map((r) => num(r[3]))
    expect([...values].sort((a, b) => b - a)).toEqual(values)
    expectRankRanges(rows, { position: 0, range: 2 })
    const nl = rows.find((r) => r[1] === 'Nederland')!
    const dk = rows.find((r) => r[1] === 'Denemarken')!
    expect(nl[3]).toBe(nl1(nlR))
    expect(dk[3]).toBe(nl1(dkR))
    const title = within(rank).getByRole('heading', { level: 3 }).textContent!
    expect(title).toBe(nl[2].includes('–') ? `Nederland staat op plaats ${nl[0]} van 11 op gereedheid R; binnen de marge plaats ${nl[2]}` : `Nederland staat op plaats ${nl[0]} van 11 op gereedheid R; de intervallen laten geen andere plaats toe`)
    // the CSV holds the same places and values
    expect((await csvOf(rank)).slice(1).map((l) => [l[2], l[3], l[4], l[6]])).toEqual(rows.map((r) => [r[0], r[1], r[2], r[3]]))
  })

  it('draws the Europe map from Natural Earth shapes with the same classes as its legend, and a list for the keyboard', async () => {
    renderApp('/internationaal?jaar=2025')
    const map = await waitFor(() => figureBySubtitle(MAP))
    // the shapes arrive by dynamic import; every country in the data is drawn
    await waitFor(() => expect(map.querySelectorAll('path[data-country]')).toHaveLength(11), { timeout: 10_000 })
    const nl = map.querySelector('path[data-country="NL"]')!
    expect(nl.getAttribute('stroke')).toBe('#000000')
    expect(nl.getAttribute('d')!.length).toBeGreaterThan(50)
    // countries outside the data are drawn too, in light grey
    expect(map.querySelectorAll('.europe-map path:not([data-country])').length).toBeGreaterThan(20)
    const legend = within(map).getAllByRole('listitem').map((li) => li.textContent)
    expect(legend).toContain('Niet in deze gegevens')
    // fills follow the classes of the legend
    const classRows = bodyRows(await openTable(map))
    expect(classRows).toHaveLength(11)
    for (const [name, value, cls] of classRows.map((r) => [r[0], r[2], r[r.length - 1]])) {
      const v = num(value)
      if (cls.startsWith('<')) expect(v).toBeLessThan(num(cls.slice(2)))
      else if (cls.startsWith('≥')) expect(v).toBeGreaterThanOrEqual(num(cls.slice(2)))
      else {
        const [lo, hi] = cls.split(' – ').map(num)
        expect(v, name).toBeGreaterThanOrEqual(lo - 0.05)
        expect(v, name).toBeLessThanOrEqual(hi + 0.05)
      }
    }
    // the list beside the map is the keyboard alternative: a button adds a country to the chart over time
    const list = within(map).getByRole('region', { name: /Alle landen/ })
    await userEvent.click(within(list).getByRole('button', { name: 'Frankrijk toevoegen aan de grafiek over de tijd' }))
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&land=FR'))
    expect(screen.getByText('Frankrijk staat nu in de grafiek over de tijd.')).toBeInTheDocument()
    await waitFor(() => expect(lineIds(figureBySubtitle(TIME))).toContain('FR'))
    expect(figureBySubtitle(MAP).querySelector('path[data-country="FR"]')!.getAttribute('stroke-dasharray')).toBe('4 3')
    // a click on the map does the same
    fireEvent.click(figureBySubtitle(MAP).querySelector('path[data-country="BE"]')!)
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&land=FR,BE'))
    // and hovering shows the value, interval, n and rank
    fireEvent.mouseMove(figureBySubtitle(MAP).querySelector('path[data-country="BE"]')!, { clientX: 200, clientY: 300 })
    expect(figureBySubtitle(MAP).querySelector('.map-tooltip')).toHaveTextContent(/^België\d,\d+95%-interval \d,\d+–\d,\d+n = \d+plaats \d+(–\d+)?Klik: weghalen uit de grafiek over de tijd$/)
  })

  it('compares the Netherlands with the EU average on every measure, verdicts following the intervals', async () => {
    renderApp('/internationaal?jaar=2025')
    const fig = await waitFor(() => figureBySubtitle(/^Verschil Nederland − EU-gemiddelde in 2025/))
    const rows = bodyRows(await openTable(fig))
    expect(rows.map((r) => r[0])).toEqual([
      'Gereedheid R', 'Technologisch T', 'Sociaal S',
      'Digitale infrastructuur & platforms', 'Data & AI', 'Informatieveiligheid & privacy', 'Digitale dienstverlening',
      'Digitale geletterdheid', 'Cocreatie & participatie', 'Slimmer werken & flexibel organiseren', 'Leiderschap & leercultuur', 'Integriteit & ethisch bewustzijn',
    ])
    for (const r of rows) {
      const [low, high] = r[4].split(' – ').map(num)
      expect(r[5]).toBe(low > 0 ? 'aantoonbaar hoger' : high < 0 ? 'aantoonbaar lager' : 'geen aantoonbaar verschil')
    }
    const higher = rows.filter((r) => r[5] === 'aantoonbaar hoger').length
    const lower = rows.filter((r) => r[5] === 'aantoonbaar lager').length
    // the size of the largest difference shown by the data, as printed: negligible below 0.1, small
    // from 0.1, medium from 0.3, large from 0.6 (ADR 0009)
    const largest = Math.max(...rows.filter((r) => r[5] !== 'geen aantoonbaar verschil').map((r) => Math.abs(num(r[3]))))
    const size = largest >= 0.6 ? 'groot' : largest >= 0.3 ? 'middelgroot' : largest >= 0.1 ? 'klein' : 'verwaarloosbaar'
    const expected =
      higher > 0 && lower > 0
        ? `Nederland scoort op ${higher} van de 12 maten aantoonbaar hoger dan het EU-gemiddelde, op ${lower} lager; het grootste verschil is ${size}`
        : higher > 0
          ? `Nederland scoort op ${higher} van de 12 maten aantoonbaar hoger dan het EU-gemiddelde, op geen enkele lager; het grootste verschil is ${size}`
          : lower > 0
            ? `Nederland scoort op ${lower} van de 12 maten aantoonbaar lager dan het EU-gemiddelde, op geen enkele hoger; het grootste verschil is ${size}`
            : 'Op geen enkele maat is een verschil tussen Nederland en het EU-gemiddelde aantoonbaar'
    expect(within(fig).getByRole('heading', { level: 3 }).textContent).toBe(expected)
  })

  it('names the leader, the distance to it and its trend by the CI rule, for every measure', async () => {
    renderApp('/internationaal?jaar=2025')
    const fig = await waitFor(() => figureBySubtitle(GAPS))
    const rows = bodyRows(await openTable(fig))
    expect(rows).toHaveLength(12)
    for (const r of rows) {
      const [low, high] = r[5].split(' – ').map(num)
      const behindNow = num(r[3]) > 0
      const expected = low > 0 ? (behindNow ? 'raakt achterop' : 'wordt ingelopen') : high < 0 ? (behindNow ? 'loopt in' : 'loopt verder uit') : 'geen aantoonbare verandering'
      expect(r[6], r[0]).toBe(expected)
      // change = distance in 2025 − distance in 2019 (to one decimal, as shown)
      expect(Math.abs(num(r[4]) - (num(r[3]) - num(r[2])))).toBeLessThanOrEqual(0.1 + 1e-9)
    }
    // the distance on the selected measure over time: its title is the trend sentence of the R row
    const r = rows[0]
    const gap = figureBySubtitle(new RegExp(`^Afstand van Nederland tot ${r[1]} \\(de koploper in 2025\\) op Gereedheid R`))
    const title = within(gap).getByRole('heading', { level: 3 }).textContent!
    const word = { 'raakt achterop': `Nederland raakt achterop bij ${r[1]}`, 'loopt in': `Nederland loopt in op ${r[1]}`, 'geen aantoonbare verandering': `Geen aantoonbare verandering tussen Nederland en ${r[1]}` }[r[6]]
    expect(title.startsWith(word!)).toBe(true)
    // one point per year, and the table under it agrees with the chart's series
    expect(bodyRows(await openTable(gap))).toHaveLength(7)
    expect(gap.querySelectorAll('.trend-line')).toHaveLength(1)
  })

  it('keeps the numbers of the countries when province or sector filters are set, and says they do not apply', async () => {
    const first = renderApp('/internationaal?jaar=2025')
    const unfiltered = bodyRows(await openTable(await waitFor(() => figureBySubtitle(RANK))))
    first.unmount()
    renderApp('/internationaal?regio=PV20&sector=GEM&jaar=2025')
    expect(await screen.findByText('U koos Groningen · Gemeenten. Die filters gelden niet voor het landelijke niveau: hier ziet u steeds landen als geheel.')).toBeInTheDocument()
    expect(bodyRows(await openTable(await waitFor(() => figureBySubtitle(RANK))))).toEqual(unfiltered)
  })

  it('drops what the address gets wrong, with a notice, and reads in English', async () => {
    renderApp('/internationaal?jaar=2025&maat=G&land=XX,DK,FR,FI,SE,AT&vergelijkjaar=2030&taal=en')
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&land=DK,FR,FI,SE&taal=en'))
    const notice = (await screen.findByText(/Unknown measure "G"/)).closest('.notice')!
    expect(notice).toHaveTextContent('Comparison year "2030" is not possible: choose a year before 2025.')
    expect(notice).toHaveTextContent('Unknown country "XX" in the address was ignored.')
    expect(notice).toHaveTextContent('At most 4 fit at once. Left out: AT.')
    expect(screen.getByRole('heading', { level: 1, name: 'International' })).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Measure/ }), 'T2')
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&land=DK,FR,FI,SE&maat=T2&taal=en'))
    const rank = await waitFor(() => figureBySubtitle(/^Data & AI use, national level, 2025, from high to low/))
    expect(within(rank).getByRole('heading', { level: 3 }).textContent).toMatch(/^The Netherlands is in place \d+ of 11 on Data & AI use(; the intervals allow no other place|; within the margin places \d+–\d+)$/)
    const time = figureBySubtitle(/^Data & AI use per year, national level, 2019–2025/)
    await waitFor(() => expect(lineIds(time)).toEqual(expect.arrayContaining(['NL', 'EU27', 'DK', 'FR', 'FI', 'SE'])))
    expect(bodyRows(await openTable(time))[0][2]).toMatch(/^\d\.\d+$/)
  })
})
