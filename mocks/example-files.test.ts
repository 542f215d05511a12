// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDatasetCsv } from '../src/domain/csv-import'
import { EXAMPLE_SECTORS, EXAMPLE_YEARS, exampleFiles } from './example-files'

describe('the template and example files on the Gegevens page', () => {
  const files = exampleFiles()

  it('are committed exactly as generated (run scripts/write-example-files.ts after a change)', () => {
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(new URL(`../public/gegevens/${name}`, import.meta.url), 'utf8'), name).toBe(text)
    }
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
