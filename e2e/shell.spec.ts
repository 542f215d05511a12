import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const VIEWS = [
  { name: 'overview', path: '/?regio=PV20&sector=GEM&jaar=2025', ready: /Belangrijkste bevindingen|Key findings/ },
  { name: 'sectors', path: '/sectoren?sector=GEM,RIJK,PO&jaar=2025', ready: /^Sectoren$|^Sectors$/ },
  { name: 'profile', path: '/profiel?regio=PV20&jaar=2025', ready: /^Profiel van Groningen$|^Profile of Groningen$/ },
  { name: 'methodology', path: '/methode', ready: /Methode: hoe Samenhang rekent|Methodology: how Samenhang calculates/ },
]

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

for (const lang of ['nl', 'en'] as const) {
  for (const view of VIEWS) {
    test(`${view.name} (${lang}): renders, zero axe violations, no console errors`, async ({ page }) => {
      const errors = collectConsoleErrors(page)
      const sep = view.path.includes('?') ? '&' : '?'
      await page.goto(lang === 'en' ? `${view.path}${sep}taal=en` : view.path)
      await expect(page.getByRole('heading', { name: view.ready })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('.badge-synthetic')).toHaveText(new RegExp(lang === 'nl' ? 'Demodata \\(synthetisch\\)' : 'Demo data \\(synthetic\\)'))
      // open every table too, so axe checks them
      const show = page.getByRole('button', { name: /Toon als tabel|Show as table/ })
      while ((await show.count()) > 0) await show.first().click()
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      await page.screenshot({ path: `e2e-screens/${view.name}-${lang}-1440.png`, fullPage: true })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.waitForTimeout(200)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await page.screenshot({ path: `e2e-screens/${view.name}-${lang}-390.png`, fullPage: true })
      expect(errors).toEqual([])
    })
  }
}

test('a filter change goes into the URL, and opening that URL restores the view', async ({ page, context }) => {
  await page.goto('/?jaar=2025')
  await expect(page.getByRole('heading', { name: 'Belangrijkste bevindingen' })).toBeVisible()
  await page.locator('summary', { hasText: 'Provincie' }).click()
  await page.getByRole('checkbox', { name: 'Utrecht' }).check()
  await expect(page).toHaveURL(/\?regio=PV26&jaar=2025$/)
  await page.getByRole('combobox', { name: 'Jaar' }).selectOption('2021')
  await expect(page).toHaveURL(/\?regio=PV26&jaar=2021$/)
  await expect(page.locator('.view[aria-busy="false"]')).toBeVisible()
  const findings = await page.locator('.findings').innerText()
  expect(findings).toContain('Utrecht')

  const second = await context.newPage()
  await second.goto(page.url())
  await expect(second.getByText('Utrecht · Alle sectoren · 2021').first()).toBeVisible()
  await expect(second.locator('.view[aria-busy="false"]')).toBeVisible()
  expect(await second.locator('.findings').innerText()).toBe(findings)
})

test('the keyboard reaches every filter and every table toggle', async ({ page }) => {
  await page.goto('/?regio=PV20&jaar=2025')
  await expect(page.getByRole('heading', { name: 'Belangrijkste bevindingen' })).toBeVisible()
  const reached: string[] = []
  const toggles = await page.getByRole('button', { name: 'Toon als tabel' }).count()
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      const index = Array.from(document.querySelectorAll('a, button, select, summary, input')).indexOf(el as Element)
      return el ? `${el.tagName}:${(el.innerText || el.getAttribute('aria-label') || '').trim().split('\n')[0]}#${index}` : ''
    })
    reached.push(label)
  }
  const all = reached.map((r) => r.replace(/#-?\d+$/, '')).join(' | ')
  expect(all).toContain('SUMMARY:Provincie')
  expect(all).toContain('SUMMARY:Sector')
  expect(all).toContain('SELECT:')
  expect(all).toContain('A:English')
  expect(all).toContain('BUTTON:Organisatie')
  expect(toggles).toBe(5)
  expect(new Set(reached.filter((r) => r.startsWith('BUTTON:Toon als tabel#'))).size).toBe(toggles)
  // open the sector filter and choose a sector with the keyboard only
  await page.locator('summary', { hasText: 'Sector' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/sector=RIJK/)
})

test('the production build holds no MSW worker and no mock code', async ({ request }) => {
  const { readdirSync, readFileSync } = await import('node:fs')
  const worker = await request.get('/mockServiceWorker.js')
  expect(worker.status()).toBe(404)
  const files = readdirSync('dist/assets').filter((f) => f.endsWith('.js'))
  expect(files.length).toBeGreaterThan(0)
  for (const f of files) {
    const js = readFileSync(`dist/assets/${f}`, 'utf8')
    expect(js, f).not.toMatch(/mockServiceWorker|setupWorker|Samenhang demodataset, synthetisch|onUnhandledRequest/)
  }
})
