/**
 * From API answers to what the comparison shows: the units, the comparison cells, the ranking,
 * chart rows and tiles. Pure: no React, no fetching. The statistics themselves live in
 * src/domain/compare.ts; the settings come from the address (params.ts).
 */
import type { ScoreRow } from '../../api/client'
import {
  COMPOSITE_MEASURES,
  compareUnits,
  metricAcross,
  nearestUnits,
  profileVector,
  rankRanges,
  unitsFromRows,
  type ComparisonCell,
  type Measure,
  type Neighbour,
  type RankedUnit,
  type Unit,
} from '../../domain/compare'
import { DIMENSIONS, LEVELS, PILLAR_INFO, type Lang, type Level } from '../../domain/framework'
import { formatDiff, formatScore, type FigureKind, type IntervalFigure } from '../../domain/format'
import type { Metric } from '../../domain/groups'
import { balanceOf as balanceOfGap, difference, summariseLevels, type Balance, type Indicator, type Score, type Verdict } from '../../domain/indices'
import { sizeBand, type SizeBand } from '../../domain/vocabulary'
import type { BalancePoint } from '../../charts/BalanceMap'
import type { DotRow } from '../../charts/DotIntervalPlot'
import type { IntervalRow } from '../../charts/IntervalPlot'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'
import { classOf, colorClasses, type ColorClass } from '../../charts/tile-scale'
import type { Tile } from '../../charts/TileMap'
import { rowsOfYear } from '../../kit/levels'
import { changeBetween, type YearChange } from '../../domain/trends'

/** The id of the reference unit: the Netherlands as a whole (all regions pooled). */
export const REFERENCE_ID = 'NL'

/** What the address asks the comparison to show (read by params.ts through the registry). */
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
  /** the short mark for a suppressed value on a tile, e.g. "n < 10" (threshold from meta) */
  suppressedShort: string
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
    if (r.score.kind === 'none') return { ...base, text: r.score.reason === 'suppressed' ? w.suppressedShort : '—' }
    const c = classOf(r.score.value, classes)
    return { ...base, text: formatMetric(model.settings.metric, r.score, w.lang), fill: c.fill, ink: c.ink }
  })
}

/** T × S per unit (the mean of the levels when all levels are compared), with the balance verdict. */
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
export function widestClearGap(model: CompareModel, clear: (a: Score, b: Score) => boolean): { level: Level; measure: Measure; high: string; low: string; band: SizeBand } | undefined {
  let best: { level: Level; measure: Measure; high: string; low: string; size: number; highScore: Score; lowScore: Score } | undefined
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
      if (clear(high.score, low.score) && (!best || size > best.size)) best = { level, measure, high: high.unit, low: low.unit, size, highScore: high.score, lowScore: low.score }
    }
  }
  // the size band of the largest difference, as printed by the rounding rule
  return best ? { level: best.level, measure: best.measure, high: best.high, low: best.low, band: sizeBand(difference(best.highScore, best.lowScore) as Score) } : undefined
}

/** The levels in the order of the framework (for stable tables). */
export function orderedLevels(levels: readonly Level[]): Level[] {
  return LEVELS.filter((l) => levels.includes(l))
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

