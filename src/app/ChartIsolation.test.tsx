import { act, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ChartIsolation, figureOf, isolateFigure, type IsolationStatus } from './ChartIsolation'

/** A view as the views draw them: notices, controls, sections, figures with stable ids. */
function FakeView({ loading = false, ids = ['overview.ladder', 'overview.balance'] }: { loading?: boolean; ids?: string[] }) {
  if (loading)
    return (
      <div className="state state-loading" aria-busy="true">
        loading
      </div>
    )
  return (
    <div className="view">
      <div role="status">
        <div className="notice">
          <strong>Let op: </strong>
          <span>De maat "X" bestaat niet; we tonen gereedheid R.</span>
          <button type="button">Sluiten</button>
        </div>
      </div>
      <p className="notice">Deze cijfers zijn verzonnen.</p>
      <div className="focus-bar">
        <select aria-label="Maat" defaultValue="R">
          <option value="R">R</option>
        </select>
      </div>
      <section className="grid-2">
        <h2>Sectie</h2>
        {ids.map((id) => (
          <figure key={id} className="chart-frame" data-figure={id}>
            <figcaption>
              <h3 className="chart-title">Titel {id}</h3>
            </figcaption>
            <div className="chart-body" role="group" aria-label={id}>
              <table className="heatmap">
                <thead>
                  <tr>
                    <th>
                      <button type="button" className="sort-button">
                        RIJK
                      </button>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td tabIndex={0}>3,4</td>
                  </tr>
                </tbody>
              </table>
            </div>
            <div className="chart-legend">
              <div role="group" className="focus-group">
                <button type="button" className="chip">
                  Estland
                </button>
              </div>
            </div>
            <div className="chart-footer">
              <p className="chart-source">Bron: demo.</p>
              <div className="chart-actions">
                <button type="button">Toon als tabel</button>
              </div>
            </div>
          </figure>
        ))}
      </section>
    </div>
  )
}

describe('isolating one figure of a view', () => {
  it('shows the figure with that id and hides everything beside the path to it', () => {
    const { container } = render(<FakeView />)
    const root = container as HTMLElement
    const chosen = isolateFigure(root, 'overview.balance')!
    expect(chosen.dataset.figure).toBe('overview.balance')
    expect(chosen.getAttribute('data-isolation')).toBe('figure')
    const other = root.querySelector('[data-figure="overview.ladder"]')!
    expect(other.getAttribute('data-isolation')).toBe('hidden')
    // the section heading, the notices and the controls of the page: hidden
    expect(root.querySelector('h2')!.getAttribute('data-isolation')).toBe('hidden')
    expect(root.querySelector('.focus-bar')!.getAttribute('data-isolation')).toBe('hidden')
    expect(root.querySelector('[role="status"]')!.getAttribute('data-isolation')).toBe('hidden')
    // the path down to the figure stays
    expect(root.querySelector('.view')!.getAttribute('data-isolation')).toBe('path')
    expect(root.querySelector('.grid-2')!.getAttribute('data-isolation')).toBe('path')
  })

  it('makes the controls inside the chart still: drawn, but neither focusable nor clickable', () => {
    const { container } = render(<FakeView />)
    const chosen = isolateFigure(container as HTMLElement, 'overview.ladder')!
    const sort = chosen.querySelector<HTMLButtonElement>('.sort-button')!
    expect(sort.disabled).toBe(true)
    expect(sort.textContent).toBe('RIJK')
    expect(chosen.querySelector<HTMLElement>('td')!.tabIndex).toBe(-1)
    // buttons outside the chart body (chips, actions) are left to the stylesheet to hide, untouched here
    expect(chosen.querySelector<HTMLButtonElement>('.chip')!.disabled).toBe(false)
  })

  it('takes the chart body itself out of the tab order (a scroll region on a narrow screen) and a focusable drawing', () => {
    const { container } = render(<FakeView />)
    const root = container as HTMLElement
    const body = root.querySelector<HTMLElement>('[data-figure="overview.ladder"] .chart-body')!
    body.tabIndex = 0
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    svg.setAttribute('tabindex', '0')
    body.append(svg)
    isolateFigure(root, 'overview.ladder')
    expect(body.tabIndex).toBe(-1)
    expect(svg.getAttribute('tabindex')).toBe('-1')
  })

  it('moves the marks when the view re-renders with the figure elsewhere, and hides all without it', () => {
    const { container, rerender } = render(<FakeView ids={['overview.ladder', 'overview.balance']} />)
    const root = container as HTMLElement
    isolateFigure(root, 'overview.balance')
    rerender(<FakeView ids={['overview.balance']} />)
    expect(isolateFigure(root, 'overview.balance')!.getAttribute('data-isolation')).toBe('figure')
    rerender(<FakeView ids={['overview.ladder']} />)
    expect(isolateFigure(root, 'overview.balance')).toBeUndefined()
    expect(root.querySelector('.view')!.getAttribute('data-isolation')).toBe('hidden')
    expect(root.querySelector('[data-isolation="figure"]')).toBeNull()
  })

  it('reads ?grafiek= as a figure id only, never as a position', () => {
    expect(figureOf('compare.ranking')).toBe('compare.ranking')
    expect(figureOf('Compare Ranking')).toBeUndefined()
    expect(figureOf('')).toBeUndefined()
    expect(figureOf(undefined)).toBeUndefined()
  })
})

describe('what the isolation reports', () => {
  function Harness({ figure, initialLoading = false }: { figure: string; initialLoading?: boolean }) {
    const [statuses, setStatuses] = useState<IsolationStatus[]>([])
    const [loading, setLoading] = useState(initialLoading)
    return (
      <>
        <button type="button" onClick={() => setLoading(false)}>
          loaded
        </button>
        <output data-testid="status">{JSON.stringify(statuses.at(-1) ?? null)}</output>
        <ChartIsolation figure={figure} settleMs={30} onStatus={(s) => setStatuses((p) => [...p, s])}>
          <FakeView loading={loading} />
        </ChartIsolation>
      </>
    )
  }
  const last = () => JSON.parse(screen.getByTestId('status').textContent!) as IsolationStatus

  it('shows the figure and passes on the view’s address notices, not its other notices', () => {
    render(<Harness figure="overview.ladder" />)
    expect(last()).toEqual({ kind: 'shown', notices: ['De maat "X" bestaat niet; we tonen gereedheid R.'] })
  })

  it('waits while the view loads, then shows the figure', async () => {
    render(<Harness figure="overview.ladder" initialLoading />)
    expect(last()).toEqual({ kind: 'waiting' })
    await act(async () => screen.getByRole('button', { name: 'loaded' }).click())
    expect(last().kind).toBe('shown')
  })

  it('stills a chart body that becomes a scroll region after the figure is shown', async () => {
    const { container } = render(<Harness figure="overview.ladder" />)
    expect(last().kind).toBe('shown')
    const body = container.querySelector<HTMLElement>('[data-figure="overview.ladder"] .chart-body')!
    body.setAttribute('tabindex', '0')
    // the mutation observer runs after the change, in a microtask
    await act(() => Promise.resolve())
    expect(body.getAttribute('tabindex')).toBe('-1')
  })

  it('says the figure is missing once the view has settled without it', async () => {
    render(<Harness figure="overview.gone" />)
    expect(last()).toEqual({ kind: 'waiting' })
    await act(() => new Promise((r) => setTimeout(r, 80)))
    expect(last()).toEqual({ kind: 'missing', notices: ['De maat "X" bestaat niet; we tonen gereedheid R.'] })
  })
})
