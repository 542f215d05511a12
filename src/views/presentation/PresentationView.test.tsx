import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodeDeck, type Deck } from '../../app/deck'
import { flat } from '../../domain/selfscan-test-fixtures'
import { renderApp } from '../../test/render'
import { STORAGE_KEY } from '../selfscan/storage'
import { presenterKeyAction } from './Presenter'

const deck: Deck = {
  format: 'samenhang-deck',
  version: 2,
  title: 'Briefing donderdag',
  slides: [
    { href: '/?regio=PV20&jaar=2025', figure: 'overview.ladder', title: 'Groningen: de zwakste schakel', notes: 'Begin hier.' },
    { href: '/trends?jaar=2025', figure: 'trends.levels', title: 'Sinds 2019', notes: '' },
    { href: '/sectoren?jaar=2025', figure: 'sectors.matrix', title: 'Sectoren', notes: '' },
  ],
}

beforeEach(() => window.localStorage.setItem('samenhang.deck', JSON.stringify(deck)))
afterEach(() => window.localStorage.clear())

function el(tag: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  document.body.append(e)
  return e
}

describe('keys while presenting', () => {
  afterEach(() => document.body.replaceChildren())

  it('leaves Space and Enter to a focused control, and moves slides away from one', () => {
    const button = el('button')
    const link = el('a', { href: '/x' })
    const slide = el('div', { tabindex: '-1' })
    expect(presenterKeyAction(' ', button)).toBeUndefined()
    expect(presenterKeyAction('Enter', button)).toBeUndefined()
    expect(presenterKeyAction(' ', link)).toBeUndefined()
    expect(presenterKeyAction(' ', slide)).toBe('next')
    expect(presenterKeyAction(' ', document.body)).toBe('next')
    expect(presenterKeyAction('Enter', slide)).toBeUndefined()
  })

  it('lets arrows and a clicker’s Page Up/Down move slides unless a text field or list uses them', () => {
    const button = el('button')
    const input = el('input')
    const select = el('select')
    expect(presenterKeyAction('ArrowRight', button)).toBe('next')
    expect(presenterKeyAction('PageDown', button)).toBe('next')
    expect(presenterKeyAction('PageUp', document.body)).toBe('prev')
    expect(presenterKeyAction('ArrowLeft', document.body)).toBe('prev')
    expect(presenterKeyAction('ArrowRight', input)).toBeUndefined()
    expect(presenterKeyAction('PageDown', select)).toBeUndefined()
    expect(presenterKeyAction('Home', document.body)).toBe('first')
    expect(presenterKeyAction('End', document.body)).toBe('last')
    expect(presenterKeyAction('Home', input)).toBeUndefined()
  })

  it('always leaves on Escape', () => {
    expect(presenterKeyAction('Escape', el('input'))).toBe('stop')
    expect(presenterKeyAction('Escape', document.body)).toBe('stop')
  })
})

describe('the presentation editor', () => {
  it('keeps focus on the slide that takes the place of a removed one, and on a moved slide', async () => {
    const user = userEvent.setup()
    renderApp('/presentatie')
    await screen.findByRole('heading', { name: 'Dia 3' })
    screen.getByRole('button', { name: 'Dia 2 verwijderen' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('heading', { name: 'Dia 3' })).toBeNull()
    expect(document.activeElement).not.toBe(document.body)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Dia 2' }))
    expect(screen.getByText('Dia 2 verwijderd.')).toHaveAttribute('role', 'status')
    expect((screen.getByRole('textbox', { name: 'Titel van dia 2' }) as HTMLInputElement).value).toBe('Sectoren')

    // move slide 2 up: focus follows it to place 1 ("Dia 1 omhoog", now at the top: still focusable)
    screen.getByRole('button', { name: /Dia 2 omhoog/ }).focus()
    await user.keyboard(' ')
    expect((screen.getByRole('textbox', { name: 'Titel van dia 1' }) as HTMLInputElement).value).toBe('Sectoren')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Dia 1 omhoog/ }))
    expect(document.activeElement).toHaveAttribute('aria-disabled', 'true')

    // remove both: focus goes to the "no slides" message
    screen.getByRole('button', { name: 'Dia 2 verwijderen' }).focus()
    await user.keyboard('{Enter}')
    screen.getByRole('button', { name: 'Dia 1 verwijderen' }).focus()
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByText(/Deze presentatie heeft nog geen dia’s/))
  })

  it('names the deck for its handout, and drops the name when emptied', async () => {
    const user = userEvent.setup()
    renderApp('/presentatie')
    const field = await screen.findByRole('textbox', { name: 'Titel van de presentatie' })
    expect(field).toHaveValue('Briefing donderdag')
    await user.clear(field)
    expect(JSON.parse(window.localStorage.getItem('samenhang.deck')!).title).toBeUndefined()
    await user.type(field, 'Raad 12 december')
    expect(JSON.parse(window.localStorage.getItem('samenhang.deck')!).title).toBe('Raad 12 december')
  })

  it('shows a slide from an older deck with a notice, never guessed', async () => {
    window.localStorage.setItem('samenhang.deck', JSON.stringify({ format: 'samenhang-deck', version: 1, slides: [{ href: '/', chart: 1, title: 'Oud', notes: '' }] }))
    renderApp('/presentatie')
    expect(await screen.findByText(/Gemaakt met een oudere versie/)).toBeInTheDocument()
  })
})

