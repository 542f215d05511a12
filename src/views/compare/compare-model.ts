/**
 * From the address and API answers to what the comparison shows: the settings (with notices for
 * what was trimmed), the units, the comparison cells, the ranking, chart rows, tiles and the CSV.
 * Pure: no React, no fetching. The statistics themselves live in src/domain/compare.ts.
 */
import type { MetaResponse, ScoreRow, ScoresQuery } from '../../contract/v1'
import {
  COMPOSITE_MEASURES,
  compareUnits,
  metricAcross,
  nearestUnits,
  profileVector,
  rankRanges,
  trimSelection,
  unitsFromRows,
  type ComparisonCell,
  type Measure,
  type Neighbour,
  type RankedUnit,
  type Unit,
} from '../../domain/compare'
import { csvEstimate, type CsvTable } from '../../domain/csv-export'
import { DIMENSIONS, LEVELS, PILLAR_INFO, type Lang, type Level } from '../../domain/framework'
import { formatDiff, formatScore, type FigureKind, type IntervalFigure } from '../../domain/format'
import { isMetric, type Metric } from '../../domain/groups'
import { balanceOf as balanceOfGap, summariseLevels, type Balance, type Indicator, type Score, type Verdict } from '../../domain/indices'
import type { BalancePoint } from '../../charts/BalanceMap'
import type { DotRow } from '../../charts/DotIntervalPlot'
import type { IntervalRow } from '../../charts/IntervalPlot'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'
import { classOf, colorClasses, type ColorClass } from '../../charts/tile-scale'
import type { Tile } from '../../charts/TileMap'
import { withExtra, type ViewState } from '../../app/url-state'
import { perRegionQuery, rowsOfYear, subnationalQuery, SUBNATIONAL } from '../overview/overview-model'
import { compareYearOf, COMPARE_YEAR_PARAM } from '../trends/year-comparison'
import { changeBetween, type YearChange } from '../../domain/trends'
import type { CompareMessageKey } from './messages'

export const MAX_REGIONS = 6
/** The id of the reference unit: the Netherlands as a whole (all regions pooled). */
export const REFERENCE_ID = 'NL'
export const DEFAULT_METRIC: Metric = 'R'

export interface CompareNotice {
  key: CompareMessageKey
  values: Record<string, string | number>
}

export interface CompareSettings {
  /** 0 to 6 province codes, in the order chosen */
  regions: string[]
  /** what the map and the ranking show */
  metric: Metric
  /** compare with the Netherlands as a whole */
  reference: boolean
  /** one sub-national level, or all three */
  levels: Level[]
  /** the province whose similar provinces are suggested */
  focus?: string
  /** compare two years (?vergelijkjaar): the earlier year */
  fromYear?: number
  notices: CompareNotice[]
  /** the address without what was trimmed or invalid */
  clean: ViewState
}

/**
 * Reads the comparison's own settings from the view state: ?regio (2–6 provinces; more, or codes
 * that are not provinces, are trimmed with a notice), ?maat (R, T, S, G or a dimension), ?ref=0
 * (reference off), ?niveau (one sub-national level) and ?focus (the province for similar ones).
 */
