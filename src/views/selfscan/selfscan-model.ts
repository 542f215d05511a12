/**
 * From stored answers and API rows to what the self-assessment shows: its steps and URL
 * parameters, the benchmark queries, and the chart rows. Pure; the numbers themselves are made in
 * src/domain/selfscan-*.
 */
import type { ScoresQuery, ScoreRow } from '../../contract/v1'
import { DIMENSIONS, type Lang } from '../../domain/framework'
import { formatScore } from '../../domain/format'
import { summariseLevels, type Indicator, type LevelSummary } from '../../domain/indices'
import { figureOf, type Measure } from '../../domain/selfscan-placement'
import { answeredCount, type AnswerSheet, type OrgScore } from '../../domain/selfscan-score'
import { PILLAR_COLOR, PILLAR_TEXT } from '../../charts/colors'
import type { IntervalRow } from '../../charts/IntervalPlot'
import type { StoredScan } from './storage'

/** The nine question steps are 1…9 (one per dimension, T1 … S5). */
export const STEP_COUNT = DIMENSIONS.length

export type Step = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'result' }

/** `stap` in the address: absent = the start, 1…9 = a dimension, `uitslag` = the result. */
export function parseStep(raw: string | undefined): { step: Step; valid: boolean } {
  if (raw === undefined || raw === '') return { step: { kind: 'intro' }, valid: true }
  if (raw === 'uitslag') return { step: { kind: 'result' }, valid: true }
  const n = Number(raw)
  if (/^\d$/.test(raw) && n >= 1 && n <= STEP_COUNT) return { step: { kind: 'question', index: n }, valid: true }
  return { step: { kind: 'intro' }, valid: false }
}

export function stepParam(step: Step): string | undefined {
  return step.kind === 'intro' ? undefined : step.kind === 'result' ? 'uitslag' : String(step.index)
}

/** The benchmark to compare with, `vergelijk` in the address. */
export const REFERENCES = ['sector-provincie', 'sector', 'nederland'] as const
export type ReferenceId = (typeof REFERENCES)[number]

export function parseReference(raw: string | undefined): { ref: ReferenceId; valid: boolean } {
  if (raw === undefined || raw === '') return { ref: 'sector-provincie', valid: true }
  return (REFERENCES as readonly string[]).includes(raw) ? { ref: raw as ReferenceId, valid: true } : { ref: 'sector-provincie', valid: false }
}

/** The organisation the result is about: the own sheet's choice, or else the first colleague's. */
export function organisationOf(scan: StoredScan): { region: string; sector: string } {
  if (scan.own.region && scan.own.sector) return { region: scan.own.region, sector: scan.own.sector }
  const first = scan.team[0]?.sheet
  return { region: first?.region ?? '', sector: first?.sector ?? '' }
}

/** The sheets that count: the own answers when there are any, and every colleague's. */
export function teamSheets(scan: StoredScan): AnswerSheet[] {
  return [...(answeredCount(scan.own.answers) > 0 ? [scan.own] : []), ...scan.team.map((m) => m.sheet)]
}

/**
 * The organisational-level benchmark of one reference, pooled over the selection, for one year.
 * By level and dimension (the API refuses pooling over dimensions, ADR 0007).
 */
export function benchmarkQuery(ref: ReferenceId, org: { region: string; sector: string }, year: number): ScoresQuery {
  return {
    level: ['organisational'],
    ...(ref === 'sector-provincie' ? { region: [org.region] } : {}),
    ...(ref !== 'nederland' ? { sector: [org.sector] } : {}),
    year: [year],
    by: ['level', 'dimension'],
  }
}

/** The benchmark's level summary (dimensions, T, S, G, R) from its rows. */
export function benchmarkSummary(rows: readonly ScoreRow[]): LevelSummary {
  return summariseLevels(rows, ['organisational'])[0]
}

/** The smallest and largest n behind a benchmark's published dimension rows. */
export function benchmarkNRange(rows: readonly ScoreRow[]): { min: number; max: number } | undefined {
  const ns = rows.flatMap((r) => (r.status === 'suppressed' ? [] : [r.n]))
  return ns.length > 0 ? { min: Math.min(...ns), max: Math.max(...ns) } : undefined
}

const ORG_COLOR = '#1a1a1a'
const NEUTRAL = { color: '#595959', text: '#1a1a1a' }

function styleOf(m: Measure): { color: string; textColor: string; shape: IntervalRow['shape']; dashed?: boolean } {
  if (m === 'T' || (m.startsWith('T') && m.length === 2)) return { color: PILLAR_COLOR.technological, textColor: PILLAR_TEXT.technological, shape: 'circle' }
  if (m === 'S' || (m.startsWith('S') && m.length === 2)) return { color: PILLAR_COLOR.social, textColor: PILLAR_TEXT.social, shape: 'square', dashed: true }
  return { color: NEUTRAL.color, textColor: NEUTRAL.text, shape: 'circle' }
}

/** The organisation's row: a black diamond on a highlighted band, with its interval when it has one. */
export function orgRow(id: string, label: string, s: OrgScore, lang: Lang, missingText: string, groupStart?: string, suffix = ''): IntervalRow {
  const base = { id, label, color: ORG_COLOR, textColor: ORG_COLOR, shape: 'diamond' as const, highlight: true, groupStart }
  if (s.kind === 'none') return { ...base, missingText }
  return { ...base, value: s.value, ciLow: s.interval?.low, ciHigh: s.interval?.high, text: `${formatScore(figureOf(s), lang)}${suffix}` }
}

/** A benchmark's row, in its pillar's colour and shape. */
export function referenceRow(id: string, label: string, m: Measure, i: Indicator, lang: Lang, missingText: (reason: 'suppressed' | 'missing') => string, groupStart?: string): IntervalRow {
  const base = { id, label, ...styleOf(m), groupStart }
  if (i.kind === 'none') return { ...base, missingText: missingText(i.reason) }
  return { ...base, value: i.value, ciLow: i.ciLow, ciHigh: i.ciHigh, lowReliability: i.status === 'low_reliability', text: formatScore(i, lang) }
}

/** The measures of the summary chart, in order. */
export const SUMMARY_CHART_MEASURES = ['R', 'T', 'S'] as const
