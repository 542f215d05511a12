/**
 * Property tests of the dataset reader: random files, some valid, most a little wrong. The
 * reader never throws, never accepts a file with an invalid row, and accepts every valid file
 * with exactly its cells. The oracle below is written independently from the rules in
 * docs/data-format.md, not from the reader's code.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDatasetCsv } from './csv-import'
import { COUNTRIES, DIMENSIONS, LEVELS, PROVINCES, SECTORS } from './framework'

const RUNS = 10_000
const COLUMNS = ['level', 'dimension', 'region', 'sector', 'year', 'n', 'mean', 'sd'] as const

type Variant = { sep: ',' | ';'; decimal: ',' | '.'; eol: '\n' | '\r\n'; bom: boolean }

/** A number written the way the file's variant writes it. */
const num = (x: number, v: Variant) => (v.decimal === ',' ? String(x).replace('.', ',') : String(x))

const junk = fc.oneof(
  fc.constantFrom('', ' ', 'x', '-', '0', '-1', '1e3', 'NaN', 'Infinity', '3,5,1', '3..5', '.5', '5.', '"', '""', ';', ',', '\n', '\r\n', ' \t', 'NL ', 'pv2', '２０２５'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
)

function field(column: (typeof COLUMNS)[number], v: Variant): fc.Arbitrary<string> {
  const numeric = (valid: fc.Arbitrary<number>, near: fc.Arbitrary<number>) =>
    fc.oneof({ weight: 6, arbitrary: valid.map((x) => num(x, v)) }, { weight: 2, arbitrary: near.map((x) => num(x, v)) }, { weight: 1, arbitrary: junk })
  switch (column) {
    case 'level':
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...LEVELS, 'National', 'INDIVIDUAL') }, { weight: 1, arbitrary: junk })
    case 'dimension':
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...DIMENSIONS, 't1', 's5') }, { weight: 1, arbitrary: fc.constantFrom('T5', 'S0', 'T') }, { weight: 1, arbitrary: junk })
    case 'region':
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...PROVINCES.map((p) => p.code), ...COUNTRIES.map((c) => c.code), 'pv20', 'eu27') },
        { weight: 1, arbitrary: fc.constantFrom('PV19', 'PV32', 'XX', 'GM0363') },
        { weight: 1, arbitrary: junk },
      )
    case 'sector':
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...SECTORS.map((s) => s.code), '', 'gem') }, { weight: 1, arbitrary: junk })
    case 'year':
      return numeric(fc.integer({ min: 1900, max: 2100 }), fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double({ min: 1990, max: 2030, noNaN: true })))
    case 'n':
      return numeric(fc.integer({ min: 1, max: 100_000 }), fc.oneof(fc.integer({ min: -3, max: 1 }), fc.double({ min: -2, max: 50, noNaN: true }), fc.constant(2_000_000_000)))
    case 'mean':
      return numeric(
        fc.double({ min: 1, max: 5, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
        fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }).map((x) => Math.round(x * 100) / 100), fc.constantFrom(0.999, 5.001)),
      )
    case 'sd':
      return numeric(
        fc.double({ min: 0, max: 3, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
        fc.double({ min: -2, max: 0, noNaN: true }).map((x) => Math.round(x * 100) / 100),
      )
  }
}

/** A row that fits together (national: a country and no sector; below it: a province and a sector). */
function coherentRow(v: Variant): fc.Arbitrary<string[]> {
  return fc
    .record({
      national: fc.boolean(),
      level: fc.constantFrom(...LEVELS.filter((l) => l !== 'national')),
      dimension: fc.constantFrom(...DIMENSIONS),
      province: fc.constantFrom(...PROVINCES.map((p) => p.code)),
      country: fc.constantFrom(...COUNTRIES.map((c) => c.code)),
      sector: fc.constantFrom(...SECTORS.map((s) => s.code)),
      year: fc.integer({ min: 2015, max: 2030 }),
      n: fc.integer({ min: 1, max: 5000 }),
      mean: fc.integer({ min: 1000, max: 5000 }).map((x) => x / 1000),
      sd: fc.integer({ min: 0, max: 2500 }).map((x) => x / 1000),
    })
    .map((r) => [
      r.national ? 'national' : r.level,
      r.dimension,
      r.national ? r.country : r.province,
      r.national ? '' : r.sector,
      String(r.year),
      String(r.n),
      num(r.mean, v),
      num(r.sd, v),
    ])
}

/** Mostly coherent rows, some with one field replaced, some entirely random. */
function row(v: Variant): fc.Arbitrary<string[]> {
  const random = fc.tuple(...COLUMNS.map((c) => field(c, v)))
  const mutated = fc
    .tuple(coherentRow(v), fc.integer({ min: 0, max: COLUMNS.length - 1 }))
    .chain(([r, i]) => field(COLUMNS[i], v).map((f) => r.map((x, j) => (j === i ? f : x))))
  return fc.oneof({ weight: 6, arbitrary: coherentRow(v) }, { weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: random })
}

