/**
 * Shows one figure of a view and nothing else (for a slide or an embed): the view renders as
 * usual, and every other figure and text block is hidden. The figure is chosen by its stable id
 * (`overview.ladder`), never by its position on the page.
 */
import { useEffect, useRef, type ReactNode } from 'react'
import { figureIdSchema } from './deck'

export function ChartIsolation({ figure, children, className }: { figure: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const root = ref.current
    if (!root) return
    const mark = () => {
      const figures = [...root.querySelectorAll<HTMLElement>('figure.chart-frame')]
      const chosen = figures.find((f) => f.dataset.figure === figure)
      figures.forEach((f) => f.classList.toggle('is-isolated', f === chosen))
      root.classList.toggle('has-isolated', chosen !== undefined)
    }
    mark()
    const mo = new MutationObserver(mark)
    mo.observe(root, { childList: true, subtree: true })
    return () => mo.disconnect()
  }, [figure])
  return (
    <div ref={ref} className={`chart-isolation ${className ?? ''}`}>
      {children}
    </div>
  )
}

/** What `?grafiek=` names: a figure id (an embed shows that figure), or nothing. */
export function figureOf(param: string | undefined): string | undefined {
  return param !== undefined && figureIdSchema.safeParse(param).success ? param : undefined
}
