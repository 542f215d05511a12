/**
 * PNG and SVG exports of a chart that carry their own context: title, subtitle (the filters),
 * the chart, a source line with the date and, for synthetic data, the notice. Built from the
 * chart's SVG in the page; nothing is sent anywhere.
 */
import { HATCH_ID } from './patterns'

export interface ExportText {
  title: string
  subtitle: string
  /** source, date and (for the demo data) the synthetic notice, one line each */
  footer: string[]
}

const NS = 'http://www.w3.org/2000/svg'
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

function wrap(text: string, maxChars: number): string[] {
  const words = text.split(' ')
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    if ((line + ' ' + w).trim().length > maxChars && line) {
      lines.push(line)
      line = w
    } else line = (line + ' ' + w).trim()
  }
  if (line) lines.push(line)
  return lines
}

function textEl(doc: Document, x: number, y: number, content: string, size: number, weight = 400, fill = '#1a1a1a'): SVGTextElement {
  const t = doc.createElementNS(NS, 'text')
  t.setAttribute('x', String(x))
  t.setAttribute('y', String(y))
  t.setAttribute('font-size', String(size))
  t.setAttribute('font-weight', String(weight))
  t.setAttribute('fill', fill)
  t.textContent = content
  return t
}

/** The chart SVGs inside a figure, composed into one standalone SVG document (as text). */
export function composeSvg(figure: HTMLElement, text: ExportText): { svg: string; width: number; height: number } | undefined {
  // the outermost SVGs of the chart (Recharts draws one per chart; small multiples draw several)
  const main = [...figure.querySelectorAll<SVGSVGElement>('.chart-body svg')].filter((s) => !s.parentElement?.closest('svg'))
  if (main.length === 0) return undefined
  const doc = document
  const pad = 24
  const widthOf = (s: SVGSVGElement) => Number(s.getAttribute('width')) || s.getBoundingClientRect().width
  const heightOf = (s: SVGSVGElement) => Number(s.getAttribute('height')) || s.getBoundingClientRect().height
  const width = Math.max(640, ...main.map(widthOf)) + pad * 2
  const titleLines = wrap(text.title, Math.floor(width / 11))
  const subLines = wrap(text.subtitle, Math.floor(width / 7.5))
  let y = pad + 20
  const out = doc.createElementNS(NS, 'svg')
  out.setAttribute('xmlns', NS)
  out.setAttribute('font-family', FONT)
  const defs = doc.createElementNS(NS, 'defs')
  const hatch = document.getElementById(HATCH_ID)
  if (hatch) defs.appendChild(hatch.cloneNode(true))
  out.appendChild(defs)
  const bg = doc.createElementNS(NS, 'rect')
  bg.setAttribute('width', '100%')
  bg.setAttribute('height', '100%')
  bg.setAttribute('fill', '#ffffff')
  out.appendChild(bg)
  for (const l of titleLines) {
    out.appendChild(textEl(doc, pad, y, l, 20, 700))
    y += 26
  }
  for (const l of subLines) {
    out.appendChild(textEl(doc, pad, y, l, 14, 400, '#4a4a4a'))
    y += 20
  }
  y += 8
  for (const s of main) {
    const g = doc.createElementNS(NS, 'g')
    g.setAttribute('transform', `translate(${pad},${y})`)
    const clone = s.cloneNode(true) as SVGSVGElement
    clone.removeAttribute('class')
    clone.removeAttribute('role')
    clone.removeAttribute('tabindex')
    clone.removeAttribute('style')
    clone.setAttribute('width', String(widthOf(s)))
    clone.setAttribute('height', String(heightOf(s)))
    g.appendChild(clone)
    out.appendChild(g)
    y += heightOf(s) + 8
  }
  y += 12
  for (const line of text.footer) {
    for (const l of wrap(line, Math.floor(width / 7))) {
      out.appendChild(textEl(doc, pad, y, l, 12, 400, '#4a4a4a'))
      y += 17
    }
  }
  const height = y + pad
  out.setAttribute('width', String(width))
  out.setAttribute('height', String(height))
  out.setAttribute('viewBox', `0 0 ${width} ${height}`)
  const title = doc.createElementNS(NS, 'title')
  title.textContent = text.title
  out.insertBefore(title, out.firstChild)
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
