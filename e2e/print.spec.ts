/**
 * Print and PDF (issue #17, case E5): the handout of a deck, and the print of any view — A4
 * landscape, read back from Chromium's PDF: its text per page (pdftotext) and its page images
 * (pdftoppm), which are also saved for a person to look at (e2e-screens/print-*.png).
 * PDFs are made as a reader's browser makes them by default: without "background graphics".
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { copyFileSync } from 'node:fs'
import { FIGURE_MARKER } from './figures'
import { inkIn, pageImage, pageText, pageWords, savePdf, type Pdf } from './pdf'

/** Page margins of print.css, in points: 12 mm at the sides, 14 mm at the foot. */
const SIDE = (12 / 25.4) * 72
const FOOT = (14 / 25.4) * 72

interface Slide {
  href: string
  figure?: string
  chart?: number
  title: string
  notes: string
}

async function printed(page: Page, name: string): Promise<Pdf> {
  const pdf = savePdf(await page.pdf({ preferCSSPageSize: true }), name)
  expect(pdf.width, `${name}: landscape`).toBeGreaterThan(pdf.height)
  expect(Math.round(pdf.width)).toBe(842)
  expect(Math.round(pdf.height)).toBe(595)
  return pdf
}

/** Nothing is printed beyond the right edge of the content (a chart cut or pushed off the paper would be). */
function expectNothingInTheRightMargin(pdf: Pdf, name: string) {
  for (let p = 1; p <= pdf.pages; p++) {
    const img = pageImage(pdf, p)
    copyFileSync(img.png, `e2e-screens/print-${name}-p${p}.png`)
    expect(inkIn(img, img.width - SIDE + 3, 0, img.width, img.height - FOOT), `${name}, page ${p}: ink right of the content`).toBe(false)
  }
}

const today = (lang: 'nl' | 'en') => new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date())

