import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { scoresResponse, type ScoreRow } from '../../contract/v1'
import { DIMENSIONS, DIMENSION_INFO } from '../../domain/framework'
import { formatInterval, formatScore } from '../../domain/format'
import { sheetsToCsv, sheetsToJson, sheetToLink } from '../../domain/selfscan-file'
import type { AnswerSheet } from '../../domain/selfscan-score'
import { flat, sheetOf } from '../../domain/selfscan-test-fixtures'
import { renderApp } from '../../test/render'
import { STORAGE_KEY, type StoredScan } from './storage'

const YEAR = 2025

function store(own: AnswerSheet, team: StoredScan['team'] = []) {
  const scan: StoredScan = { format: 'samenhang-zelfscan-opslag', version: 1, own, team }
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(scan))
}
const stored = (): StoredScan => JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)
const sheet = (answers: AnswerSheet['answers']): AnswerSheet => ({ region: 'PV20', sector: 'GEM', year: 2026, answers })

/** The benchmark rows straight from the API (the same mock API the page uses). */
async function apiRows(query: string): Promise<ScoreRow[]> {
  const res = await fetch(`http://localhost/api/v1/scores?${query}`)
  return scoresResponse.parse(await res.json()).rows
}

/** The cells of the row whose header and first cell match, in a chart's table. */
async function tableRow(figure: HTMLElement, measure: string, reference?: string): Promise<string[]> {
  if (within(figure).queryByRole('button', { name: 'Toon als tabel' })) await userEvent.click(within(figure).getByRole('button', { name: 'Toon als tabel' }))
  const row = within(figure)
    .getAllByRole('row')
    .find((r) => r.querySelector('th')?.textContent === measure && (reference === undefined || r.querySelector('td')?.textContent === reference))
  if (!row) throw new Error(`no row ${measure} / ${reference}`)
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '')
}

/** The printed figure is `expected` at the precision it is printed with (the rounding rule decides the decimals). */
function expectPrinted(text: string, expected: number) {
  const plain = text.replace('\u2212', '-').replace('+', '').replace(/\./g, '').replace(',', '.')
  const digits = plain.includes('.') ? plain.split('.')[1].length : 0
  expect(Number.isFinite(Number(plain)), text).toBe(true)
  expect(Math.abs(Number(plain) - expected), `${text} against ${expected}`).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9)
}

beforeEach(() => window.localStorage.clear())
afterEach(() => {
  server.events.removeAllListeners()
  window.location.hash = ''
})

// T1 3,4,2 → 3   T2 2,2,3 → 7/3   T3 4,4,4 → 4   T4 1,2,3 → 2   → T = 34/12 = 2.8333
// S1 3,3,3 → 3   S2 2,"weet niet",4 → 3   S3 5,4,3 → 4   S4 2,2,2 → 2   S5 3,4,5 → 4   → S = 3.2
// R = √(34/12 · 3.2) = 3.0111; G = 34/12 − 3.2 = −0.3667
const ONE = sheetOf({ T1: [3, 4, 2], T2: [2, 2, 3], T3: [4, 4, 4], T4: [1, 2, 3], S1: [3, 3, 3], S2: [2, 'dk', 4], S3: [5, 4, 3], S4: [2, 2, 2], S5: [3, 4, 5] }).answers