const variant: fc.Arbitrary<Variant> = fc.oneof(
  fc.record({ sep: fc.constant(',' as const), decimal: fc.constant('.' as const), eol: fc.constantFrom('\n' as const, '\r\n' as const), bom: fc.boolean() }),
  fc.record({ sep: fc.constant(';' as const), decimal: fc.constantFrom(',' as const, '.' as const), eol: fc.constantFrom('\n' as const, '\r\n' as const), bom: fc.boolean() }),
)

const file = variant.chain((v) =>
  fc.record({
    v: fc.constant(v),
    rows: fc.array(row(v), { minLength: 0, maxLength: 6 }),
    quoteAll: fc.boolean(),
    trailingEol: fc.boolean(),
  }),
)

function quote(value: string, v: Variant, always: boolean): string {
  if (always || value.includes(v.sep) || /["\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`
  return value
}

// ---- the oracle: the rules of docs/data-format.md, written out plainly ----

/**
 * A plain number; a mark after 1–3 leading digits and before exactly three digits could be a
 * thousands separator: refused in whole-number columns, and in decimal columns unless the mark is
 * the file's own decimal mark (`,` in a `;` file, `.` in a `,` file).
 */
function number(raw: string, v: Variant, whole: boolean): number | undefined {
  const s = raw.trim()
  const pattern = v.sep === ';' ? /^-?(\d+([.,]\d+)?|[.,]\d+)$/ : /^-?(\d+(\.\d+)?|\.\d+)$/
  if (!pattern.test(s)) return undefined
  const m = /^-?[1-9]\d{0,2}([.,])\d{3}$/.exec(s)
  if (m && (whole || m[1] !== (v.sep === ';' ? ',' : '.'))) return undefined
  return Number(s.replace(',', '.'))
}

interface Expected {
  level: string
  dimension: string
  region: string
  sector: string | null
  year: number
  n: number
}

/** The cell a row stands for, or undefined when the row is invalid. */
function oracle(fields: readonly string[], v: Variant): Expected | undefined {
  const [level, dimension, region, sector] = fields.slice(0, 4).map((f, i) => (i === 0 ? f.trim().toLowerCase() : f.trim().toUpperCase()))
  if (!(LEVELS as readonly string[]).includes(level)) return undefined
  if (!(DIMENSIONS as readonly string[]).includes(dimension)) return undefined
  const national = level === 'national'
  if (national ? !COUNTRIES.some((c) => c.code === region) : !PROVINCES.some((p) => p.code === region)) return undefined
  if (national ? sector !== '' : !SECTORS.some((s) => s.code === sector)) return undefined
  const [year, n, mean, sd] = fields.slice(4).map((f, i) => number(f, v, i < 2))
  if (year === undefined || !Number.isInteger(year) || year < 1900 || year > 2100) return undefined
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 1e9) return undefined
  if (mean === undefined || mean < 1 || mean > 5) return undefined
  if (sd === undefined || sd < 0) return undefined
  return { level, dimension, region, sector: national ? null : sector, year, n }
}

describe('parseDatasetCsv, property-based', () => {
  it(`never throws, never accepts an invalid row, and accepts every valid file exactly (${RUNS.toLocaleString('en')} files)`, () => {
    let accepted = 0
    let rejected = 0
    fc.assert(
      fc.property(file, ({ v, rows, quoteAll, trailingEol }) => {
        const lines = [COLUMNS.join(v.sep), ...rows.map((r) => r.map((f) => quote(f, v, quoteAll)).join(v.sep))]
        const text = (v.bom ? '\uFEFF' : '') + lines.join(v.eol) + (trailingEol ? v.eol : '')
        const result = parseDatasetCsv(new TextEncoder().encode(text))

        const meaningful = rows.filter((r) => r.some((f) => f.trim() !== ''))
        const expected = meaningful.map((r) => oracle(r, v))
        const keys = expected.map((e) => (e ? `${e.level}|${e.dimension}|${e.region}|${e.sector}|${e.year}` : ''))
        const valid = meaningful.length > 0 && expected.every(Boolean) && new Set(keys).size === keys.length
        if (!valid) {
          expect(result.ok).toBe(false)
          if (!result.ok) {
            expect(result.problemCount).toBeGreaterThan(0)
            for (const p of result.problems) {
              expect(p.message.nl.length).toBeGreaterThan(0)
              expect(p.message.en.length).toBeGreaterThan(0)
            }
          }
          rejected++
          return
        }
        expect(result.ok).toBe(true)
        if (!result.ok) return
        accepted++
        expect(result.dataset.cells).toHaveLength(meaningful.length)
        result.dataset.cells.forEach((c, i) => {
          expect({ level: c.level, dimension: c.dimension, region: c.region, sector: c.sector, year: c.year, n: c.n }).toEqual(expected[i])
          expect(Number.isFinite(c.sum) && Number.isFinite(c.sumSq)).toBe(true)
        })
      }),
      { numRuns: RUNS, seed: 20190 },
    )
    // the generator must exercise both outcomes, or the property proves little
    expect(accepted).toBeGreaterThan(RUNS * 0.1)
    expect(rejected).toBeGreaterThan(RUNS * 0.3)
  }, 120_000)

  it('never throws on arbitrary bytes or text (2,000 inputs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ maxLength: 300 }),
          fc.string({ maxLength: 200 }).map((s) => `level,dimension,region,sector,year,n,mean,sd\n${s}`),
          fc.string({ maxLength: 200 }).map((s) => `level;dimension;region;sector;year;n;mean;sd\r\n${s}`),
        ),
        (input) => {
          const r = parseDatasetCsv(input)
          if (!r.ok) expect(r.problemCount).toBeGreaterThanOrEqual(r.problems.length)
        },
      ),
      { numRuns: 2000, seed: 7 },
    )
  })
})