export function compareSettings(state: ViewState, meta: MetaResponse): CompareSettings {
  const notices: CompareNotice[] = []
  const provinces = new Set(meta.regions.filter((r) => r.kind === 'province').map((r) => r.code))
  const name = (code: string) => meta.regions.find((r) => r.code === code)?.label.nl ?? code
  const { kept, invalid, overflow } = trimSelection(state.regions, (c) => provinces.has(c), MAX_REGIONS)
  for (const c of invalid) notices.push({ key: 'notice.notProvince', values: { value: c } })
  if (overflow.length > 0) {
    notices.push({ key: 'notice.tooMany', values: { count: kept.length + overflow.length, max: MAX_REGIONS, dropped: overflow.map(name).join(', ') } })
  }
  let clean: ViewState = { ...state, regions: kept }

  const rawMetric = state.extra.maat
  let metric = DEFAULT_METRIC
  if (rawMetric !== undefined) {
    if (isMetric(rawMetric)) metric = rawMetric
    else {
      notices.push({ key: 'notice.badMetric', values: { value: rawMetric } })
      clean = withExtra(clean, { maat: undefined })
    }
  }

  const rawRef = state.extra.ref
  let reference = true
  if (rawRef !== undefined) {
    if (rawRef === '0') reference = false
    else if (rawRef !== '1') {
      notices.push({ key: 'notice.badRef', values: { value: rawRef } })
      clean = withExtra(clean, { ref: undefined })
    }
  }

  let levels: Level[] = SUBNATIONAL
  if (state.level === 'national') {
    notices.push({ key: 'notice.national', values: {} })
    clean = { ...clean, level: undefined }
  } else if (state.level) {
    levels = [state.level]
  }

  let focus: string | undefined = kept[0]
  const rawFocus = state.extra.focus
  if (rawFocus !== undefined) {
    if (kept.includes(rawFocus)) focus = rawFocus
    else {
      notices.push({ key: 'notice.badFocus', values: { value: rawFocus } })
      clean = withExtra(clean, { focus: undefined })
    }
  }
  const years = compareYearOf(state.extra[COMPARE_YEAR_PARAM], meta.years, state.year)
  if (years.invalid !== undefined) {
    notices.push({ key: 'notice.badYear', values: { value: years.invalid, year: state.year } })
    clean = withExtra(clean, { [COMPARE_YEAR_PARAM]: undefined })
  }
  return { regions: kept, metric, reference, levels, focus, fromYear: years.from, notices, clean }
}

/** All twelve provinces at the sub-national levels, under the sector filter, in the chosen year. */
export function provincesQuery(state: Pick<ViewState, 'sectors' | 'year'>, provinces: readonly string[]): ScoresQuery {
  return perRegionQuery({ regions: [...provinces], sectors: state.sectors, year: state.year })
}

/** The reference: the whole country pooled, under the same sector filter (shared with the overview's query). */
export function referenceQuery(state: Pick<ViewState, 'sectors'>): ScoresQuery {
  return subnationalQuery({ regions: [], sectors: state.sectors })
}

export interface CompareModel {
  settings: CompareSettings
  /** all provinces, in code order */
  all: Unit[]
  /** the chosen provinces, in the order chosen */
  selected: Unit[]
  reference: Unit
  measures: Measure[]
  /** every value the side-by-side charts, their tables and the CSV show */
  cells: ComparisonCell[]
  ranking: RankedUnit[]
  referenceMetric: Indicator
  peers: Neighbour[]
}

/** The measures per level: R, T, S and, for one level, the nine dimensions. */
export function measuresFor(levels: readonly Level[]): Measure[] {
  return levels.length === 1 ? [...COMPOSITE_MEASURES, ...DIMENSIONS] : [...COMPOSITE_MEASURES]
}

export function buildModel(provinceRows: readonly ScoreRow[], referenceRows: readonly ScoreRow[], settings: CompareSettings, provinces: readonly string[], year: number): CompareModel {
  const all = unitsFromRows(provinceRows, provinces, settings.levels)
  const selected = settings.regions.map((id) => all.find((u) => u.id === id) ?? { id, levels: summariseLevels([], settings.levels) })
  const reference: Unit = { id: REFERENCE_ID, levels: summariseLevels(rowsOfYear(referenceRows, year), settings.levels) }
  const measures = measuresFor(settings.levels)
  const cells = compareUnits(selected, settings.reference ? reference : undefined, measures)
  const ranking = rankRanges(all.map((u) => ({ id: u.id, score: metricAcross(u.levels, settings.metric) })))
  const vectors = new Map(all.map((u) => [u.id, profileVector(u.levels)]))
  const peers = settings.focus ? nearestUnits(settings.focus, vectors, 3) : []
  return { settings, all, selected, reference, measures, cells, ranking, referenceMetric: metricAcross(reference.levels, settings.metric), peers }
}

export function hasAnyScore(model: CompareModel): boolean {
  return model.all.some((u) => u.levels.some((l) => Object.values(l.dimensions).some((d) => d?.kind === 'score')))
}

/** Words the model builders need, in the reader's language. */
export interface Words {
  lang: Lang
  unitName: (id: string) => string
  levelLabel: (l: Level) => string
  measureLabel: (m: Measure) => string
  missing: (reason: 'suppressed' | 'missing') => string
  thin: string
  verdict: (v: Verdict) => string
}

