import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { scoresResponse, type ScoreRow } from '../../contract/v1'
import { bodyRows, csvOf, expectRankRanges, figureBySubtitle, figureByTitle as figure, openTable } from '../../test/figures'
import { renderApp } from '../../test/render'

const PROVINCES = 'PV20,PV21,PV22,PV23,PV24,PV25,PV26,PV27,PV28,PV29,PV30,PV31'

const DIFF = /verschillen met Nederland|verschil met Nederland|differences from the Netherlands|difference from the Netherlands/i
/** A Dutch printed number read back (U+2212 minus, decimal comma). */
const num = (text: string) => Number(text.replace('\u2212', '-').replace('+', '').replace(',', '.'))
/** The printed figure equals x at the decimals it is printed with (the rounding rule decides them). */
function expectShown(text: string, x: number) {
  const decimals = text.split(',')[1]?.length ?? 0
  expect(decimals).toBeGreaterThanOrEqual(1)
  expect(num(text)).toBeCloseTo(x, decimals)
}
/** A CSV field in screen dress: the CSV writes an ASCII minus, the screen U+2212. */
const screenMinus = (csv: string) => csv.replace(/-/g, '\u2212')

async function apiRows(query: string): Promise<ScoreRow[]> {
  const res = await fetch(`http://localhost/api/v1/scores?${query}`)
  return scoresResponse.parse(await res.json()).rows
}

function pillarMeans(rows: ScoreRow[]): { T: number; S: number; R: number } {
  const mean = (prefix: string) => {
    const ms = rows.filter((r) => r.dimension?.startsWith(prefix)).map((r) => (r.status === 'suppressed' ? NaN : r.mean))
    return ms.reduce((a, b) => a + b, 0) / ms.length
  }
  const T = mean('T')
  const S = mean('S')
  return { T, S, R: Math.sqrt(T * S) }
}

