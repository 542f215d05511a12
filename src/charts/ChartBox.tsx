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
 * - new data redraw a chart near the viewport in a task of its own, after the page's text has been
 *   painted (one chart per task, in a transition); a chart away from the viewport keeps its
 *   drawing and is redrawn with the new data as soon as it comes near again, before it is seen.
 *   `data-pending` marks a box whose drawing still shows the previous data;
 * - the drawings come from a chunk of their own (Recharts) that is requested after first paint;
 * - a print stylesheet that fixes a box's width on paper says so in `--print-width` (CSS px, set
 *   outside `@media print` so that it can be read before printing): when printing starts, the
 *   chart is drawn at that width, as the paper will show it, and at its screen width again after.
 *   Without it a chart printed from the screen keeps the layout of its screen width (a narrow
 *   column's taller layout, for instance), scaled to the paper.
 */
import { memo, startTransition, Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { loadDrawings } from './drawings/load'

/** Width used where there is no layout at all (jsdom in unit tests). */
const NO_LAYOUT_WIDTH = 640
/** Mount a chart when it is this close to the viewport. */
const NEAR = '400px 0px'
/** Places where every chart is drawn at once: a slide, an embed, a presenter's view. */
const DRAW_ALL = '.chart-isolation, .main-present, .main-embed, .presenter'

// One chart per task: charts that come near the viewport together are drawn in turn, the next
// only after the previous one has been committed (transitions started close together would
// otherwise be rendered and committed as one long task).
const queue: (() => void)[] = []
let busy = false
let turn = 0
function next() {
  const fn = queue.shift()
  if (!fn) {
    busy = false
    return
  }
  busy = true
  const mine = ++turn
  startTransition(fn)
  // a chart that went away before it was drawn never reports back: go on after a while anyway
  setTimeout(() => {
    if (turn === mine) mounted()
  }, 250)
}
function mountSoon(fn: () => void) {
  queue.push(fn)
  if (!busy) {
    busy = true
    setTimeout(next, 0)
  }
}
/** A queued chart has been drawn: the next one may go, in a task of its own. */
function mounted() {
  turn++
  if (busy) setTimeout(next, 0)
}

// Printing draws every chart, synchronously, before the page is laid out for paper.
const printListeners = new Set<() => void>()
const afterPrintListeners = new Set<() => void>()
let printing = false
function onPrint() {
  printing = true
  flushSync(() => printListeners.forEach((f) => f()))
}
function onAfterPrint() {
  afterPrintListeners.forEach((f) => f())
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', onPrint)
  window.addEventListener('afterprint', onAfterPrint)
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
  const [drawAll, setDrawAll] = useState(eager || printing)
  // the drawing on screen (a draw function): set through the queue, so that each chart draws or
  // redraws in a task of its own; undefined until the box has first come near the viewport
  const [shown, setShown] = useState<ChartBoxProps['children'] | undefined>(() => (near ? children : undefined))
  const latest = useRef(children)
  const isNear = useRef(near)
  // bumped each time a queued draw is committed, to let the queue go on
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    if (generation > 0) mounted()
  }, [generation])

  useLayoutEffect(() => {
    const el = ref.current!
    // clientWidth is in the element's own CSS pixels, so a chart in a CSS-zoomed slide is laid
    // out for the room it really has (getBoundingClientRect would give the zoomed size)
    const w = typeof ResizeObserver === 'undefined' ? NO_LAYOUT_WIDTH : el.clientWidth
    if (w > 0) setWidth(Math.floor(w))
    if (el.closest(DRAW_ALL)) {
      setDrawAll(true)
      setNear(true)
    }
  }, [])

  // new data: near the viewport the chart redraws in its own task; away from it, when it comes back
  useEffect(() => {
    latest.current = children
    if (isNear.current && shown !== undefined && shown !== children)
      mountSoon(() => {
        setShown(() => latest.current)
        setGeneration((g) => g + 1)
      })
  }, [children, shown])

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
    const drawNow = () => {
      const paper = printWidth(el)
      if (paper !== undefined) setWidth(paper)
      setDrawAll(true)
      setNear(true)
    }
    // back from paper: the width the box has on the screen
    const backToScreen = () => {
      const w = Math.floor(el.clientWidth)
      if (printWidth(el) !== undefined && w > 0) setWidth(w)
    }
    printListeners.add(drawNow)
    afterPrintListeners.add(backToScreen)
    let io: IntersectionObserver | undefined
    if (!eager && typeof IntersectionObserver !== 'undefined') {
      io = new IntersectionObserver(
        (entries) => {
          isNear.current = entries[entries.length - 1].isIntersecting
          // coming near: draw (or redraw with the latest data) in its own task; going away: keep the drawing
          if (isNear.current)
            mountSoon(() => {
              setNear(true)
              setShown(() => latest.current)
              setGeneration((g) => g + 1)
            })
          else setNear(false)
        },
        { rootMargin: NEAR },
      )
      io.observe(el)
    }
    return () => {
      ro?.disconnect()
      io?.disconnect()
      printListeners.delete(drawNow)
      afterPrintListeners.delete(backToScreen)
    }
  }, [eager])

  const h = height(width ?? NO_LAYOUT_WIDTH)
  // in print, a slide or an embed the chart follows its data at once; elsewhere through the queue
  const draw = drawAll ? children : shown
  const pending = draw !== undefined && draw !== children
  return (
    <div
      ref={ref}
      className={`chart-canvas${className ? ` ${className}` : ''}`}
      style={{ height: h }}
      data-drawn={draw && width !== undefined ? 'true' : 'false'}
      data-pending={pending ? (near ? 'near' : 'away') : undefined}
    >
      {draw && width !== undefined ? (
        <Suspense fallback={null}>
          <Drawing width={width} draw={draw} />
        </Suspense>
      ) : null}
    </div>
  )
}

/** The width the box will have on paper, when the print stylesheet fixes it (`--print-width`). */
function printWidth(el: HTMLElement): number | undefined {
  const v = Number.parseFloat(getComputedStyle(el).getPropertyValue('--print-width'))
  return v > 0 ? Math.floor(v) : undefined
}

/** The drawing: redrawn only when its draw function (its data) or its width changes. */
const Drawing = memo(function Drawing({ width, draw }: { width: number; draw: (width: number) => ReactNode }) {
  return draw(width)
})
