import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { currentDataSource, showServerData } from '../../app/data-source'
import { renderApp } from '../../test/render'
import type { QueryClient } from '@tanstack/react-query'
import { workbookBytes } from '../../../mocks/example-files-xlsx'
import { HAND_FILE } from '../../domain/respondents-fixture'

const HEADER = 'level;dimension;region;sector;year;n;mean;sd'
const csvFile = (text: string, name = 'enquete.csv') => new File([text], name, { type: 'text/csv' })

let client: QueryClient | undefined
afterEach(async () => {
  // leave the module-level data source as the next test expects it
  if (client && currentDataSource().kind !== 'server') await showServerData(client)
})

describe('the Gegevens page', () => {
  it('lists every problem of a file with row, column, value and message, and offers nothing to show', async () => {
    ;({ queryClient: client } = renderApp('/gegevens'))
    const input = await screen.findByLabelText('Bestand (CSV of Excel)')
    await userEvent.upload(input, csvFile(`${HEADER}\r\nindividual;T1;PV20;GEM;2025;12;3,4;0,8\r\nindividual;T9;PV20;GEM;2025;0;6;0,8\r\n`))
    expect(await screen.findByText('Er zijn 3 problemen in enquete.csv. Er is niets veranderd. Pas het bestand aan en kies het opnieuw.')).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Problemen in enquete.csv' })
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))
    expect(rows).toEqual([
      ['3', 'dimension', 'T9', 'Onbekende dimensie. Gebruik: T1, T2, T3, T4, S1, S2, S3, S4, S5.'],
      ['3', 'n', '0', 'n (het aantal antwoorden) moet minstens 1 zijn.'],
      ['3', 'mean', '6', 'Het gemiddelde moet tussen 1 en 5 liggen (de schaal).'],
    ])
    expect(screen.queryByRole('button', { name: 'Bekijk het dashboard met deze gegevens' })).not.toBeInTheDocument()
  })

  it('previews a valid file, then shows the whole app on it in the browser, with a banner; one click returns to the server', async () => {
    ;({ queryClient: client } = renderApp('/gegevens?taal=en'))
    const input = await screen.findByLabelText('File (CSV or Excel)')
    const rows = ['S1', 'S2', 'S3', 'S4', 'S5', 'T1', 'T2', 'T3', 'T4'].map((d, i) => `organisational;${d};PV26;GEM;2023;${40 + i};3,${i};0,7`)
    await userEvent.upload(input, csvFile([HEADER, ...rows, 'national;T1;NL;;2023;500;3,1;0,9'].join('\r\n'), 'utrecht.csv'))
    expect(await screen.findByText('The file utrecht.csv is valid.')).toBeInTheDocument()
    const counts = document.querySelector('.data-counts')!
    expect(counts.textContent).toContain('Cells10')
    expect(counts.textContent).toContain('Years1 (2023)')
    expect(within(screen.getByRole('table', { name: 'The first 10 rows of utrecht.csv' })).getAllByRole('row')).toHaveLength(11)

    await userEvent.click(screen.getByRole('button', { name: 'See the dashboard with these data' }))
    await waitFor(() => expect(window.location.pathname).toBe('/'))
    const banner = await screen.findByRole('region', { name: 'Own data from utrecht.csv' })
    expect(banner).toHaveTextContent('(10 cells). They stay on this computer.')
    // the app's meta now comes from the file: one year, no demo badge
    await waitFor(() => expect(within(screen.getByRole('combobox', { name: 'Year' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['2023']))
    expect(document.querySelector('.badge-synthetic')).toBeNull()
    expect(currentDataSource()).toMatchObject({ kind: 'private', fileName: 'utrecht.csv', cells: 10 })

    await userEvent.click(within(banner).getByRole('button', { name: 'Back to the server’s data' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: /Own data/ })).not.toBeInTheDocument())
    await waitFor(() => expect(within(screen.getByRole('combobox', { name: 'Year' })).getAllByRole('option')).toHaveLength(7))
    expect(document.querySelector('.badge-synthetic')).not.toBeNull()
    expect(currentDataSource()).toEqual({ kind: 'server' })
  })

  it('summarises a respondent file before it is applied: respondents, missing answers, cells not shown; no answers on the page', async () => {
    ;({ queryClient: client } = renderApp('/gegevens'))
    const input = await screen.findByLabelText('Bestand (CSV of Excel)')
    await userEvent.upload(input, csvFile(HAND_FILE, 'enquete-respondenten.csv'))
    expect(await screen.findByText('Het bestand enquete-respondenten.csv is in orde.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Antwoorden per respondent' })).toBeInTheDocument()
    const summary = document.querySelector('.data-respondents')!
    const items = [...summary.querySelectorAll('div')].map((d) => d.textContent)
    expect(items).toEqual([
      'Respondenten4',
      'Ontbrekende antwoorden2 van 40 (5%)',
      'Cellen niet getoond18 van 18 (minder dan 10 antwoorden)',
      'Pijlercellen niet getoond2 van 2 (minder dan 10 antwoorden)',
      'Zonder T- of S-score1 (te weinig antwoorden in een dimensie)',
    ])
    expect(screen.getByRole('table', { name: 'De eerste 10 cellen uit enquete-respondenten.csv (samengevat, geen antwoorden van respondenten)' })).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/weet niet;/)
    expect(screen.getByRole('button', { name: 'Bekijk het dashboard met deze gegevens' })).toBeEnabled()
  })

  it('reads an Excel workbook, and offers its other sheets', async () => {
    ;({ queryClient: client } = renderApp('/gegevens?taal=en'))
    const input = await screen.findByLabelText('File (CSV or Excel)')
    const bytes = workbookBytes([
      { name: 'Read me', rows: [['These are synthetic data']] },
      { name: 'Cells', rows: [HEADER.split(';'), ['organisational', 'T1', 'PV26', 'GEM', 2023, 40, 3.25, 0.7]] },
    ])
    const file = new File([bytes], 'survey.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
    await userEvent.upload(input, file)
    expect(await screen.findByText('There are 9 problems in survey.xlsx. Nothing was changed. Correct the file and choose it again.')).toBeInTheDocument()
    const select = screen.getByRole('combobox', { name: 'Sheet' })
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['–', 'Read me', 'Cells'])
    await userEvent.selectOptions(select, 'Cells')
    expect(await screen.findByText('The file survey.xlsx is valid.')).toBeInTheDocument()
    expect(document.querySelector('.data-counts')!.textContent).toContain('Cells1')
    expect(screen.getByRole('combobox', { name: 'Sheet' })).toHaveValue('Cells')
  })
})
