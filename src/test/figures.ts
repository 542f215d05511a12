/**
 * Finding and reading figures in tests, the way a user does: by title, subtitle or id; their
 * table; their CSV from the Download menu.
 */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

function find(what: string, test: (f: HTMLElement) => boolean): HTMLElement {
  const all = screen.getAllByRole('figure')
  const fig = all.find(test)
  if (!fig) throw new Error(`no figure with ${what}: ${all.map((f) => `${f.dataset.figure} "${f.querySelector('.chart-title')?.textContent}"`).join(' | ')}`)
  return fig
}

export const figureByTitle = (title: RegExp) => find(`title ${title}`, (f) => title.test(f.querySelector('.chart-title')?.textContent ?? ''))
export const figureBySubtitle = (subtitle: RegExp) => find(`subtitle ${subtitle}`, (f) => subtitle.test(f.querySelector('.chart-subtitle')?.textContent ?? ''))
export const figureById = (id: string) => find(`id ${id}`, (f) => f.dataset.figure === id)

/** Opens the figure's table ("Toon als tabel") and returns it. */
export async function openTable(fig: HTMLElement): Promise<HTMLTableElement> {
  const show = within(fig).queryByRole('button', { name: /toon als tabel|show as table/i })
  if (show) await userEvent.click(show)
  return within(fig.querySelector('.chart-table') as HTMLElement).getByRole('table') as HTMLTableElement
}

/** Every body row of a table as its cells' texts (row header first). */
export function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''))
}

/** Opens the table of a figure and returns its body rows. */
export async function tableRows(fig: HTMLElement): Promise<string[][]> {
  return bodyRows(await openTable(fig))
}

/** The raw text of a figure's CSV in one dialect, from the Download menu. */
export async function csvText(fig: HTMLElement, variant: 'nl' | 'intl' = 'nl'): Promise<string> {
  const menu = within(fig).getByRole('button', { name: /^(Downloaden|Download):/ })
  if (menu.getAttribute('aria-expanded') !== 'true') await userEvent.click(menu)
  const link = within(fig)
    .getAllByRole('link', { name: /CSV/ })
    .find((a) => a.getAttribute('download')!.endsWith('-intl.csv') === (variant === 'intl'))!
  const href = link.getAttribute('href')!
  return decodeURIComponent(href.slice(href.indexOf(',') + 1))
}

/** Parses CSV text (RFC 4180: quoted fields may hold separators, quotes and line breaks). */
export function parseCsv(text: string, sep: string): string[][] {
  const lines: string[][] = []
  let field = ''
  let line: string[] = []
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === sep) {
      line.push(field)
      field = ''
    } else if (ch === '\r' && body[i + 1] === '\n') {
      line.push(field)
      lines.push(line)
      line = []
      field = ''
      i++
    } else field += ch
  }
  if (field !== '' || line.length > 0) lines.push([...line, field])
  return lines
}

/** A figure's CSV as lines of fields. */
export async function csvOf(fig: HTMLElement, variant: 'nl' | 'intl' = 'nl'): Promise<string[][]> {
  return parseCsv(await csvText(fig, variant), variant === 'nl' ? ';' : ',')
}

/**
 * A ranking's rows (position, name, rank range, …) are in order, and every rank range holds its
 * own position: "2–5" at place 3.
 */
export function expectRankRanges(rows: readonly string[][], at: { position: number; range: number }): void {
  rows.forEach((r, i) => {
    if (r[at.position] !== String(i + 1)) throw new Error(`row ${i}: position ${r[at.position]}, expected ${i + 1}`)
    const [best, worst = best] = r[at.range].split('–').map(Number)
    if (!(best <= i + 1 && worst >= i + 1)) throw new Error(`row ${i}: rank range ${r[at.range]} does not hold place ${i + 1}`)
  })
}
