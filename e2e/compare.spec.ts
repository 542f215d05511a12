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

test.use({ viewport: { width: 1440, height: 900 } })

const map = (page: Page, lang: 'nl' | 'en' = 'nl') => page.getByRole('group', { name: lang === 'nl' ? 'Tegelkaart van de 12 provincies' : 'Tile map of the 12 provinces' })
const tile = (page: Page, name: string, lang: 'nl' | 'en' = 'nl') => map(page, lang).getByRole('button', { name: new RegExp(`^${name}`) })
const diffFigure = (page: Page) => page.locator('figure', { has: page.locator('.chart-subtitle', { hasText: /^(Verschil met Nederland als geheel|Difference from the Netherlands as a whole)/ }) })

for (const lang of ['nl', 'en'] as const) {
  test(`compare (${lang}): renders, zero axe violations, no console errors, no sideways scroll at 390 px`, async ({ page }) => {
    const errors = collectConsoleErrors(page)
    await page.goto(`/vergelijken?regio=PV20,PV26,PV29&jaar=2025${lang === 'en' ? '&taal=en' : ''}`)
    await expect(page.getByRole('heading', { level: 1, name: lang === 'nl' ? 'Regio’s vergelijken' : 'Compare regions' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(diffFigure(page)).toBeVisible()
    // hover a tile so the tooltip is part of the check, then open every table
    await tile(page, 'Utrecht', lang).hover()
    await expect(map(page, lang).locator('.tile-tooltip')).toBeVisible()
    const show = page.getByRole('button', { name: /Toon als tabel|Show as table/ })
    while ((await show.count()) > 0) await show.first().click()
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await page.screenshot({ path: `e2e-screens/compare-${lang}-1440.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(300)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const axeNarrow = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(axeNarrow.violations.map((v) => v.id)).toEqual([])
    await page.screenshot({ path: `e2e-screens/compare-${lang}-390.png`, fullPage: true })
    expect(errors).toEqual([])
  })
}

test('pick three provinces with the mouse, then reload: the URL restores the comparison', async ({ page, context }) => {
  await page.goto('/vergelijken?jaar=2025')
  await expect(map(page)).toBeVisible()
  await tile(page, 'Groningen').click()
  await tile(page, 'Utrecht').click()
  await tile(page, 'Zeeland').click()
  await expect(page).toHaveURL(/\/vergelijken\?regio=PV20,PV26,PV29&jaar=2025$/)
  await expect(diffFigure(page).getByRole('heading', { level: 4 })).toHaveText(['Groningen', 'Utrecht', 'Zeeland'])
  await expect(page.getByText('Groningen, Utrecht, Zeeland · Alle sectoren · 2025').first()).toBeVisible()

  const second = await context.newPage()
  await second.goto(page.url())
  await expect(diffFigure(second).getByRole('heading', { level: 4 })).toHaveText(['Groningen', 'Utrecht', 'Zeeland'])
  for (const name of ['Groningen', 'Utrecht', 'Zeeland']) await expect(tile(second, name)).toHaveAttribute('aria-pressed', 'true')
  expect(await diffFigure(second).locator('.chart-title').innerText()).toBe(await diffFigure(page).locator('.chart-title').innerText())
})

test('pick three provinces with the keyboard on the map', async ({ page }) => {
  await page.goto('/vergelijken?jaar=2025')
  await expect(map(page)).toBeVisible()
  // Tab through the page until the first tile (Fryslân, top row) has focus
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    if (await tile(page, 'Fryslân').evaluate((el) => el === document.activeElement)) break
  }
  await expect(tile(page, 'Fryslân')).toBeFocused()
  // focus shows value, interval and n
  await expect(map(page).locator('.tile-tooltip')).toContainText(/Fryslân\s*\d,\d+\s*95%-interval \d,\d+–\d,\d+\s*n = \d+/)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(tile(page, 'Groningen')).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\?regio=PV21,PV20,PV27&jaar=2025$/)
  await expect(diffFigure(page).getByRole('heading', { level: 4 })).toHaveText(['Fryslân', 'Groningen', 'Noord-Holland'])
})

test('the CSV of the comparison holds exactly the numbers in its table', async ({ page }) => {
  await page.goto('/vergelijken?regio=PV20,PV26,PV29&jaar=2025&niveau=individual')
  const fig = diffFigure(page)
  await expect(fig).toBeVisible()
  await fig.getByRole('button', { name: 'Toon als tabel' }).click()
  const shown = await fig.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')))
  const download = await downloadFigure(page, fig, 'csv-nl')
  const file = await download.path()
  const text = readFileSync(file!, 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  // the last four fields say where the numbers come from; the file has no quoted separators before them
  const lines = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(';'))
  expect(lines.length - 1).toBe(shown.length)
  // a number in the file keeps the ASCII hyphen-minus (spreadsheets read it); the screen prints
  // U+2212 (rounding rule, ADR 0008). Only the numeric fields are mapped: names keep their hyphens.
  const onScreen = (csv: string) => csv.replaceAll('-', MINUS)
  // n: the file writes the count without grouping, the Dutch screen groups thousands with a dot
  const ungrouped = (shownN: string) => shownN.replaceAll('.', '')
  lines.slice(1).forEach((l, i) => {
    const s = shown[i]
    expect([l[2], l[4], l[5]]).toEqual([s[0], s[1], s[2]])
    expect(l[6] ? onScreen(l[6]) : '—').toBe(s[3])
    expect(l[7] ? `${onScreen(l[7])} – ${onScreen(l[8])}` : '—').toBe(s[4])
    expect(l[9] || '—').toBe(ungrouped(s[5]))
    expect(l[10] ? onScreen(l[10]) : '—').toBe(s[6].replace(/^\+/, ''))
    expect(l[11] ? `${onScreen(l[11])} – ${onScreen(l[12])}` : '—').toBe(s[7])
    expect(l[13] || '—').toBe(s[8])
  })
})

test('more than six provinces in the URL are trimmed with a notice', async ({ page }) => {
  await page.goto('/vergelijken?regio=PV20,PV21,PV22,PV23,PV24,PV25,PV26,PV27,PV99&jaar=2025')
  await expect(page.getByText(/Er passen hoogstens 6 tegelijk\. Weggelaten: Utrecht, Noord-Holland\./)).toBeVisible()
  await expect(page.getByText(/Provincie "PV99" in het adres bestaat niet/)).toBeVisible()
  await expect(page).toHaveURL(/\?regio=PV20,PV21,PV22,PV23,PV24,PV25&jaar=2025$/)
  await expect(diffFigure(page).getByRole('heading', { level: 4 })).toHaveCount(6)
})

for (const lang of ['nl', 'en'] as const) {
  test(`compare (${lang}): with a boundary file, the map draws 12 shapes in the tile classes; a click adds; zero axe violations`, async ({ page }) => {
    const errors = collectConsoleErrors(page)
    await page.goto(`/vergelijken?jaar=2025${lang === 'en' ? '&taal=en' : ''}`)
    await expect(map(page, lang)).toBeVisible()
    const tileFill = Object.fromEntries(
      await map(page, lang)
        .locator('[data-province]')
        .evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.province!, getComputedStyle(e).backgroundColor])),
    )
    await page.getByRole('radio', { name: lang === 'nl' ? 'Kaart' : 'Map' }).check()
    const geo = page.getByRole('group', { name: lang === 'nl' ? 'Kaart van de provincies' : 'Map of the provinces' })
    const shapes = geo.locator('path[data-province]')
    await expect(shapes).toHaveCount(12)
    const fills = await shapes.evaluateAll((els) => els.map((e) => [e.getAttribute('data-province')!, getComputedStyle(e).fill]))
    for (const [code, fill] of fills) {
      if (fill.startsWith('url(')) expect(tileFill[code], code).toBe('rgba(0, 0, 0, 0)')
      else expect(fill, code).toBe(tileFill[code])
    }
    await geo.getByRole('button', { name: /^Utrecht/ }).hover()
    await expect(page.locator('.province-map .map-tooltip')).toBeVisible()
    await geo.getByRole('button', { name: /^Utrecht/ }).click()
    await expect(page).toHaveURL(/regio=PV26/)
    await expect(diffFigure(page).getByRole('heading', { level: 4 })).toHaveText(['Utrecht'])
    await geo.getByRole('button', { name: /^Groningen/ }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/regio=PV26,PV20/)
    await expect(geo.getByRole('button', { name: /^Groningen/ })).toHaveAttribute('aria-pressed', 'true')
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await page.screenshot({ path: `e2e-screens/compare-map-${lang}-1440.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    const axeNarrow = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(axeNarrow.violations.map((v) => v.id)).toEqual([])
    await page.screenshot({ path: `e2e-screens/compare-map-${lang}-390.png`, fullPage: true })
    expect(errors).toEqual([])
  })
}
