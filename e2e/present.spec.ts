import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { downloadFigure } from './figure-helpers'

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function pin(page: Page, url: string, nth: number) {
  await page.goto(url)
  const buttons = page.getByRole('button', { name: /^(Vastzetten in presentatie|Pin to presentation):/ })
  await expect(buttons.nth(nth)).toBeVisible()
  await buttons.nth(nth).click()
  await expect(page.getByText(/Vastgezet als dia|Pinned as slide/)).toBeVisible()
}

test('build a three-slide deck, present it by keyboard, reload the deck link', async ({ page }) => {
  await pin(page, '/?regio=PV20&jaar=2025', 0)
  await pin(page, '/?regio=PV20&jaar=2025', 2)
  await pin(page, '/sectoren?sector=GEM,RIJK,PO&jaar=2025', 1)
  await page.goto('/presentatie')
  await expect(page.getByRole('heading', { name: 'Dia 3' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Titel van dia 1' }).fill('Groningen: waar zit de zwakke schakel?')
  await page.getByRole('textbox', { name: 'Sprekersnotities bij dia 1' }).fill('Begin met het regionale niveau.')
  // reorder: slide 3 up
  await page.getByRole('button', { name: 'Dia 3 omhoog' }).click()
  expect(await axe(page)).toEqual([])
  await page.screenshot({ path: 'e2e-screens/presentation-editor-nl.png', fullPage: true })

  await page.getByRole('button', { name: 'Presenteren' }).click()
  await expect(page).toHaveURL(/dia=1/)
  await expect(page.getByRole('heading', { name: 'Groningen: waar zit de zwakke schakel?' })).toBeVisible()
  await expect(page.locator('figure.is-isolated')).toHaveCount(1)
  await expect(page.getByText('Dia 1 van 3')).toBeVisible()
  // speaker notes are not on the slide
  await expect(page.getByText('Begin met het regionale niveau.')).toHaveCount(0)
  expect(await axe(page)).toEqual([])
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.waitForTimeout(300)
  await page.screenshot({ path: 'e2e-screens/presentation-slide1-nl.png' })
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText('Dia 2 van 3')).toBeVisible()
  await page.keyboard.press('PageDown')
  await expect(page.getByText('Dia 3 van 3')).toBeVisible()
  await page.screenshot({ path: 'e2e-screens/presentation-slide3-nl.png' })
  await page.keyboard.press('PageUp')
  await expect(page.getByText('Dia 2 van 3')).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByText('Dia 1 van 3')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page).not.toHaveURL(/dia=/)
  await expect(page.getByRole('heading', { name: 'Dia 1' })).toBeVisible()

  // the deck link restores the same slides in a fresh browser context (no local storage)
  const link = page.url()
  expect(link).toContain('deck=')
  const fresh = await page.context().browser()!.newContext({ baseURL: new URL(link).origin })
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(other.getByRole('textbox', { name: 'Titel van dia 1' })).toHaveValue('Groningen: waar zit de zwakke schakel?')
  const titles = await other.getByRole('textbox', { name: /^Titel van dia/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
  expect(titles).toHaveLength(3)
  await fresh.close()

  // English presenting passes axe too
  await page.goto(`${new URL(link).pathname}${new URL(link).search}&dia=2&taal=en`)
  await expect(page.getByText('Slide 2 of 3')).toBeVisible()
  expect(await axe(page)).toEqual([])
})

test('export PNG, SVG and CSV from a chart', async ({ page }) => {
  await page.goto('/?regio=PV20&sector=GEM&jaar=2025')
  const frame = page.locator('figure[data-figure="overview.pillars"]')
  await expect(frame).toBeVisible()
  const title = (await frame.locator('.chart-title').innerText()).trim()

  const svgDownload = await downloadFigure(page, frame, 'svg')
  const svg = readFileSync((await svgDownload.path())!, 'utf8')
  expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  expect(svg).toContain(title.replace(/&/g, '&amp;'))
  expect(svg).toContain('synthetische demodata')
  expect(svg).toContain('Groningen · Gemeenten')
  const parsed = await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').getElementsByTagName('parsererror').length, svg)
  expect(parsed).toBe(0)

  const pngDownload = await downloadFigure(page, frame, 'png')
  const png = readFileSync((await pngDownload.path())!)
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  expect(width).toBeGreaterThanOrEqual(1200)
  expect(height).toBeGreaterThan(400)

  const csvDownload = await downloadFigure(page, frame, 'csv-nl')
  const csv = readFileSync((await csvDownload.path())!, 'utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  const rows = csv.slice(1).trim().split('\r\n').map((l) => l.split(';'))
  // the numbers in the CSV are the numbers in the chart's table
  await frame.getByRole('button', { name: 'Toon als tabel' }).click()
  const table = await frame.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent?.trim())))
  expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(table.map((r) => [r[0], r[1], r[2]]))
})

test('the PDF of a view: A4 landscape, one chart per page, no navigation', async ({ page }) => {
  await page.goto('/?regio=PV20&jaar=2025')
  await expect(page.locator('figure.chart-frame').first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.views-nav')).toBeHidden()
  await expect(page.locator('.filter-bar')).toBeHidden()
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
  const { writeFileSync } = await import('node:fs')
  writeFileSync('e2e-screens/overview.pdf', pdf)
  const frames = await page.locator('figure.chart-frame').count()
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  // a first page with the findings, then one page per chart
  expect(pages).toBe(frames + 1)
})

test('embed mode shows one chart without the app chrome', async ({ page }) => {
  await page.goto('/?regio=PV20&jaar=2025&embed=1&grafiek=overview.pillars')
  await expect(page.locator('figure.is-isolated')).toHaveCount(1)
  await expect(page.locator('figure.chart-frame:visible')).toHaveCount(1)
  await expect(page.locator('.views-nav')).toHaveCount(0)
  await expect(page.locator('.embed-credit')).toContainText('Demodata (synthetisch)')
  expect(await axe(page)).toEqual([])
})
