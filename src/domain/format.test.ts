import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvEstimate, toCsv } from './csv-export'
import {
  estimateDigits,
  formatCount,
  formatDiff,
  formatEstimate,
  formatInterval,
  formatNumber,
  formatScore,
  formatTick,
  MINUS,
  roundEstimate,
  roundedText,
} from './format'
import { difference, scoreOf, verdictOf, type Score, type Verdict } from './indices'

describe('numbers the way the reader writes them', () => {
  it('uses a decimal comma and dot grouping in Dutch, the reverse in English', () => {
    expect(formatScore(3.44, 'nl')).toBe('3,4')
    expect(formatScore(3.44, 'en')).toBe('3.4')
    expect(formatCount(1234, 'nl')).toBe('1.234')
    expect(formatCount(1234, 'en')).toBe('1,234')
    expect(formatCount(1234567, 'nl')).toBe('1.234.567')
  })
  it('signs bare differences with U+2212 and never prints a negative zero (N5)', () => {
    expect(formatDiff(0.26, 'nl')).toBe('+0,3')
    expect(formatDiff(-0.26, 'nl')).toBe(`${MINUS}0,3`)
    expect(formatDiff(-0.04, 'nl')).toBe('0,0')
    expect(formatNumber(-0.004, 'en', 2)).toBe('0.00')
    expect(formatNumber(-0.1, 'nl', 1)).toBe('\u22120,1')
    expect(formatNumber(-1234.5, 'nl', 1)).toBe('\u22121.234,5')
    expect(formatScore(-0.04, 'nl')).not.toMatch(/-/)
  })
})

describe('the rounding rule (hand-worked)', () => {
  it('N1: a difference shown by the data is never printed as 0,0', () => {
    // T − S = −0.045, CI −0.07 to −0.02 (excludes zero: social-led). One decimal: −0.0, −0.1, −0.0
    // (upper bound loses its sign) → two decimals: −0.05 (Intl rounds −0.045 half away from zero), −0.07, −0.02.
    const gap = { value: -0.045, ciLow: -0.07, ciHigh: -0.02 }
    expect(estimateDigits(gap, 'difference')).toBe(2)
    const t = formatEstimate(gap, 'difference', 'nl')
    expect(t.value).toBe('\u22120,05')
    expect(t.interval).toBe('\u22120,07 – \u22120,02')
    expect(formatDiff(gap, 'en')).toBe('\u22120.05')
  })
  it('N1: adds decimals until even a tiny bound carries the sign', () => {
    // CI 0.0004 to 0.0096: at 3 decimals the lower bound is 0.000, at 4 it is 0.0004
    const f = { value: 0.005, ciLow: 0.0004, ciHigh: 0.0096 }
    expect(estimateDigits(f, 'difference')).toBe(4)
    expect(formatEstimate(f, 'difference', 'nl')).toMatchObject({ value: '+0,0050', low: '0,0004', high: '0,0096' })
  })
  it('N2: estimate and interval at the same precision, the estimate inside the interval', () => {
    // 3.285 with CI 3.28–3.29: one decimal would print 3,3 (3,3 – 3,3); the rule gives two decimals.
    expect(formatEstimate({ value: 3.285, ciLow: 3.28, ciHigh: 3.29 }, 'score', 'nl')).toMatchObject({
      digits: 2,
      value: '3,29',
      interval: '3,28 – 3,29',
    })
    // +0.065 with CI 0.05–0.08 (the trend case): two decimals, +0,07 (0,05 – 0,08), not +0,1 beside 0,05 – 0,08
    expect(formatEstimate({ value: 0.065, ciLow: 0.05, ciHigh: 0.08 }, 'difference', 'nl')).toMatchObject({
      value: '+0,07',
      interval: '0,05 – 0,08',
    })
    // an ordinary interval stays at one decimal
    expect(formatEstimate({ value: 3.34, ciLow: 3.12, ciHigh: 3.56 }, 'score', 'en')).toMatchObject({ digits: 1, value: '3.3', interval: '3.1 – 3.6' })
  })
  it('N2: an interval that is one point even at two decimals stays at two', () => {
    expect(formatEstimate({ value: 3.2851, ciLow: 3.2849, ciHigh: 3.2853 }, 'score', 'nl').interval).toBe('3,28 – 3,29')
    expect(formatEstimate({ value: 3.2861, ciLow: 3.286, ciHigh: 3.2862 }, 'score', 'nl').interval).toBe('3,29 – 3,29')
  })
  it('a difference not shown by the data keeps one decimal and may print as 0,0, unsigned', () => {
    const f = { value: -0.02, ciLow: -0.3, ciHigh: 0.26 }
    expect(formatEstimate(f, 'difference', 'nl')).toMatchObject({ value: '0,0', interval: '\u22120,3 – 0,3' })
  })
  it('N4: one figure prints the same wherever it is printed', () => {
    // Utrecht − Nederland: +0.16 with CI 0.062–0.258 → one decimal, +0,2, on screen and in CSV
    const d = difference(scoreOf(3.46, 0.05, 400), scoreOf(3.3, 0.0, 5000)) as Score
    const screen = formatDiff(d, 'nl')
    expect(screen).toBe('+0,2')
    expect(formatEstimate(d, 'difference', 'nl').value).toBe(screen)
    const csv = toCsv({ columns: [{ header: 'v' }, { header: 'l' }, { header: 'h' }], rows: [csvEstimate(d, 'difference')] }, 'nl')
    expect(csv).toBe('\uFEFFv;l;h\r\n0,2;0,1;0,3\r\n')
  })
  it('N5: the CSV keeps ASCII minus and writes the figure at its own precision', () => {
    const gap = scoreOf(-0.045, 0.0127551, 900) // CI −0.07 to −0.02
    expect(toCsv({ columns: [{ header: 'G' }, { header: 'lo' }, { header: 'hi' }], rows: [csvEstimate(gap, 'difference')] }, 'intl')).toBe(
      'G,lo,hi\r\n-0.05,-0.07,-0.02\r\n',
    )
    expect(csvEstimate({ kind: 'none', reason: 'suppressed' }, 'score')).toEqual([null, null, null])
  })
  it('ticks print at their exact value', () => {
    expect(formatTick(0.25, 'nl', 2, true)).toBe('+0,25')
    expect(formatTick(-0.2, 'nl', 1, true)).toBe('\u22120,2')
    expect(formatTick(0, 'nl', 1, true)).toBe('0')
    expect(formatTick(3, 'en', 0)).toBe('3')
  })
})

