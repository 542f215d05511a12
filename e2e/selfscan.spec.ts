/**
 * The self-assessment in a real browser against the real server: filled in by keyboard only,
 * reloaded halfway, the result seen, printed to one A4 page and pinned; zero axe violations in
 * nl and en at 1440 and 390 px; and no request carries an answer (the network log).
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page, type Request } from '@playwright/test'
import { writeFileSync } from 'node:fs'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const ITEMS = ['T1', 'T2', 'T3', 'T4', 'S1', 'S2', 'S3', 'S4', 'S5'].flatMap((d) => [1, 2, 3].map((i) => `${d}_${i}`))
// one answer per statement, in order; 'dk' = "weet niet"
const PLAN: (number | 'dk')[] = [4, 3, 4, 3, 2, 2, 4, 4, 3, 3, 4, 3, 2, 'dk', 3, 2, 3, 2, 4, 3, 4, 3, 3, 2, 4, 4, 3]
// parameters a request may carry: the view's own and the benchmark query's; never an answer
const ALLOWED_PARAMS = new Set(['stap', 'vergelijk', 'jaar', 'taal', 'regio', 'sector', 'level', 'region', 'year', 'by', 'dimension'])

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

function watchRequests(page: Page): Request[] {
  const seen: Request[] = []
  page.on('request', (r) => seen.push(r))
  return seen
}

/** What a request could carry: its address (without fragment: browsers never send it) and body. */
function carried(r: Request): string {
  return `${r.method()} ${r.url()} ${r.postData() ?? ''}`
}

function expectNoAnswers(requests: readonly Request[]) {
  expect(requests.length).toBeGreaterThan(0)
  for (const r of requests) {
    expect(r.method(), carried(r)).toBe('GET')
    expect(r.postData(), carried(r)).toBeNull()
    const url = new URL(r.url())
    expect(url.hash).toBe('')
    for (const k of url.searchParams.keys()) expect(ALLOWED_PARAMS.has(k), `${k} in ${r.url()}`).toBe(true)
    expect(r.url(), carried(r)).not.toMatch(/[TS][1-5]_[1-3]|antwoord|answers|zelfscan=|v1\.PV/i)
  }
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabUntil(page: Page, matches: (el: { tag: string; name: string; text: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null
      return { tag: a?.tagName.toLowerCase() ?? '', name: a?.name ?? '', text: (a?.textContent ?? '').trim() }
    })
    if (matches(el)) return
  }
  throw new Error('focus never reached the element')
}

/** Answers the three statements of the current step and moves on, keyboard only. Focus starts on the step's heading. */
async function answerStep(page: Page, step: number) {
  for (let q = 0; q < 3; q++) {
    const n = (step - 1) * 3 + q
    await page.keyboard.press('Tab') // into the group: its first radio (none checked yet)
    await expect(page.locator(':focus')).toHaveAttribute('name', `sc-${ITEMS[n]}`)
    await page.keyboard.press('Space')
    const a = PLAN[n]
    const moves = a === 'dk' ? 5 : a - 1
    for (let i = 0; i < moves; i++) await page.keyboard.press('ArrowDown')
    await expect(page.locator(`input[name="sc-${ITEMS[n]}"]:checked`)).toHaveValue(String(a))
  }
  await page.keyboard.press('Tab') // previous
  await page.keyboard.press('Tab') // next, or "see the result"
  await expect(page.locator(':focus')).toHaveText(step < 9 ? 'Volgende stap →' : 'Bekijk de uitslag →')
  await page.keyboard.press('Enter')
}