function style(measure: Measure): Pick<IntervalRow, 'color' | 'textColor' | 'shape' | 'dashed'> {
  if (measure === 'R') return { color: '#1a1a1a', textColor: '#1a1a1a', shape: 'diamond' }
  const pillar = measure === 'T' || measure.startsWith('T') ? 'technological' : 'social'
  return {
    color: PILLAR_COLOR[pillar],
    textColor: PILLAR_TEXT[pillar],
    shape: pillar === 'technological' ? 'circle' : 'square',
    dashed: pillar === 'social',
  }
}

/** The heading above a row where a new group starts: the level (all levels) or the pillar (one level). */
function groupOf(cell: ComparisonCell, levels: readonly Level[], w: Words, pillarLabel: (p: 'technological' | 'social') => string): string | undefined {
  if (levels.length > 1) return cell.measure === 'R' ? w.levelLabel(cell.level) : undefined
  if (cell.measure === PILLAR_INFO.technological.dimensions[0]) return pillarLabel('technological')
  if (cell.measure === PILLAR_INFO.social.dimensions[0]) return pillarLabel('social')
  return undefined
}

/** Side-by-side profiles: one panel per unit (the reference first), the same rows in each. */
export function profilePanels(model: CompareModel, w: Words, pillarLabel: (p: 'technological' | 'social') => string): { id: string; name: string; rows: IntervalRow[] }[] {
  const ids = [...(model.settings.reference ? [model.reference.id] : []), ...model.selected.map((u) => u.id)]
  return ids.map((id) => ({
    id,
    name: w.unitName(id),
    rows: model.cells
      .filter((c) => c.unit === id)
      .map((c) => ({
        id: `${c.level}-${c.measure}`,
        label: w.measureLabel(c.measure),
        ...style(c.measure),
        groupStart: groupOf(c, model.settings.levels, w, pillarLabel),
        ...(c.score.kind === 'score'
          ? { value: c.score.value, ciLow: c.score.ciLow, ciHigh: c.score.ciHigh, text: formatScore(c.score, w.lang), lowReliability: c.score.status === 'low_reliability' }
          : { missingText: w.missing(c.score.reason) }),
      })),
  }))
}

/** One integer axis shared by every profile panel, holding every CI. */
export function profileDomain(model: CompareModel): [number, number] {
  const v = model.cells.flatMap((c) => (c.score.kind === 'score' ? [c.score.ciLow, c.score.ciHigh] : []))
  if (v.length === 0) return [1, 5]
  const lo = Math.max(1, Math.floor(Math.min(...v)))
  const hi = Math.min(5, Math.ceil(Math.max(...v)))
  return [lo, Math.max(hi, lo + 1)]
}

/** Differences from the reference: one panel per chosen province; open markers where not clear. */
export function differencePanels(
  model: CompareModel,
  w: Words,
  pillarLabel: (p: 'technological' | 'social') => string,
): { id: string; name: string; rows: DotRow[]; counts: Record<Verdict, number> }[] {
  return model.selected.map((u) => {
    const cells = model.cells.filter((c) => c.unit === u.id && c.diff)
    const counts: Record<Verdict, number> = { higher: 0, lower: 0, similar: 0, unknown: 0 }
    const rows = cells.map((c): DotRow => {
      counts[c.verdict ?? 'unknown'] += 1
      const d = c.diff!
      return {
        id: `${c.level}-${c.measure}`,
        label: w.measureLabel(c.measure),
        ...style(c.measure),
        groupStart: groupOf(c, model.settings.levels, w, pillarLabel),
        ...(d.kind === 'score'
          ? { value: d.value, ciLow: d.ciLow, ciHigh: d.ciHigh, text: formatDiff(d, w.lang), hollow: c.verdict === 'similar', faint: d.status === 'low_reliability' }
          : { missingText: w.missing(d.reason) }),
      }
    })
    return { id: u.id, name: w.unitName(u.id), rows, counts }
  })
}