test.describe('the handout of a deck', () => {
  const slides: Slide[] = [
    { href: '/?regio=PV20&jaar=2025', figure: 'overview.ladder', title: 'Groningen: de regio is de zwakste schakel', notes: 'Begin met het regionale niveau.\nDaarna de landelijke context.' },
    { href: '/vergelijken?regio=PV20,PV27,PV21&jaar=2025', figure: 'compare.ranking', title: 'Utrecht staat bovenaan', notes: 'Let op de intervallen.' },
    // a figure taller than its page's room before it is scaled (21 rows), with a figure after it
    { href: '/profiel?regio=PV20&jaar=2025', figure: 'profile.trend', title: 'Groningen sinds 2019', notes: 'Drie niveaus.' },
    { href: '/sectoren?jaar=2025', figure: 'sectors.matrix', title: 'Provincie en sector', notes: '' },
    { href: '/vergelijken?regio=PV20&jaar=2025', chart: 1, title: 'Uit een oude versie', notes: 'Opnieuw vastzetten.' },
  ]

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(FIGURE_MARKER)
    await page.goto('/presentatie')
    await page.evaluate((s) => window.localStorage.setItem('samenhang.deck', JSON.stringify({ format: 'samenhang-deck', version: 2, title: 'Briefing donderdag', slides: s })), slides)
    await page.reload()
  })

  test('a cover, then one A4 landscape page per slide with its notes and page numbers; never the editing form', async ({ page }) => {
    test.setTimeout(180_000)
    await page.getByRole('button', { name: 'Presentatie afdrukken' }).click()
    await expect(page).toHaveURL(/afdrukken=1/)
    await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' })).toBeFocused()
    await expect(page.getByText(/Opslaan als PDF/)).toBeVisible()
    await expect(page.locator('.handout')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 })
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await page.screenshot({ path: 'e2e-screens/handout-screen-nl.png', fullPage: true })
    const pdf = await printed(page, 'handout-nl')
    expect(pdf.pages).toBe(slides.length + 1)

    const cover = pageText(pdf, 1)
    expect(cover).toContain('Briefing donderdag')
    expect(cover).toContain(`Gemaakt op ${today('nl')}`)
    expect(cover).toContain('Demodata (synthetisch)')
    for (const s of slides) expect(cover).toContain(s.title)
    for (let i = 0; i < slides.length; i++) {
      const text = pageText(pdf, i + 2)
      expect(text).toContain(slides[i].title)
      expect(text).toContain(`Dia ${i + 1} van ${slides.length}`)
      expect(text).toContain('Sprekersnotities')
      for (const line of (slides[i].notes || 'Geen notities.').split('\n')) expect(text).toContain(line)
      // the other slides' notes are not on this page
      for (const [j, other] of slides.entries()) if (j !== i && other.notes) expect(text).not.toContain(other.notes.split('\n')[0])
    }
    for (let p = 1; p <= pdf.pages; p++) {
      const text = pageText(pdf, p)
      expect(text).toMatch(new RegExp(`\\b${p}\\s*/\\s*${pdf.pages}\\s*$`))
      expect(text).toContain('Bron: ')
      expect(text).not.toMatch(/Titel van dia|Sprekersnotities bij dia|Presenteren|Afdrukken of opslaan/)
    }
    // the slide pages show their figure; the old slide its notice instead
    expect(pageText(pdf, 3)).toContain('Nederland 3,3')
    // the tall figure is printed whole on its own page, down to its last row and its axis
    expect(pageText(pdf, 4)).toMatch(/Individueel[\s\S]*Organisatie[\s\S]*Regionaal\/sectoraal[\s\S]*2025[\s\S]*Gedefinieerd/)
    expect(pageText(pdf, 6)).toContain('gemaakt met een oudere versie')
    // heatmap colours print without "background graphics"
    const matrix = pageImage(pdf, 5)
    let filled = 0
    for (let y = 60; y < 450; y += 2) for (let x = 100; x < 800; x += 2) if (matrix.dark(x, y)) filled++
    expect(filled).toBeGreaterThan(8000)
    expectNothingInTheRightMargin(pdf, 'handout-nl')

    // back to the editor: focus on the button that led to the handout
    await page.getByRole('button', { name: 'Terug naar de presentatie' }).click()
    await expect(page.getByRole('button', { name: 'Presentatie afdrukken' })).toBeFocused()
  })

  test('printing the editor itself gives the list of slides and notes, not the form', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Dia 5' })).toBeVisible()
    const pdf = await printed(page, 'editor-nl')
    const text = Array.from({ length: pdf.pages }, (_, i) => pageText(pdf, i + 1)).join('\n')
    expect(text).toContain('Briefing donderdag')
    for (const s of slides) expect(text).toContain(s.title)
    expect(text).toContain('Begin met het regionale niveau.')
    expect(text).not.toMatch(/Titel van dia|Sprekersnotities bij dia|Presenteren|Exporteren/)
  })

  test('in English: cover and pages in English', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/presentatie?afdrukken=1&taal=en')
    await expect(page.locator('.handout')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 })
    const pdf = await printed(page, 'handout-en')
    expect(pdf.pages).toBe(slides.length + 1)
    const cover = pageText(pdf, 1)
    expect(cover).toContain(`Made on ${today('en')}`)
    expect(cover).toContain('Demo data (synthetic)')
    expect(pageText(pdf, 2)).toContain('Slide 1 of 5')
    expect(pageText(pdf, 2)).toContain('Speaker notes')
    expect(pageText(pdf, 2)).toContain('Source: ')
  })
})

