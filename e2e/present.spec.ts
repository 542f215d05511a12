/**
 * Presenting (issue #17, cases E6 and E7): a slide is exactly the pinned figure, fitted to 16:9,
 * with the state it had; keys act as a presenter expects; decks travel by link and by file; old or
 * broken slides say so. The handout and the print of views are in print.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIGURE_MARKER } from './figures'

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

interface Slide {
  href: string
  figure?: string
  chart?: number
  title: string
  notes: string
}
const deckLink = (slides: Slide[], extra = '') =>
  `/presentatie?deck=${Buffer.from(JSON.stringify({ format: 'samenhang-deck', version: 2, slides })).toString('base64url')}${extra}`

/** One figure from each view; the Sectors matrix sorted by a column first. */
const PICKS = [
  { view: 'overview', url: '/?regio=PV20&jaar=2025', nth: 0 },
  { view: 'compare', url: '/vergelijken?regio=PV20,PV27,PV21&jaar=2025', nth: 1 },
  { view: 'sectors', url: '/sectoren?jaar=2025', nth: 3, sortBy: 'Gemeenten' },
  { view: 'trends', url: '/trends?jaar=2025', nth: 0 },
  { view: 'international', url: '/internationaal?jaar=2025', nth: 0 },
  { view: 'profile', url: '/profiel?regio=PV20&jaar=2025', nth: 2 },
] as const

interface Picked {
  slide: Slide
  /** the order of the rows (their header cells) as the page shows them */
  rows: string[]
}

/** Opens the view, sorts if asked, and reads what a pin records: the address, the figure's id and title. */
async function pick(page: Page, p: (typeof PICKS)[number]): Promise<Picked> {
  await page.goto(p.url)
  const figure = page.locator('figure.chart-frame').nth(p.nth)
  await expect(figure).toBeVisible()
  if ('sortBy' in p) {
    await figure.getByRole('button', { name: new RegExp(p.sortBy) }).first().click()
    await figure.getByRole('button', { name: new RegExp(p.sortBy) }).first().click()
  }
  const id = await figure.getAttribute('data-figure')
  expect(id, `${p.view}: the figure has a stable id`).toBeTruthy()
  const title = (await figure.locator('.chart-title').innerText()).trim()
  const rows = await figure.locator('.chart-body tbody th').allInnerTexts()
  const url = new URL(page.url())
  url.searchParams.delete('taal')
  const href = `${url.pathname}${url.search}`.replace(/%2C/g, ',')
  return { slide: { href, figure: id!, title, notes: `Notities bij ${p.view}` }, rows: rows.map((r) => r.trim()) }
}

/** Waits until the slide's figure has stopped changing size (data loaded, layout chosen). */
async function settled(page: Page) {
  await expect(page.locator('.slide [data-isolation="figure"]')).toHaveCount(1)
  let last = ''
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.slide .fit-box')
      const fig = document.querySelector('.slide [data-isolation="figure"]')?.getBoundingClientRect()
      return `${box?.dataset.fitScale}|${fig ? Math.round(fig.height) : ''}`
    })
    if (now === last) return
    last = now
    await page.waitForTimeout(250)
  }
}