describe('presenting', () => {
  it('Space on "Previous" goes back, Space on "Stop" stops, and focus returns to "Present"', async () => {
    const user = userEvent.setup()
    renderApp(`/presentatie?deck=${encodeDeck(deck)}&dia=2`)
    expect(await screen.findByText('Dia 2 van 3')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Sinds 2019' })).toBeInTheDocument()
    // the slide has focus: Space there goes forward
    await waitFor(() => expect(document.activeElement).toHaveClass('slide'))
    await user.keyboard(' ')
    expect(await screen.findByText('Dia 3 van 3')).toBeInTheDocument()

    screen.getByRole('button', { name: /Vorige dia/ }).focus()
    await user.keyboard(' ')
    expect(await screen.findByText('Dia 2 van 3')).toBeInTheDocument()
    // focus stays on the button it was on
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Vorige dia/ }))
    await user.keyboard('{Enter}')
    expect(await screen.findByText('Dia 1 van 3')).toBeInTheDocument()
    // at the first slide "Previous" is unavailable but keeps focus
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Vorige dia/ }))
    expect(document.activeElement).toHaveAttribute('aria-disabled', 'true')
    await user.keyboard(' ')
    expect(screen.getByText('Dia 1 van 3')).toBeInTheDocument()
    // the notes are never on the projected slide
    expect(screen.queryByText('Begin hier.')).toBeNull()

    screen.getByRole('button', { name: /Stoppen/ }).focus()
    await user.keyboard(' ')
    const present = await screen.findByRole('button', { name: 'Presenteren' })
    expect(window.location.search).not.toMatch(/dia=/)
    await waitFor(() => expect(document.activeElement).toBe(present))
  })

  it('Escape leaves, arrows and Page Up/Down move between slides', async () => {
    const user = userEvent.setup()
    renderApp(`/presentatie?deck=${encodeDeck(deck)}&dia=1`)
    expect(await screen.findByText('Dia 1 van 3')).toBeInTheDocument()
    await user.keyboard('{ArrowRight}')
    expect(await screen.findByText('Dia 2 van 3')).toBeInTheDocument()
    await user.keyboard('{PageDown}')
    expect(await screen.findByText('Dia 3 van 3')).toBeInTheDocument()
    await user.keyboard('{PageUp}{ArrowLeft}')
    expect(await screen.findByText('Dia 1 van 3')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(await screen.findByRole('button', { name: 'Presenteren' })).toBeInTheDocument()
  })

  it('shows a pinned chart of the self-assessment’s result, with the answers kept in this browser', async () => {
    const own = { region: 'PV20', sector: 'GEM', year: 2025, ...flat({ T1: 3, T2: 3, T3: 4, T4: 2, S1: 3, S2: 3, S3: 4, S4: 2, S5: 4 }) }
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ format: 'samenhang-zelfscan-opslag', version: 1, own, team: [] }))
    const scan: Deck = { format: 'samenhang-deck', version: 2, slides: [{ href: '/zelfscan?stap=uitslag', figure: 'selfscan.dimensions', title: 'Zelfscan', notes: '' }] }
    const { container } = renderApp(`/presentatie?deck=${encodeDeck(scan)}&dia=1`)
    expect(await screen.findByText('Dia 1 van 1')).toBeInTheDocument()
    await waitFor(() => expect(container.querySelector('.slide [data-isolation="figure"]')).toHaveAttribute('data-figure', 'selfscan.dimensions'))
    expect(screen.queryByText(/niet \(meer\) kent/)).toBeNull()
  })

  it('a slide number the deck does not have opens the editor with a clean address', async () => {
    renderApp(`/presentatie?deck=${encodeDeck(deck)}&dia=9`)
    expect(await screen.findByRole('button', { name: 'Presenteren' })).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).not.toMatch(/dia=/))
  })
})
