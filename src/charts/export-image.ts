/**
 * PNG and SVG exports of a figure that explain themselves (issue #15, item 7): the title and the
 * subtitle (the filters), then a snapshot of what the page shows — the chart's SVGs, every panel's
 * name, HTML tables such as the heatmaps, the legend with its colour classes and the notes — and a
 * footer with source, date and, for synthetic data, the notice. Text is wrapped by its measured
 * width and never cut. Built from the page; nothing is sent anywhere.
 */
import { HATCH_ID } from './patterns'

export interface ExportText {
  title: string
  subtitle: string
  /** source, date and (for the demo data) the synthetic notice, one line each */
  footer: string[]
}

/** Width of a text in px for a given font size and weight. */
export type MeasureText = (text: string, size: number, weight: number) => number

const NS = 'http://www.w3.org/2000/svg'
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
const PAD = 24
/** the narrowest image: titles stay readable even when the chart was drawn on a phone */
const MIN_WIDTH = 560

/**
 * Breaks a text into lines no wider than `maxWidth` by the given measure. A single word wider
 * than the line is broken inside the word rather than cut off.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: number, measure: MeasureText): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  const lines: string[] = []
  let line = ''
  const push = (w: string) => {
    // a word longer than a whole line: break it where it must
    let rest = w
    while (measure(rest, size, weight) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1
      while (cut > 1 && measure(rest.slice(0, cut), size, weight) > maxWidth) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    return rest
  }
  for (const w of words) {
    const candidate = line ? `${line} ${w}` : w
    if (measure(candidate, size, weight) <= maxWidth) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = push(w)
  }
  if (line) lines.push(line)
  return lines
}

let canvasContext: CanvasRenderingContext2D | null | undefined

/** Measures with a canvas in the browser's own fonts; a generous estimate where there is none. */
export const browserMeasure: MeasureText = (text, size, weight) => {
  if (canvasContext === undefined) {
    try {
      canvasContext = document.createElement('canvas').getContext('2d')
    } catch {
      canvasContext = null
    }
  }
  if (!canvasContext) return text.length * size * 0.62
  canvasContext.font = `${weight} ${size}px ${FONT}`
  // a little slack: the rasteriser may pick a slightly wider face than the canvas
  return canvasContext.measureText(text).width * 1.04
}

function textEl(x: number, y: number, content: string, size: number, weight: number, fill: string): SVGTextElement {
  const t = document.createElementNS(NS, 'text')
  t.setAttribute('x', String(round(x)))
  t.setAttribute('y', String(round(y)))
  t.setAttribute('font-size', String(size))
  t.setAttribute('font-weight', String(weight))
  t.setAttribute('fill', fill)
  t.setAttribute('dominant-baseline', 'central')
  t.textContent = content
  return t
}

const round = (v: number) => Math.round(v * 10) / 10

/** Computed styles an SVG element needs once it leaves the page's style sheets. */
const SVG_STYLE = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline', 'visibility'] as const

function cloneSvg(original: SVGSVGElement, width: number, height: number): SVGSVGElement {
  const clone = original.cloneNode(true) as SVGSVGElement
  const from = [original, ...original.querySelectorAll('*')]
  const to = [clone, ...clone.querySelectorAll('*')]
  from.forEach((el, i) => {
    const target = to[i]
    if (!target) return
    const cs = getComputedStyle(el)
    const style = SVG_STYLE.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')
    target.setAttribute('style', style)
    target.removeAttribute('class')
    target.removeAttribute('tabindex')
    target.removeAttribute('role')
  })
  clone.setAttribute('width', String(round(width)))
  clone.setAttribute('height', String(round(height)))
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${round(width)} ${round(height)}`)
  clone.setAttribute('overflow', 'visible')
  return clone
}

const SKIP = 'input, select, textarea, [hidden], .visually-hidden, .chart-actions, [data-export="skip"]'
const transparent = (c: string) => !c || c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c)

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** The page as shapes: SVG clones, boxes with their fills and borders, and lines of text. */
class Snapshot {
  readonly items: { el: SVGElement; box: Box }[] = []
  constructor(private readonly measure: MeasureText) {}

  add(el: Element): void {
    if (el.matches(SKIP)) return
    const cs = getComputedStyle(el)
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return
    const r = el.getBoundingClientRect()
    if (el instanceof SVGSVGElement) {
      if (r.width > 0 && r.height > 0) this.items.push({ el: cloneSvg(el, r.width, r.height), box: box(r) })
      return
    }
    this.background(el, cs, r)
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) this.text(child as Text, cs)
      else if (child.nodeType === Node.ELEMENT_NODE) this.add(child as Element)
    }
  }

  private background(el: Element, cs: CSSStyleDeclaration, r: DOMRect): void {
    if (r.width === 0 || r.height === 0) return
    const hatched = /data:image\/svg/.test(cs.backgroundImage)
    if (hatched || !transparent(cs.backgroundColor)) {
      const rect = document.createElementNS(NS, 'rect')
      rect.setAttribute('width', String(round(r.width)))
      rect.setAttribute('height', String(round(r.height)))
      rect.setAttribute('fill', hatched ? `url(#${HATCH_ID})` : cs.backgroundColor)
      this.items.push({ el: rect, box: box(r) })
    }
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const w = parseFloat(cs.getPropertyValue(`border-${side}-width`))
      const color = cs.getPropertyValue(`border-${side}-color`)
      if (!(w > 0) || cs.getPropertyValue(`border-${side}-style`) === 'none' || transparent(color) || el.tagName === 'BODY') continue
      const line = document.createElementNS(NS, 'line')
      const [x1, y1, x2, y2] =
        side === 'top' ? [0, 0, r.width, 0] : side === 'bottom' ? [0, r.height, r.width, r.height] : side === 'left' ? [0, 0, 0, r.height] : [r.width, 0, r.width, r.height]
      line.setAttribute('x1', String(round(x1)))
      line.setAttribute('y1', String(round(y1)))
      line.setAttribute('x2', String(round(x2)))
      line.setAttribute('y2', String(round(y2)))
      line.setAttribute('stroke', color)
      line.setAttribute('stroke-width', String(w))
      this.items.push({ el: line, box: box(r) })
    }
  }

  private text(node: Text, cs: CSSStyleDeclaration): void {
    const content = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (!content) return
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
    if (rects.length === 0) return
    const size = parseFloat(cs.fontSize) || 14
    const weight = Number(cs.fontWeight) || 400
    const left = Math.min(...rects.map((r) => r.left))
    const right = Math.max(...rects.map((r) => r.right))
    // the browser's own line breaks are not exposed; wrap again to the width it used
    const lines = rects.length === 1 ? [content] : wrapText(content, right - left, size, weight, this.measure)
    const lineHeight = rects[0].height
    lines.forEach((line, i) => {
      const r = rects[i] ?? { left, top: rects[0].top + i * lineHeight, height: lineHeight }
      const width = this.measure(line, size, weight)
      const t = textEl(0, r.height / 2, line, size, weight, cs.color)
      this.items.push({ el: t, box: { left: r.left, top: r.top, right: r.left + width, bottom: r.top + r.height } })
    })
  }
}