/** Every CI bound of every difference (for one shared symmetric axis). */
export function differenceBounds(model: CompareModel): number[] {
  return model.cells.flatMap((c) => (c.diff && c.diff.kind === 'score' ? [c.diff.ciLow, c.diff.ciHigh] : []))
}

/** "1", "1–3": the ranks a unit's CI allows. */
export function rankText(r: RankedUnit): string {
  if (r.best === undefined || r.worst === undefined) return '—'
  return r.best === r.worst ? String(r.best) : `${r.best}–${r.worst}`
}

/** T − S is a difference (printed with its sign); every other metric a score. */
export function kindOfMetric(metric: Metric): FigureKind {
  return metric === 'G' ? 'difference' : 'score'
}

/** A metric's value by the rounding rule (give the figure with its interval; a bare number prints at one decimal). */
export function formatMetric(metric: Metric, value: number | IntervalFigure, lang: Lang): string {
  return metric === 'G' ? formatDiff(value, lang) : formatScore(value, lang)
}

/** The ranking of all provinces, highest first, chosen provinces highlighted. */
export function rankRows(model: CompareModel, w: Words): DotRow[] {
  const chosen = new Set(model.settings.regions)
  const metric = model.settings.metric
  const look: Measure = metric === 'G' ? 'R' : metric
  return model.ranking.map((r) => ({
    id: r.id,
    label: w.unitName(r.id),
    prefix: rankText(r),
    highlight: chosen.has(r.id),
    ...style(look),
    ...(r.score.kind === 'score'
      ? { value: r.score.value, ciLow: r.score.ciLow, ciHigh: r.score.ciHigh, text: formatMetric(model.settings.metric, r.score, w.lang), faint: r.score.status === 'low_reliability' }
      : { missingText: w.missing(r.score.reason) }),
  }))
}

/** Colour classes for the map: sequential for scores, diverging around zero for T − S. */
export function mapClasses(model: CompareModel): ColorClass[] {
  const values = model.ranking.flatMap((r) => (r.score.kind === 'score' ? [r.score.value] : []))
  return colorClasses(values, model.settings.metric === 'G' ? 'diverging' : 'sequential')
}

export function tiles(model: CompareModel, classes: readonly ColorClass[], w: Words, details: (i: Indicator) => string[]): Tile[] {
  const chosen = new Set(model.settings.regions)
  return model.ranking.map((r) => {
    const base = { id: r.id, name: w.unitName(r.id), details: details(r.score), selected: chosen.has(r.id) }
    if (r.score.kind === 'none') return { ...base, text: r.score.reason === 'suppressed' ? 'n < 10' : '—' }
    const c = classOf(r.score.value, classes)
    return { ...base, text: formatMetric(model.settings.metric, r.score, w.lang), fill: c.fill, ink: c.ink }
  })
}

/**
 * T × S per unit (the mean of the levels when all levels are compared), with the balance verdict.
 * The gap is the mean of the levels' gaps, each with its own (exact or bounded) interval.
 */
export function balanceOf(u: Unit): { t: Indicator; s: Indicator; gap: Indicator; balance: Balance } {
  const t = metricAcross(u.levels, 'T')
  const s = metricAcross(u.levels, 'S')
  const gap = metricAcross(u.levels, 'G')
  return { t, s, gap, balance: balanceOfGap(gap) }
}

export function balancePointsOf(model: CompareModel, w: Words): BalancePoint[] {
  const units = [...(model.settings.reference ? [model.reference] : []), ...model.selected]
  return units.flatMap((u) => {
    const { t, s } = balanceOf(u)
    if (t.kind === 'none' || s.kind === 'none') return []
    return [
      {
        id: u.id,
        label: w.unitName(u.id),
        x: t.value,
        y: s.value,
        errX: [t.value - t.ciLow, t.ciHigh - t.value] as [number, number],
        errY: [s.value - s.ciLow, s.ciHigh - s.value] as [number, number],
        highlight: u.id === REFERENCE_ID,
        lowReliability: t.status === 'low_reliability' || s.status === 'low_reliability',
      },
    ]
  })
}

/**
 * The largest clear difference between two chosen provinces: per row (level × measure) the
 * highest against the lowest, kept only when the CI of that difference excludes zero.
 */
