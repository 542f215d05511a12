import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { figureById } from '../../test/figures'
import { renderApp } from '../../test/render'
import { allowConsoleError } from '../../test/setup'

// one chart component that fails while drawing, and one figure whose own computation fails
vi.mock('../../charts/BalanceMap', () => ({
  BalanceMap: () => {
    throw new Error('the balance map failed to draw')
  },
}))
vi.mock('./ProfileFigure', () => ({
  ProfileFigure: () => {
    throw new Error('the profile failed to compute')
  },
}))

describe('a failing chart', () => {
  it('shows an error in its own frame, and the rest of the view stays usable', async () => {
    allowConsoleError()
    renderApp('/?regio=PV20&jaar=2025')
    await screen.findAllByRole('figure')
    // the chart that failed while drawing: its frame stays, with title, table and downloads
    const balance = figureById('overview.balance')
    expect(within(balance).getByText(/Deze grafiek kon niet worden getoond/)).toBeInTheDocument()
    expect(within(balance).getByRole('button', { name: 'Toon als tabel' })).toBeInTheDocument()
    // the figure that failed while computing: a message in its place
    expect(screen.getAllByRole('alert').some((a) => /Deze grafiek kon niet worden getoond/.test(a.textContent ?? ''))).toBe(true)
    // everything else is there and works
    expect(screen.getByRole('heading', { name: 'Belangrijkste bevindingen' })).toBeInTheDocument()
    expect(figureById('overview.ladder')).toBeInTheDocument()
    expect(figureById('overview.pillars')).toBeInTheDocument()
    expect(screen.queryByText('Dit onderdeel kon niet worden getoond. De rest van de pagina werkt nog.')).toBeNull()
  })
})
