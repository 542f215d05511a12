/**
 * Interaction: in Chromium, the time from a filter change to the next paint with every chart
 * updated, median and p95 over 30 changes; unthrottled and with 4× CPU throttling. Also the JS
 * heap before and after the changes (after a forced GC), to show it does not grow.
 *
 * How it is measured: inside the page, the year <select> is changed (a real `change` event, as
 * a user's choice), then we wait until the overview is no longer busy and every chart subtitle
 * names the new year, then for the next animation frame to be painted (two rAFs).
 */
import { chromium, type Page } from 'playwright-core'
// @ts-expect-error plain ESM helper without types
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { median, percentile } from './server-process'

export interface InteractionFigures {
  changes: number
  medianMs: number
  p95Ms: number
  maxMs: number
}

/** Long tasks while scrolling the overview from top to bottom at 4× CPU (charts mount on the way). */
export interface ScrollFigures {
  /** tasks over 50 ms */
  count: number
  maxMs: number
  sumMs: number
  /** tasks over 200 ms (the target is none) */
  over200: number
}

export interface InteractionResult {
  url: string
  /** year change → next paint (the subtitles name the new year) */
  unthrottled: InteractionFigures
  throttled4x: InteractionFigures
  /** year change → every chart near the viewport drawn with the new data */
  drawn: InteractionFigures
  drawn4x: InteractionFigures
  regionChange: InteractionFigures
  heapMiB: { before: number; after: number }
  /** every sample, for merging interleaved rounds */
  raw: { unthrottled: number[]; throttled4x: number[]; drawn: number[]; drawn4x: number[]; region: number[] }
}

/**
 * A year change: the time to the next paint with every subtitle naming the new year (what the
 * reader sees first), and the time until every chart near the viewport is drawn with the new data
 * (no `.chart-canvas[data-pending="near"]` left, then two frames).
 */
async function changeAndWait(page: Page, selectLabel: string, value: string, expect: string): Promise<{ paint: number; drawn: number }> {
  return page.evaluate(
    async ({ selectLabel, value, expect }) => {
      const select = [...document.querySelectorAll('select')].find((s) => s.closest('label')?.textContent?.includes(selectLabel))
      if (!select) throw new Error(`no select ${selectLabel}`)
      const done = () => {
        const view = document.querySelector('.view')
        if (!view || view.getAttribute('aria-busy') === 'true') return false
        const subs = [...document.querySelectorAll('.chart-subtitle')]
        return subs.length > 0 && subs.every((s) => s.textContent?.includes(expect))
      }
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      const t0 = performance.now()
      select.value = value
      select.dispatchEvent(new Event('change', { bubbles: true }))
      await new Promise<void>((resolve) => {
        const check = () => (done() ? resolve() : requestAnimationFrame(check))
        check()
      })
      await frames()
      const paint = performance.now() - t0
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelector('.chart-canvas[data-pending="near"]') ? setTimeout(check, 5) : resolve())
        check()
      })
      await frames()
      return { paint, drawn: performance.now() - t0 }
    },
    { selectLabel, value, expect },
  )
}

async function clickAndWait(page: Page, province: string, expect: string): Promise<number> {
  const summary = page.locator('summary', { hasText: /Provincie|Province/ })
  if (!(await page.locator('details.filter[open]').count())) await summary.click()
  return page.evaluate(async ({ province, expect }) => {
    const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) => b.parentElement?.textContent?.trim() === province)
    if (!box) throw new Error(`no checkbox ${province}`)
    const t0 = performance.now()
    box.click()
    await new Promise<void>((resolve) => {
      const check = () => {
        const view = document.querySelector('.view')
        const subs = [...document.querySelectorAll('.chart-subtitle')]
        if (view && view.getAttribute('aria-busy') !== 'true' && subs.length > 0 && subs.every((s) => s.textContent?.includes(expect))) resolve()
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    return performance.now() - t0
  }, { province, expect })
}

export function figures(xs: number[]): InteractionFigures {
  const r = (x: number) => Math.round(x * 10) / 10
  if (xs.length === 0) return { changes: 0, medianMs: 0, p95Ms: 0, maxMs: 0 }
  return { changes: xs.length, medianMs: r(median(xs)), p95Ms: r(percentile(xs, 95)), maxMs: r(Math.max(...xs)) }
}

async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return Math.round((usedSize / 1024 / 1024) * 10) / 10
}

/**
 * Scrolls the overview from top to bottom at 4× CPU throttling, 200 px every 100 ms, and collects
 * the long tasks (PerformanceObserver) from the first scroll to 1.5 s after the bottom.
 */
