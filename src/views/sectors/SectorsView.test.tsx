import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'

function figure(title: RegExp): HTMLElement {
  const fig = screen.getAllByRole('figure').find((f) => title.test(f.querySelector('.chart-subtitle')?.textContent ?? ''))
  if (!fig) throw new Error(`no figure with subtitle ${title}`)
  return fig
}
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
    const csvLink = within(figure(/^Gemiddelde score per sector/)).getByRole('link', { name: /^CSV \(Excel\)/ })
    const csv = decodeURIComponent(csvLink.getAttribute('href')!.replace(/^data:[^,]*,/, ''))
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1].split(';')[0]).toBe('Gemeenten')
    const shown = within(within(figure(/^Gemiddelde score per sector/)).getAllByRole('region')[0])
      .getAllByRole('cell')
      .map((c) => c.firstChild?.textContent)
    expect(lines[1].split(';').slice(1)).toEqual(shown)

    await userEvent.click(screen.getByRole('button', { name: 'Alles wissen' }))
    await waitFor(() => expect(heatmapRows(figure(/^Gemiddelde score per sector/))).toHaveLength(14))
  })

  it('says that the national level has no sectors, and marks suppressed cells', async () => {
    renderApp('/sectoren?jaar=2025&niveau=regional_sectoral')
    expect(await screen.findByText(/Het landelijke niveau heeft geen sectoren/)).toBeInTheDocument()
    const matrix = figure(/per provincie en sector/)
    const suppressed = within(matrix).getAllByText(/niet getoond: minder dan 10 antwoorden/)
    expect(suppressed.length).toBeGreaterThan(0)
  })

  it('sorts the matrix by a sector column', async () => {
    renderApp('/sectoren?jaar=2025')
    await screen.findAllByRole('figure')
    const matrix = figure(/per provincie en sector/)
    await userEvent.click(within(matrix).getByRole('button', { name: 'Sorteer op Gemeenten' }))
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
})
