// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDatasetCsv } from '../src/domain/csv-import'
import { parseDatasetFile } from '../src/domain/dataset-file'
import { EXAMPLE_SECTORS, EXAMPLE_YEARS, exampleFiles, exampleWorkbooks } from './example-files'

describe('the template and example files on the Gegevens page', () => {
  const files = exampleFiles()

  it('are committed exactly as generated (run scripts/write-example-files.ts after a change)', () => {
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(new URL(`../public/gegevens/${name}`, import.meta.url), 'utf8'), name).toBe(text)
    }
    for (const [name, bytes] of Object.entries(exampleWorkbooks())) {
      expect(new Uint8Array(readFileSync(new URL(`../public/gegevens/${name}`, import.meta.url))), name).toEqual(bytes)
    }
  })

  it('the respondent examples (synthetic) are valid, and CSV in both variants and the workbook give the same cells and pillar cells', async () => {
    expect(files['samenhang-respondenten-sjabloon.csv']).toMatch(/^\uFEFFlevel;region;sector;year;T1_1;T1_2;T1_3;T2_1;.*;S4_2_r;S4_3;S5_1;S5_2;S5_3\r\n$/)
    const nl = await parseDatasetFile(new TextEncoder().encode(files['samenhang-respondenten-voorbeeld-synthetisch.csv']))
    const intl = await parseDatasetFile(new TextEncoder().encode(files['samenhang-respondents-example-synthetic.csv']))
    const xlsx = await parseDatasetFile(exampleWorkbooks()['samenhang-respondenten-voorbeeld-synthetisch.xlsx'], { kind: 'xlsx' })
    if (!nl.ok || !intl.ok || !xlsx.ok) throw new Error('a respondent example is invalid')
    expect(nl.dataset.format).toBe('respondents')
    expect(intl.dataset.cells).toEqual(nl.dataset.cells)
    expect(xlsx.dataset.cells).toEqual(nl.dataset.cells)
    expect(xlsx.dataset.pillarCells).toEqual(nl.dataset.pillarCells)
    expect(xlsx.dataset.sheets).toEqual(['Antwoorden', 'Lees mij'])
    // the page's note says 1,488 respondents; some water-authority cells fall under the threshold
    expect(nl.dataset.preview.respondents).toMatchObject({ respondents: 1488, items: 27 })
    expect(nl.dataset.preview.suppressedCells).toBeGreaterThan(0)
  })

  it('templates hold the header line only, in both variants', () => {
    expect(files['samenhang-sjabloon.csv']).toBe('\uFEFFlevel;dimension;region;sector;year;n;mean;sd\r\n')
    expect(files['samenhang-template.csv']).toBe('level,dimension,region,sector,year,n,mean,sd\r\n')
  })

  it('examples are valid files with the same cells in both variants', () => {
    const nl = parseDatasetCsv(new TextEncoder().encode(files['samenhang-voorbeeld.csv']))
    const intl = parseDatasetCsv(files['samenhang-example.csv'])
    if (!nl.ok || !intl.ok) throw new Error('an example file is invalid')
    expect(nl.dataset.delimiter).toBe(';')
    expect(intl.dataset.cells).toEqual(nl.dataset.cells)
    expect(nl.dataset.preview).toMatchObject({ years: [...EXAMPLE_YEARS], sectors: [...EXAMPLE_SECTORS].sort(), levels: ['individual', 'organisational', 'regional_sectoral', 'national'] })
    expect(nl.dataset.preview.regions.filter((r) => r.startsWith('PV'))).toHaveLength(12)
  })
})
