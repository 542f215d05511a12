/**
 * The SYNTHETIC example of the respondent format (docs/data-format.md): one row per made-up civil
 * servant, answers 1–5 to 27 questions (three per dimension, two of them reverse-scored), a few
 * no-answer codes. Generated deterministically from a fixed seed, so the committed files in
 * public/gegevens/ can be checked against this module. None of it is a real answer.
 */
import { toCsv, type CsvVariant } from '../src/domain/csv-export'
import { DIMENSIONS, PROVINCES } from '../src/domain/framework'
import { workbookBytes, type WorkbookCell } from './example-files-xlsx'
import { prng } from './demo-data'

/** The item columns of the example: three per dimension; T3_3_r and S4_2_r are reverse-scored. */
export const EXAMPLE_ITEMS: readonly string[] = DIMENSIONS.flatMap((d) => [1, 2, 3].map((i) => `${d}_${i}${(d === 'T3' && i === 3) || (d === 'S4' && i === 2) ? '_r' : ''}`))
export const RESPONDENT_COLUMNS: readonly string[] = ['level', 'region', 'sector', 'year', ...EXAMPLE_ITEMS]
export const EXAMPLE_RESPONDENT_YEARS = [2024, 2025] as const
export const EXAMPLE_RESPONDENT_SECTORS = ['GEM', 'PROV', 'WS'] as const

/** One respondent's row as written: keys, then one answer per item (a number or a no-answer code). */
export interface ExampleRespondent {
  level: string
  region: string
  sector: string
  year: number
  answers: (number | string)[]
}

/** Province effects echoing the digital-skills pattern of FRAMEWORK.md ("Demo data"); values stay synthetic. */
const PROVINCE_EFFECT: Record<string, number> = { PV26: 0.3, PV24: 0.2, PV27: 0.2, PV28: 0.1, PV30: 0.1, PV29: -0.3, PV31: -0.25, PV21: -0.1 }
const SECTOR_EFFECT: Record<string, number> = { GEM: 0, PROV: 0.1, WS: -0.05 }
const NO_ANSWER = ['', 'weet niet', 'n.v.t.', '9'] as const

/** The synthetic respondents, in a fixed order (year, province, sector, respondent). */
export function exampleRespondents(seed = 2019): ExampleRespondent[] {
  const rand = prng(seed)
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())
  const out: ExampleRespondent[] = []
  for (const year of EXAMPLE_RESPONDENT_YEARS) {
    for (const p of PROVINCES) {
      for (const sector of EXAMPLE_RESPONDENT_SECTORS) {
        // water authorities answer in small numbers: some of their cells fall under the threshold
        const size = sector === 'WS' ? 5 + Math.floor(rand() * 12) : 14 + Math.floor(rand() * 24)
        const base = 3 + (PROVINCE_EFFECT[p.code] ?? 0) + SECTOR_EFFECT[sector] + (year === 2025 ? 0.1 : 0)
        for (let r = 0; r < size; r++) {
          const z1 = normal()
          const z2 = normal()
          const t = base + 0.15 + 0.6 * z1
          const s = base - 0.1 + 0.6 * (0.5 * z1 + 0.87 * z2)
          const answers = EXAMPLE_ITEMS.map((name) => {
            if (rand() < 0.04) return NO_ANSWER[Math.floor(rand() * NO_ANSWER.length)]
            const x = Math.min(5, Math.max(1, Math.round((name.startsWith('T') ? t : s) + 0.7 * normal())))
            return name.endsWith('_r') ? 6 - x : x
          })
          out.push({ level: 'individual', region: p.code, sector, year, answers })
        }
      }
    }
  }
  return out
}

/** Respondent rows as a CSV file in either variant (no rows: the template). */
export function respondentCsv(rows: readonly ExampleRespondent[], variant: CsvVariant): string {
  return toCsv({ columns: RESPONDENT_COLUMNS.map((header) => ({ header })), rows: rows.map((r) => [r.level, r.region, r.sector, r.year, ...r.answers]) }, variant)
}

const README: readonly (readonly WorkbookCell[])[] = [
  ['Samenhang: voorbeeld van een bestand met één rij per respondent / example of a file with one row per respondent'],
  ['SYNTHETISCH: verzonnen antwoorden, gemaakt met een vaste seed. Geen echte metingen.'],
  ['SYNTHETIC: made-up answers, generated from a fixed seed. Not real measurements.'],
  ['Samenhang leest het eerste werkblad. Vraagkolommen: T1_1 … S5_3; _r = omgekeerd gescoord. Geen antwoord: leeg, "weet niet", "n.v.t." of 9.'],
  ['Samenhang reads the first sheet. Question columns: T1_1 … S5_3; _r = reverse-scored. No answer: empty, "weet niet", "n.v.t." or 9.'],
]

/** The example as a workbook: the answers on the first sheet, a note that they are synthetic on the second. */
export function respondentWorkbook(rows: readonly ExampleRespondent[]): Uint8Array {
  return workbookBytes([
    { name: 'Antwoorden', rows: [RESPONDENT_COLUMNS, ...rows.map((r) => [r.level, r.region, r.sector, r.year, ...r.answers.map((a) => (a === '' ? null : a))])] },
    { name: 'Lees mij', rows: README },
  ])
}
