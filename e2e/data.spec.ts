/**
 * The Gegevens page: open a file in the browser, see its problems or a preview, view the whole
 * dashboard on it (its own numbers, nothing sent to the server), and return to the server's data.
 * Also: no CSP violation anywhere (zod's eval probe is off, src/zod-setup.ts).
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sampleRespondentCsv } from '../server/import/sample-files'
import { createApi } from '../server/api/app'
import { MemoryStore } from '../server/stores/memory'
import { scoresResponse } from '../src/contract/v1'
import { parseDatasetCsv } from '../src/domain/csv-import'
import { formatScore } from '../src/domain/format'
import { LEVEL_INFO, type Lang } from '../src/domain/framework'
import { summariseLevels } from '../src/domain/indices'

const EXAMPLE = fileURLToPath(new URL('../public/gegevens/samenhang-voorbeeld.csv', import.meta.url))
const RESPONDENT_XLSX = fileURLToPath(new URL('../public/gegevens/samenhang-respondenten-voorbeeld-synthetisch.xlsx', import.meta.url))
const BROKEN = fileURLToPath(new URL('../server/import/fixtures/29-duplicate-cell.csv', import.meta.url))
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function watch(page: Page): Promise<{ errors: string[]; csp: () => Promise<string[]> }> {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  // registered before the first navigation, so the first page is watched too
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  return { errors, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) }
}

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * What the overview's "T and S per level" chart must say for 2025 over the example file: computed
 * here from the file itself, through the same API over a memory store.
 */
async function expectedPillars(lang: Lang): Promise<string[]> {
  const parsed = parseDatasetCsv(readFileSync(EXAMPLE))
  if (!parsed.ok) throw new Error('the example file is invalid')
  const api = createApi({ store: new MemoryStore(parsed.dataset.cells, { id: 'x', version: 'x', title: { nl: '', en: '' }, synthetic: false, source: { nl: '', en: '' }, updated: '' }) })
  const get = async (qs: string) => scoresResponse.parse(await (await api.fetch(new Request(`http://x/api/v1/scores?${qs}`))).json()).rows.filter((r) => r.year === 2025)
  const rows = [...(await get('level=individual,organisational,regional_sectoral&by=level,dimension,year')), ...(await get('level=national&region=NL&by=level,dimension,year'))]
  return summariseLevels(rows, ['individual', 'organisational', 'regional_sectoral', 'national']).map((l) => {
    const label = LEVEL_INFO.find((x) => x.id === l.level)!.label[lang]
    // the chart's own rounding rule: decimals from the estimate and its interval (ADR 0008)
    const text = (i: typeof l.technological) => (i.kind === 'score' ? formatScore({ value: i.value, ciLow: i.ciLow, ciHigh: i.ciHigh }, lang) : '?')
    return `${label}: T ${text(l.technological)}, S ${text(l.social)}`
  })
}

