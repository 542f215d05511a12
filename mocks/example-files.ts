/**
 * The downloadable template and example dataset files of the Gegevens page (public/gegevens/),
 * written by the domain's own writer from the demo data (cells) and from the synthetic respondent
 * generator (`example-files-respondents.ts`), so they always follow the format the reader accepts. `node --import tsx scripts/write-example-files.ts` rewrites them; a test checks that
 * the committed files equal what this module generates.
 */
import type { Cell } from '../src/domain/cells'
import { datasetCsv } from '../src/domain/csv-import'
import { generateDemoCells } from './demo-data'
import { exampleRespondents, respondentCsv, respondentWorkbook } from './example-files-respondents'

/** The example: 2024 and 2025, the decentralised sectors in every province, and the national level. */
export const EXAMPLE_YEARS = [2024, 2025] as const
export const EXAMPLE_SECTORS = ['GEM', 'PROV', 'WS'] as const

export function exampleCells(): Cell[] {
  return generateDemoCells().filter(
    (c) => (EXAMPLE_YEARS as readonly number[]).includes(c.year) && (c.sector === null || (EXAMPLE_SECTORS as readonly string[]).includes(c.sector)),
  )
}

/** file name (under public/gegevens/) → contents */
export function exampleFiles(): Record<string, string> {
  const cells = exampleCells()
  return {
    'samenhang-sjabloon.csv': datasetCsv([], 'nl'),
    'samenhang-template.csv': datasetCsv([], 'intl'),
    'samenhang-voorbeeld.csv': datasetCsv(cells, 'nl', 2),
    'samenhang-example.csv': datasetCsv(cells, 'intl', 2),
    'samenhang-respondenten-sjabloon.csv': respondentCsv([], 'nl'),
    'samenhang-respondents-template.csv': respondentCsv([], 'intl'),
    'samenhang-respondenten-voorbeeld-synthetisch.csv': respondentCsv(exampleRespondents(), 'nl'),
    'samenhang-respondents-example-synthetic.csv': respondentCsv(exampleRespondents(), 'intl'),
  }
}

/** Binary files (under public/gegevens/): the respondent example as an Excel workbook. */
export function exampleWorkbooks(): Record<string, Uint8Array> {
  return { 'samenhang-respondenten-voorbeeld-synthetisch.xlsx': respondentWorkbook(exampleRespondents()) }
}
