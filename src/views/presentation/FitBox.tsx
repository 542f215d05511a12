/**
 * A box that shows its content whole: the content is laid out at a width suited to the box's
 * proportions (once it is ready, see `layoutWidth`), measured, and scaled to fit — never cut and
 * never scrolled. Used for a slide's stage and for a handout page's figure.
 *
 * On screen the scale is a transform. A printed handout page uses the same scale as CSS zoom
 * (`--fit-scale`, `--fit-x`, `--fit-y`; presentation.css): a transform leaves the content's layout
 * at its unscaled size, so a figure taller than the rest of the page (a long dot plot) was pushed
 * whole onto the next sheet, under the next slide's page, and printed nowhere.
 */
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { fitOffset, fitScale, LAYOUT_MAX, LAYOUT_MIN, layoutWidth, type Size } from './fit'

const START_WIDTH = 1100

function sizeOf(el: HTMLElement, content: boolean): Size {
  // offset sizes ignore the transform; scroll sizes include anything wider or taller than the box
  return content ? { width: Math.max(el.offsetWidth, el.scrollWidth), height: Math.max(el.offsetHeight, el.scrollHeight) } : { width: el.clientWidth, height: el.clientHeight }
}

const same = (a: Size, b: Size) => Math.abs(a.width - b.width) < 0.5 && Math.abs(a.height - b.height) < 0.5

export interface FitBoxProps {
  children: ReactNode
  /** the content is in its final state: choose the layout width from its measured height now */
  ready: boolean
  /** largest enlargement of the content (a small chart is not blown up without end) */
  maxScale?: number
  /**
   * Never lay the content out wider than the box (so it is only ever scaled down). For print:
   * Chromium shrinks every printed page when a table is laid out wider than the paper, even
   * inside a scaled box (measured: a 1,500 px heatmap made all handout pages 92% wide).
   */
  noWiderThanBox?: boolean
  className?: string
}

export function FitBox({ children, ready, maxScale = 2.5, noWiderThanBox = false, className }: FitBoxProps) {
  const outer = useRef<HTMLDivElement>(null)
  const inner = useRef<HTMLDivElement>(null)
  const [box, setBox] = useState<Size>({ width: 0, height: 0 })
  const [content, setContent] = useState<Size>({ width: 0, height: 0 })
  /** the chosen layout width, for which box size, from which measured height, after how many choices */
  const [layout, setLayout] = useState<{ width: number; for: string; basis: number; tries: number } | undefined>(undefined)

  useLayoutEffect(() => {
    const o = outer.current
    const i = inner.current
    if (!o || !i) return
    const measure = () => {
      const b = sizeOf(o, false)
      const c = sizeOf(i, true)
      setBox((prev) => (same(prev, b) ? prev : b))
      setContent((prev) => (same(prev, c) ? prev : c))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(measure)
    ro.observe(o)
    ro.observe(i)
    // a descendant that grows wider than the layout (a wide table, an SVG drawn wider) does not resize `inner` itself
    const mo = new MutationObserver(measure)
    mo.observe(i, { childList: true, subtree: true, attributes: true, attributeFilter: ['width', 'height'] })
    return () => {
      ro.disconnect()
      mo.disconnect()
    }
  }, [])

  // When the content is ready: the layout width that fills the box best. Chosen again when the box
  // changes, or when the content's height moved by more than 15% since (a chart inside finished
  // loading) — at most three times per box size, so a chart whose height follows its width settles.
  const boxKey = `${Math.round(box.width)}x${Math.round(box.height)}`
  const widest = noWiderThanBox ? Math.max(LAYOUT_MIN, Math.floor(box.width)) : LAYOUT_MAX
  const sameBox = layout?.for === boxKey
  const moved = layout !== undefined && Math.abs(content.height - layout.basis) > 0.15 * layout.basis
  if (ready && box.width > 0 && content.height > 0 && (!sameBox || (moved && layout.tries < 3))) {
    // (adjusting state while rendering: React re-renders at once, before anything is painted)
    setLayout({ width: layoutWidth(box, content.height, Math.min(LAYOUT_MIN, widest), widest), for: boxKey, basis: content.height, tries: sameBox ? layout.tries + 1 : 1 })
  }

  const width = layout?.width ?? (noWiderThanBox && box.width > 0 ? Math.min(START_WIDTH, Math.floor(box.width)) : START_WIDTH)
  const scale = fitScale(box, content, maxScale)
  const offset = fitOffset(box, content, scale)
  return (
    <div ref={outer} className={`fit-box${className ? ` ${className}` : ''}`} data-fit-scale={scale.toFixed(3)}>
      <div
        ref={inner}
        className="fit-content"
        style={
          {
            width: `${width}px`,
            transform: `translate(${offset.x}px, ${offset.y}px) scale(${scale || 1})`,
            // the same fit for print, where it is drawn with zoom (presentation.css)
            '--fit-scale': String(scale || 1),
            '--fit-x': `${offset.x}px`,
            '--fit-y': `${offset.y}px`,
            visibility: ready && scale > 0 ? undefined : 'hidden',
          } as CSSProperties
        }
      >
        {children}
      </div>
    </div>
  )
}
