/**
 * One figure of a view and nothing else — for a slide, a handout page or an embed. The view renders
 * as usual; the figure is found by its stable id (`data-figure`, or `data-figure-id`, on the
 * ChartFrame's <figure>), every element beside the path from the root down to it is hidden, and
 * inside it the page's controls are hidden (actions, menus, selects, chips, lists with buttons) or
 * made still (a heatmap's sort buttons, a map's tiles: drawn, but neither focusable nor clickable).
 * Embeds get the same: a chart on another site cannot change the page it is part of.
 * So a slide is the figure's subtitle, chart, legend, notes and source line, with the state the
 * view was pinned in.
 *
 * Marks are data attributes (`data-isolation`), which React never rewrites, and are re-applied
 * after every change to the view's DOM. While the view has not settled, nothing of it shows; when it
 * has settled without the figure, the status says why (missing, no data, an error) so the caller can
 * show a notice instead of a blank or wrong chart.
 */
import { useEffect, useRef, type ReactNode } from 'react'
import { figureIdSchema } from './deck'
import './isolation.css'

/** What the isolation found, for the slide or embed around it. */
export type IsolationStatus =
  /** the view is still loading (or has not rendered its figures yet) */
  | { kind: 'waiting' }
  /** the figure is shown; `notices` are the view's own notices (invalid address values), as text */
  | { kind: 'shown'; notices: string[] }
  /** the view settled and has no figure with this id */
  | { kind: 'missing'; notices: string[] }
  /** the view settled on its empty state ("no data for this selection"); `text` is its wording */
  | { kind: 'empty'; text: string; notices: string[] }
  /** the view settled on an error state; `text` is its wording */
  | { kind: 'error'; text: string; notices: string[] }

const ATTR = 'data-isolation'
const STILL = 'data-isolation-still'
const LOADING = '.state-loading, [aria-busy="true"]'
/** What draws the data (a map of tiles may sit in a figure's legend): its buttons are labels and tiles */
const CHART_CONTENT = '.chart-body, .tile-map, .chart-canvas'
/** What Tab reaches by its tabindex (buttons are disabled instead) */
const FOCUSABLE = '[tabindex]:not([tabindex="-1"])'

/** The figure with this id — never a position on the page, which changes with the layout. */
export function findFigure(root: ParentNode, figure: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('figure.chart-frame')].find((f) => f.dataset.figure === figure || f.dataset.figureId === figure)
}

function mark(el: Element, value: string | null): void {
  if (el.getAttribute(ATTR) === value) return
  if (value === null) el.removeAttribute(ATTR)
  else el.setAttribute(ATTR, value)
}

/**
 * Marks the DOM under `root` so that only `figure` shows (see the module comment); returns the
 * figure's element, or undefined when the view has none with that id (then everything is hidden).
 */
export function isolateFigure(root: HTMLElement, figure: string): HTMLElement | undefined {
  const chosen = findFigure(root, figure)
  const path = new Set<Element>()
  for (let el: Element | null = chosen ?? null; el && el !== root; el = el.parentElement) path.add(el)
  // clear marks that no longer hold (the view re-rendered, the figure moved)
  for (const el of root.querySelectorAll(`[${ATTR}]`)) {
    const want = el === chosen ? 'figure' : path.has(el) ? 'path' : el.parentElement === root || path.has(el.parentElement!) ? 'hidden' : null
    if (el.getAttribute(ATTR) !== want) mark(el, want)
  }
  const hideBeside = (parent: Element) => {
    for (const child of parent.children) mark(child, child === chosen ? 'figure' : path.has(child) ? 'path' : 'hidden')
  }
  hideBeside(root)
  for (const el of path) if (el !== chosen) hideBeside(el)
  if (chosen) stillControls(chosen)
  return chosen
}

/**
 * Inside the chart itself, controls stay drawn (a sort button is the column's label, a tile is the
 * map) but can be neither reached by Tab nor pressed: in a slide they would move the page away.
 */
function stillControls(figure: HTMLElement): void {
  for (const body of figure.querySelectorAll<HTMLElement>(CHART_CONTENT)) {
    for (const b of body.querySelectorAll<HTMLButtonElement>('button:not([disabled])')) {
      b.disabled = true
      b.setAttribute(STILL, '')
    }
    // the chart body itself too: on a narrow screen it is a scroll region one can tab to, and a
    // drawing (an SVG) may be focusable; in an isolated figure nothing scrolls (isolation.css)
    const focusable = [body, ...body.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.matches(FOCUSABLE))
    for (const el of focusable) {
      el.tabIndex = -1
      el.setAttribute(STILL, '')
    }
  }
}