export async function runScrollBench(baseUrl: string): Promise<ScrollFigures> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.addInitScript('window.__name = (f) => f')
    await page.goto(`${baseUrl}/?regio=PV20&jaar=2025`, { waitUntil: 'networkidle' })
    await page.getByRole('heading', { name: 'Belangrijkste bevindingen' }).waitFor()
    await page.waitForTimeout(1500)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const tasks = await page.evaluate(async () => {
      const seen: number[] = []
      const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration)))
      po.observe({ type: 'longtask' })
      const height = document.documentElement.scrollHeight
      for (let y = 0; y <= height; y += 200) {
        window.scrollTo(0, y)
        await new Promise((r) => setTimeout(r, 100))
      }
      await new Promise((r) => setTimeout(r, 1500))
      po.disconnect()
      return seen
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    const r = (x: number) => Math.round(x)
    return { count: tasks.length, maxMs: r(Math.max(0, ...tasks)), sumMs: r(tasks.reduce((a, b) => a + b, 0)), over200: tasks.filter((t) => t > 200).length }
  } finally {
    await browser.close()
  }
}

export function formatScroll(name: string, xs: readonly ScrollFigures[]): string {
  const med = (f: (x: ScrollFigures) => number) => median(xs.map(f))
  return `  ${name.padEnd(26)} long tasks scrolling at 4× CPU: median of ${xs.length} runs ${med((x) => x.count)} tasks, max ${med((x) => x.maxMs)} ms, sum ${med((x) => x.sumMs)} ms, over 200 ms: ${med((x) => x.over200)}  (runs: ${xs.map((x) => `${x.maxMs}/${x.sumMs}`).join(', ')} ms max/sum)`
}

export async function runInteractionBench(baseUrl: string, changes = 30, regionToggles = 10): Promise<InteractionResult> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    // tsx (esbuild keepNames) wraps named functions in __name(); define it for code sent to the page
    await page.addInitScript('window.__name = (f) => f')
    const url = `${baseUrl}/?regio=PV20&jaar=2025`
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.getByRole('heading', { name: 'Belangrijkste bevindingen' }).waitFor()
    const years = ['2024', '2025']
    // warm up: first visit of each year
    for (const y of years) await changeAndWait(page, 'Jaar', y, y)
    const heapBefore = await heapMiB(page)
    const plain: number[] = []
    const plainDrawn: number[] = []
    for (let i = 0; i < changes; i++) {
      const y = years[i % 2]
      const t = await changeAndWait(page, 'Jaar', y, y)
      plain.push(t.paint)
      plainDrawn.push(t.drawn)
    }
    const heapAfter = await heapMiB(page)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const slow: number[] = []
    const slowDrawn: number[] = []
    for (let i = 0; i < changes; i++) {
      const y = years[i % 2]
      const t = await changeAndWait(page, 'Jaar', y, y)
      slow.push(t.paint)
      slowDrawn.push(t.drawn)
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    // region toggles refetch from the API (the query cache keeps earlier answers)
    const region: number[] = []
    for (let i = 0; i < regionToggles; i++) region.push(await clickAndWait(page, 'Utrecht', i % 2 === 0 ? 'Groningen, Utrecht ·' : 'Groningen ·'))
    return {
      url,
      unthrottled: figures(plain),
      throttled4x: figures(slow),
      drawn: figures(plainDrawn),
      drawn4x: figures(slowDrawn),
      regionChange: figures(region),
      heapMiB: { before: heapBefore, after: heapAfter },
      raw: { unthrottled: plain, throttled4x: slow, drawn: plainDrawn, drawn4x: slowDrawn, region },
    }
  } finally {
    await browser.close()
  }
}

export function formatInteraction(name: string, r: InteractionResult): string {
  const f = (n: string, x: InteractionFigures) => `  ${n.padEnd(26)} median ${x.medianMs} ms  p95 ${x.p95Ms} ms  max ${x.maxMs} ms  (${x.changes} changes)`
  return [
    `Interaction (${name}): filter change → next paint with all charts updated`,
    f('year → next paint', r.unthrottled),
    f('year → next paint, 4× CPU', r.throttled4x),
    f('year → charts drawn', r.drawn),
    f('year → charts drawn, 4× CPU', r.drawn4x),
    ...(r.regionChange.changes > 0 ? [f('province toggle', r.regionChange)] : []),
    `  JS heap after GC: ${r.heapMiB.before} MiB before, ${r.heapMiB.after} MiB after ${r.unthrottled.changes} changes`,
  ].join('\n')
}
