/**
 * Every figure on every view offers one set of downloads, and every download works and explains
 * itself (issue #15, items 6 and 7; cases E1–E3): the SVG holds the title, the subtitle, every
 * panel's name, the legend and its colour classes, the source and the synthetic notice, and no
 * text runs past the image's edge; the PNG is an image; the CSV says where its numbers come from
 * and has a line per row of the figure's table. File names carry the local calendar date.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { downloadFigure, downloadItems } from './figure-helpers'

const VIEWS = [
  { name: 'overview', path: '/?regio=PV20&sector=GEM&jaar=2025&vergelijkjaar=2019' },
  { name: 'compare', path: '/vergelijken?regio=PV20,PV26,PV29&jaar=2025&vergelijkjaar=2019' },
  { name: 'sectors', path: '/sectoren?jaar=2025' },
  { name: 'trends', path: '/trends?regio=PV24&jaar=2025' },
  { name: 'international', path: '/internationaal?jaar=2025' },
  { name: 'profile', path: '/profiel?regio=PV20&jaar=2025' },
]

const norm = (s: string) => s.replace(/\s+/g, '')

/** Measures every text of an SVG document as the browser draws it: how far past the image's edges it reaches. */
async function overflowingTexts(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((markup) => {
    const holder = document.createElement('div')
    holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden'
    holder.innerHTML = markup
    document.body.appendChild(holder)
    const root = holder.querySelector('svg')!
    const box = root.getBoundingClientRect()
    const out = [...root.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
      .map(({ text, r }) => `${text} (${Math.round(r.left - box.left)}–${Math.round(r.right - box.left)} of ${Math.round(box.width)})`)
    holder.remove()
    return out
  }, svg)
}

async function figuresOf(page: Page): Promise<Locator[]> {
  await expect(page.locator('.view[aria-busy="false"], .view:not([aria-busy])').first()).toBeVisible()
  await expect(page.locator('figure.chart-frame').first()).toBeVisible()
  // maps draw their shapes once they have loaded
  await expect(page.locator('.map-loading')).toHaveCount(0)
  return page.locator('figure.chart-frame').all()
}

for (const view of VIEWS) {
  test(`${view.name}: every figure offers PNG, SVG and both CSVs, and each works and explains itself`, async ({ page }) => {
    test.setTimeout(240_000)
    await page.goto(view.path)
    const today = await page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    const figures = await figuresOf(page)
    expect(figures.length).toBeGreaterThan(2)
    for (const figure of figures) {
      const id = await figure.getAttribute('data-figure')
      const title = (await figure.locator('.chart-title').innerText()).trim()
      expect(id, title).toMatch(/^[a-z]+\.[a-z-]+$/)
      // one menu, four working items
      const items = await downloadItems(figure)
      expect(items, id!).toHaveLength(4)

      const svgFile = await downloadFigure(page, figure, 'svg')
      expect(svgFile.suggestedFilename(), id!).toMatch(new RegExp(`-${today}\\.svg$`))
      const svg = readFileSync((await svgFile.path())!, 'utf8')
      const texts = await page.evaluate((s) => {
        const doc = new DOMParser().parseFromString(s, 'image/svg+xml')
        if (doc.getElementsByTagName('parsererror').length > 0) return null
        return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ')
      }, svg)
      expect(texts, `${id}: the SVG parses`).not.toBeNull()
      const all = norm(texts!)
      expect(all, `${id}: title`).toContain(norm(title))
      expect(all, `${id}: subtitle`).toContain(norm(await figure.locator('.chart-subtitle').innerText()))
      for (const panel of await figure.locator('.chart-body h4').allInnerTexts()) expect(all, `${id}: panel ${panel}`).toContain(norm(panel))
      const legend = await figure.locator('.chart-legend li:visible').evaluateAll((lis) => lis.filter((li) => !li.closest('[data-export="skip"]')).map((li) => li.textContent ?? ''))
      for (const entry of legend) expect(all, `${id}: legend "${entry}"`).toContain(norm(entry))
      expect(all, `${id}: synthetic notice`).toContain(norm('Let op: synthetische demodata, geen echte metingen.'))
      expect(await overflowingTexts(page, svg), `${id}: text past the edge`).toEqual([])

      const png = readFileSync((await (await downloadFigure(page, figure, 'png')).path())!)
      expect(png.subarray(1, 4).toString(), id!).toBe('PNG')
      expect(png.readUInt32BE(16), id!).toBeGreaterThan(500)

      const csvFile = await downloadFigure(page, figure, 'csv-nl')
      expect(csvFile.suggestedFilename(), id!).toMatch(new RegExp(`-${today}\\.csv$`))
      const csv = readFileSync((await csvFile.path())!, 'utf8')
      expect(csv.charCodeAt(0), id!).toBe(0xfeff)
      const lines = csv.slice(1).trimEnd().split('\r\n')
      expect(lines[0], id!).toMatch(/;Bron;Selectie;Gemaakt op;Synthetische gegevens$/)
      expect(lines[1], id!).toMatch(new RegExp(`;${today};ja$`))
      const intl = readFileSync((await (await downloadFigure(page, figure, 'csv-intl')).path())!, 'utf8')
      expect(intl.charCodeAt(0), id!).not.toBe(0xfeff)
      expect(intl.trimEnd().split('\r\n'), id!).toHaveLength(lines.length)
      // a line per row of the figure's table
      await figure.getByRole('button', { name: 'Toon als tabel' }).click()
      await expect(figure.locator('.chart-table tbody tr'), id!).toHaveCount(lines.length - 1)
      await figure.getByRole('button', { name: 'Verberg tabel' }).click()
      await expect(figure.locator('.state-error'), id!).toHaveCount(0)
    }
  })
}

test('a pin records the address and the figure id; the toggle shows it and takes it out again', async ({ page }) => {
  await page.goto('/sectoren?jaar=2025&sorteer=GEM&volgorde=aflopend')
  const matrix = page.locator('figure[data-figure="sectors.matrix"]')
  const pin = matrix.getByRole('button', { name: /^Vastzetten in presentatie:/ })
  await expect(pin).toHaveAttribute('aria-pressed', 'false')
  await pin.click()
  await expect(pin).toHaveAttribute('aria-pressed', 'true')
  await expect(matrix.getByText(/Vastgezet als dia 1 in uw presentatie/)).toBeVisible()
  const deck = await page.evaluate(() => JSON.parse(window.localStorage.getItem('samenhang.deck') ?? '{}'))
  expect(deck.slides).toEqual([{ href: '/sectoren?jaar=2025&sorteer=GEM&volgorde=aflopend', figure: 'sectors.matrix', title: expect.any(String), notes: '' }])
  // the same figure with another sort order is another slide
  await page.goto('/sectoren?jaar=2025')
  await expect(page.locator('figure[data-figure="sectors.matrix"]').getByRole('button', { name: /^Vastzetten in presentatie:/ })).toHaveAttribute('aria-pressed', 'false')
  await page.goBack()
  await page.locator('figure[data-figure="sectors.matrix"]').getByRole('button', { name: /^Vastzetten in presentatie:/ }).click()
  await expect(page.locator('figure[data-figure="sectors.matrix"]').getByText('Uit uw presentatie gehaald.')).toBeVisible()
  expect(await page.evaluate(() => JSON.parse(window.localStorage.getItem('samenhang.deck') ?? '{}').slides)).toEqual([])
})

test('an embed shows the figure it names by id, sorted as its address says', async ({ page }) => {
  await page.goto('/sectoren?jaar=2025&sorteer=GEM&embed=1&grafiek=sectors.matrix')
  await expect(page.locator('figure[data-isolation="figure"]')).toHaveCount(1)
  await expect(page.locator('figure[data-isolation="figure"]')).toHaveAttribute('data-figure', 'sectors.matrix')
  await expect(page.locator('figure.chart-frame:visible')).toHaveCount(1)
  await expect(page.locator('figure[data-isolation="figure"] th[aria-sort="ascending"]')).toContainText('GEM')
})

test('a new view starts at its top', async ({ page }) => {
  await page.goto('/?jaar=2025')
  await expect(page.locator('figure.chart-frame').first()).toBeVisible()
  await page.mouse.wheel(0, 2500)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
  // a click without scrolling first (as a click on a link lower on the page would be)
  await page.evaluate(() => (document.querySelector('.views-nav a[href^="/trends"]') as HTMLAnchorElement).click())
  await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})
