import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { writeFileSync } from 'node:fs'

test('every province and every sector profile renders, without console errors and with zero axe violations', async ({ page, request }) => {
  test.setTimeout(240_000)
  const meta = await (await request.get('/api/v1/meta')).json()
  const provinces: string[] = meta.regions.filter((r: { kind: string }) => r.kind === 'province').map((r: { code: string }) => r.code)
  const sectors: string[] = meta.sectors.map((s: { code: string }) => s.code)
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  const pages = [...provinces.map((c) => `/profiel?regio=${c}&jaar=2025`), ...sectors.map((c) => `/profiel?sector=${c}&jaar=2025`)]
  for (const [i, path] of pages.entries()) {
    // alternate the language, so both are checked across the set
    const lang = i % 2 ? '&taal=en' : ''
    await page.goto(`${path}${lang}`)
    await expect(page.getByRole('heading', { name: /^(Profiel van|Profile of)/ })).toBeVisible()
    await expect(page.locator('.findings li').first()).toBeVisible()
    const n = await page.locator('.findings li').count()
    expect(n).toBeGreaterThanOrEqual(3)
    expect(n).toBeLessThanOrEqual(5)
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(axe.violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual([])
  }
  expect(errors).toEqual([])
})

test('a province profile prints to at most two A4 landscape pages', async ({ page }) => {
  await page.goto('/profiel?regio=PV20&jaar=2025')
  await expect(page.locator('.findings li').first()).toBeVisible()
  await page.setViewportSize({ width: 1100, height: 800 })
  await page.waitForTimeout(300)
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
  writeFileSync('e2e-screens/profile-PV20.pdf', pdf)
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  expect(pages).toBeGreaterThanOrEqual(1)
  expect(pages).toBeLessThanOrEqual(2)
})