test('fill in by keyboard, reload halfway, see the result, print it to one A4 page, pin it; no request carries an answer', async ({ page }) => {
  test.setTimeout(300_000)
  const requests = watchRequests(page)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })

  // from the invitation on the overview: the sector comes along
  await page.goto('/?sector=GEM&jaar=2025')
  await page.getByRole('link', { name: 'Doe de zelfscan →' }).click()
  await expect(page.getByRole('heading', { name: 'Hoe staat uw organisatie ervoor?' })).toBeVisible()
  await expect(page.getByText('Samenhang stuurt uw antwoorden nergens heen.', { exact: false })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Sector' })).toHaveValue('GEM')

  // the province by keyboard: Tab to its list, type the name
  await tabUntil(page, (el) => el.tag === 'select' && el.text.includes('Groningen'))
  await page.keyboard.type('Groningen')
  await expect(page.getByRole('combobox', { name: 'Provincie (van de hoofdvestiging)' })).toHaveValue('PV20')
  await tabUntil(page, (el) => el.text === 'Begin met de zelfscan')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'T1 · Digitale infrastructuur & platforms' })).toBeFocused()

  for (let step = 1; step <= 5; step++) {
    await answerStep(page, step)
    if (step < 5) await expect(page.getByText(`Stap ${step + 1} van 9`)).toBeVisible()
  }
  await expect(page).toHaveURL(/stap=6/)
  await page.screenshot({ path: 'e2e-screens/selfscan-step6-nl-1440.png', fullPage: true })

  // halfway: reload, nothing is lost, continue where we were
  await page.reload()
  await expect(page.getByText('15 van 27 stellingen beantwoord')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'S2 · Cocreatie & participatie' })).toBeVisible()
  await tabUntil(page, (el) => el.name === 'sc-S2_1')
  await page.keyboard.press('Shift+Tab') // back before the first group, so answerStep's Tab enters it
  for (let step = 6; step <= 9; step++) await answerStep(page, step)

  // the result
  await expect(page.getByRole('heading', { name: 'Uitslag: Gemeenten in Groningen' })).toBeFocused()
  await expect(page.getByText(/^1 invuller · benchmark: organisatieniveau, 2025$/)).toBeVisible()
  await expect(page.locator('figure.chart-frame')).toHaveCount(2)
  await expect(page.getByRole('region', { name: 'In het kort' }).getByRole('listitem').first()).toBeVisible()
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('samenhang.zelfscan')!))
  expect(Object.keys(stored.own.answers)).toHaveLength(27)
  expect(stored.own.answers.S1_2).toBe('dk')
  await page.screenshot({ path: 'e2e-screens/selfscan-result-keyboard-nl-1440.png', fullPage: true })

  // one A4 page
  await page.setViewportSize({ width: 1100, height: 800 })
  await page.waitForTimeout(300)
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
  writeFileSync('e2e-screens/selfscan-result.pdf', pdf)
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  expect(pages).toBe(1)
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1440, height: 900 })

  // pin both charts; the presentation shows the first with the answers kept in this browser
  await page.getByRole('button', { name: 'Zet de uitslag vast in de presentatie' }).click()
  await expect(page.getByText(/^2 dia’s toegevoegd aan uw presentatie\./)).toBeVisible()
  await page.getByRole('link', { name: 'Presentatie' }).click()
  await expect(page.getByRole('heading', { name: 'Dia 2' })).toBeVisible()
  await page.getByRole('button', { name: 'Presenteren' }).click()
  await expect(page.getByText('Dia 1 van 2', { exact: true })).toBeVisible()
  await expect(page.locator('figure[data-isolation="figure"]')).toHaveCount(1)
  await expect(page.locator('figure[data-isolation="figure"] .chart-title')).toHaveText(/^Uw gereedheid naast de benchmark/)
  // the slide shows that chart alone: no findings, no other chart, no controls
  await expect(page.getByRole('region', { name: 'In het kort' })).toBeHidden()
  await expect(page.locator('figure.chart-frame:not([data-isolation="figure"])')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Zet de uitslag vast in de presentatie' })).toBeHidden()
  await page.screenshot({ path: 'e2e-screens/selfscan-slide-nl.png' })
  await page.keyboard.press('Escape')

  // sharing as a link: the answers sit in the fragment, which the browser never sends
  await page.goto('/zelfscan?stap=uitslag')
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('button', { name: 'Kopieer mijn antwoorden als link' }).click()
  const link = await page.getByRole('textbox', { name: 'Link met uw antwoorden' }).inputValue()
  expect(link).toMatch(/\/zelfscan#zelfscan=v1\.PV20\.GEM\.\d{4}\.434322443343/)
  await page.evaluate(() => localStorage.clear())
  await page.goto(link)
  await expect(page.getByRole('heading', { name: 'Antwoorden uit een link' })).toBeVisible()
  await expect(page).not.toHaveURL(/#/)

  expectNoAnswers(requests)
  expect(errors).toEqual([])
})

for (const lang of ['nl', 'en'] as const) {
  test(`questionnaire and result (${lang}): zero axe violations at 1440 and 390 px, no sideways scrolling`, async ({ page }) => {
    // six pages, each checked by axe with its tables open: slow on a loaded machine
    test.setTimeout(360_000)
    const requests = watchRequests(page)
    const q = lang === 'en' ? '&taal=en' : ''
    await page.goto(`/zelfscan${lang === 'en' ? '?taal=en' : ''}`)
    // answers as stored by the page (the keyboard journey is the test above)
    await page.evaluate(
      ([items, plan]) => {
        const answers = Object.fromEntries((items as string[]).map((id, i) => [id, (plan as (number | string)[])[i]]))
        localStorage.setItem('samenhang.zelfscan', JSON.stringify({ format: 'samenhang-zelfscan-opslag', version: 1, own: { region: 'PV20', sector: 'GEM', year: 2026, answers }, team: [] }))
      },
      [ITEMS, PLAN] as const,
    )
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 844 })
      for (const [name, path, ready] of [
        ['intro', `/zelfscan?jaar=2025${q}`, lang === 'nl' ? 'Hoe staat uw organisatie ervoor?' : 'How is your organisation doing?'],
        ['step', `/zelfscan?jaar=2025&stap=3${q}`, lang === 'nl' ? 'T3 · Informatieveiligheid & privacy' : 'T3 · Information security & privacy'],
        ['result', `/zelfscan?jaar=2025&stap=uitslag${q}`, lang === 'nl' ? 'Uitslag: Gemeenten in Groningen' : 'Result: Municipalities in Groningen'],
      ] as const) {
        await page.goto(path)
        await expect(page.getByRole('heading', { name: ready })).toBeVisible()
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        if (name === 'result') {
          await expect(page.locator('figure.chart-frame')).toHaveCount(2)
          const show = page.getByRole('button', { name: /Toon als tabel|Show as table/ })
          while ((await show.count()) > 0) await show.first().click()
        }
        expect(await axe(page), `${name} ${lang} ${width}`).toEqual([])
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
        await page.screenshot({ path: `e2e-screens/selfscan-${name}-${lang}-${width}.png`, fullPage: true })
      }
    }
    expectNoAnswers(requests)
  })
}
