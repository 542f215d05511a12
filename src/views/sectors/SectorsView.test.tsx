import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { csvOf, figureById, figureBySubtitle as figure } from '../../test/figures'
import { renderApp } from '../../test/render'
const heatmapRows = (fig: HTMLElement) =>
  within(within(fig).getAllByRole('region')[0]).getAllByRole('rowheader').map((h) => h.textContent)

describe('the sector view', () => {
  it('shows all 14 sectors, then only Gemeenten in every chart, then all again', async () => {
    renderApp('/sectoren?jaar=2025')
    await screen.findAllByRole('figure')
    expect(heatmapRows(figure(/^Gemiddelde score per sector/))).toHaveLength(14)
    const allTotal = figure(/^Verschil met het gemiddelde/).querySelector('.chart-subtitle')!.textContent

    await userEvent.click(screen.getByText('Sector', { selector: '.filter-name' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gemeenten' }))
    await waitFor(() => expect(window.location.search).toBe('?sector=GEM&jaar=2025'))
    await waitFor(() => expect(heatmapRows(figure(/^Gemiddelde score per sector/))).toEqual(['Gemeenten']))
    // every chart says which sector it shows
    for (const fig of screen.getAllByRole('figure')) expect(fig.querySelector('.chart-subtitle')!.textContent).toMatch(/Gemeenten/)
    // the difference chart and the matrix follow the filter too
    const diff = figure(/^Verschil met het gemiddelde/)
    expect(within(diff).getByRole('img').getAttribute('aria-label')).toMatch(/Gemeenten/)
    const matrix = figure(/per provincie en sector/)
    expect(within(within(matrix).getAllByRole('region')[0]).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕▲▼\s]/g, ''))).toEqual([
      'Provincie',
      'GEM',
    ])
    // the reference (all sectors) does not change with the sector filter
    expect(diff.querySelector('.chart-subtitle')!.textContent).toMatch(/\(\d,\d+\)/)
    expect(diff.querySelector('.chart-subtitle')!.textContent?.match(/\(\d,\d+\)/)?.[0]).toBe(allTotal?.match(/\(\d,\d+\)/)?.[0])

    // the CSV holds the same rows as the chart: one sector, its numbers as on screen
    const lines = await csvOf(figure(/^Gemiddelde score per sector/))
    expect(lines).toHaveLength(2)
    expect(lines[1][0]).toBe('Gemeenten')
    const shown = within(within(figure(/^Gemiddelde score per sector/)).getAllByRole('region')[0])
      .getAllByRole('cell')
      .map((c) => c.firstChild?.textContent)
    // nine dimensions, then where the numbers come from: source, selection, date, synthetic
    expect(lines[1].slice(1, 10)).toEqual(shown)
    expect(lines[0].slice(10)).toEqual(['Bron', 'Selectie', 'Gemaakt op', 'Synthetische gegevens'])
    expect(lines[1][13]).toBe('ja')

    await userEvent.click(screen.getByRole('button', { name: 'Alles wissen' }))
    await waitFor(() => expect(heatmapRows(figure(/^Gemiddelde score per sector/))).toHaveLength(14))
  })

  it('says that the national level has no sectors, and marks suppressed cells', async () => {
    renderApp('/sectoren?jaar=2025&niveau=regional_sectoral')
    await screen.findAllByRole('figure')
    expect(screen.getByText(/Het landelijke niveau heeft geen sectoren/)).toBeInTheDocument()
    const matrix = figure(/per provincie en sector/)
    const suppressed = within(matrix).getAllByText(/niet getoond: minder dan 10 antwoorden/)
    expect(suppressed.length).toBeGreaterThan(0)
  })

  it('sorts the matrix by a sector column, and keeps the order in the address (so links and slides show it)', async () => {
    renderApp('/sectoren?jaar=2025')
    await screen.findAllByRole('figure')
    await userEvent.click(within(figure(/per provincie en sector/)).getByRole('button', { name: 'Sorteer op Gemeenten' }))
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&sorteer=GEM'))
    const matrix = figureById('sectors.matrix')
    const header = within(matrix).getAllByRole('columnheader').find((h) => h.textContent?.includes('GEM'))!
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    const values = within(within(matrix).getAllByRole('region')[0])
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[4].textContent ?? '')
      .map((t) => Number.parseFloat(t.replace(',', '.')))
      .filter((v) => !Number.isNaN(v))
    expect(values).toEqual([...values].sort((a, b) => a - b))
  })

  it('opens a shared address with its sort order and measure, and cleans what it does not know', async () => {
    renderApp('/sectoren?jaar=2025&maat=S&sorteer=GEM&volgorde=aflopend&niveau=national')
    await screen.findAllByRole('figure')
    expect(screen.getByRole('combobox', { name: /^Maat/ })).toHaveValue('S')
    expect(within(figureById('sectors.matrix')).getAllByRole('columnheader').find((h) => h.textContent?.includes('GEM'))).toHaveAttribute('aria-sort', 'descending')
    expect(screen.getByText(/Het landelijke niveau heeft geen cijfers per provincie of sector/)).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&maat=S&sorteer=GEM&volgorde=aflopend'))
    renderApp('/sectoren?jaar=2025&maat=X9&sorteer=PV99')
    expect(await screen.findByText(/Maat "X9" in het adres bestaat niet en is genegeerd/)).toBeInTheDocument()
    expect(screen.getByText(/Sortering "PV99" in het adres bestaat niet en is genegeerd/)).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025'))
  })
})