export function widestClearGap(model: CompareModel, clear: (a: Score, b: Score) => boolean): { level: Level; measure: Measure; high: string; low: string } | undefined {
  let best: { level: Level; measure: Measure; high: string; low: string; size: number } | undefined
  const chosen = new Set(model.settings.regions)
  for (const level of model.settings.levels) {
    for (const measure of model.measures) {
      const scored = model.cells.filter(
        (c): c is ComparisonCell & { score: Score } => c.level === level && c.measure === measure && chosen.has(c.unit) && c.score.kind === 'score',
      )
      if (scored.length < 2) continue
      const high = scored.reduce((a, b) => (b.score.value > a.score.value ? b : a))
      const low = scored.reduce((a, b) => (b.score.value < a.score.value ? b : a))
      const size = high.score.value - low.score.value
      if (clear(high.score, low.score) && (!best || size > best.size)) best = { level, measure, high: high.unit, low: low.unit, size }
    }
  }
  return best ? { level: best.level, measure: best.measure, high: best.high, low: best.low } : undefined
}

/** The levels in the order of the framework (for stable tables). */
export function orderedLevels(levels: readonly Level[]): Level[] {
  return LEVELS.filter((l) => levels.includes(l))
}

/** Column headers of the comparison table and CSV. */
export interface CsvWords {
  position: string
  rankBest: string
  rankWorst: string
  level: string
  region: string
  code: string
  measure: string
  score: string
  ciLow: string
  ciHigh: string
  n: string
  diff: string
  diffLow: string
  diffHigh: string
  verdict: string
  note: string
  year: string
  sectors: string
}

/**
 * The CSV of the comparison: exactly the numbers the charts and tables show, rounded the same way
 * (scores and differences to 1 decimal, interval bounds to 2, n whole), one line per value.
 */
export function comparisonCsv(model: CompareModel, w: Words, headers: CsvWords, year: number, sectorWords: string, withDiff = model.settings.reference): CsvTable {
  const columns = [
    { header: headers.year },
    { header: headers.sectors },
    { header: headers.level },
    { header: headers.code },
    { header: headers.region },
    { header: headers.measure },
    { header: headers.score, digits: 1 },
    { header: headers.ciLow, digits: 2 },
    { header: headers.ciHigh, digits: 2 },
    { header: headers.n, digits: 0 },
    ...(withDiff
      ? [
          { header: headers.diff, digits: 1 },
          { header: headers.diffLow, digits: 2 },
          { header: headers.diffHigh, digits: 2 },
          { header: headers.verdict },
        ]
      : []),
    { header: headers.note },
  ]
  const rows = model.cells.map((c) => {
    const s = c.score
    const d = c.diff
    return [
      String(year),
      sectorWords,
      w.levelLabel(c.level),
      c.unit,
      w.unitName(c.unit),
      w.measureLabel(c.measure),
      ...csvEstimate(s, 'score'),
      s.kind === 'score' ? s.n : null,
      ...(withDiff
        ? [...csvEstimate(d, 'difference'), c.verdict ? w.verdict(c.verdict) : '']
        : []),
      s.kind === 'none' ? w.missing(s.reason) : s.status === 'low_reliability' ? w.thin : '',
    ]
  })
  return { columns, rows }
}


/** The ranking as CSV: order, the rank range, value (1 decimal, 2 for no metric), CI (2) and n. */
export function rankingCsv(model: CompareModel, w: Words, headers: CsvWords, year: number, sectorWords: string, levelsWords: string, metricName: string): CsvTable {
  return {
    columns: [
      { header: headers.year },
      { header: headers.sectors },
      { header: headers.level },
      { header: headers.measure },
      { header: headers.position, digits: 0 },
      { header: headers.code },
      { header: headers.region },
      { header: headers.rankBest, digits: 0 },
      { header: headers.rankWorst, digits: 0 },
      { header: headers.score, digits: 1 },
      { header: headers.ciLow, digits: 2 },
      { header: headers.ciHigh, digits: 2 },
      { header: headers.n, digits: 0 },
      { header: headers.note },
    ],
    rows: model.ranking.map((r) => [
      String(year),
      sectorWords,
      levelsWords,
      metricName,
      r.position,
      r.id,
      w.unitName(r.id),
      r.best,
      r.worst,
      ...csvEstimate(r.score, kindOfMetric(model.settings.metric)),
      r.score.kind === 'score' ? r.score.n : null,
      r.score.kind === 'none' ? w.missing(r.score.reason) : r.score.status === 'low_reliability' ? w.thin : '',
    ]),
  }
}


