/**
 * Bundle: gzipped size of the JS and CSS the first view loads, of every chunk, and the share of
 * each major dependency (by rendered module size, from the bundler's own module list).
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'vite'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface BundleResult {
  /** what the first view loads before any chart is drawn: the entry chunk, its static imports and the CSS */
  firstView: { jsGzipKB: number; cssGzipKB: number; files: string[] }
  /** the Recharts chunk and the chart drawings, requested after the first paint (ADR 0012) */
  charts: { rechartsGzipKB: number; drawingsGzipKB: number; inFirstView: boolean }
  chunks: { file: string; rawKB: number; gzipKB: number; firstView: boolean }[]
  totalJsGzipKB: number
  /** share of the rendered JS by package (app code = "app") */
  dependencies: { name: string; share: number; renderedKB: number }[]
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10

function packageOf(id: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.replace(/\\/g, '/'))
  if (!m) return 'app'
  const name = m[1]
  if (name.startsWith('@tanstack/')) return '@tanstack/query'
  if (name.startsWith('d3-') || name === 'victory-vendor' || name === 'internmap') return 'd3 (via recharts)'
  if (name.startsWith('@reduxjs') || name === 'redux' || name === 'immer' || name === 'reselect' || name.startsWith('react-redux') || name === 'redux-thunk')
    return 'redux (via recharts)'
  return name
}

export async function runBundleBench(outDir = path.join(ROOT, 'node_modules/.bench-dist')): Promise<BundleResult> {
  const rendered = new Map<string, number>()
  const imports = new Map<string, string[]>()
  let entry = ''
  const collect: Plugin = {
    name: 'bench-collect',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        if (chunk.isEntry) entry = chunk.fileName
        imports.set(chunk.fileName, chunk.imports)
        for (const [id, m] of Object.entries(chunk.modules)) {
          const p = packageOf(id)
          rendered.set(p, (rendered.get(p) ?? 0) + m.renderedLength)
        }
      }
    },
  }
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins: [collect] })
  // first view: the entry chunk and everything it imports statically, plus the CSS index.html links
  const first = new Set<string>()
  const walk = (f: string) => {
    if (first.has(f)) return
    first.add(f)
    for (const i of imports.get(f) ?? []) walk(i)
  }
  walk(entry)
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8')
  for (const m of html.matchAll(/href="\/(assets\/[^"]+\.css)"/g)) first.add(m[1])
  const files = readdirSync(path.join(outDir, 'assets')).map((f) => `assets/${f}`)
  const chunks = files
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => {
      const buf = readFileSync(path.join(outDir, f))
      return { file: f, rawKB: kb(buf.length), gzipKB: kb(gzipSync(buf, { level: 9 }).length), firstView: first.has(f) }
    })
    .sort((a, b) => b.gzipKB - a.gzipKB)
  const sum = (xs: typeof chunks) => Math.round(xs.reduce((a, c) => a + c.gzipKB, 0) * 10) / 10
  const totalRendered = [...rendered.values()].reduce((a, b) => a + b, 0)
  const named = (prefix: string) => chunks.filter((c) => c.file.startsWith(`assets/${prefix}-`) && c.file.endsWith('.js'))
  return {
    charts: {
      rechartsGzipKB: sum(named('recharts')),
      drawingsGzipKB: sum(named('drawings')),
      inFirstView: [...named('recharts'), ...named('drawings')].some((c) => c.firstView),
    },
    firstView: {
      jsGzipKB: sum(chunks.filter((c) => c.firstView && c.file.endsWith('.js'))),
      cssGzipKB: sum(chunks.filter((c) => c.firstView && c.file.endsWith('.css'))),
      files: [...first],
    },
    chunks,
    totalJsGzipKB: sum(chunks.filter((c) => c.file.endsWith('.js'))),
    dependencies: [...rendered]
      .map(([name, n]) => ({ name, renderedKB: kb(n), share: Math.round((n / totalRendered) * 1000) / 10 }))
      .sort((a, b) => b.renderedKB - a.renderedKB)
      .slice(0, 12),
  }
}

export function formatBundle(r: BundleResult): string {
  return [
    `First view (before any chart): ${r.firstView.jsGzipKB} KB JS + ${r.firstView.cssGzipKB} KB CSS (gzip); all JS ${r.totalJsGzipKB} KB`,
    `Charts, after the first paint: Recharts chunk ${r.charts.rechartsGzipKB} KB + drawings ${r.charts.drawingsGzipKB} KB (gzip)${r.charts.inFirstView ? '  !! statically imported by the first view' : ''}`,
    ...r.chunks.map((c) => `  ${c.firstView ? '*' : ' '} ${c.file.padEnd(48)} ${String(c.gzipKB).padStart(7)} KB gz  (${c.rawKB} KB raw)`),
    'Share of rendered JS by package:',
    ...r.dependencies.map((d) => `  ${d.name.padEnd(28)} ${String(d.share).padStart(5)} %  (${d.renderedKB} KB raw)`),
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatBundle(await runBundleBench()))
}