/** What a presented slide shows: its geometry against the viewport and its controls. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const r = (el: Element | null) => {
      const b = el?.getBoundingClientRect()
      return b ? { top: b.top, bottom: b.bottom, left: b.left, right: b.right } : null
    }
    const stage = document.querySelector('.slide .fit-box')
    const figure = document.querySelector('.slide [data-isolation="figure"]')
    const visible = (el: Element) => {
      const s = getComputedStyle(el)
      const b = el.getBoundingClientRect()
      return s.display !== 'none' && s.visibility !== 'hidden' && b.width > 0 && b.height > 0
    }
    const inStage = [...(stage?.querySelectorAll('*') ?? [])].filter(visible)
    return {
      stage: r(stage),
      figure: r(figure),
      figures: document.querySelectorAll('.slide [data-isolation="figure"]').length,
      formControls: inStage.filter((e) => e.matches('select, input, textarea, button:not([disabled]), [role="combobox"], [role="listbox"]')).length,
      tabbable: inStage.filter((e) => (e as HTMLElement).tabIndex >= 0 && e.matches('a[href], button:not([disabled]), [tabindex], select, input, textarea')).length,
      findings: inStage.filter((e) => e.matches('.findings, .focus-bar, .chart-actions')).length,
      scroll: { w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight, vw: innerWidth, vh: innerHeight },
      title: document.querySelector('.slide-title')?.textContent ?? '',
      rows: [...(figure?.querySelectorAll('.chart-body tbody th') ?? [])].map((th) => (th.textContent ?? '').trim()),
    }
  })
}

test.describe('presenting one figure from each view', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(FIGURE_MARKER)
  })

  test('each slide is the pinned figure alone, fitted to 1280×720 and 1920×1080, with its sort order (nl, en; axe)', async ({ page }) => {
    test.setTimeout(300_000)
    const picked: Picked[] = []
    for (const p of PICKS) picked.push(await pick(page, p))
    const sorted = picked[2]
    expect(sorted.rows.length).toBe(12)
    expect(sorted.rows, 'the matrix was sorted by a column').not.toEqual([...sorted.rows].sort((a, b) => a.localeCompare(b, 'nl')))
    const slides = picked.map((x) => x.slide)

    for (const [w, h, lang] of [
      [1280, 720, 'nl'],
      [1920, 1080, 'en'],
    ] as const) {
      await page.setViewportSize({ width: w, height: h })
      await page.goto(deckLink(slides, `&dia=1${lang === 'en' ? '&taal=en' : ''}`))
      for (let i = 0; i < slides.length; i++) {
        await expect(page.getByText(lang === 'nl' ? `Dia ${i + 1} van ${slides.length}` : `Slide ${i + 1} of ${slides.length}`, { exact: true })).toBeVisible()
        await settled(page)
        const m = await measure(page)
        const what = `${PICKS[i].view} at ${w}×${h}`
        expect(m.figures, what).toBe(1)
        expect(await page.locator('.slide [data-isolation="figure"]').getAttribute('data-figure'), what).toBe(slides[i].figure)
        expect(m.title, what).toBe(slides[i].title)
        expect(m.formControls, `${what}: no form controls`).toBe(0)
        expect(m.tabbable, `${what}: nothing to tab to inside the slide`).toBe(0)
        expect(m.findings, `${what}: no findings, focus bars or actions`).toBe(0)
        // fitted: the whole figure inside the stage, the stage inside the viewport, nothing scrolls
        expect(m.figure!.top, what).toBeGreaterThanOrEqual(m.stage!.top - 1)
        expect(m.figure!.bottom, what).toBeLessThanOrEqual(m.stage!.bottom + 1)
        expect(m.figure!.left, what).toBeGreaterThanOrEqual(m.stage!.left - 1)
        expect(m.figure!.right, what).toBeLessThanOrEqual(m.stage!.right + 1)
        expect(m.stage!.bottom, what).toBeLessThanOrEqual(h)
        expect(m.scroll.h, what).toBeLessThanOrEqual(m.scroll.vh)
        expect(m.scroll.w, what).toBeLessThanOrEqual(m.scroll.vw)
        if (i === 2) expect(m.rows, `${what}: the sorted order is kept`).toEqual(sorted.rows)
        // notes are for the presenter only
        await expect(page.getByText(slides[i].notes)).toHaveCount(0)
        expect(await axe(page), what).toEqual([])
        await page.screenshot({ path: `e2e-screens/slide-${i + 1}-${PICKS[i].view}-${w}x${h}-${lang}.png` })
        if (i < slides.length - 1) await page.keyboard.press('ArrowRight')
      }
    }
  })

  test('pinning from each view through its button records the figure id and the view state (Sectors sorted)', async ({ page }) => {
    test.setTimeout(180_000)
    const expected: Picked[] = []
    for (const p of PICKS) {
      const x = await pick(page, p)
      const figure = page.locator('figure.chart-frame').nth(p.nth)
      await figure.getByRole('button', { name: /Vastzetten in presentatie|Pin to presentation/ }).first().click()
      expected.push(x)
    }
    const deck = await page.evaluate(() => JSON.parse(window.localStorage.getItem('samenhang.deck') ?? 'null'))
    expect(deck.slides.map((s: Slide) => ({ href: s.href, figure: s.figure }))).toEqual(expected.map((x) => ({ href: x.slide.href, figure: x.slide.figure })))
    // the sorted matrix keeps its order on its slide
    await page.goto('/presentatie?dia=3')
    await settled(page)
    expect((await measure(page)).rows).toEqual(expected[2].rows)
  })
})

test.describe('keys and focus while presenting (E6)', () => {
  const three: Slide[] = [
    { href: '/?regio=PV20&jaar=2025', figure: 'overview.ladder', title: 'Een', notes: '' },
    { href: '/?regio=PV20&jaar=2025', figure: 'overview.pillars', title: 'Twee', notes: '' },
    { href: '/trends?jaar=2025', figure: 'trends.pillars', title: 'Drie', notes: '' },
  ]
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(FIGURE_MARKER)
  })

  test('Space on "Previous" goes back, Space on "Stop" stops; focus is never lost', async ({ page }) => {
    await page.goto(deckLink(three))
    await page.getByRole('button', { name: 'Presenteren' }).click()
    await expect(page.getByText('Dia 1 van 3', { exact: true })).toBeVisible()
    // away from a control, Space goes forward
    await page.keyboard.press('Space')
    await expect(page.getByText('Dia 2 van 3', { exact: true })).toBeVisible()
    // Tab to "Previous", Space: back
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: /Vorige dia/ })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page.getByText('Dia 1 van 3', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: /Vorige dia/ })).toBeFocused()
    // Enter on "Next": forward, focus stays
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: /Volgende dia/ })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByText('Dia 2 van 3', { exact: true })).toBeVisible()
    // a clicker's Page Down still works with focus on a button
    await page.keyboard.press('PageDown')
    await expect(page.getByText('Dia 3 van 3', { exact: true })).toBeVisible()
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true)
    // Tab to "Stop", Space: stops, focus on "Present"
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: /Stoppen/ })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page).not.toHaveURL(/dia=/)
    await expect(page.getByRole('button', { name: 'Presenteren' })).toBeFocused()
    // Escape leaves too
    await page.keyboard.press('Enter')
    await expect(page.getByText('Dia 1 van 3', { exact: true })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page).not.toHaveURL(/dia=/)
    await expect(page.getByRole('button', { name: 'Presenteren' })).toBeFocused()
  })

  test('removing a slide by keyboard leaves focus on the slide that took its place', async ({ page }) => {
    await page.goto(deckLink(three))
    await page.getByRole('button', { name: 'Dia 2 verwijderen' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Dia 3' })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Dia 2' })).toBeFocused()
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: 'e2e-screens/presentation-editor-nl.png', fullPage: true })
  })
})

test.describe('a deck travels and fails safely (portable, old, broken)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(FIGURE_MARKER)
  })

  async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
    const ctx = await browser.newContext({ baseURL })
    const page = await ctx.newPage()
    await page.addInitScript(FIGURE_MARKER)
    return page
  }

  test('the deck link and the JSON export restore the same slides in another browser', async ({ page, browser, baseURL }) => {
    const slides: Slide[] = [
      { href: '/?regio=PV20&jaar=2025', figure: 'overview.ladder', title: 'Groningen: waar zit de zwakste schakel?', notes: 'Begin met het regionale niveau.' },
      { href: '/sectoren?jaar=2025', figure: 'sectors.matrix', title: 'Sectoren', notes: 'Twee regels\nnotities.' },
    ]
    await page.goto('/presentatie')
    await page.evaluate((s) => window.localStorage.setItem('samenhang.deck', JSON.stringify({ format: 'samenhang-deck', version: 2, title: 'Briefing', slides: s })), slides)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Dia 2' })).toBeVisible()
    await page.getByRole('button', { name: 'Presenteren' }).click()
    await expect(page).toHaveURL(/deck=/)
    const link = page.url().replace(/&dia=\d+/, '')
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Escape').then(() => page.getByRole('link', { name: 'Exporteren (JSON)' }).click())])
    // kept outside test-results/, which another Playwright run on this machine may clear
    const file = join(mkdtempSync(join(tmpdir(), 'samenhang-deck-')), download.suggestedFilename())
    await download.saveAs(file)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 'samenhang-deck', version: 2, title: 'Briefing', slides })

    // the link, in a browser that has never seen the deck
    const other = await freshPage(browser, baseURL!)
    await other.goto(link)
    await expect(other.getByRole('textbox', { name: 'Titel van dia 2' })).toBeVisible()
    const titles = () => other.getByRole('textbox', { name: /^Titel van dia/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(await titles()).toEqual(slides.map((s) => s.title))
    await other.getByRole('button', { name: 'Presenteren' }).click()
    await expect(other.locator('.slide [data-isolation="figure"]')).toHaveAttribute('data-figure', 'overview.ladder')
    await other.context().close()

    // the file, imported in another fresh browser
    const third = await freshPage(browser, baseURL!)
    await third.goto('/presentatie')
    await expect(third.getByText(/nog geen dia’s/)).toBeVisible()
    await third.locator('input[type="file"]').setInputFiles(file)
    await expect(third.getByText('2 dia’s ingelezen.')).toBeVisible()
    expect(await third.getByRole('textbox', { name: /^Titel van dia/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(slides.map((s) => s.title))
    expect(await third.getByRole('textbox', { name: /^Sprekersnotities bij dia/ }).evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toEqual(slides.map((s) => s.notes))
    await third.context().close()
  })

  test('an old slide, a figure that is gone and a page that is gone each say so; the other slides work', async ({ page }) => {
    const slides: Slide[] = [
      { href: '/?regio=PV20&jaar=2025', chart: 1, title: 'Uit een oude versie', notes: '' },
      { href: '/trends?jaar=2025', figure: 'trends.bestaat-niet', title: 'Verdwenen grafiek', notes: '' },
      { href: '/bestaat-niet?jaar=2025', figure: 'x.y', title: 'Verdwenen pagina', notes: '' },
      { href: '/?regio=PV20&jaar=2025', figure: 'overview.ladder', title: 'Werkt', notes: '' },
    ]
    await page.goto(deckLink(slides, '&dia=1'))
    await expect(page.getByText(/gemaakt met een oudere versie van Samenhang/)).toBeVisible()
    await expect(page.locator('.slide [data-isolation="figure"]')).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Open deze weergave' })).toHaveAttribute('href', '/?regio=PV20&jaar=2025')
    expect(await axe(page)).toEqual([])
    await page.keyboard.press('ArrowRight')
    await expect(page.getByText(/\("trends\.bestaat-niet"\) bestaat niet meer/)).toBeVisible()
    await expect(page.locator('.slide [data-isolation="figure"]')).toHaveCount(0)
    await page.screenshot({ path: 'e2e-screens/slide-missing-figure-nl.png' })
    await page.keyboard.press('ArrowRight')
    await expect(page.getByText(/naar een pagina die Samenhang niet \(meer\) kent: \/bestaat-niet/)).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('.slide [data-isolation="figure"]')).toHaveAttribute('data-figure', 'overview.ladder')
    await expect(page.locator('.slide-notice')).toHaveCount(0)
    // the editor marks the old slide too
    await page.keyboard.press('Escape')
    await expect(page.getByText(/Gemaakt met een oudere versie: deze dia toont een melding/)).toBeVisible()
  })

  test('a damaged deck link says so in words and keeps the browser’s own deck', async ({ page }) => {
    await page.goto('/presentatie?deck=%%%')
    await expect(page.getByRole('alert')).toContainText('De presentatie in deze link kon niet worden gelezen')
  })
})

test('embed mode shows one figure without the app chrome or its controls', async ({ page }) => {
  await page.addInitScript(FIGURE_MARKER)
  await page.goto('/?regio=PV20&jaar=2025')
  const id = await page.locator('figure.chart-frame').nth(1).getAttribute('data-figure')
  await page.goto(`/?regio=PV20&jaar=2025&embed=1&grafiek=${id}`)
  await expect(page.locator('[data-isolation="figure"]')).toHaveAttribute('data-figure', id!)
  await expect(page.locator('figure.chart-frame:visible')).toHaveCount(1)
  await expect(page.locator('.views-nav')).toHaveCount(0)
  await expect(page.locator('[data-isolation="figure"] .chart-actions')).toBeHidden()
  await expect(page.locator('[data-isolation="figure"] button:visible')).toHaveCount(0)
  await expect(page.locator('.embed-credit')).toContainText('Demodata (synthetisch)')
  expect(await axe(page)).toEqual([])
})
