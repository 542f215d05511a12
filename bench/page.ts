/**
 * Page: Lighthouse 12.2.3 with Debian's Chromium against the production server, median of 3 runs,
 * mobile (Lighthouse's default simulated throttling) and desktop: performance, LCP, TBT, CLS,
 * accessibility.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { median } from './server-process'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface PageFigures {
  performance: number
  accessibility: number
  lcpMs: number
  tbtMs: number
  cls: number
  fcpMs: number
}

export interface PageResult {
  url: string
  runs: number
  mobile: PageFigures
  desktop: PageFigures
  all: { mobile: PageFigures[]; desktop: PageFigures[] }
}

function lighthouse(url: string, preset: 'mobile' | 'desktop'): PageFigures {
  const dir = mkdtempSync(path.join(tmpdir(), 'samenhang-lh-'))
  const out = path.join(dir, 'report.json')
  const chrome = findChromium()
  if (!chrome) throw new Error('No Chromium for Lighthouse (apt-get install -y chromium)')
  const args = [
    path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    `--chrome-flags=${[...CHROMIUM_ARGS, `--user-data-dir=${path.join(dir, 'profile')}`].join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ]
  const r = spawnSync(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', timeout: 180_000 })
  if (r.status !== 0) throw new Error(`lighthouse failed (${r.status}): ${r.stderr?.slice(-2000)}`)
  const report = JSON.parse(readFileSync(out, 'utf8'))
  rmSync(dir, { recursive: true, force: true })
  const audit = (id: string) => report.audits[id]?.numericValue as number
  return {
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    fcpMs: Math.round(audit('first-contentful-paint')),
  }
}

function medianFigures(xs: PageFigures[]): PageFigures {
  const keys = Object.keys(xs[0]) as (keyof PageFigures)[]
  return Object.fromEntries(keys.map((k) => [k, median(xs.map((x) => x[k]))])) as unknown as PageFigures
}

export async function runPageBench(baseUrl: string, runs = 3, log: (s: string) => void = console.error): Promise<PageResult> {
  const [r] = await runPageBenchAB([{ name: 'current', baseUrl }], runs, log)
  return r
}

/**
 * Several builds measured in turn, run by run (A, B, A, B, …), so that a busy spell of the shared
 * machine falls on all of them alike; medians per build.
 */
export async function runPageBenchAB(targets: readonly { name: string; baseUrl: string }[], runs = 3, log: (s: string) => void = console.error): Promise<(PageResult & { name: string })[]> {
  const all = targets.map(() => ({ mobile: [] as PageFigures[], desktop: [] as PageFigures[] }))
  for (let i = 0; i < runs; i++) {
    for (const preset of ['mobile', 'desktop'] as const) {
      targets.forEach((t, k) => {
        const f = lighthouse(`${t.baseUrl}/?regio=PV20&jaar=2025`, preset)
        all[k][preset].push(f)
        log(`  lighthouse ${t.name} ${preset} run ${i + 1}: performance ${f.performance}, LCP ${f.lcpMs} ms, TBT ${f.tbtMs} ms, CLS ${f.cls}, a11y ${f.accessibility}`)
      })
    }
  }
  return targets.map((t, k) => ({ name: t.name, url: `${t.baseUrl}/?regio=PV20&jaar=2025`, runs, mobile: medianFigures(all[k].mobile), desktop: medianFigures(all[k].desktop), all: all[k] }))
}

export function formatPage(r: PageResult): string {
  const line = (name: string, f: PageFigures) =>
    `  ${name.padEnd(8)} performance ${f.performance}  LCP ${f.lcpMs} ms  TBT ${f.tbtMs} ms  CLS ${f.cls}  FCP ${f.fcpMs} ms  accessibility ${f.accessibility}`
  return [`Lighthouse 12.2.3, median of ${r.runs} runs, ${r.url}`, line('mobile', r.mobile), line('desktop', r.desktop)].join('\n')
}
