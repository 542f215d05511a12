import { describe, expect, it } from 'vitest'
import { scoreOf, type Indicator, type Score } from './indices'
import {
  changeBetween,
  changeSentence,
  changeWord,
  countChanges,
  gapTrend,
  gapTrendSentence,
  gapTrendWord,
  periodChange,
  rivalOf,
  runs,
  standingWords,
  yearOnYear,
  yearSeries,
  type YearValue,
  calendarYears,
} from './trends'

const s = (value: number, se: number, n = 100): Score => scoreOf(value, se, n)
const missing: Indicator = { kind: 'none', reason: 'missing' }
const suppressed: Indicator = { kind: 'none', reason: 'suppressed' }
const at = (year: number, value: Indicator): YearValue => ({ year, value })

describe('change between two years (the CI rule)', () => {
  it('calls a change an increase when the 95% CI of the difference lies above zero', () => {
    // 3.0 (se 0.05) → 3.2 (se 0.05): d = 0.2, se = √(0.05² + 0.05²) = 0.0707107,
    // half-width 1.96 · 0.0707107 = 0.1385929 → CI [0.0614, 0.3386]: increase
    const c = changeBetween(at(2019, s(3.0, 0.05)), at(2025, s(3.2, 0.05)))
    expect(c).toMatchObject({ from: 2019, to: 2025, change: 'increase' })
    const d = c.diff as Score
    expect(d.value).toBeCloseTo(0.2, 12)
    expect(d.se).toBeCloseTo(0.0707107, 6)
    expect(d.ciLow).toBeCloseTo(0.0614071, 6)
    expect(d.ciHigh).toBeCloseTo(0.3385929, 6)
  })
  it('does not call the same change an increase when the margins are wider', () => {
    // se 0.1 each: se = 0.1414214, half-width 0.2771859 → CI [−0.0772, 0.4772] contains 0
    const c = changeBetween(at(2019, s(3.0, 0.1)), at(2025, s(3.2, 0.1)))
    expect(c.change).toBe('no_clear_change')
    expect((c.diff as Score).ciLow).toBeCloseTo(-0.0771859, 6)
  })
  it('finds a decrease just outside the margin, and none just inside it', () => {
    // 3.4 (se 0.03) → 3.3 (se 0.04): d = −0.1, se = √(0.0009 + 0.0016) = 0.05, half 0.098 → [−0.198, −0.002]
    const down = changeBetween(at(2024, s(3.4, 0.03)), at(2025, s(3.3, 0.04)))
    expect(down.change).toBe('decrease')
    expect((down.diff as Score).ciHigh).toBeCloseTo(-0.002, 9)
    // 3.4 → 3.31: d = −0.09 → [−0.188, 0.008]: contains 0
    expect(changeBetween(at(2024, s(3.4, 0.03)), at(2025, s(3.31, 0.04))).change).toBe('no_clear_change')
  })
  it('is unknown when either year has no value', () => {
    expect(changeBetween(at(2019, missing), at(2020, s(3, 0.05))).change).toBe('unknown')
    expect(changeBetween(at(2019, s(3, 0.05)), at(2020, suppressed))).toMatchObject({ change: 'unknown', diff: { kind: 'none', reason: 'suppressed' } })
  })
})

