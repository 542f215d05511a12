// Screenshot a page in headless Chromium: node scripts/screenshot.mjs URL OUT.png [width] [height]
/* global window, document -- used inside page.evaluate, which runs in the browser */
import { chromium } from 'playwright-core'

const [url, out, width = '1440', height = '900'] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } })
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()) })
page.on('pageerror', (e) => console.error('pageerror:', e.message))
await page.goto(url, { waitUntil: 'networkidle' })
await page.waitForTimeout(400)
// SCROLL=y takes one viewport-sized shot at that offset instead of the full page
if (process.env.SCROLL) {
  await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL))
  await page.waitForTimeout(150)
  await page.screenshot({ path: out })
} else {
  await page.screenshot({ path: out, fullPage: true })
}
const sw = await page.evaluate(() => document.documentElement.scrollWidth)
console.log(`saved ${out}; scrollWidth ${sw} at viewport ${width}`)
await browser.close()
