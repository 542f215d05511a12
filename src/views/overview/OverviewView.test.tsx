import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { scoresResponse, type ScoreRow } from '../../contract/v1'
import { figureById, figureBySubtitle, tableRows } from '../../test/figures'
import { renderApp } from '../../test/render'
import { panelNames } from '../../test/charts'

const figure = figureBySubtitle
const openTable = tableRows

const nl1 = (x: number) => x.toFixed(1).replace('.', ',')
const num = (s: string) => Number(s.replace('−', '-').replace(',', '.'))

describe('the multi-level view', () => {
  it('shows for PV20 / Gemeenten / 2025 the same T, S and R as a direct computation from the API rows', async () => {
    const res = await fetch('http://localhost/api/v1/scores?level=individual,organisational,regional_sectoral&region=PV20&sector=GEM&year=2025&by=level,dimension')
    const rows = scoresResponse.parse(await res.json()).rows
    const expected: Record<string, { T: number; S: number; R: number }> = {}
    for (const level of ['individual', 'organisational', 'regional_sectoral']) {
      const mean = (prefix: string) => {
        const r = rows.filter((x) => x.level === level && x.dimension?.startsWith(prefix))
        if (r.some((x) => x.status === 'suppressed')) throw new Error(`fixture expects PV20/GEM/2025 ${level} to be published`)
        const ms = r.map((x) => (x.status === 'suppressed' ? NaN : x.mean))
        return ms.reduce((a, b) => a + b, 0) / ms.length
      }
      const T = mean('T')
      const S = mean('S')
      expected[level] = { T, S, R: Math.sqrt(T * S) }
    }

    renderApp('/?regio=PV20&sector=GEM&jaar=2025')
    await screen.findAllByRole('figure')
    const pillars = await openTable(figure(/^Gemiddelde score/))
    const ladder = await openTable(figure(/^Gereedheid R/))
    const label = { individual: 'Individueel', organisational: 'Organisatie', regional_sectoral: 'Regionaal/sectoraal' } as const
    for (const [level, e] of Object.entries(expected)) {
      const name = label[level as keyof typeof label]
      expect(pillars.find((r) => r[0] === name && r[1] === 'Technologisch')![2]).toBe(nl1(e.T))
      expect(pillars.find((r) => r[0] === name && r[1] === 'Sociaal')![2]).toBe(nl1(e.S))
      expect(ladder.find((r) => r[0] === name)![1]).toBe(nl1(e.R))
    }
    // what a screen reader hears of the T-and-S and balance charts names T and S per level, with the same figures
    const said = (f: HTMLElement) => f.querySelector('.chart-body')!.getAttribute('aria-label')!
    const balance = said(figure(/^Technologische \(horizontaal\) tegen sociale/))
    for (const [level, e] of Object.entries(expected)) {
      const name = label[level as keyof typeof label]
      expect(said(figure(/^Gemiddelde score/))).toContain(`${name}: T ${nl1(e.T)}, S ${nl1(e.S)}`)
      expect(balance).toContain(`${name}: T ${nl1(e.T)}, S ${nl1(e.S)}, `)
    }
    expect(balance).toMatch(/^[^.]*\. 2025: /)
  })

  it('drills down to a level and a dimension, with the focus in the URL', async () => {
    renderApp('/?regio=PV20&jaar=2025')
    await screen.findAllByRole('figure')
    await waitFor(() => expect(panelNames(figure(/^Negen dimensies/))).toHaveLength(4))

    await userEvent.click(screen.getByRole('button', { name: 'Organisatie' }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2025&niveau=organisational'))
    expect(screen.getByRole('button', { name: 'Organisatie' })).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(panelNames(figure(/^Negen dimensies/))).toEqual(['Organisatie']))

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Inzoomen op dimensie/ }), 'T2')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2025&niveau=organisational&dimensie=T2'))
    expect(within(figure(/^Negen dimensies/)).getByText(/^Gekozen dimensie: Data & AI\. Individueel \d,\d+ · Organisatie/)).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Alle niveaus' }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2025&dimensie=T2'))
  })

  it('marks suppressed data in words instead of drawing a value', async () => {
    // Zeeland, judiciary: too few organisations to publish anything at the organisational level
    renderApp('/?regio=PV29&sector=RM&jaar=2025')
    await screen.findAllByRole('figure')
    const rows = await openTable(figure(/^Gemiddelde score/))
    const org = rows.filter((r) => r[0] === 'Organisatie')
    expect(org.map((r) => r[2])).toEqual(['—', '—'])
    expect(org[0][5]).toBe('niet getoond (te weinig gegevens)')
    expect(screen.getByText(/Niet alle cijfers zijn te tonen/)).toBeInTheDocument()
  })

  it('sets one province beside the Netherlands at every level, with the difference and its verdict', async () => {
    const ask = async (region: string) => {
      const res = await fetch(`http://localhost/api/v1/scores?level=individual,organisational,regional_sectoral${region}&year=2025&by=level,dimension`)
      return scoresResponse.parse(await res.json()).rows
    }
    const readiness = (rows: ScoreRow[], level: string) => {
      const mean = (p: string) => {
        const r = rows.filter((x) => x.level === level && x.dimension?.startsWith(p)).map((x) => (x.status === 'suppressed' ? NaN : x.mean))
        return r.reduce((a, b) => a + b, 0) / r.length
      }
      return Math.sqrt(mean('T') * mean('S'))
    }
    const [pv26, all] = await Promise.all([ask('&region=PV26'), ask('')])
    renderApp('/?regio=PV26&jaar=2025')
    await screen.findAllByRole('figure')
    const fig = figureById('overview.province')
    expect(within(fig).getByRole('heading', { level: 3 }).textContent).toMatch(/Utrecht/)
    const rows = await openTable(fig)
    // three sub-national levels × R, T, S; the national level has no province figure and says so
    expect(rows).toHaveLength(9)
    expect(within(fig).getByText(/Het landelijke niveau heeft geen cijfer per provincie/)).toBeInTheDocument()
    for (const [level, name] of [['individual', 'Individueel'], ['organisational', 'Organisatie'], ['regional_sectoral', 'Regionaal/sectoraal']] as const) {
      const r = rows.find((x) => x[0] === name && x[1] === 'Gereedheid R')!
      // printed by the rounding rule: equal to the direct computation at the printed precision
      const close = (text: string, value: number) => Math.abs(num(text) - value) <= 0.5 * 10 ** -(text.split(',')[1]?.length ?? 0) + 1e-9
      expect(close(r[2], readiness(pv26, level)), `${name} ${r[2]}`).toBe(true)
      expect(close(r[3], readiness(all, level)), `${name} ${r[3]}`).toBe(true)
      // the verdict follows the printed interval of the difference
      const [low, high] = r[5].split(' – ').map(num)
      expect(r[6]).toBe(low > 0 ? 'aantoonbaar hoger' : high < 0 ? 'aantoonbaar lager' : 'geen aantoonbaar verschil')
    }
  })

  it('says that several provinces are pooled, and offers to compare them apart', async () => {
    renderApp('/?regio=PV20,PV21&jaar=2025')
    const note = await screen.findByText(/De cijfers op deze pagina zijn die provincies samen, niet elk apart/)
    expect(note).toHaveTextContent('U koos 2 provincies (Groningen en Fryslân).')
    expect(within(note).getByRole('link', { name: /Regio’s vergelijken/ })).toHaveAttribute('href', '/vergelijken?regio=PV20,PV21&jaar=2025')
    expect(screen.queryByText(/naast Nederland|beside the Netherlands/)).toBeNull()
  })
})