function box(r: DOMRect): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
}

/** The parts of a figure that go into its image, in page order. */
const PARTS = ['.chart-body', '.chart-legend', '.chart-notes']

/**
 * The figure composed into one standalone SVG document (as text), or undefined when the figure
 * shows nothing that can be drawn.
 */
export function composeSvg(figure: HTMLElement, text: ExportText, measure: MeasureText = browserMeasure): { svg: string; width: number; height: number } | undefined {
  const snap = new Snapshot(measure)
  for (const selector of PARTS) {
    const part = figure.querySelector(`:scope > ${selector}`)
    if (part) snap.add(part)
  }
  if (!snap.items.some((i) => i.el.tagName === 'svg' || i.el.tagName === 'rect')) return undefined
  const left = Math.min(...snap.items.map((i) => i.box.left))
  const top = Math.min(...snap.items.map((i) => i.box.top))
  const contentWidth = Math.max(...snap.items.map((i) => i.box.right)) - left
  const contentHeight = Math.max(...snap.items.map((i) => i.box.bottom)) - top
  const width = Math.ceil(Math.max(MIN_WIDTH, contentWidth + PAD * 2))
  const textWidth = width - PAD * 2

  const out = document.createElementNS(NS, 'svg')
  out.setAttribute('xmlns', NS)
  out.setAttribute('font-family', FONT)
  const title = document.createElementNS(NS, 'title')
  title.textContent = text.title
  out.appendChild(title)
  const defs = document.createElementNS(NS, 'defs')
  const hatch = document.getElementById(HATCH_ID)
  if (hatch) defs.appendChild(hatch.cloneNode(true))
  out.appendChild(defs)
  const bg = document.createElementNS(NS, 'rect')
  bg.setAttribute('width', '100%')
  bg.setAttribute('height', '100%')
  bg.setAttribute('fill', '#ffffff')
  out.appendChild(bg)

  let y = PAD
  const lines = (content: string, size: number, weight: number, fill: string, gap: number) => {
    for (const l of wrapText(content, textWidth, size, weight, measure)) {
      out.appendChild(textEl(PAD, y + size * 0.65, l, size, weight, fill))
      y += size * 1.3
    }
    y += gap
  }
  lines(text.title, 20, 700, '#1a1a1a', 2)
  lines(text.subtitle, 14, 400, '#4a4a4a', 12)

  const body = document.createElementNS(NS, 'g')
  body.setAttribute('transform', `translate(${PAD},${round(y)})`)
  for (const item of snap.items) {
    const g = document.createElementNS(NS, 'g')
    g.setAttribute('transform', `translate(${round(item.box.left - left)},${round(item.box.top - top)})`)
    g.appendChild(item.el)
    body.appendChild(g)
  }
  out.appendChild(body)
  y += contentHeight + 16
  for (const line of text.footer) lines(line, 12, 400, '#4a4a4a', 2)
  const height = Math.ceil(y + PAD)
  out.setAttribute('width', String(width))
  out.setAttribute('height', String(height))
  out.setAttribute('viewBox', `0 0 ${width} ${height}`)
  return { svg: new XMLSerializer().serializeToString(out), width, height }
}

export function download(href: string, filename: string): void {
  const a = document.createElement('a')
  a.href = href
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** Rasterise the composed SVG at twice its size (sharp on projectors and in slides). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<string> {
  const img = new Image()
  img.decoding = 'sync'
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve()
    img.onerror = () => reject(new Error('The chart image could not be drawn'))
  })
  img.src = svgDataUrl(svg)
  await loaded
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('No canvas')
  ctx.scale(scale, scale)
  ctx.drawImage(img, 0, 0)
  return canvas.toDataURL('image/png')
}

export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'samenhang'
  )
}

/**
 * The base name of every file a figure downloads: its title, the selection (the subtitle's tail
 * after " · ") and the local calendar date — the same date the image and the CSV print.
 */
export function exportFileName(title: string, subtitle: string, isoDate: string): string {
  const selection = subtitle.includes(' · ') ? subtitle.slice(subtitle.indexOf(' · ') + 3) : ''
  return `${slug(title).slice(0, 40)}-${slug(selection).slice(0, 40)}-${isoDate}`.replace(/--+/g, '-')
}
