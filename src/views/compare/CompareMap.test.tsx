import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { createDemoStore } from '../../../mocks/demo-store'
import { server } from '../../../mocks/node'
import { createApi } from '../../../server/api/app'
import { syntheticProvinceTopology } from '../../../server/testing/synthetic-boundaries'
import { renderApp } from '../../test/render'

const TILES = 'Tegelkaart van de 12 provincies'
const MAP = 'Kaart van de provincies'

/** "#a1b2c3" → "rgb(161, 178, 195)", as jsdom reports an inline background */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`
}

describe('compare: the geographic map (a boundary file on the server)', () => {
  beforeEach(() => {
    const api = createApi({ store: createDemoStore(), boundaries: { body: JSON.stringify(syntheticProvinceTopology()), etag: '"b-test"' } })
    server.use(http.all('*/api/v1/*', async ({ request }) => await api.fetch(request)))
  })

  it('draws the 12 provinces in the classes of the tiles (hatched where suppressed); a click or Enter adds one', async () => {
    renderApp('/vergelijken?jaar=2025')
    const tiles = await screen.findByRole('group', { name: TILES })
    const tileFill = new Map([...tiles.querySelectorAll<HTMLElement>('[data-province]')].map((t) => [t.dataset.province!, t.style.background]))
    expect(tileFill.size).toBe(12)

    await userEvent.click(screen.getByRole('radio', { name: 'Kaart' }))
    // the choice is part of the address: a shared link or a pinned slide shows the map too
    await waitFor(() => expect(window.location.search).toBe('?jaar=2025&kaart=grenzen'))
    const map = await screen.findByRole('group', { name: MAP })
    expect(screen.queryByRole('group', { name: TILES })).not.toBeInTheDocument()
    const shapes = [...map.querySelectorAll<SVGPathElement>('path[data-province]')]
    expect(shapes).toHaveLength(12)
    for (const p of shapes) {
      const code = p.dataset.province!
      expect(p.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/)
      if (p.dataset.fill === 'hatch') {
        expect(tileFill.get(code)).toBe('')
        expect(p.getAttribute('fill')).toMatch(/^url\(#/)
      } else {
        expect(rgb(p.getAttribute('fill')!), code).toBe(tileFill.get(code))
      }
    }
    expect(new Set(shapes.map((p) => p.getAttribute('fill'))).size).toBeGreaterThan(2)

    // click adds; focus shows value, CI and n; Enter adds the next
    await userEvent.click(within(map).getByRole('button', { name: /^Groningen/ }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2025&kaart=grenzen'))
    const utrecht = within(map).getByRole('button', { name: /^Utrecht/ })
    expect(utrecht).toHaveAccessibleName(/^Utrecht: \d,\d+; 95%-interval \d,\d+–\d,\d+; n = \d+\. Klik of Enter: toevoegen aan de vergelijking\.$/)
    utrecht.focus()
    await waitFor(() => expect(map.closest('.province-map')!.querySelector('.map-tooltip')).toHaveTextContent(/Utrecht\d,\d+95%-interval/))
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20,PV26&jaar=2025&kaart=grenzen'))
    expect(document.activeElement).toBe(within(map).getByRole('button', { name: /^Utrecht/ }))
    expect(within(map).getByRole('button', { name: /^Groningen/ })).toHaveAttribute('aria-pressed', 'true')
    expect(within(map).getByRole('button', { name: /^Drenthe/ })).toHaveAttribute('aria-pressed', 'false')
    // the list beside the map stays the full alternative
    expect(screen.getByRole('region', { name: /Alle provincies/ })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'Tegels' }))
    expect(await screen.findByRole('group', { name: TILES })).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20,PV26&jaar=2025'))
  })

  it('offers no choice when the server has no boundary file', async () => {
    server.resetHandlers()
    renderApp('/vergelijken?jaar=2025')
    await screen.findByRole('group', { name: TILES })
    expect(screen.queryByRole('radio', { name: 'Kaart' })).not.toBeInTheDocument()
  })
})
