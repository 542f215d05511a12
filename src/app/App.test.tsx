import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from '../test/render'

/** The figure whose subtitle starts with the given text (the T/S per level chart: "Gemiddelde score"). */
function figure(subtitle: RegExp): HTMLElement {
  const fig = screen.getAllByRole('figure').find((f) => subtitle.test(f.querySelector('.chart-subtitle')?.textContent ?? ''))
  if (!fig) throw new Error(`no figure with subtitle ${subtitle}`)
  return fig
}

const PILLARS = /^(Gemiddelde score|Mean score)/

function tableRows(fig: HTMLElement): string[][] {
  const table = within(fig).getByRole('table')
  return within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''))
}

async function levelTableRows(): Promise<string[][]> {
  await screen.findAllByRole('figure')
  const fig = figure(PILLARS)
  await userEvent.click(within(fig).getByRole('button', { name: /toon als tabel|show as table/i }))
  return tableRows(fig)
}

describe('the app shell', () => {
  it('shows real demo numbers, the synthetic badge, and follows a filter change into the URL', async () => {
    renderApp('/?regio=PV20&jaar=2025')
    expect(await screen.findByText('Demodata (synthetisch)')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Belangrijkste bevindingen' })).toBeInTheDocument()
    const before = await levelTableRows()
    expect(before.length).toBe(8)
    expect(before[0][1]).toMatch(/^\d,\d+$/) // Dutch decimal comma

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /jaar/i }), '2019')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2019'))
    await waitFor(() => expect(tableRows(figure(PILLARS))).not.toEqual(before))
    expect(within(figure(PILLARS)).getByText(/Groningen · Alle sectoren · 2019/)).toBeInTheDocument()
  })

  it('switches to English, with English number formatting and <html lang>', async () => {
    renderApp('/?regio=PV20&jaar=2025')
    await userEvent.click(await screen.findByRole('link', { name: 'Switch to English' }))
    expect(await screen.findByText('Demo data (synthetic)')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Key findings' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(window.location.search).toContain('taal=en')
    const rows = await levelTableRows()
    expect(rows[0][1]).toMatch(/^\d\.\d+$/)
  })

  it('ignores an unknown region and year in the URL with a visible notice', async () => {
    renderApp('/?regio=PV20,PV99&jaar=1850')
    const notice = await screen.findByText(/Let op/)
    expect(notice.parentElement).toHaveTextContent('Provincie "PV99" in het adres bestaat niet en is genegeerd.')
    expect(notice.parentElement).toHaveTextContent('Jaar "1850" bestaat niet in deze gegevens. We tonen 2025.')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2025'))
    await screen.findAllByRole('figure')
    expect(within(figure(PILLARS)).getByText(/Groningen · Alle sectoren · 2025/)).toBeInTheDocument()
  })

  it('selects a sector by its checkbox and puts it in the URL', async () => {
    renderApp('/?jaar=2025')
    await screen.findByRole('heading', { name: 'Belangrijkste bevindingen' })
    await userEvent.click(screen.getByText('Sector', { selector: '.filter-name' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gemeenten' }))
    await waitFor(() => expect(window.location.search).toBe('?sector=GEM&jaar=2025'))
    await waitFor(() => expect(within(figure(PILLARS)).getByText(/Heel Nederland · Gemeenten · 2025/)).toBeInTheDocument())
  })
})

describe('error states', () => {
  const cases: [string, Parameters<typeof server.use>[0], RegExp][] = [
    ['a 500', http.get('*/api/v1/scores', () => HttpResponse.json({ title: 'boom', status: 500, type: 'about:blank' }, { status: 500 })), /De server gaf een fout \(500\)/],
    ['a network error', http.get('*/api/v1/scores', () => HttpResponse.error()), /geen verbinding met de server/],
    ['malformed JSON', http.get('*/api/v1/scores', () => new HttpResponse('{"rows": [', { headers: { 'content-type': 'application/json' } })), /onverwachte vorm/],
    ['a schema mismatch', http.get('*/api/v1/scores', () => HttpResponse.json({ datasetVersion: 'x', by: ['level'], rows: [{ level: 'individual', mean: 'high' }] })), /onverwachte vorm/],
  ]
  for (const [name, handler, message] of cases) {
    it(`shows a translated error with a retry for ${name}`, async () => {
      server.use(handler)
      renderApp('/?jaar=2025')
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('De gegevens konden niet worden geladen')
      expect(alert).toHaveTextContent(message)
      // the shell stays: nothing blanks the page
      expect(screen.getByRole('navigation', { name: 'Weergaven' })).toBeInTheDocument()
      server.resetHandlers()
      await userEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }))
      expect(await screen.findByRole('heading', { name: 'Belangrijkste bevindingen' })).toBeInTheDocument()
    })
  }

  it('shows the error in English too', async () => {
    server.use(http.get('*/api/v1/meta', () => HttpResponse.error()))
    renderApp('/?taal=en')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The data could not be loaded')
    expect(alert).toHaveTextContent('There is no connection to the server')
  })

  it('shows the empty state when the selection has no data', async () => {
    server.use(http.get('*/api/v1/scores', () => HttpResponse.json({ datasetVersion: 'x', by: [], rows: [] })))
    renderApp('/?jaar=2025')
    expect(await screen.findByText(/Geen gegevens voor deze selectie/)).toBeInTheDocument()
  })
})
