/** Downloading a figure's files the way a user does: through its Download menu. */
import type { Download, Locator, Page } from '@playwright/test'

export type FigureFile = 'png' | 'svg' | 'csv-nl' | 'csv-intl'

const ITEM: Record<FigureFile, RegExp> = {
  png: /^(Download als PNG-afbeelding|Download as PNG image):/,
  svg: /^(Download als SVG-afbeelding|Download as SVG image):/,
  'csv-nl': /^CSV \(Excel/,
  'csv-intl': /^CSV \(internationa/,
}

/** Opens the figure's Download menu (if closed) and returns the offered items' accessible names. */
export async function downloadItems(figure: Locator): Promise<string[]> {
  const menu = figure.getByRole('button', { name: /^(Downloaden|Download):/ })
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
  return figure.locator('.download-list li > *').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''))
}

/** Downloads one of the figure's files. */
export async function downloadFigure(page: Page, figure: Locator, kind: FigureFile): Promise<Download> {
  await downloadItems(figure)
  const item = kind.startsWith('csv') ? figure.getByRole('link', { name: ITEM[kind] }) : figure.getByRole('button', { name: ITEM[kind] })
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()])
  return download
}
