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

export interface InteractionResult {
  url: string
  unthrottled: InteractionFigures
  throttled4x: InteractionFigures
  regionChange: InteractionFigures
  heapMiB: { before: number; after: number }
}

async function changeAndWait(page: Page, selectLabel: string, value: string, expect: string): Promise<number> {
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
      const t0 = performance.now()
      select.value = value
      select.dispatchEvent(new Event('change', { bubbles: true }))
      await new Promise<void>((resolve) => {
        const check = () => (done() ? resolve() : requestAnimationFrame(check))
        check()
      })
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      return performance.now() - t0
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

function figures(xs: number[]): InteractionFigures {
  const r = (x: number) => Math.round(x * 10) / 10
  return { changes: xs.length, medianMs: r(median(xs)), p95Ms: r(percentile(xs, 95)), maxMs: r(Math.max(...xs)) }
}

async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return Math.round((usedSize / 1024 / 1024) * 10) / 10
}

export async function runInteractionBench(baseUrl: string, changes = 30): Promise<InteractionResult> {
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
    for (let i = 0; i < changes; i++) {
      const y = years[i % 2]
      plain.push(await changeAndWait(page, 'Jaar', y, y))
    }
    const heapAfter = await heapMiB(page)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const slow: number[] = []
    for (let i = 0; i < changes; i++) {
      const y = years[i % 2]
      slow.push(await changeAndWait(page, 'Jaar', y, y))
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    // region toggles refetch from the API (the query cache keeps earlier answers)
    const region: number[] = []
    for (let i = 0; i < 10; i++) region.push(await clickAndWait(page, 'Utrecht', i % 2 === 0 ? 'Groningen, Utrecht ·' : 'Groningen ·'))
    return { url, unthrottled: figures(plain), throttled4x: figures(slow), regionChange: figures(region), heapMiB: { before: heapBefore, after: heapAfter } }
  } finally {
    await browser.close()
  }
}

export function formatInteraction(name: string, r: InteractionResult): string {
  const f = (n: string, x: InteractionFigures) => `  ${n.padEnd(26)} median ${x.medianMs} ms  p95 ${x.p95Ms} ms  max ${x.maxMs} ms  (${x.changes} changes)`
  return [
    `Interaction (${name}): filter change → next paint with all charts updated`,
    f('year, unthrottled', r.unthrottled),
    f('year, 4× CPU throttling', r.throttled4x),
    f('province toggle', r.regionChange),
    `  JS heap after GC: ${r.heapMiB.before} MiB before, ${r.heapMiB.after} MiB after ${r.unthrottled.changes} changes`,
  ].join('\n')
}