/** Reads a printed number back (U+2212 or ASCII minus, + sign, the language's separators). */
function read(text: string, lang: 'nl' | 'en'): number {
  const plain = lang === 'nl' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '')
  return Number(plain.replace(MINUS, '-').replace('+', ''))
}

describe('the rounding rule (property: 10,000 random estimate, interval, verdict triples)', () => {
  // Estimates on the 1–5 scale and differences of them; interval half-widths from 10⁻⁶ to 2,
  // often lopsided (bounded and delta-method intervals need not be symmetric).
  const figure = fc
    .record({
      value: fc.double({ min: -4, max: 5, noNaN: true }),
      below: fc.oneof(fc.double({ min: 1e-6, max: 2, noNaN: true }), fc.double({ min: 1e-6, max: 0.02, noNaN: true }), fc.constant(0)),
      above: fc.oneof(fc.double({ min: 1e-6, max: 2, noNaN: true }), fc.double({ min: 1e-6, max: 0.02, noNaN: true }), fc.constant(0)),
      kind: fc.constantFrom('score' as const, 'difference' as const),
      lang: fc.constantFrom('nl' as const, 'en' as const),
    })
    .map(({ value, below, above, kind, lang }) => {
      const f = { value, ciLow: value - below, ciHigh: value + above }
      return { f, kind, lang, verdict: verdictOf({ kind: 'score', se: 0, n: 100, status: 'ok', ...f }) as Verdict }
    })

  it('prints the estimate inside its printed interval, at one precision, with the sign of its verdict', () => {
    fc.assert(
      fc.property(figure, ({ f, kind, lang, verdict }) => {
        // a bound closer to zero than 10⁻¹² (but not zero) would need more decimals than Intl prints (20);
        // estimates of a 1–5 scale never come near that
        fc.pre([f.ciLow, f.ciHigh].every((b) => b === 0 || Math.abs(b) >= 1e-12))
        const t = formatEstimate(f, kind, lang)
        const [v, lo, hi] = [read(t.value, lang), read(t.low, lang), read(t.high, lang)]
        // the same precision: every printed number has exactly `digits` decimals
        for (const s of [t.value, t.low, t.high]) expect(s.split(lang === 'nl' ? ',' : '.')[1]?.length ?? 0).toBe(t.digits)
        expect(lo).toBeLessThanOrEqual(v)
        expect(v).toBeLessThanOrEqual(hi)
        // no negative zero, no ASCII hyphen on screen
        for (const s of [t.value, t.low, t.high]) {
          expect(s).not.toMatch(/-/)
          if (read(s, lang) === 0) expect(s).not.toMatch(/[\u2212+]/)
        }
        if (kind === 'difference') {
          // a difference shown by the data carries its sign in the estimate and both bounds
          if (verdict === 'higher') expect(v > 0 && lo > 0 && t.value.startsWith('+')).toBe(true)
          if (verdict === 'lower') expect(v < 0 && hi < 0 && t.value.startsWith(MINUS)).toBe(true)
          // a difference not shown prints an interval that holds zero
          if (verdict === 'similar') expect(lo <= 0 && hi >= 0).toBe(true)
        }
        // the CSV holds the same numbers
        const r = roundEstimate(f, kind)
        expect([r.value, r.low, r.high]).toEqual([v, lo, hi])
        expect(roundedText(f.value, r.digits)).not.toMatch(/^-0(\.0*)?$/)
      }),
      { numRuns: 10_000, seed: 20261130 },
    )
  })

  it('gives the interval the same text wherever it is asked for', () => {
    fc.assert(
      fc.property(figure, ({ f, kind, lang }) => {
        expect(formatInterval(f, kind, lang)).toBe(formatEstimate(f, kind, lang).interval)
        expect(kind === 'score' ? formatScore(f, lang) : formatDiff(f, lang)).toBe(formatEstimate(f, kind, lang).value)
      }),
      { numRuns: 1_000, seed: 7 },
    )
  })
})