for (const lang of ['nl', 'en'] as const) {
  test(`data page (${lang}): renders, zero axe violations with a preview and with problems, fits 390 px, keyboard reaches the file input`, async ({ page }) => {
    // three axe runs over a long page: on a busy 2-core machine this takes more than a minute
    test.setTimeout(150_000)
    const w = await watch(page)
    await page.goto(lang === 'en' ? '/gegevens?taal=en' : '/gegevens')
    await expect(page.getByRole('heading', { level: 1, name: lang === 'nl' ? 'Gegevens' : 'Data' })).toBeVisible()
    await expect(page.getByText(lang === 'nl' ? /Je bestand blijft op deze computer/ : /Your file stays on this computer/)).toBeVisible()
    await expect(page.getByRole('link', { name: lang === 'nl' ? 'Gegevens' : 'Data' })).toHaveAttribute('aria-current', 'page')
    expect(await axe(page)).toEqual([])

    // keyboard: Tab reaches the file input
    let reached = false
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'file')
    }
    expect(reached).toBe(true)

    // a file with a problem: row, column, value and the message in this language
    await page.getByLabel(lang === 'nl' ? 'Bestand (CSV of Excel)' : 'File (CSV or Excel)').setInputFiles(BROKEN)
    await expect(page.getByRole('status').filter({ hasText: lang === 'nl' ? 'Er is 1 probleem in 29-duplicate-cell.csv' : 'There is 1 problem in 29-duplicate-cell.csv' })).toBeVisible()
    const problems = page.getByRole('table', { name: lang === 'nl' ? 'Problemen in 29-duplicate-cell.csv' : 'Problems in 29-duplicate-cell.csv' })
    await expect(problems.getByRole('row').nth(1)).toHaveText(
      lang === 'nl'
        ? /^4\s*individual, T1, PV20, GEM, 2025\s*Deze cel \(niveau, dimensie, regio, sector, jaar\) staat al in rij 2\.$/
        : /^4\s*individual, T1, PV20, GEM, 2025\s*This cell \(level, dimension, region, sector, year\) is already in row 2\.$/,
    )
    await expect(page.getByRole('button', { name: lang === 'nl' ? 'Bekijk het dashboard met deze gegevens' : 'See the dashboard with these data' })).toHaveCount(0)
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: `e2e-screens/data-problems-${lang}-1440.png`, fullPage: true })

    // the example: counts and the first rows
    await page.getByLabel(lang === 'nl' ? 'Bestand (CSV of Excel)' : 'File (CSV or Excel)').setInputFiles(EXAMPLE)
    await expect(page.locator('.data-status')).toHaveText(lang === 'nl' ? 'Het bestand samenhang-voorbeeld.csv is in orde.' : 'The file samenhang-voorbeeld.csv is valid.')
    const counts = page.locator('.data-counts')
    await expect(counts).toContainText(lang === 'nl' ? 'Cellen2.160' : 'Cells2,160')
    await expect(counts).toContainText(lang === 'nl' ? 'Jaren2 (2024, 2025)' : 'Years2 (2024, 2025)')
    await expect(counts).toContainText(lang === 'nl' ? 'Sectoren3' : 'Sectors3')
    await expect(page.locator('.data-sample tbody tr')).toHaveCount(10)
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: `e2e-screens/data-${lang}-1440.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `e2e-screens/data-${lang}-390.png`, fullPage: true })
    expect(w.errors).toEqual([])
    expect(await w.csp()).toEqual([])
  })
}

test('import the example in the browser, see its numbers in the overview (nothing uploaded), return to the server’s data', async ({ page }) => {
  const w = await watch(page)
  const posted: string[] = []
  page.on('request', (r) => {
    if (r.method() !== 'GET') posted.push(`${r.method()} ${r.url()}`)
  })
  await page.goto('/?jaar=2025')
  await expect(page.getByRole('heading', { name: 'Belangrijkste bevindingen' })).toBeVisible()
  const serverYears = await page.getByRole('combobox', { name: 'Jaar' }).locator('option').allTextContents()
  expect(serverYears).toContain('2019')

  await page.getByRole('link', { name: 'Gegevens' }).click()
  await page.getByLabel('Bestand (CSV of Excel)').setInputFiles(EXAMPLE)
  await page.getByRole('button', { name: 'Bekijk het dashboard met deze gegevens' }).click()

  // the whole app now runs on the file: the banner says so, the demo badge is gone
  await expect(page).toHaveURL(/\/$/)
  const banner = page.getByRole('region', { name: 'Eigen gegevens uit samenhang-voorbeeld.csv' })
  await expect(banner).toContainText('(2.160 cellen). Ze blijven op deze computer.')
  await expect(page.locator('.badge-synthetic')).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: 'Jaar' }).locator('option')).toHaveText(['2025', '2024'])
  await expect(page.locator('.view[aria-busy="false"]')).toBeVisible()

  // its numbers: T and S per level for 2025, as computed from the file
  const expected = await expectedPillars('nl')
  const label = page.locator('[role="img"][aria-label*="Individueel: T "]').first()
  const privateLabel = (await label.getAttribute('aria-label'))!
  for (const part of expected) expect(privateLabel).toContain(part)
  expect(await axe(page)).toEqual([])
  await page.screenshot({ path: 'e2e-screens/data-private-overview-nl-1440.png' })

  // other views run on the file too; the sources under the charts name it
  await page.getByRole('link', { name: 'Sectoren' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sectoren' })).toBeVisible()
  await expect(page.getByText(/Eigen bestand samenhang-voorbeeld\.csv \(alleen in deze browser\)/).first()).toBeVisible()
  await expect(banner).toBeVisible()

  // one click back to the server's data
  await banner.getByRole('button', { name: 'Terug naar de gegevens van de server' }).click()
  await expect(banner).toHaveCount(0)
  await expect(page.locator('.badge-synthetic')).toHaveText(/Demodata \(synthetisch\)/)
  await page.getByRole('link', { name: 'Overzicht' }).click()
  await expect(page.locator('.view[aria-busy="false"]')).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Jaar' }).locator('option')).toHaveText(serverYears)
  const serverLabel = (await page.locator('[role="img"][aria-label*="Individueel: T "]').first().getAttribute('aria-label'))!
  expect(serverLabel).not.toBe(privateLabel)
  expect(expected.some((part) => !serverLabel.includes(part))).toBe(true)

  expect(posted).toEqual([]) // the file never left the browser
  expect(w.errors).toEqual([])
  expect(await w.csp()).toEqual([])
})

test('no CSP violation on any view (zod parses without its eval probe)', async ({ page }) => {
  const w = await watch(page)
  for (const path of ['/', '/vergelijken', '/sectoren', '/presentatie', '/gegevens', '/methode']) {
    await page.goto(path)
    await expect(page.locator('h1')).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(await w.csp(), path).toEqual([])
  }
})

for (const lang of ['nl', 'en'] as const) {
  test(`a respondent workbook (${lang}): read in a worker, summarised before it is applied, no answers on the page, zero axe violations`, async ({ page }) => {
    const w = await watch(page)
    await page.goto(lang === 'en' ? '/gegevens?taal=en' : '/gegevens')
    await page.getByLabel(lang === 'nl' ? 'Bestand (CSV of Excel)' : 'File (CSV or Excel)').setInputFiles(RESPONDENT_XLSX)
    const name = 'samenhang-respondenten-voorbeeld-synthetisch.xlsx'
    await expect(page.locator('.data-status')).toHaveText(lang === 'nl' ? `Het bestand ${name} is in orde.` : `The file ${name} is valid.`, { timeout: 30_000 })
    const summary = page.locator('.data-respondents')
    await expect(summary).toContainText(lang === 'nl' ? 'Respondenten1.488' : 'Respondents1,488')
    await expect(summary).toContainText(lang === 'nl' ? /Ontbrekende antwoorden1\.543 van 40\.176/ : /Missing answers1,543 of 40,176/)
    await expect(summary).toContainText(lang === 'nl' ? /Cellen niet getoond73 van 648/ : /Cells not shown73 of 648/)
    await expect(page.getByRole('combobox', { name: lang === 'nl' ? 'Werkblad' : 'Sheet' })).toHaveValue('Antwoorden')
    // what the page shows of the file are aggregated cells (8 columns), never a respondent's row
    await expect(page.locator('.data-sample thead th')).toHaveCount(8)
    expect(await page.locator('.data-sample').innerText()).not.toMatch(/weet niet|n\.v\.t\./)
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: `e2e-screens/data-respondents-${lang}-1440.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `e2e-screens/data-respondents-${lang}-390.png`, fullPage: true })
    expect(w.errors).toEqual([])
    expect(await w.csp()).toEqual([])
  })
}