describe('the questionnaire', () => {
  it('keeps each answer as it is given: a reload continues where it stopped', async () => {
    const first = renderApp(`/zelfscan?sector=GEM&regio=PV20&jaar=${YEAR}`)
    // the invite's sector and province are filled in
    expect(await screen.findByRole('combobox', { name: 'Sector' })).toHaveValue('GEM')
    expect(screen.getByRole('combobox', { name: 'Provincie (van de hoofdvestiging)' })).toHaveValue('PV20')
    expect(screen.getByText(/Samenhang stuurt uw antwoorden nergens heen/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Begin met de zelfscan' }))
    expect(await screen.findByRole('heading', { name: 'T1 · Digitale infrastructuur & platforms' })).toHaveFocus()
    const q1 = screen.getByRole('group', { name: /Stelling 1 van 27/ })
    // every answer carries the scale's words
    expect(within(q1).getAllByRole('radio').map((r) => r.closest('label')?.querySelector('.sc-option-word')?.textContent)).toEqual([
      'Initieel',
      'Experimenterend',
      'Gedefinieerd',
      'Geïntegreerd',
      'Optimaliserend',
      'Weet niet',
    ])
    await userEvent.click(within(q1).getByRole('radio', { name: /^4 Geïntegreerd/ }))
    await userEvent.click(within(screen.getByRole('group', { name: /Stelling 2 van 27/ })).getByRole('radio', { name: 'Weet niet' }))
    expect(stored().own.answers).toEqual({ T1_1: 4, T1_2: 'dk' })
    expect(stored().own.region).toBe('PV20')
    expect(screen.getByText('2 van 27 stellingen beantwoord')).toBeInTheDocument()
    first.unmount()

    renderApp(`/zelfscan?sector=GEM&regio=PV20&jaar=${YEAR}&stap=1`)
    const again = await screen.findByRole('group', { name: /Stelling 1 van 27/ })
    expect(within(again).getByRole('radio', { name: /^4 Geïntegreerd/ })).toBeChecked()
    expect(screen.getByText('2 van 27 stellingen beantwoord')).toBeInTheDocument()
  })

  it('asks for the organisation before it starts, in words, with focus on what is missing', async () => {
    renderApp('/zelfscan?taal=en')
    await userEvent.click(await screen.findByRole('button', { name: 'Start the self-assessment' }))
    expect(screen.getByRole('alert')).toHaveTextContent('First choose your organisation’s sector and province.')
    expect(screen.getByRole('combobox', { name: 'Sector' })).toHaveFocus()
  })
})

describe('stored answers that cannot be read', () => {
  it('says so, starts empty, and keeps the old value aside instead of overwriting it', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{"format":"samenhang-zelfscan-opslag","version":1,"own":')
    renderApp(`/zelfscan?sector=GEM&regio=PV20&stap=1`)
    expect(await screen.findByText(/Eerder bewaarde antwoorden konden niet worden gelezen/)).toBeInTheDocument()
    await userEvent.click(within(screen.getByRole('group', { name: /Stelling 1 van 27/ })).getByRole('radio', { name: /^2 Experimenterend/ }))
    expect(stored().own.answers).toEqual({ T1_1: 2 })
    expect(window.localStorage.getItem('samenhang.zelfscan.onleesbaar')).toBe('{"format":"samenhang-zelfscan-opslag","version":1,"own":')
  })
})

describe('the result (answers → scores worked by hand)', () => {
  it('one respondent: T, S, R and the gap, "weet niet" handled, no interval, sizes without verdicts', async () => {
    store(sheet(ONE))
    renderApp(`/zelfscan?stap=uitslag&jaar=${YEAR}`)
    expect(await screen.findByRole('heading', { name: 'Uitslag: Gemeenten in Groningen' })).toBeInTheDocument()
    expect(screen.getByText(/^1 invuller · benchmark: organisatieniveau, 2025$/)).toBeInTheDocument()
    const [summary, dims] = await screen.findAllByRole('figure')
    const t = await tableRow(summary, 'Technologisch T', 'Gemeenten in Groningen')
    expect(t.slice(1, 3)).toEqual(['2,8', '—']) // value, no interval
    expect((await tableRow(summary, 'Sociaal S', 'Gemeenten in Groningen')).slice(1, 3)).toEqual(['3,2', '—'])
    expect((await tableRow(summary, 'Gereedheid R', 'Gemeenten in Groningen'))[1]).toBe('3,0')
    expect((await tableRow(summary, 'Verschil T − S', 'Gemeenten in Groningen'))[1]).toBe('\u22120,4')
    expect(t.at(-1)).toBe('geen interval (één invuller)')
    // S2 with one "weet niet": (2 + 4) / 2 = 3
    expect((await tableRow(dims, 'S2 Cocreatie & participatie', 'Gemeenten in Groningen'))[1]).toBe('3,0')
    const findings = within(screen.getByRole('region', { name: 'In het kort' })).getAllByRole('listitem').map((li) => li.textContent)
    expect(findings.join(' ')).not.toMatch(/ hoger dan | lager dan |blijft achter|blijven achter/)
    expect(findings).toContain('Dit is het beeld van één persoon. Eén persoon heeft geen foutmarge, dus we zeggen niet of een verschil echt is. Vul de scan met collega’s in voor een steviger beeld.')
  })

  it('a dimension with no answers has no score, and then no T, R or gap', async () => {
    store(sheet({ ...ONE, T3_1: 'dk', T3_2: 'dk', T3_3: 'dk' }))
    renderApp(`/zelfscan?stap=uitslag&jaar=${YEAR}`)
    const [summary, dims] = await screen.findAllByRole('figure')
    expect((await tableRow(dims, 'T3 Informatieveiligheid & privacy', 'Gemeenten in Groningen')).slice(1, 2)).toEqual(['—'])
    expect((await tableRow(summary, 'Technologisch T', 'Gemeenten in Groningen')).at(-1)).toBe('niet te vergelijken')
    expect((await tableRow(summary, 'Sociaal S', 'Gemeenten in Groningen'))[1]).toBe('3,2')
    expect(within(screen.getByRole('region', { name: 'In het kort' })).getAllByRole('listitem')[0]).toHaveTextContent(
      'Uw scan heeft geen gereedheid R: voor Informatieveiligheid & privacy zijn te weinig stellingen beantwoord.',
    )
  })

  it('a team of three, combined from a JSON file and a CSV file: n = 3 and t intervals', async () => {
    // P1: T 3 S 2; P2: T 4 S 3; P3: T 2 S 4 (see src/domain/selfscan-score.test.ts)
    const p1 = flat({ T1: 3, T2: 3, T3: 4, T4: 2, S1: 2, S2: 2, S3: 3, S4: 2, S5: 1 }).answers
    const p2 = flat({ T1: 4, T2: 5, T3: 4, T4: 3, S1: 3, S2: 4, S3: 3, S4: 3, S5: 2 }).answers
    const p3 = { ...flat({ T1: 2, T2: 2, T3: 3, T4: 1, S1: 4, S2: 3, S3: 4, S4: 5, S5: 4 }).answers, S2_2: 'dk' as const }
    store(sheet(p1))
    renderApp(`/zelfscan?stap=uitslag&jaar=${YEAR}`)
    const input = await screen.findByLabelText('Antwoordbestanden toevoegen (JSON of CSV)')
    await userEvent.upload(input, [
      new File([sheetsToJson([sheet(p2)])], 'anna.json', { type: 'application/json' }),
      new File([sheetsToCsv([sheet(p3)])], 'bram.csv', { type: 'text/csv' }),
    ])
    expect(await screen.findByText('2 antwoordenlijsten toegevoegd. De uitslag telt nu 3 invullers.')).toBeInTheDocument()
    expect(screen.getByText(/^3 invullers · benchmark/)).toBeInTheDocument()
    const [summary] = screen.getAllByRole('figure')
    // T: 3, 4, 2 → 3 ± 4.303 · (1/√3) = 0.52 to 5.48 (printed at one decimal, the rounding rule)
    // value, interval and n (the three respondents)
    expect((await tableRow(summary, 'Technologisch T', 'Gemeenten in Groningen')).slice(1, 4)).toEqual(['3,0', '0,5 – 5,5', '3'])
    // R = 3 ± 4.303 · √3/6 = 1.76 to 4.24; G = 0 ± 4.303
    expect((await tableRow(summary, 'Gereedheid R', 'Gemeenten in Groningen')).slice(1, 3)).toEqual(['3,0', '1,8 – 4,2'])
    expect((await tableRow(summary, 'Verschil T − S', 'Gemeenten in Groningen')).slice(1, 3)).toEqual(['0,0', '\u22124,3 – 4,3'])
    expect(within(screen.getByRole('region', { name: 'In het kort' })).getByText(/Gebaseerd op 3 invullers/)).toBeInTheDocument()
    expect(stored().team.map((m) => m.source)).toEqual(['anna.json', 'bram.csv'])
  })

  it('refuses a bad file with a message and changes nothing', async () => {
    store(sheet(ONE))
    renderApp(`/zelfscan?stap=uitslag&jaar=${YEAR}&taal=en`)
    const input = await screen.findByLabelText('Add answer files (JSON or CSV)')
    await userEvent.upload(input, new File(['level;region;sector;year;T1_1\norganisational;PV20;GEM;2026;7\n'], 'oops.csv', { type: 'text/csv' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('oops.csv was not added. Nothing has changed.')
    expect(alert).toHaveTextContent('row 2, column T1_1 (“7”): An answer is 1 to 5, "weet niet" (don’t know), or empty.')
    expect(stored().team).toEqual([])
  })

  it('adds a colleague’s answers from a link’s fragment, then removes them from the address', async () => {
    store(sheet(ONE))
    renderApp(`/zelfscan?stap=uitslag&jaar=${YEAR}#zelfscan=${sheetToLink(sheet(flat({ T1: 3, T2: 3, T3: 3, T4: 3, S1: 3, S2: 3, S3: 3, S4: 3, S5: 3 }).answers))}`)
    expect(await screen.findByText(/Deze link bevat de antwoorden van een collega \(Gemeenten in Groningen; 27 van 27 beantwoord\)/)).toBeInTheDocument()
    expect(window.location.hash).toBe('')
    await userEvent.click(screen.getByRole('button', { name: 'Voeg toe aan het team' }))
    expect(await screen.findByText(/^2 invullers · benchmark/)).toBeInTheDocument()
    expect(stored().team).toHaveLength(1)
  })
})

describe('placement against the benchmark equals a direct computation from the API', () => {
  it('every dimension, T, S and R against the sector in the province, the sector and the Netherlands; no request carries an answer', async () => {
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => {
      requests.push(`${request.method} ${request.url}`)
    })
    store(sheet(ONE))
    renderApp(`/zelfscan?stap=uitslag&jaar=${YEAR}`)
    const [summary, dims] = await screen.findAllByRole('figure')
    const refs = [
      { label: 'Gemeenten in Groningen', query: `level=organisational&region=PV20&sector=GEM&year=${YEAR}&by=level,dimension` },
      { label: 'Gemeenten in heel Nederland', query: `level=organisational&sector=GEM&year=${YEAR}&by=level,dimension` },
      { label: 'Alle organisaties in Nederland', query: `level=organisational&year=${YEAR}&by=level,dimension` },
    ]
    const org = { T1: 3, T2: 7 / 3, T3: 4, T4: 2, S1: 3, S2: 3, S3: 4, S4: 2, S5: 4 } as Record<string, number>
    const orgT = 34 / 12
    const orgS = 3.2
    for (const ref of refs) {
      const rows = await apiRows(ref.query)
      const mean = (d: string) => (rows.find((r) => r.dimension === d && r.status !== 'suppressed') as { mean: number }).mean
      const T = (mean('T1') + mean('T2') + mean('T3') + mean('T4')) / 4
      const S = (mean('S1') + mean('S2') + mean('S3') + mean('S4') + mean('S5')) / 5
      const R = Math.sqrt(T * S)
      // columns after the row header: comparison, organisation, its interval, its n, benchmark, its
      // interval, its n, difference, its interval, verdict
      // organisation, benchmark and difference, each equal to the direct computation at the precision printed;
      // one respondent: n = 1, no interval, so no verdict
      const single = (cells: string[]) => {
        expect([cells[2], cells[3], cells[8], cells[9]]).toEqual(['—', '1', '—', 'geen interval (één invuller)'])
      }
      const t = await tableRow(summary, 'Technologisch T', ref.label)
      expectPrinted(t[1], orgT)
      expectPrinted(t[4], T)
      expectPrinted(t[7], orgT - T)
      single(t)
      const s = await tableRow(summary, 'Sociaal S', ref.label)
      expectPrinted(s[1], orgS)
      expectPrinted(s[4], S)
      expectPrinted(s[7], orgS - S)
      single(s)
      const r = await tableRow(summary, 'Gereedheid R', ref.label)
      expectPrinted(r[1], Math.sqrt(orgT * orgS))
      expectPrinted(r[4], R)
      expectPrinted(r[7], Math.sqrt(orgT * orgS) - R)
      single(r)
      if (ref.label === 'Gemeenten in Groningen') {
        for (const d of DIMENSIONS) {
          const name = `${d} ${DIMENSION_INFO.find((x) => x.id === d)!.label.nl}`
          const cells = await tableRow(dims, name, ref.label)
          const api = rows.find((x) => x.dimension === d)!
          expectPrinted(cells[1], org[d])
          if (api.status === 'suppressed') expect(cells[4]).toBe('niet getoond (te weinig gegevens)')
          else {
            expect([cells[4], cells[5]]).toEqual([formatScore({ value: api.mean, ciLow: api.ciLow, ciHigh: api.ciHigh }, 'nl'), formatInterval({ value: api.mean, ciLow: api.ciLow, ciHigh: api.ciHigh }, 'score', 'nl')])
            expectPrinted(cells[4], api.mean)
            expect(cells[6]).toBe(String(api.n))
            expectPrinted(cells[7], org[d] - api.mean)
            single(cells)
          }
        }
      }
    }
    // the page asked only for the meta data and the three benchmarks: no body, no answer in any address
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.every((r) => r.startsWith('GET '))).toBe(true)
    for (const r of requests) {
      const url = new URL(r.slice(4))
      expect(url.hash).toBe('')
      expect([...url.searchParams.keys()].every((k) => ['level', 'region', 'sector', 'year', 'by'].includes(k))).toBe(true)
      expect(r).not.toMatch(/T1_1|S5_3|answers|zelfscan/i)
    }
    await waitFor(() => expect(requests.some((r) => r.includes('/api/v1/meta'))).toBe(true))
    // the legend states the server's thresholds, never an unfilled placeholder
    const { thresholds } = (await (await fetch('http://localhost/api/v1/meta')).json()) as { thresholds: { lowReliabilityN: number } }
    for (const f of [summary, dims]) expect(within(f).getByText(`Open symbool: dunne gegevens (n < ${thresholds.lowReliabilityN} of brede marge)`)).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/\{[a-zA-Z]+\}/)
  })
})

describe('the invitation', () => {
  it('is on the overview and on a sector’s profile, carrying the sector; not on a province’s profile', async () => {
    const a = renderApp(`/?sector=GEM&jaar=${YEAR}`)
    const link = await screen.findByRole('link', { name: 'Doe de zelfscan →' })
    expect(link).toHaveAttribute('href', `/zelfscan?sector=GEM&jaar=${YEAR}`)
    a.unmount()
    const b = renderApp(`/profiel?sector=WS&jaar=${YEAR}&taal=en`)
    expect(await screen.findByRole('link', { name: 'Take the self-assessment →' })).toHaveAttribute('href', `/zelfscan?sector=WS&jaar=${YEAR}&taal=en`)
    b.unmount()
    renderApp(`/profiel?regio=PV20&jaar=${YEAR}`)
    expect(await screen.findByRole('heading', { name: 'Profiel van Groningen' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Doe de zelfscan →' })).not.toBeInTheDocument()
  })
})
