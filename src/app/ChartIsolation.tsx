/**
 * Shows one chart of a view and nothing else (for a slide or an embed): the view renders as
 * usual, and every other chart and text block is hidden. The chart is the n-th ChartFrame in
 * page order, which is how it was pinned.
 */
import { useEffect, useRef, type ReactNode } from 'react'

export function ChartIsolation({ chart, children, className }: { chart: number; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const root = ref.current
    if (!root) return
    const mark = () => {
      const figures = [...root.querySelectorAll<HTMLElement>('figure.chart-frame')]
      figures.forEach((f, i) => f.classList.toggle('is-isolated', i === chart))
      root.classList.toggle('has-isolated', figures.length > chart)
    }
    mark()
    const mo = new MutationObserver(mark)
    mo.observe(root, { childList: true, subtree: true })
    return () => mo.disconnect()
  }, [chart])
  return (
    <div ref={ref} className={`chart-isolation ${className ?? ''}`}>
      {children}
    </div>
  )
}