describe('year-on-year changes and gaps', () => {
  // 2019 3.0, 2020 missing, 2021 3.2, 2022 suppressed, 2023 3.3, 2024 3.45 (all se 0.05)
  const series = yearSeries([2024, 2019, 2020, 2021, 2022, 2023], (y) =>
    ({ 2019: s(3.0, 0.05), 2021: s(3.2, 0.05), 2022: suppressed, 2023: s(3.3, 0.05), 2024: s(3.45, 0.05) })[y],
  )

  it('keeps one entry per year in order, with missing years missing (never filled in)', () => {
    expect(series.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
    expect(series[1].value).toEqual({ kind: 'none', reason: 'missing' })
    expect(series[3].value).toEqual({ kind: 'none', reason: 'suppressed' })
  })

  it('never computes a change across a gap', () => {
    const yoy = yearOnYear(series)
    expect(yoy.map((c) => [c.from, c.to, c.change])).toEqual([
      [2019, 2020, 'unknown'],
      [2020, 2021, 'unknown'], // not 2019 → 2021
      [2021, 2022, 'unknown'],
      [2022, 2023, 'unknown'], // not 2021 → 2023
      // 3.3 → 3.45: d = 0.15, se 0.0707107, CI [0.0114, 0.2886]: increase
      [2023, 2024, 'increase'],
    ])
    expect(countChanges(yoy)).toEqual({ increase: 1, decrease: 0, no_clear_change: 0, unknown: 4 })
  })

  it('splits the line into runs at every missing or suppressed year', () => {
    expect(runs(series).map((r) => r.map((p) => p.year))).toEqual([[2019], [2021], [2023, 2024]])
  })

  it('measures the period from the first to the last year with a value', () => {
    // 2019 3.0 → 2024 3.45: d = 0.45, CI [0.3114, 0.5886]: increase
    const p = periodChange(series)!
    expect(p).toMatchObject({ from: 2019, to: 2024, change: 'increase' })
    expect((p.diff as Score).value).toBeCloseTo(0.45, 12)
  })

  it('starts the period at the first measured year when the first years are missing (Flevoland-like)', () => {
    const late = yearSeries([2019, 2020, 2021, 2022], (y) => (y >= 2021 ? s(2.9 + (y - 2021) * 0.05, 0.05) : undefined))
    expect(periodChange(late)).toMatchObject({ from: 2021, to: 2022, change: 'no_clear_change' })
    expect(runs(late).map((r) => r.map((p) => p.year))).toEqual([[2021, 2022]])
    expect(yearOnYear(late).map((c) => c.change)).toEqual(['unknown', 'unknown', 'no_clear_change'])
  })

  it('has no period change with fewer than two measured years', () => {
    expect(periodChange(yearSeries([2019, 2020], (y) => (y === 2020 ? s(3, 0.05) : undefined)))).toBeUndefined()
  })
})

describe('the leader and the rival', () => {
  it('compares the subject with the leader; ties go to the first id', () => {
    const items = [
      { id: 'NL', score: s(3.2, 0.04) },
      { id: 'FI', score: s(3.5, 0.03) },
      { id: 'DK', score: s(3.5, 0.03) },
      { id: 'EE', score: suppressed },
    ]
    expect(rivalOf('NL', items)).toEqual({ leader: 'DK', rival: 'DK', subjectLeads: false })
  })
  it('compares a leading subject with the runner-up', () => {
    expect(rivalOf('NL', [{ id: 'NL', score: s(3.9, 0.04) }, { id: 'SE', score: s(3.6, 0.03) }, { id: 'BE', score: s(3.1, 0.03) }])).toEqual({
      leader: 'NL',
      rival: 'SE',
      subjectLeads: true,
    })
  })
  it('has no rival when the subject has no value', () => {
    expect(rivalOf('NL', [{ id: 'NL', score: missing }, { id: 'SE', score: s(3.6, 0.03) }])).toBeUndefined()
  })
})

describe('the trend of the gap to the leader, and its wording', () => {
  // 2019: NL 3.2 (se 0.04), DK 3.5 (se 0.03) → gap 0.3, se √(0.0016 + 0.0009) = 0.05
  const nl2019 = s(3.2, 0.04)
  const dk2019 = s(3.5, 0.03)
  const names = { subject: 'Nederland', rival: 'Denemarken', measure: 'gereedheid' }
  const namesEn = { subject: 'the Netherlands', rival: 'Denmark', measure: 'readiness' }
  const years = { from: 2019, to: 2025 }

  it('falling behind: the gap grew, shown by the data', () => {
    // 2025: NL 3.52, DK 4.0 → gap 0.48 (se 0.05); change 0.18, se √(0.05² + 0.05²) = 0.0707107,
    // CI [0.18 − 0.1385929, 0.18 + 0.1385929] = [0.0414, 0.3186]: above zero
    const r = gapTrend({ from: nl2019, to: s(3.52, 0.04) }, { from: dk2019, to: s(4.0, 0.03) }, false)
    expect(r.trend).toBe('falling_behind')
    expect((r.gapFrom as Score).value).toBeCloseTo(0.3, 12)
    expect((r.gapFrom as Score).se).toBeCloseTo(0.05, 12)
    expect((r.change as Score).value).toBeCloseTo(0.18, 12)
    expect((r.change as Score).ciLow).toBeCloseTo(0.0414071, 6)
    expect(gapTrendWord(r.trend, 'nl')).toBe('raakt achterop')
    expect(gapTrendWord(r.trend, 'en')).toBe('falling behind')
    expect(gapTrendSentence(names, years, r, 'nl')).toBe('Nederland raakt achterop bij Denemarken: op gereedheid van 0,3 punt achter (2019) naar 0,5 punt achter (2025).')
    expect(gapTrendSentence(namesEn, years, r, 'en')).toBe(
      'The Netherlands is falling behind Denmark: in readiness, from 0.3 points behind (2019) to 0.5 points behind (2025).',
    )
  })

  it('catching up: the gap shrank, shown by the data', () => {
    // 2025: NL 3.7, DK 3.82 → gap 0.12; change −0.18, CI [−0.3186, −0.0414]: below zero
    const r = gapTrend({ from: nl2019, to: s(3.7, 0.04) }, { from: dk2019, to: s(3.82, 0.03) }, false)
    expect(r.trend).toBe('catching_up')
    expect((r.change as Score).ciHigh).toBeCloseTo(-0.0414071, 6)
    expect(gapTrendWord(r.trend, 'nl')).toBe('loopt in')
    expect(gapTrendWord(r.trend, 'en')).toBe('catching up')
    // the 2025 gap 0.12 has CI [0.022, 0.218]: shown, and its lower bound needs two decimals for its sign
    expect(gapTrendSentence(names, years, r, 'nl')).toBe('Nederland loopt in op Denemarken: op gereedheid van 0,3 punt achter (2019) naar 0,12 punt achter (2025).')
  })

  it('no change shown: the change of the gap lies within the margin', () => {
    // 2025: NL 3.5, DK 3.9 → gap 0.4; change 0.1, CI [−0.0386, 0.2386]: contains zero
    const r = gapTrend({ from: nl2019, to: s(3.5, 0.04) }, { from: dk2019, to: s(3.9, 0.03) }, false)
    expect(r.trend).toBe('no_significant_change')
    expect(gapTrendWord(r.trend, 'nl')).toBe('geen aantoonbare verandering')
    expect(gapTrendWord(r.trend, 'en')).toBe('no change shown')
    expect(gapTrendSentence(names, years, r, 'nl')).toBe(
      'Geen aantoonbare verandering tussen Nederland en Denemarken: op gereedheid van 0,3 punt achter (2019) naar 0,4 punt achter (2025). Dat verschil valt binnen de foutmarge.',
    )
    expect(gapTrendSentence(namesEn, years, r, 'en')).toBe(
      'No change shown between the Netherlands and Denmark: in readiness, from 0.3 points behind (2019) to 0.4 points behind (2025). That change is within the margin of error.',
    )
  })

  it('says when a lead was lost, from ahead to behind', () => {
    // 2019: NL 3.6, DK 3.5 → gap −0.1 (NL ahead); 2025: NL 3.7, DK 3.92 → gap 0.22; change 0.32: falling behind
    const r = gapTrend({ from: s(3.6, 0.04), to: s(3.7, 0.04) }, { from: s(3.5, 0.03), to: s(3.92, 0.03) }, false)
    expect(r.trend).toBe('falling_behind')
    // rounding rule: the 2019 gap −0.1 has CI [−0.198, −0.002], shown by the data; its upper bound carries its sign only
    // at three decimals, so the gap prints as 0,100; the 2025 gap 0.22 (CI [0.122, 0.318]) at one decimal
    expect(gapTrendSentence(names, years, r, 'nl')).toBe('Nederland raakt achterop bij Denemarken: op gereedheid van 0,100 punt voor (2019) naar 0,2 punt achter (2025).')
  })

  it('a leading subject pulls ahead of the runner-up, or is caught up', () => {
    // NL leads; runner-up Sweden. 2019: gap 3.5 − 3.6 = −0.1; 2025: 3.58 − 3.9 = −0.32; change −0.22, CI [−0.3586, −0.0814]
    const ahead = gapTrend({ from: s(3.6, 0.04), to: s(3.9, 0.04) }, { from: s(3.5, 0.03), to: s(3.58, 0.03) }, true)
    expect(ahead.trend).toBe('pulling_ahead')
    expect(gapTrendSentence({ ...names, rival: 'Zweden' }, years, ahead, 'nl')).toBe(
      'Nederland loopt verder uit op Zweden: op gereedheid van 0,100 punt voor (2019) naar 0,3 punt voor (2025).',
    )
    // 2019: NL 3.9, SE 3.5 → −0.4; 2025: NL 3.95, SE 3.82 → −0.13; change 0.27, CI [0.1314, 0.4086]: the lead shrank
    const caught = gapTrend({ from: s(3.9, 0.04), to: s(3.95, 0.04) }, { from: s(3.5, 0.03), to: s(3.82, 0.03) }, true)
    expect(caught.trend).toBe('being_caught_up')
    expect(gapTrendWord(caught.trend, 'en')).toBe('being caught up')
    expect(gapTrendSentence({ ...namesEn, rival: 'Sweden' }, years, caught, 'en')).toBe(
      'Sweden is catching up with the Netherlands: in readiness, from 0.4 points ahead (2019) to 0.13 points ahead (2025).',
    )
  })

  it('cannot tell a trend when a year is missing or suppressed', () => {
    const r = gapTrend({ from: nl2019, to: s(3.5, 0.04) }, { from: suppressed, to: s(3.9, 0.03) }, false)
    expect(r.trend).toBe('unknown')
    expect(gapTrendSentence(names, years, r, 'nl')).toBe(
      'Of de afstand tussen Nederland en Denemarken op gereedheid veranderde, is niet te bepalen: voor 2019 of 2025 ontbreken cijfers.',
    )
  })

  it('writes a standing of less than 0.05 as level', () => {
    expect(standingWords(s(0.04, 0.05), 'nl')).toBe('gelijk')
    expect(standingWords(s(-0.04, 0.05), 'en')).toBe('level')
  })
})

describe('change wording', () => {
  it('says increase or decrease only for a change shown by the data, with its size', () => {
    expect(changeWord('increase', 'nl')).toBe('aantoonbare toename')
    expect(changeWord('no_clear_change', 'en')).toBe('no change shown')
    // 3.38 − 3.04 = 0.34, se √(0.04² + 0.04²) = 0.0566, CI [0.229, 0.451]: an increase
    expect(changeSentence('Technologische volwassenheid', { year: 2019, value: s(3.04, 0.04) }, { year: 2025, value: s(3.38, 0.04) }, 'nl')).toBe(
      // printed +0,3: medium, so no adverb
      'Technologische volwassenheid steeg van 3,0 (2019) naar 3,4 (2025) (+0,3; aantoonbaar).',
    )
    // 3.12 − 3.04 = 0.08, se 0.0707, CI [−0.059, 0.219]: no change shown
    expect(changeSentence('Social maturity', { year: 2019, value: s(3.04, 0.05) }, { year: 2025, value: s(3.12, 0.05) }, 'en')).toBe(
      'Social maturity: 3.0 (2019) and 3.1 (2025) (+0.1). No change is shown: the difference is within the margin of error.',
    )
    // 3.3 − 3.4 = −0.1, se 0.0283, CI [−0.155, −0.045]: a decrease, printed with U+2212
    // the intervals 3.36–3.44 and 3.26–3.34 print as one point at one decimal, so two; the change's upper bound
    // −0.045 needs two decimals for its sign
    expect(changeSentence('Data & AI', { year: 2024, value: s(3.4, 0.02) }, { year: 2025, value: s(3.3, 0.02) }, 'en')).toBe(
      // printed −0,10: small ("slightly")
      'Data & AI fell slightly from 3.40 (2024) to 3.30 (2025) (\u22120.10; shown by the data).',
    )
  })
})

describe('a year absent from the data (case I5)', () => {
  it('keeps every calendar year on the axis', () => {
    expect(calendarYears([2019, 2020, 2022, 2023, 2024])).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
    expect(calendarYears([2024, 2019])).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
    expect(calendarYears([])).toEqual([])
  })
  it('is a gap in the series and no change is computed across it', () => {
    const series = yearSeries([2019, 2020, 2022], (y) => (y === 2019 ? s(3.0, 0.01) : y === 2020 ? s(3.1, 0.01) : y === 2022 ? s(3.4, 0.01) : undefined))
    expect(series.map((p) => [p.year, p.value.kind])).toEqual([
      [2019, 'score'],
      [2020, 'score'],
      [2021, 'none'],
      [2022, 'score'],
    ])
    const yoy = yearOnYear(series)
    expect(yoy.map((c) => `${c.from}→${c.to}:${c.change}`)).toEqual(['2019→2020:increase', '2020→2021:unknown', '2021→2022:unknown'])
  })
  it('never compares two entries that are not consecutive years, even in a series built elsewhere', () => {
    const yoy = yearOnYear([
      { year: 2020, value: s(3.1, 0.01) },
      { year: 2022, value: s(3.4, 0.01) },
    ])
    expect(yoy).toEqual([{ from: 2021, to: 2022, diff: { kind: 'none', reason: 'missing' }, change: 'unknown' }])
  })
})
