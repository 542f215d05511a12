import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bodyRows, csvOf, figureBySubtitle } from '../../test/figures'
import { renderApp } from '../../test/render'

const num = (s: string) => Number(s.replace('−', '-').replace(',', '.'))

describe('two years on the overview', () => {
  it('turns on with the year picker and compares R, T and S per level, a change called a rise only when clear', async () => {
    renderApp('/?jaar=2025')
    const picker = await screen.findByRole('combobox', { name: /Twee jaren vergelijken/ })
    expect(picker).toHaveAccessibleDescription(/We noemen een verandering alleen een stijging of daling als het 95%-interval 0 niet bevat/)
    await userEvent.selectOptions(picker, '2019')
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&vergelijkjaar=2019'))
    const fig = await waitFor(() => figureBySubtitle(/^Verandering van 2019 tot 2025 per niveau/))
    await userEvent.click(within(fig).getByRole('button', { name: 'Toon als tabel' }))
    const rows = bodyRows(within(fig.querySelector('.chart-table') as HTMLElement).getByRole('table'))
    // four levels, national first, three measures each
    expect(rows.map((r) => `${r[0]} ${r[1]}`).filter((_, i) => i % 3 === 0)).toEqual(['Landelijk Gereedheid R', 'Regionaal/sectoraal Gereedheid R', 'Organisatie Gereedheid R', 'Individueel Gereedheid R'])
    for (const r of rows) {
      // change = later − earlier, as shown (one decimal each)
      expect(Math.abs(num(r[6]) - (num(r[4]) - num(r[2])))).toBeLessThanOrEqual(0.1 + 1e-9)
      const [low, high] = r[7].split(' – ').map(num)
      expect(r[8]).toBe(low > 0 ? 'duidelijke toename' : high < 0 ? 'duidelijke afname' : 'geen duidelijke verandering')
    }
    const up = rows.filter((r) => r[1] === 'Gereedheid R' && r[8] === 'duidelijke toename').length
    expect(within(fig).getByRole('heading', { level: 3 }).textContent).toMatch(new RegExp(`^Sinds 2019 steeg de gereedheid duidelijk op ${up} van de 4 niveaus`))
    // the CSV holds the same rows
    const [header, ...csv] = await csvOf(fig)
    expect(header.slice(0, 4)).toEqual(['Selectie', 'Van jaar', 'Tot jaar', 'Niveau'])
    expect(csv.map((l) => [l[3], l[4], l[5], l[8], l[14]])).toEqual(rows.map((r) => [r[0], r[1], r[2], r[4], r[8]]))
    // off again
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Twee jaren vergelijken/ }), '')
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025'))
    expect(screen.queryByText(/^Verandering van 2019 tot 2025/)).toBeNull()
  })

  it('says when the comparison year is not before the chosen year, in English', async () => {
    renderApp('/?jaar=2021&vergelijkjaar=2023&taal=en')
    expect(await screen.findByText('Comparison year "2023" is not possible: choose a year before 2021.')).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe('?jaar=2021&taal=en'))
    expect(screen.getByRole('combobox', { name: /Compare two years/ })).toHaveValue('')
    expect(within(screen.getByRole('combobox', { name: /Compare two years/ })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Do not compare', '2019 ↔ 2021', '2020 ↔ 2021'])
  })
})
