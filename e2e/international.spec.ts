import AxeBuilder from '@axe-core/playwright'
import { downloadFigure } from './figure-helpers'
import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

test.use({ viewport: { width: 1440, height: 900 } })
const mapFigure = (page: Page) => page.locator('figure', { has: page.locator('.europe-map, .map-loading') })
const timeFigure = (page: Page) => page.locator('figure', { has: page.locator('.chart-subtitle', { hasText: /per (jaar|year), (landelijk niveau|national level)/ }) })
/**
 * The line of one unit in the chart over time (one `.trend-series` group per series, marked with
 * the unit's id; its runs, points and end label carry the same id). A chart is drawn only when it
 * comes near the viewport (ChartBox), so the reader's scroll to it comes first.
 */
async function timeLine(page: Page, id: string) {
  await timeFigure(page).scrollIntoViewIfNeeded()
  return timeFigure(page).locator(`.trend-series[data-series="${id}"]`)
}

async function openEveryTable(page: Page) {
  const show = page.getByRole('button', { name: /Toon als tabel|Show as table/ })
  while ((await show.count()) > 0) await show.first().click()
}

for (const lang of ['nl', 'en'] as const) {
  test(`international (${lang}): map, zero axe violations, no console errors, no sideways scroll at 390 px`, async ({ page }) => {
    const errors = collectConsoleErrors(page)
    await page.goto(`/internationaal?jaar=2025${lang === 'en' ? '&taal=en' : ''}`)
    await expect(page.getByRole('heading', { level: 1, name: lang === 'nl' ? 'Internationaal' : 'International' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(mapFigure(page).locator('path[data-country]')).toHaveCount(11)
    // hover France: the tooltip gives value, interval, n and place
    await mapFigure(page).locator('path[data-country="FR"]').hover()
    await expect(mapFigure(page).locator('.map-tooltip')).toContainText(lang === 'nl' ? /Frankrijk\s*\d,\d+\s*95%-interval/ : /France\s*\d\.\d+\s*95% interval/)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `e2e-screens/international-${lang}-1440.png`, fullPage: true })
    await openEveryTable(page)
    const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    await expect(mapFigure(page).locator('path[data-country]')).toHaveCount(11)
    await page.waitForTimeout(300)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `e2e-screens/international-${lang}-390.png`, fullPage: true })
    await openEveryTable(page)
    const axeNarrow = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(axeNarrow.violations.map((v) => v.id)).toEqual([])
    expect(errors).toEqual([])
  })
}

test('add countries to the chart over time with the mouse on the map and with the keyboard in the list; a reload restores them', async ({ page, context }) => {
  await page.goto('/internationaal?jaar=2025')
  await expect(mapFigure(page).locator('path[data-country]')).toHaveCount(11)
  await mapFigure(page).locator('path[data-country="ES"]').click()
  await expect(page).toHaveURL(/\/internationaal\?jaar=2025&land=ES$/)
  await expect(await timeLine(page, 'ES')).toHaveCount(1)
  await expect(timeFigure(page).locator('.trend-point[data-series="ES"]')).not.toHaveCount(0)
  await expect(mapFigure(page).locator('path[data-country="ES"]')).toHaveAttribute('stroke-dasharray', '4 3')
  // keyboard: Tab into the list beside the map until Belgium's button has focus, then Enter
  const belgium = page.getByRole('button', { name: 'België toevoegen aan de grafiek over de tijd' })
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    if (await belgium.evaluate((el) => el === document.activeElement)) break
  }
  await expect(belgium).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/internationaal\?jaar=2025&land=ES,BE$/)
  await expect(page.getByText('België staat nu in de grafiek over de tijd.')).toBeAttached()
  const second = await context.newPage()
  await second.goto(page.url())
  await expect(await timeLine(second, 'BE')).toHaveCount(1)
  await expect(await timeLine(second, 'ES')).toHaveCount(1)
  await expect(second.getByRole('button', { name: 'België', exact: true })).toHaveAttribute('aria-pressed', 'true')
})

test('the first view does not load the map, its shapes or the international view', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url())
  })
  await page.goto('/?jaar=2025')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('figure').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((u) => /countries-110m|InternationalView/.test(u))).toEqual([])
  // going there loads them
  await page.getByRole('navigation').getByRole('link', { name: 'Internationaal', exact: true }).click()
  await expect(mapFigure(page).locator('path[data-country]')).toHaveCount(11)
  expect(scripts.some((u) => /InternationalView/.test(u))).toBe(true)
  expect(scripts.some((u) => /countries-110m/.test(u))).toBe(true)
})

test('the Europe map and the trend panels download as PNG and SVG images', async ({ page }) => {
  await page.goto('/internationaal?jaar=2025')
  const map = mapFigure(page)
  await expect(map.locator('path[data-country]')).toHaveCount(11)
  const png = await downloadFigure(page, map, 'png')
  expect(png.suggestedFilename()).toMatch(/\.png$/)
  const svg = await downloadFigure(page, map, 'svg')
  const text = await readFile((await svg.path())!, 'utf8')
  // the map's shapes and the hatch pattern travel with the image
  expect(text).toContain('data-country="NL"')
  expect(text).toContain('samenhang-hatch')
  await expect(map.locator('.state-error')).toHaveCount(0)
  await page.goto('/trends?regio=PV24&jaar=2025')
  const trends = page.locator('figure', { has: page.locator('.chart-subtitle', { hasText: /^Technologisch \(T\) en sociaal \(S\) per jaar/ }) })
  const trendPng = await downloadFigure(page, trends, 'png')
  expect(trendPng.suggestedFilename()).toMatch(/\.png$/)
  await expect(trends.locator('.state-error')).toHaveCount(0)
})
