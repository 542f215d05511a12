import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test/render'

describe('profiles', () => {
  it('shows a province profile with findings first and the charts that prove them', async () => {
    renderApp('/profiel?regio=PV29&jaar=2025')
    expect(await screen.findByRole('heading', { name: 'Profiel van Zeeland' })).toBeInTheDocument()
    const findings = within(screen.getByRole('region', { name: 'In het kort' })).getAllByRole('listitem')
    expect(findings.length).toBeGreaterThanOrEqual(3)
    expect(findings.length).toBeLessThanOrEqual(5)
    const titles = screen.getAllByRole('figure').map((f) => f.querySelector('.chart-title')?.textContent)
    expect(titles).toHaveLength(5)
    expect(titles.some((x) => /^Tegen Nederland/.test(x ?? ''))).toBe(true)
    expect(screen.getByRole('heading', { name: 'Lijkt het meest op' })).toBeInTheDocument()
  })

  it('keeps a missing year as a gap in the trend, never interpolated', async () => {
    renderApp('/profiel?regio=PV24&jaar=2025')
    const trend = (await screen.findAllByRole('figure')).find((f) => /^Gereedheid sinds 2019/.test(f.querySelector('.chart-title')?.textContent ?? ''))!
    await userEvent.click(within(trend).getByRole('button', { name: 'Toon als tabel' }))
    const rows = within(trend).getAllByRole('row').filter((r) => r.getAttribute('data-level') === 'regional_sectoral')
    const value = (year: number) => rows.find((r) => r.getAttribute('data-year') === String(year))!.querySelectorAll('td')[1].textContent
    expect([value(2019), value(2020)]).toEqual(['—', '—'])
    expect(value(2021)).toMatch(/^\d,\d+$/)
    // and says why, in words
    expect(rows.find((r) => r.getAttribute('data-year') === '2019')!.textContent).toContain('geen gegevens')
  })

  it('offers a choice when the selection is not one province or one sector', async () => {
    renderApp('/profiel?jaar=2025')
    expect(await screen.findByRole('heading', { name: 'Provincies' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Groningen' })).toHaveAttribute('href', '/profiel?regio=PV20&jaar=2025')
  })
})