test('a large file: a progress bar after a second, the page keeps answering, Stop ends the reading', async ({ page }) => {
  test.setTimeout(180_000)
  // 550,000 made-up respondents × 27 questions (about 46 MB, under the page's 50 MB): seconds of work on any machine
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'samenhang-e2e-big-')), 'groot.csv')
  writeFileSync(file, sampleRespondentCsv(550_000, 'nl'))
  const w = await watch(page)
  await page.goto('/gegevens')
  await page.getByLabel('Bestand (CSV of Excel)').setInputFiles(file)
  const bar = page.getByRole('progressbar', { name: 'groot.csv lezen en controleren' })
  await expect(bar).toBeVisible({ timeout: 30_000 })
  // the bar moves while the page stays usable: the language link still answers a hover, the bar updates
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0)
  await page.getByRole('link', { name: 'Methode' }).hover()
  await page.screenshot({ path: 'e2e-screens/data-progress-nl-1440.png' })
  await page.getByRole('button', { name: 'Stop met lezen' }).click()
  await expect(page.locator('.data-status')).toHaveText('Het lezen van groot.csv is gestopt. Er is niets veranderd.')
  await expect(bar).toHaveCount(0)
  await expect(page.getByLabel('Bestand (CSV of Excel)')).toBeFocused()
  expect(await axe(page)).toEqual([])
  expect(w.errors).toEqual([])
  expect(await w.csp()).toEqual([])
})