describe('compare regions', () => {
  it('shows three provinces against the Netherlands with the numbers of a direct computation', async () => {
    const province = pillarMeans(await apiRows(`level=organisational&region=PV26&year=2025&by=dimension`))
    const country = pillarMeans(await apiRows(`level=organisational&year=2025&by=dimension`))

    renderApp('/vergelijken?regio=PV20,PV26,PV29&jaar=2025&niveau=organisational')
    expect(await screen.findByRole('heading', { level: 1, name: 'Regio’s vergelijken' })).toBeInTheDocument()
    const diff = await waitFor(() => figure(DIFF))
    expect(within(diff).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Groningen', 'Utrecht', 'Zeeland'])
    const rows = bodyRows(await openTable(diff))
    // one level: R, T, S and nine dimensions, for Nederland and three provinces
    expect(rows).toHaveLength(12 * 4)
    const utrechtR = rows.find((r) => r[1] === 'Utrecht' && r[2] === 'Gereedheid R')!
    const nlR = rows.find((r) => r[1] === 'Nederland' && r[2] === 'Gereedheid R')!
    expectShown(utrechtR[3], province.R)
    expectShown(nlR[3], country.R)
    expect(utrechtR[6]).toMatch(/^\+/)
    expectShown(utrechtR[6], province.R - country.R)
    expectShown(rows.find((r) => r[1] === 'Utrecht' && r[2] === 'Technologisch T')![3], province.T)
    // the verdict follows the CI shown beside it
    for (const r of rows.filter((x) => x[1] !== 'Nederland' && x[6] !== '—')) {
      const [low, high] = r[7].split(' – ').map(num)
      expect(r[8]).toBe(low > 0 ? 'hoger' : high < 0 ? 'lager' : 'vergelijkbaar')
    }
  })

  it('holds exactly the numbers shown in the CSV of the comparison (Dutch and international)', async () => {
    renderApp('/vergelijken?regio=PV20,PV26,PV29&jaar=2025')
    const diff = await waitFor(() => figure(DIFF))
    const rows = bodyRows(await openTable(diff))
    const csv = await csvOf(diff, 'nl')
    const [header, ...lines] = csv
    // the same headers as every other view's CSV, and where the numbers come from
    expect(header).toEqual([
      'Jaar', 'Sector', 'Niveau', 'Code', 'Provincie of land', 'Maat', 'Score', 'Score ondergrens 95%', 'Score bovengrens 95%', 'n',
      'Verschil met Nederland', 'Verschil met Nederland ondergrens 95%', 'Verschil met Nederland bovengrens 95%', 'Oordeel', 'Opmerking',
      'Bron', 'Selectie', 'Gemaakt op', 'Synthetische gegevens',
    ])
    expect(lines).toHaveLength(rows.length)
    lines.forEach((l, i) => {
      const shown = rows[i]
      expect(l[0]).toBe('2025')
      expect(l[2]).toBe(shown[0])
      expect(l[4]).toBe(shown[1])
      expect(l[5]).toBe(shown[2])
      expect(l[6] || '—').toBe(shown[3])
      expect(l[7] && screenMinus(`${l[7]} – ${l[8]}`)).toBe(shown[4] === '—' ? '' : shown[4])
      expect(l[9] || '—').toBe(shown[5].replace(/\./g, ''))
      const d = shown[6] === '—' ? '' : shown[6].replace(/^\+/, '')
      expect(screenMinus(l[10])).toBe(d)
      expect(l[11] && screenMinus(`${l[11]} – ${l[12]}`)).toBe(shown[7] === '—' ? '' : shown[7])
      expect(l[13] || '—').toBe(shown[8])
    })
    const intl = await csvOf(diff, 'intl')
    expect(intl.slice(1).map((l) => l[6])).toEqual(lines.map((l) => l[6].replace(',', '.')))
  })

  it('picks three provinces with the mouse on the map, and every chart follows', async () => {
    renderApp('/vergelijken?jaar=2025')
    const map = await screen.findByRole('group', { name: 'Tegelkaart van de 12 provincies' })
    await userEvent.click(within(map).getByRole('button', { name: /^Groningen/ }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2025'))
    await userEvent.click(within(map).getByRole('button', { name: /^Utrecht/ }))
    await userEvent.click(within(map).getByRole('button', { name: /^Zeeland/ }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20,PV26,PV29&jaar=2025'))
    for (const name of ['Groningen', 'Utrecht', 'Zeeland']) {
      expect(within(map).getByRole('button', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-pressed', 'true')
    }
    expect(within(map).getByRole('button', { name: /^Drenthe/ })).toHaveAttribute('aria-pressed', 'false')
    expect(within(figure(DIFF)).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Groningen', 'Utrecht', 'Zeeland'])
    const profile = figureBySubtitle(/^Score op de schaal 1–5/)
    expect(within(profile).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Nederland', 'Groningen', 'Utrecht', 'Zeeland'])
    const balance = figureBySubtitle(/^Technologisch \(horizontaal\)/)
    expect(bodyRows(await openTable(balance)).map((r) => r[0])).toEqual(['Nederland', 'Groningen', 'Utrecht', 'Zeeland'])
    // the ranking highlights them; a click on a chosen tile takes it out again
    await userEvent.click(within(map).getByRole('button', { name: /^Utrecht/ }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20,PV29&jaar=2025'))
    expect(screen.getByText('Utrecht is uit de vergelijking gehaald.')).toBeInTheDocument()
  })

  it('picks provinces with the keyboard on the map: focus shows value, CI and n; Enter adds', async () => {
    renderApp('/vergelijken?jaar=2025')
    const map = await screen.findByRole('group', { name: 'Tegelkaart van de 12 provincies' })
    const fryslan = within(map).getByRole('button', { name: /^Fryslân/ })
    fryslan.focus()
    // the tooltip shows the value, the interval and n
    const tip = await waitFor(() => {
      const t = map.querySelector('.tile-tooltip')
      if (!t) throw new Error('no tooltip')
      return t as HTMLElement
    })
    expect(tip).toHaveTextContent(/Fryslân\d,\d+95%-interval \d,\d+–\d,\d+n = \d+/)
    expect(fryslan).toHaveAccessibleDescription(/95%-interval \d,\d+–\d,\d+; n = \d+\. Klik of Enter: toevoegen aan de vergelijking\./)
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV21&jaar=2025'))
    // focus stays on the tile (the same button is kept across the update)
    expect(document.activeElement).toHaveAttribute('data-province', 'PV21')
    await userEvent.tab()
    expect(document.activeElement).toHaveAttribute('data-province', 'PV20')
    await userEvent.keyboard(' ')
    await userEvent.tab()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV21,PV20,PV27&jaar=2025'))
    expect(within(figure(DIFF)).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Fryslân', 'Groningen', 'Noord-Holland'])
  })

  it('restores the whole comparison from the address', async () => {
    renderApp('/vergelijken?regio=PV27,PV31&jaar=2021&niveau=individual&maat=S2&ref=0&taal=en')
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare regions' })).toBeInTheDocument()
    await screen.findByRole('group', { name: 'Tile map of the 12 provinces' })
    expect(screen.getByRole('button', { name: 'Individual' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('checkbox', { name: 'Compare with the Netherlands as a whole' })).not.toBeChecked()
    expect(screen.getByRole('combobox', { name: /Measure for map and ranking/ })).toHaveValue('S2')
    expect(screen.getByText(/The comparison with the Netherlands is off/)).toBeInTheDocument()
    const profile = figureBySubtitle(/^Score on the 1–5 scale/)
    expect(within(profile).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Noord-Holland', 'Limburg'])
    expect(within(profile).getByText(/Individual · Noord-Holland, Limburg · All sectors · 2021/)).toBeInTheDocument()
    const rows = bodyRows(await openTable(profile))
    expect(rows[0][3]).toMatch(/^\d\.\d+$/)
  })

  it('trims more than six provinces and codes that are not provinces, with a notice', async () => {
    renderApp(`/vergelijken?regio=PV20,PV21,NL,PV22,PV23,PV24,PV25,PV26,PV27&jaar=2025&maat=X9`)
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20,PV21,PV22,PV23,PV24,PV25&jaar=2025'))
    // the notices stay after the address was cleaned: the view's own and the shell's
    const notice = (await screen.findByText(/Er passen hoogstens 6 tegelijk/)).closest('.notice')!
    expect(notice).toHaveTextContent('Er passen hoogstens 6 tegelijk. Weggelaten: Utrecht, Noord-Holland.')
    expect(notice).toHaveTextContent('Maat "X9" in het adres bestaat niet en is genegeerd.')
    expect(screen.getByText(/Provincie "NL" in het adres bestaat niet en is genegeerd/)).toBeInTheDocument()
    expect(screen.getByText('6 van hoogstens 6 gekozen')).toBeInTheDocument()
    // the map refuses a seventh
    const map = screen.getByRole('group', { name: 'Tegelkaart van de 12 provincies' })
    await userEvent.click(within(map).getByRole('button', { name: /^Zeeland/ }))
    expect(screen.getByText(/Er passen hoogstens 6 provincies in de vergelijking/)).toBeInTheDocument()
    expect(window.location.search).toBe('?regio=PV20,PV21,PV22,PV23,PV24,PV25&jaar=2025')
  })

  it('ranks all twelve provinces with rank ranges that contain their place', async () => {
    renderApp('/vergelijken?regio=PV26&jaar=2025')
    const rank = await waitFor(() => figureBySubtitle(/^Van hoog naar laag/))
    const rows = bodyRows(await openTable(rank))
    expect(rows).toHaveLength(12)
    const values = rows.map((r) => Number(r[3].replace(',', '.')))
    expect([...values].sort((a, b) => b - a)).toEqual(values)
    expectRankRanges(rows, { position: 0, range: 2 })
    // the first place is clear here: rank 1 alone, and the title says so
    expect(rows[0][2]).toBe('1')
    expect(within(rank).getByRole('heading', { level: 3 })).toHaveTextContent(`${rows[0][1]} staat op gereedheid R duidelijk bovenaan`)
    // the CSV of the ranking holds the same places
    const csv = await csvOf(rank)
    expect(csv.slice(1).map((l) => [l[3], l[4], l[5]])).toEqual(rows.map((r) => [r[0], r[1], r[2]]))
  })

  it('changes the measure of map and ranking through the URL', async () => {
    renderApp('/vergelijken?regio=PV26&jaar=2025')
    const select = await screen.findByRole('combobox', { name: /Maat voor kaart en rangorde/ })
    await userEvent.selectOptions(select, 'G')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV26&jaar=2025&maat=G'))
    expect(figureBySubtitle(/^Balans T − S, gemiddelde van de drie niveaus/)).toBeInTheDocument()
    const tile = within(screen.getByRole('group', { name: 'Tegelkaart van de 12 provincies' })).getByRole('button', { name: /^Utrecht/ })
    expect(tile.textContent).toMatch(/^Utrecht[+−-]?\d,\d+/)
  })

  it('hatches provinces whose value is suppressed and says so', async () => {
    // Defence at the organisational level: too few organisations in Drenthe, Flevoland and Zeeland
    renderApp('/vergelijken?regio=PV22,PV27&sector=DEF&jaar=2025&niveau=organisational')
    const map = await screen.findByRole('group', { name: 'Tegelkaart van de 12 provincies' })
    const drenthe = within(map).getByRole('button', { name: /^Drenthe/ })
    expect(drenthe).toHaveClass('is-missing')
    expect(drenthe).toHaveTextContent('n < 10')
    expect(drenthe).toHaveAccessibleDescription(/Te weinig gegevens \(n < 10\): niet getoond/)
    expect(within(map).getByRole('button', { name: /^Utrecht/ })).not.toHaveClass('is-missing')
    expect(screen.getAllByText('Te weinig gegevens (n < 10): niet getoond').length).toBeGreaterThan(0)
    // in the comparison the hatched row names the reason; no verdict is made up
    const rows = bodyRows(await openTable(figure(DIFF)))
    const r = rows.find((x) => x[1] === 'Drenthe' && x[2] === 'Gereedheid R')!
    expect(r[3]).toBe('—')
    expect(r[8]).toBe('niet te bepalen')
    expect(r[9]).toBe('niet getoond (te weinig gegevens)')
  })

  it('suggests the three most similar provinces and compares them in one click', async () => {
    renderApp('/vergelijken?regio=PV29&jaar=2025')
    const peers = await screen.findByRole('heading', { name: 'Provincies die lijken op Zeeland' })
    const section = peers.closest('section')!
    const names = within(section)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')!.textContent!)
    expect(names).toHaveLength(3)
    expect(names).not.toContain('Zeeland')
    await userEvent.click(within(section).getByRole('link', { name: 'Vergelijk Zeeland met deze drie' }))
    await waitFor(() => expect(window.location.search).toMatch(/^\?regio=PV29,PV\d\d,PV\d\d,PV\d\d&jaar=2025$/))
    expect(within(figure(DIFF)).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Zeeland', ...names])
  })

  it('adds and removes with the list beside the map and the chips', async () => {
    renderApp('/vergelijken?regio=PV20&jaar=2025')
    await screen.findByRole('group', { name: 'Tegelkaart van de 12 provincies' })
    await userEvent.click(screen.getByRole('button', { name: 'Limburg toevoegen aan de vergelijking' }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20,PV31&jaar=2025'))
    await userEvent.click(screen.getByRole('button', { name: 'Groningen uit de vergelijking halen' }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV31&jaar=2025'))
    fireEvent.change(screen.getByRole('combobox', { name: /Provincie toevoegen/ }), { target: { value: 'PV23' } })
    await waitFor(() => expect(window.location.search).toBe('?regio=PV31,PV23&jaar=2025'))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Vergelijk met Nederland als geheel' }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV31,PV23&jaar=2025&ref=0'))
    await userEvent.click(screen.getByRole('button', { name: 'Regionaal/sectoraal' }))
    await waitFor(() => expect(window.location.search).toBe('?regio=PV31,PV23&jaar=2025&niveau=regional_sectoral&ref=0'))
  })
})

// keep the province list in one place for readers of the tests above
void PROVINCES

describe('compare regions over two years', () => {
  it('shows the change of the map measure since an earlier year per province, Flevoland without a value for its missing years', async () => {
    renderApp('/vergelijken?regio=PV20,PV26&jaar=2025')
    await screen.findByRole('group', { name: 'Tegelkaart van de 12 provincies' })
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Vergelijk met jaar/ }), '2019')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20,PV26&jaar=2025&vergelijkjaar=2019'))
    const fig = await waitFor(() => figureBySubtitle(/^Verandering van Gereedheid R van 2019 tot 2025/))
    const rows = bodyRows(await openTable(fig))
    // the Netherlands first, then all twelve provinces
    expect(rows).toHaveLength(13)
    expect(rows[0][0]).toBe('Nederland')
    // Flevoland has no regional/sectoral figures for 2019, so no mean over the three levels that year
    const flevoland = rows.find((r) => r[0] === 'Flevoland')!
    expect(flevoland[1]).toBe('—')
    expect(flevoland[5]).toBe('—')
    expect(flevoland[7]).toBe('niet te bepalen')
    for (const r of rows.filter((x) => x[5] !== '—')) {
      const [low, high] = r[6].split(' – ').map((x) => Number(x.replace('−', '-').replace(',', '.')))
      expect(r[7]).toBe(low > 0 ? 'duidelijke toename' : high < 0 ? 'duidelijke afname' : 'geen duidelijke verandering')
    }
    const up = rows.slice(1).filter((r) => r[7] === 'duidelijke toename').length
    expect(within(fig).getByRole('heading', { level: 3 }).textContent).toMatch(new RegExp(`^Sinds 2019 steeg gereedheid R duidelijk in ${up} van de 12 provincies`))
    // the CSV holds the same rows, in the same order
    const csv = await csvOf(fig)
    expect(csv.slice(1).map((l) => [l[4], l[11] || '—', l[14]])).toEqual(rows.map((r) => [r[0], r[5].replace(/^\+/, ''), r[7]]))
  })

  it('drops a comparison year that is not before the chosen year, with a notice', async () => {
    renderApp('/vergelijken?regio=PV20&jaar=2020&vergelijkjaar=2024')
    await waitFor(() => expect(window.location.search).toBe('?regio=PV20&jaar=2020'))
    expect(await screen.findByText(/Vergelijkingsjaar "2024" kan niet: kies een jaar vóór 2020\./)).toBeInTheDocument()
  })
})
