/**
 * A slow file on the Gegevens page: after a second a progress bar and a way to stop appear;
 * stopping ends the reading and changes nothing. The reader itself (a Web Worker in the browser)
 * is replaced here by one the test drives, so no timing is measured.
 */
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../../test/render'
import { SLOW_READ_MS } from './DataView'
import { readDatasetFile, type ReadProgress } from './read-dataset-file'

vi.mock('./read-dataset-file', () => ({ readDatasetFile: vi.fn() }))

afterEach(() => {
  vi.useRealTimers()
})

describe('the Gegevens page with a slow file', () => {
  it('shows a progress bar after a second, and Stop ends the reading without changing anything', async () => {
    let report: (p: ReadProgress) => void = () => undefined
    let aborted = false
    vi.mocked(readDatasetFile).mockImplementation(
      (_request, onProgress, signal) =>
        new Promise((_resolve, reject) => {
          report = onProgress
          signal.addEventListener('abort', () => {
            aborted = true
            reject(new DOMException('Cancelled', 'AbortError'))
          })
        }),
    )
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderApp('/gegevens')
    const input = await screen.findByLabelText('Bestand (CSV of Excel)')
    await user.upload(input, new File(['level;dimension\n'], 'groot.csv', { type: 'text/csv' }))
    expect(await screen.findByText('Bestand groot.csv wordt gelezen …')).toBeInTheDocument()
    act(() => report({ step: 'reading', fraction: 0.2 }))
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()

    act(() => vi.advanceTimersByTime(SLOW_READ_MS))
    const bar = await screen.findByRole('progressbar', { name: 'groot.csv lezen en controleren' })
    expect(bar).toHaveAttribute('value', '20')
    expect(screen.getByText('Lezen: 20%')).toBeInTheDocument()
    act(() => report({ step: 'checking', fraction: 0.654 }))
    expect(bar).toHaveAttribute('value', '65')
    expect(screen.getByText('Controleren: 65%')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Stop met lezen' }))
    expect(aborted).toBe(true)
    expect(await screen.findByText('Het lezen van groot.csv is gestopt. Er is niets veranderd.')).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(screen.getByLabelText('Bestand (CSV of Excel)')).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Bekijk het dashboard met deze gegevens' })).not.toBeInTheDocument()
  })
})