test.describe('the print of a view', () => {
  const VIEWS = [
    { name: 'compare', url: '/vergelijken?regio=PV20,PV27,PV21&jaar=2025' },
    { name: 'sectors', url: '/sectoren?jaar=2025' },
    { name: 'overview', url: '/?regio=PV20&jaar=2025' },
    { name: 'profile', url: '/profiel?regio=PV20&jaar=2025' },
  ]
  for (const v of VIEWS) {
    test(`${v.name}: A4 landscape, no controls, nothing cut, no title apart from its figure, source and date on every page`, async ({ page }) => {
      test.setTimeout(120_000)
      await page.setViewportSize({ width: 1440, height: 900 })
      await page.goto(v.url)
      const figures = page.locator('figure.chart-frame')
      await expect(figures.first()).toBeVisible()
      await expect(page.locator('.state-loading')).toHaveCount(0)
      const titles = (await figures.locator('.chart-title').allInnerTexts()).map((t) => t.trim())
      // the rightmost words each chart draws (the leader's value in a ranking): a chart cut at the
      // paper's edge loses them, and Chromium leaves clipped text out of the PDF
      const rightmost = await figures.evaluateAll((figs) => {
        // the words a text element draws: its text and tspans, not its <title> (a tooltip)
        const said = (el: Node): string =>
          [...el.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : n.nodeName.toLowerCase() === 'title' ? '' : ` ${said(n)} `)).join('')
        return figs.map((f) => {
          const texts = [...f.querySelectorAll('.chart-body svg text')].filter((t) => t.getBoundingClientRect().width > 0)
          const right = Math.max(...texts.map((t) => t.getBoundingClientRect().right))
          return texts.filter((t) => t.getBoundingClientRect().right >= right - 1).flatMap((t) => said(t).split(/\s+/).filter(Boolean))
        })
      })
      const pdf = await printed(page, `view-${v.name}`)
      const all = Array.from({ length: pdf.pages }, (_, i) => pageText(pdf, i + 1))
      for (const [i, text] of all.entries()) {
        expect(text, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1}\\s*/\\s*${pdf.pages}\\s*$`))
        expect(text, `page ${i + 1}`).toContain('Bron: ')
        expect(text, `page ${i + 1}`).toContain(`Gemaakt op ${today('nl')}`)
        expect(text, `page ${i + 1}: no controls`).not.toMatch(/Toon als tabel|Vastzetten in presentatie|Download|Sluiten|Presenteren/)
      }
      expectNothingInTheRightMargin(pdf, v.name)
      // every figure's title is on a page with its chart under it, never alone at the foot of a page;
      // and its chart's rightmost label is printed on that page (or the next, for a figure taller than a page)
      for (const [n, title] of titles.entries()) {
        const head = title.split(/\s+/).slice(0, 3)
        let found = false
        for (let p = 1; p <= pdf.pages && !found; p++) {
          const words = pageWords(pdf, p)
          const at = words.findIndex((_, i) => head.every((w, k) => words[i + k]?.text === w))
          if (at < 0) continue
          found = true
          const y = Math.max(...head.map((_, k) => words[at + k].yMax))
          expect(y, `"${title}" is not at the foot of page ${p}`).toBeLessThan(pdf.height - FOOT - 150)
          expect(inkIn(pageImage(pdf, p), SIDE, y + 40, pdf.width - SIDE, y + 160), `"${title}" has its chart under it on page ${p}`).toBe(true)
          const printedWords = [...words.slice(at), ...(p < pdf.pages ? pageWords(pdf, p + 1) : [])].map((w) => w.text)
          // (small labels close together come out of pdftotext as one word: match inside words)
          const missing = rightmost[n].filter((token) => !printedWords.some((w) => w.includes(token)))
          expect(missing, `"${title}": the chart's rightmost label is printed`).toEqual([])
        }
        expect(found, `"${title}" is printed`).toBe(true)
      }
    })
  }

  test('a long table repeats its header row on every page it runs over', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/trends?jaar=2025')
    const figure = page.locator('figure.chart-frame').first()
    await figure.getByRole('button', { name: 'Toon als tabel' }).click()
    const head = (await figure.locator('.chart-table thead th').allInnerTexts()).map((t) => t.trim())
    const rows = await figure.locator('.chart-table tbody tr').count()
    expect(rows).toBeGreaterThan(40)
    const pdf = await printed(page, 'view-trends-table')
    const withHeader = Array.from({ length: pdf.pages }, (_, i) => pageText(pdf, i + 1)).filter((t) => new RegExp(head.slice(0, 4).join('\\s+')).test(t))
    expect(withHeader.length).toBeGreaterThanOrEqual(2)
    expectNothingInTheRightMargin(pdf, 'trends-table')
  })
})