// ---- thousands separators: every accepted number is the number written ----

/** How a number is written: plainly, with a thousands separator (either convention), or with the other decimal mark. */
type Style = 'plain' | 'grouped-dot' | 'grouped-comma' | 'grouped-space' | 'other-mark'

function group(x: number, sep: string): string {
  return String(x).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
}

/** A whole number as someone might type it. */
function writeWhole(x: number, style: Style): string {
  if (style === 'grouped-dot') return group(x, '.')
  if (style === 'grouped-comma') return group(x, ',')
  if (style === 'grouped-space') return group(x, ' ')
  return String(x)
}

/** A decimal number in the file's dialect, or with the other mark. */
function writeDecimal(x: number, digits: number, v: Variant, style: Style): string {
  const t = x.toFixed(digits)
  const own = v.sep === ';' ? ',' : '.'
  const other = own === ',' ? '.' : ','
  return t.replace('.', style === 'other-mark' ? other : own)
}

const style = fc.constantFrom<Style>('plain', 'plain', 'plain', 'grouped-dot', 'grouped-comma', 'grouped-space', 'other-mark')
const written = fc.record({
  national: fc.boolean(),
  level: fc.constantFrom(...LEVELS.filter((l) => l !== 'national')),
  province: fc.constantFrom(...PROVINCES.map((p) => p.code)),
  sector: fc.constantFrom(...SECTORS.map((s) => s.code)),
  year: fc.integer({ min: 1900, max: 2100 }),
  n: fc.oneof(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1000, max: 2_000_000 })),
  mean: fc.integer({ min: 1000, max: 5000 }).map((x) => x / 1000),
  meanDigits: fc.integer({ min: 1, max: 3 }),
  sd: fc.integer({ min: 0, max: 3000 }).map((x) => x / 1000),
  sdDigits: fc.integer({ min: 1, max: 3 }),
  yearStyle: style,
  nStyle: style,
  meanStyle: style,
  sdStyle: style,
})

describe('thousands separators, property-based', () => {
  it(`every accepted number equals the number written, in both dialects (${RUNS.toLocaleString('en')} files)`, () => {
    let accepted = 0
    let refused = 0
    fc.assert(
      fc.property(
        variant,
        fc.uniqueArray(written, { minLength: 1, maxLength: 5, selector: (r) => `${r.national}|${r.level}|${r.province}|${r.sector}|${r.year}` }),
        (v, rows) => {
          const lines = rows.map((r, i) => {
            const fields = [
              r.national ? 'national' : r.level,
              DIMENSIONS[i % DIMENSIONS.length],
              r.national ? 'NL' : r.province,
              r.national ? '' : r.sector,
              writeWhole(r.year, r.yearStyle),
              writeWhole(r.n, r.nStyle),
              writeDecimal(r.mean, r.meanDigits, v, r.meanStyle),
              writeDecimal(r.sd, r.sdDigits, v, r.sdStyle),
            ]
            return fields.map((f) => quote(f, v, false)).join(v.sep)
          })
          const text = (v.bom ? '\uFEFF' : '') + [COLUMNS.join(v.sep), ...lines].join(v.eol)
          const result = parseDatasetCsv(new TextEncoder().encode(text))
          if (result.ok) {
            accepted++
            result.dataset.cells.forEach((c, i) => {
              const r = rows[i]
              const mean = Number(r.mean.toFixed(r.meanDigits))
              const sd = Number(r.sd.toFixed(r.sdDigits))
              expect([c.year, c.n]).toEqual([r.year, r.n])
              expect(c.sum).toBeCloseTo(r.n * mean, 6)
              expect(c.sumSq).toBeCloseTo((r.n - 1) * sd * sd + r.n * mean * mean, Math.max(0, 6 - Math.ceil(Math.log10(r.n + 1))))
            })
            return
          }
          refused++
          // refused only for a number written with a separator the reader will not guess at
          for (const p of result.problems) {
            expect(['thousands_separator', 'not_a_number']).toContain(p.code)
            expect(p.value).toMatch(/[.,\s]/)
            expect(p.message.nl.length).toBeGreaterThan(0)
            expect(p.message.en.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: RUNS, seed: 1450 },
    )
    expect(accepted).toBeGreaterThan(RUNS * 0.1)
    expect(refused).toBeGreaterThan(RUNS * 0.3)
  }, 120_000)
})