/** The words of an element, without those of its buttons (a notice's "dismiss", an error's "retry"). */
function words(el: Element): string {
  let out = ''
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? ''
    else if (node instanceof Element && node.tagName !== 'BUTTON') out += ` ${words(node)} `
  }
  return out
}

function texts(root: HTMLElement, selector: string, inside?: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((el) => !inside?.contains(el))
    .map((el) => words(el).replace(/\s+/g, ' ').replace(/\s+([:.,;])/g, '$1').trim())
    .filter(Boolean)
}

/**
 * The view's own notices about its address (an invalid value and what is shown instead), as text
 * without their "Note:" label: the dismissable notice boxes and a control's own status notice.
 */
function viewNotices(root: HTMLElement, figure?: HTMLElement): string[] {
  const boxes = [...root.querySelectorAll<HTMLElement>('.notice')].filter(
    (el) => !figure?.contains(el) && (el.getAttribute('role') === 'status' || [...el.children].some((c) => c.tagName === 'BUTTON')),
  )
  const text = boxes.map((box) => {
    const label = box.firstElementChild?.tagName === 'STRONG' ? box.firstElementChild : null
    return [...box.childNodes]
      .filter((n) => n !== label && !(n instanceof Element && n.tagName === 'BUTTON'))
      .map((n) => (n instanceof Element ? words(n) : (n.textContent ?? '')))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
  })
  return [...new Set(text.filter(Boolean))]
}

/** How far the view under `root` is, when the figure was not found. */
function settledStatus(root: HTMLElement): IsolationStatus {
  const notices = viewNotices(root)
  const error = texts(root, '.state-error')[0]
  if (error) return { kind: 'error', text: error, notices }
  const empty = texts(root, '.state-empty')[0]
  if (empty) return { kind: 'empty', text: empty, notices }
  return { kind: 'missing', notices }
}

const sameStatus = (a: IsolationStatus | undefined, b: IsolationStatus) => a !== undefined && JSON.stringify(a) === JSON.stringify(b)

export interface ChartIsolationProps {
  /** the figure's stable id, e.g. `overview.ladder` */
  figure: string
  children: ReactNode
  className?: string
  /** told whenever what the isolation found changes */
  onStatus?: (status: IsolationStatus) => void
  /** how long the view must stay quiet, without a loading state and without the figure, to count as settled */
  settleMs?: number
}

export function ChartIsolation({ figure, children, className, onStatus, settleMs = 1500 }: ChartIsolationProps) {
  const ref = useRef<HTMLDivElement>(null)
  const report = useRef(onStatus)
  useEffect(() => {
    report.current = onStatus
  }, [onStatus])
  useEffect(() => {
    const root = ref.current
    if (!root) return
    let last: IsolationStatus | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const tell = (s: IsolationStatus) => {
      if (sameStatus(last, s)) return
      last = s
      report.current?.(s)
    }
    const check = () => {
      const chosen = isolateFigure(root, figure)
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      if (chosen) return tell({ kind: 'shown', notices: viewNotices(root, chosen) })
      if (root.querySelector(LOADING) || root.childElementCount === 0) return tell({ kind: 'waiting' })
      // not loading and no figure: wait until the view stays quiet, then say why
      if (last?.kind !== 'missing' && last?.kind !== 'empty' && last?.kind !== 'error') tell({ kind: 'waiting' })
      timer = setTimeout(() => {
        if (!isolateFigure(root, figure) && !root.querySelector(LOADING)) tell(settledStatus(root))
      }, settleMs)
    }
    check()
    const mo = new MutationObserver(check)
    // a tabindex given after the figure appeared (a chart body that turns out to scroll) is stilled too
    mo.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['tabindex'] })
    return () => {
      mo.disconnect()
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [figure, settleMs])
  return (
    <div ref={ref} className={`chart-isolation${className ? ` ${className}` : ''}`}>
      {children}
    </div>
  )
}

/** What `?grafiek=` names: a figure id (an embed shows that figure), or nothing. */
export function figureOf(param: string | undefined): string | undefined {
  return param !== undefined && figureIdSchema.safeParse(param).success ? param : undefined
}
