import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { scoresResponse } from '../../contract/v1'
import { renderApp } from '../../test/render'

function figure(subtitle: RegExp): HTMLElement {
  const fig = screen.getAllByRole('figure').find((f) => subtitle.test(f.querySelector('.chart-subtitle')?.textContent ?? ''))
  if (!fig) throw new Error(`no figure with subtitle ${subtitle}`)
  return fig
}

async function openTable(fig: HTMLElement): Promise<string[][]> {
  await userEvent.click(within(fig).getByRole('button', { name: /toon als tabel|show as table/i }))
  const table = within(fig).getByRole('table')
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [within(r).getByRole('rowheader').textContent ?? '', ...within(r).getAllByRole('cell').map((c) => c.textContent ?? '')])
}

const nl1 = (x: number) => x.toFixed(1).replace('.', ',')

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
  })

  it('drills down to a level and a dimension, with the focus in the URL', async () => {
    renderApp('/?regio=PV20&jaar=2025')
    await screen.findAllByRole('figure')
    expect(within(figure(/^Negen dimensies/)).getAllByRole('heading', { level: 4 })).toHaveLength(4)

    await userEvent.click(screen.getByRole('button', { name: 'Organisatie' }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2025&niveau=organisational'))
    expect(screen.getByRole('button', { name: 'Organisatie' })).toHaveAttribute('aria-pressed', 'true')
    expect(within(figure(/^Negen dimensies/)).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Organisatie'])

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
})
