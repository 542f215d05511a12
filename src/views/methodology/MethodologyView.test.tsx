import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SELFSCAN_ITEMS } from '../../domain/selfscan-items'
import { renderApp } from '../../test/render'

describe('the methodology page', () => {
  it('lists every statement of the self-assessment under its dimension, and says how respondent files are aggregated (nl)', async () => {
    renderApp('/methode')
    const heading = await screen.findByRole('heading', { level: 3, name: 'Zelfscan: de stellingen' })
    expect(heading).toBeTruthy()
    // nine dimensions, three statements each, word for word
    const groups = screen.getAllByRole('heading', { level: 4 }).filter((h) => /^(T[1-4]|S[1-5]) /.test(h.textContent ?? ''))
    expect(groups.map((g) => g.textContent?.slice(0, 2))).toEqual(['T1', 'T2', 'T3', 'T4', 'S1', 'S2', 'S3', 'S4', 'S5'])
    for (const it of SELFSCAN_ITEMS) expect(document.getElementById(`stelling-${it.id}`)?.textContent).toContain(it.text.nl)
    expect(SELFSCAN_ITEMS).toHaveLength(27)
    // the privacy paragraph, with the suppression threshold of the dataset filled in
    screen.getByRole('heading', { level: 3, name: /samengevoegd bij de deur/ })
    expect(screen.getByText(/minder dan 10 respondenten nooit getoond/)).toBeTruthy()
    expect(document.body.textContent).not.toContain('{minN}')
  })

  it('reads in English too', async () => {
    renderApp('/methode?taal=en')
    await screen.findByRole('heading', { level: 3, name: 'Self-assessment: the statements' })
    const s1 = screen.getByRole('heading', { level: 4, name: /^S1 / }).parentElement!
    expect(within(s1).getAllByRole('listitem')).toHaveLength(3)
    expect(screen.getByText(/fewer than 10 respondents is never shown/)).toBeTruthy()
  })
})
