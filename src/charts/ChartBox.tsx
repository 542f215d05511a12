/**
 * The drawing area of every chart. It keeps the first view fast (docs/decisions/0012):
 *
 * - it measures its width in a layout effect, before anything is drawn, and draws once at that
 *   width (no draw at a guessed width followed by a second one);
 * - it reserves the chart's height from the start, so nothing below moves when the drawing comes
 *   (the height is a pure function of the width and the data);
 * - it mounts the drawing only when the box comes within ~400 px of the viewport, one chart per
 *   task and in a transition, so a long page never draws everything at once; in print, in a slide
 *   and in an embed everything is drawn at once;
 * - the drawings come from a chunk of their own (Recharts) that is requested after first paint.
 */
import { startTransition, Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { loadDrawings } from './drawings/load'

/** Width used where there is no layout at all (jsdom in unit tests). */
const NO_LAYOUT_WIDTH = 640
/** Mount a chart when it is this close to the viewport. */
const NEAR = '400px 0px'
/** Places where every chart is drawn at once: a slide, an embed, a presenter's view. */
const DRAW_ALL = '.chart-isolation, .main-present, .main-embed, .presenter'

// One chart per task: charts that come near the viewport together are mounted in turn.
const queue: (() => void)[] = []
let draining = false
function drain() {
  const next = queue.shift()
  if (next) startTransition(next)
  if (queue.length > 0) setTimeout(drain, 0)
  else draining = false
}
function mountSoon(fn: () => void) {
  queue.push(fn)
  if (!draining) {
    draining = true
    setTimeout(drain, 0)
  }
}

// Printing draws every chart, synchronously, before the page is laid out for paper.
const printListeners = new Set<() => void>()
let printing = false
function onPrint() {
  printing = true
  flushSync(() => printListeners.forEach((f) => f()))
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', onPrint)
  window.matchMedia?.('print').addEventListener?.('change', (e) => e.matches && onPrint())
  // Ask for the drawing chunk once the page has painted (two frames: after the first paint).
  requestAnimationFrame(() => setTimeout(() => void loadDrawings(), 0))
}

export interface ChartBoxProps {
  /** the chart's height in px at a given width (the same function the drawing uses) */
  height: (width: number) => number
  /** draws the chart at the measured width (a lazy drawing; suspends until its chunk is there) */
  children: (width: number) => ReactNode
  /** extra class on the box */
  className?: string
  /**
   * Draw as soon as the width is known, wherever the box is: for charts with their own keyboard
   * controls (the maps), which must be there when focus arrives.
   */
  eager?: boolean
}

export function ChartBox({ height, children, className, eager = false }: ChartBoxProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | undefined>(undefined)
  const [near, setNear] = useState(() => eager || typeof IntersectionObserver === 'undefined' || printing)

  useLayoutEffect(() => {
    const el = ref.current!
    // clientWidth is in the element's own CSS pixels, so a chart in a CSS-zoomed slide is laid
    // out for the room it really has (getBoundingClientRect would give the zoomed size)
    const w = typeof ResizeObserver === 'undefined' ? NO_LAYOUT_WIDTH : el.clientWidth
    if (w > 0) setWidth(Math.floor(w))
    if (el.closest(DRAW_ALL)) setNear(true)
  }, [])

  useEffect(() => {
    const el = ref.current!
    let ro: ResizeObserver | undefined
    if (typeof ResizeObserver !== 'undefined') {
      ro = new ResizeObserver(() => {
        const w = Math.floor(el.clientWidth)
        if (w > 0) setWidth(w)
      })
      ro.observe(el)
    }
    const mountNow = () => setNear(true)
    printListeners.add(mountNow)
    let io: IntersectionObserver | undefined
    if (!eager && typeof IntersectionObserver !== 'undefined') {
      io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            io?.disconnect()
            mountSoon(mountNow)
          }
        },
        { rootMargin: NEAR },
      )
      io.observe(el)
    }
    return () => {
      ro?.disconnect()
      io?.disconnect()
      printListeners.delete(mountNow)
    }
  }, [eager])

  const h = height(width ?? NO_LAYOUT_WIDTH)
  return (
    <div ref={ref} className={`chart-canvas${className ? ` ${className}` : ''}`} style={{ height: h }} data-drawn={near && width !== undefined ? 'true' : 'false'}>
      {near && width !== undefined ? <Suspense fallback={null}>{children(width)}</Suspense> : null}
    </div>
  )
}
