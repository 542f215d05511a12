/**
 * Every table of every figure on every view, as the reader sees it (issue #16, "done when"; cases
 * N1, N2, N5): each estimate printed beside its 95% interval lies inside that printed interval,
 * a value is never "−0" in any form, and every minus on screen is U+2212.
 */
import { expect, test, type Page } from '@playwright/test'

const VIEWS = [
  '/?regio=PV20&jaar=2025&vergelijkjaar=2019',
  '/?jaar=2025',
  '/vergelijken?regio=PV20,PV26,PV29&jaar=2025&vergelijkjaar=2019',
  '/sectoren?jaar=2025',
  '/trends?jaar=2025',
  '/internationaal?jaar=2025',
  '/profiel?regio=PV26&jaar=2025',
  '/profiel?sector=GEM&jaar=2025',
]

/** "3,28", "+0,1", "−0,05" (nl) or "3.28" (en) → number; undefined for anything else. */
function num(s: string, lang: 'nl' | 'en'): number | undefined {
  const t = s.trim().replace(/^\+/, '').replace('−', '-')
  const plain = lang === 'nl' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '')
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined
}

/** Every table of every figure: its header and body cells as text. */
async function tables(page: Page) {
  await expect(page.locator('figure.chart-frame').first()).toBeVisible()
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  const buttons = page.getByRole('button', { name: /^(Toon als tabel|Show as table)/ })
  const count = await buttons.count()
  for (let i = 0; i < count; i++) await buttons.nth(0).click()
  return page.locator('figure.chart-frame table').evaluateAll((ts) =>
    ts.map((t) => ({
      caption: t.querySelector('caption')?.textContent ?? '',
      head: [...t.querySelectorAll('thead th')].map((c) => c.textContent ?? ''),
      rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent ?? '')),
    })),
  )
}

for (const lang of ['nl', 'en'] as const) {
  for (const path of VIEWS) {
    test(`${path} (${lang}): every estimate lies inside its printed interval; no −0, no ASCII minus`, async ({ page }) => {
      test.setTimeout(120_000)
      await page.goto(path + (lang === 'en' ? '&taal=en' : ''))
      const all = await tables(page)
      expect(all.length, 'figures with a table').toBeGreaterThan(0)
      let checked = 0
      for (const t of all) {
        const ci = t.head.flatMap((h, i) => (/95\s?%/.test(h) ? [i] : []))
        for (const row of t.rows) {
          for (const cell of row) {
            expect(cell, `${t.caption}: ASCII minus before a number`).not.toMatch(/(^|[\s(])-\d/)
            expect(cell, `${t.caption}: negative zero`).not.toMatch(/−0(?:[,.]0+)?(?!\d|[,.]\d*[1-9])/)
          }
          for (const i of ci) {
            const m = /^(.+?) – (.+)$/.exec(row[i]?.trim() ?? '')
            const value = num(row[i - 1] ?? '', lang)
            if (!m || value === undefined) continue
            const lo = num(m[1], lang)
            const hi = num(m[2], lang)
            if (lo === undefined || hi === undefined) continue
            expect(lo, `${t.caption} · ${row.join(' | ')}`).toBeLessThanOrEqual(value)
            expect(value, `${t.caption} · ${row.join(' | ')}`).toBeLessThanOrEqual(hi)
            checked++
          }
        }
      }
      // the rule is checked on real numbers, not on an empty page
      expect(checked).toBeGreaterThan(5)
    })
  }
}
