import AxeBuilder from '@axe-core/playwright'
import { downloadFigure } from './figure-helpers'
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { MINUS } from '../src/domain/format'

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
const pillars = (page: Page) => page.locator('figure', { has: page.locator('.chart-subtitle', { hasText: /^(Technologisch \(T\) en sociaal \(S\) per jaar|Technological \(T\) and social \(S\) per year)/ }) })

async function openEveryTable(page: Page) {
  const show = page.getByRole('button', { name: /Toon als tabel|Show as table/ })
  while ((await show.count()) > 0) await show.first().click()
}

for (const lang of ['nl', 'en'] as const) {
  test(`trends (${lang}): renders with Flevoland's gap, zero axe violations, no console errors, no sideways scroll at 390 px`, async ({ page }) => {
    const errors = collectConsoleErrors(page)
    await page.goto(`/trends?regio=PV24&jaar=2025${lang === 'en' ? '&taal=en' : ''}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    const panel = pillars(page).locator('[data-panel="regional_sectoral"]')
    await expect(panel.locator('.trend-gap')).toHaveCount(2)
    await expect(panel.locator('.trend-line')).toHaveCount(2)
    for (const d of await panel.locator('.trend-line').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-years')))) expect(d).toBe('2021-2025')
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `e2e-screens/trends-${lang}-1440.png`, fullPage: true })
    await openEveryTable(page)
    const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    await expect(pillars(page)).toBeVisible()
    await page.waitForTimeout(300)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `e2e-screens/trends-${lang}-390.png`, fullPage: true })
    await openEveryTable(page)
    const axeNarrow = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(axeNarrow.violations.map((v) => v.id)).toEqual([])
    expect(errors).toEqual([])
  })
}

test('focus a level with the keyboard; the address keeps it after a reload', async ({ page }) => {
  await page.goto('/trends?jaar=2025')
  await expect(pillars(page).getByRole('heading', { level: 4 })).toHaveCount(4)
  const chip = page.getByRole('button', { name: 'Organisatie', exact: true })
  await chip.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/trends\?jaar=2025&niveau=organisational$/)
  await expect(pillars(page).getByRole('heading', { level: 4 })).toHaveText(['Organisatie'])
  await page.reload()
  await expect(page.getByRole('button', { name: 'Organisatie', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await expect(pillars(page).getByRole('heading', { level: 4 })).toHaveText(['Organisatie'])
})

test('the CSV of the trends holds exactly the numbers in its table', async ({ page }) => {
  await page.goto('/trends?regio=PV24&jaar=2025&niveau=regional_sectoral')
  const fig = pillars(page)
  await fig.getByRole('button', { name: 'Toon als tabel' }).click()
  const shown = await fig.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')))
  const download = await downloadFigure(page, fig, 'csv-nl')
  const text = readFileSync((await download.path())!, 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const lines = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(';'))
  expect(lines.length - 1).toBe(shown.length)
  // numbers in the file keep the ASCII hyphen-minus, the screen prints U+2212 (ADR 0008); n is
  // written without grouping, the Dutch screen groups thousands with a dot
  const onScreen = (csv: string) => csv.replaceAll('-', MINUS)
  lines.slice(1).forEach((l, i) => {
    const s = shown[i]
    expect([l[1], l[2], l[3]]).toEqual([s[0], s[1], s[2]])
    expect(l[4] ? onScreen(l[4]) : '—').toBe(s[3])
    expect(l[5] ? `${onScreen(l[5])} – ${onScreen(l[6])}` : '—').toBe(s[4])
    expect(l[7] || '—').toBe(s[5].replaceAll('.', ''))
    expect(l[8] ? onScreen(l[8]) : '—').toBe(s[6].replace(/^\+/, ''))
    expect(l[9] ? `${onScreen(l[9])} – ${onScreen(l[10])}` : '—').toBe(s[7])
    expect(l[11]).toBe(s[8])
  })
  // 2019 and 2020 are empty in the file too
  expect(lines.filter((l) => l[3] === '2019' || l[3] === '2020').map((l) => l[4])).toEqual(['', '', '', ''])
})

test('two years on the overview and on the comparison: zero axe violations, screenshots', async ({ page }) => {
  const errors = collectConsoleErrors(page)
  await page.goto('/?jaar=2025')
  await page.getByRole('combobox', { name: /Twee jaren vergelijken/ }).selectOption('2019')
  await expect(page).toHaveURL(/\?jaar=2025&vergelijkjaar=2019$/)
  const overview = page.locator('figure', { has: page.locator('.chart-subtitle', { hasText: /^Verandering van 2019 tot 2025 per niveau/ }) })
  await expect(overview).toBeVisible()
  await expect(overview.locator('.chart-title')).toHaveText(/^Sinds 2019 (steeg|daalde)|^Tussen 2019 en 2025/)
  await overview.screenshot({ path: 'e2e-screens/overview-two-years-1440.png' })
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([])

  await page.goto('/vergelijken?regio=PV20,PV26,PV29&jaar=2025&vergelijkjaar=2019&taal=en')
  const change = page.locator('figure', { has: page.locator('.chart-subtitle', { hasText: /^Change of Readiness R from 2019 to 2025/ }) })
  await expect(change).toBeVisible()
  await expect(change.locator('.chart-title')).toHaveText(/^Since 2019, readiness R (rose|fell) in \d+ of the 12 provinces|^Between 2019 and 2025, no change/)
  await change.getByRole('button', { name: 'Show as table' }).click()
  await expect(change.locator('table tbody tr')).toHaveCount(13)
  await change.screenshot({ path: 'e2e-screens/compare-two-years-en-1440.png' })
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([])
  await page.setViewportSize({ width: 390, height: 844 })
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await change.screenshot({ path: 'e2e-screens/compare-two-years-en-390.png' })
  expect(errors).toEqual([])
})