/** One province (or the Netherlands) in the two-year mode: the metric in both years and the change. */
export interface ChangeOfUnit {
  id: string
  from: Indicator
  to: Indicator
  change: YearChange
}

/**
 * The change of the map's metric between two years for every province, highest change first
 * (units without a change last), and for the Netherlands as a whole. Both models must hold the
 * same provinces and settings; only the year differs.
 */
export function unitChanges(then: CompareModel, now: CompareModel, fromYear: number, toYear: number): { units: ChangeOfUnit[]; reference: ChangeOfUnit } {
  const metric = now.settings.metric
  const one = (id: string, a: Indicator, b: Indicator): ChangeOfUnit => ({ id, from: a, to: b, change: changeBetween({ year: fromYear, value: a }, { year: toYear, value: b }) })
  const units = now.all.map((u) => {
    const before = then.all.find((x) => x.id === u.id)
    return one(u.id, before ? metricAcross(before.levels, metric) : { kind: 'none', reason: 'missing' }, metricAcross(u.levels, metric))
  })
  const value = (c: ChangeOfUnit) => (c.change.diff.kind === 'score' ? c.change.diff.value : -Infinity)
  units.sort((a, b) => value(b) - value(a) || (a.id < b.id ? -1 : 1))
  return { units, reference: one(REFERENCE_ID, then.referenceMetric, now.referenceMetric) }
}

/** The changes as dot rows; chosen provinces highlighted, open markers where the change is within the margin. */
export function changeDots(units: readonly ChangeOfUnit[], chosen: ReadonlySet<string>, w: Words): DotRow[] {
  return units.map((c) => {
    const d = c.change.diff
    return {
      id: c.id,
      label: w.unitName(c.id),
      highlight: chosen.has(c.id),
      ...style('R'),
      ...(d.kind === 'score'
        ? { value: d.value, ciLow: d.ciLow, ciHigh: d.ciHigh, text: formatDiff(d, w.lang), hollow: c.change.change === 'no_clear_change', faint: d.status === 'low_reliability' }
        : { missingText: w.missing(d.reason) }),
    }
  })
}

/** The CSV of the two-year change: the reference first, then the provinces as drawn. */
export function changeCsv(
  rows: readonly ChangeOfUnit[],
  w: Words,
  headers: CsvWords & { fromYear: string; toYear: string; from: string; to: string; change: string; changeLow: string; changeHigh: string },
  years: { from: number; to: number },
  sectorWords: string,
  levelsWords: string,
  metricName: string,
  verdictWord: (c: YearChange['change']) => string,
  metricKind: FigureKind = 'score',
): CsvTable {
  const t = (i: Indicator, kind: FigureKind = metricKind) => csvEstimate(i, kind)
  return {
    columns: [
      { header: headers.sectors },
      { header: headers.level },
      { header: headers.measure },
      { header: headers.code },
      { header: headers.region },
      { header: headers.fromYear },
      { header: headers.toYear },
      { header: headers.from, digits: 1 },
      { header: `${headers.from} ${headers.ciLow}`, digits: 2 },
      { header: `${headers.from} ${headers.ciHigh}`, digits: 2 },
      { header: headers.to, digits: 1 },
      { header: `${headers.to} ${headers.ciLow}`, digits: 2 },
      { header: `${headers.to} ${headers.ciHigh}`, digits: 2 },
      { header: headers.change, digits: 1 },
      { header: headers.changeLow, digits: 2 },
      { header: headers.changeHigh, digits: 2 },
      { header: headers.verdict },
    ],
    rows: rows.map((c) => [sectorWords, levelsWords, metricName, c.id, w.unitName(c.id), years.from, years.to, ...t(c.from), ...t(c.to), ...t(c.change.diff, 'difference'), verdictWord(c.change.change)]),
  }
}
