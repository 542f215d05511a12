/**
 * ChartBox and paper: a box whose print stylesheet fixes its width on paper (`--print-width`) is
 * drawn at that width when printing starts and at its screen width again after; a box without it
 * keeps its width.
 */
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChartBox } from './ChartBox'

/** jsdom has no layout: every element reports this width (the box's width on the screen). */
function screenWidth(px: number) {
  return vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(px)
}

function Box({ id }: { id: string }) {
  return (
    <ChartBox height={(w) => w / 2}>
      {(w) => (
        <span data-testid={id} data-width={w}>
          {w}
        </span>
      )}
    </ChartBox>
  )
}

describe('a chart drawn for paper', () => {
  afterEach(() => vi.restoreAllMocks())

  it('draws at the width the print stylesheet gives it while printing, and at its screen width after', async () => {
    screenWidth(538)
    render(
      <>
        <div style={{ ['--print-width' as string]: '685' }}>
          <Box id="paper" />
        </div>
        <Box id="plain" />
      </>,
    )
    // ResizeObserver is absent in jsdom: the box draws at the no-layout width, then at paper width in print
    const before = Number(screen.getByTestId('plain').dataset.width)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(screen.getByTestId('paper').dataset.width).toBe('685')
    // the reserved height follows the width drawn
    expect(screen.getByTestId('paper').closest<HTMLElement>('.chart-canvas')!.style.height).toBe('342.5px')
    expect(screen.getByTestId('plain').dataset.width).toBe(String(before))
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(screen.getByTestId('paper').dataset.width).toBe('538')
    expect(screen.getByTestId('plain').dataset.width).toBe(String(before))
  })
})
