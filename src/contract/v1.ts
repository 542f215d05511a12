/**
 * API v1: the only definition of the wire format. Imported by the browser client (src/api),
 * the API itself (server/api) and the mocks. Every response is parsed with these schemas.
 */
// before zod builds a schema: no eval probe under a strict CSP (src/zod-setup.ts)
import '../zod-setup'
import { z } from 'zod'
import { DIMENSIONS, LEVELS } from '../domain/framework'

export const API_BASE = '/api/v1'
export const paths = {
  meta: `${API_BASE}/meta`,
  scores: `${API_BASE}/scores`,
  health: `${API_BASE}/health`,
  openapi: `${API_BASE}/openapi.json`,
  datasets: `${API_BASE}/datasets`,
  boundaries: `${API_BASE}/boundaries`,
} as const

export const label = z.object({ nl: z.string(), en: z.string() })

export const levelId = z.enum(LEVELS)
export const dimensionId = z.enum(DIMENSIONS)
export const pillarId = z.enum(['technological', 'social'])
/**
 * The series of a pillar row (ADR 0007): a respondent's T, their S, and their gap G = T − S.
 * Also the order in which a group's three pillar rows are returned.
 */
export const PILLAR_SERIES = ['technological', 'social', 'gap'] as const
export const pillarSeriesId = z.enum(PILLAR_SERIES)
export type PillarSeries = z.infer<typeof pillarSeriesId>
/** The keys of a cell of sufficient statistics (FRAMEWORK.md), in canonical order. */
export const CELL_KEYS = ['level', 'dimension', 'region', 'sector', 'year'] as const
export type CellKeyName = (typeof CELL_KEYS)[number]
/**
 * Grouping keys of GET /scores, in canonical order: `by` is answered in this order whatever order
 * it was asked in, and rows are sorted by the keys in this order. `pillar` (ADR 0007) groups
 * pillar cells instead of dimension cells and excludes `dimension`.
 */
export const groupKey = z.enum(['level', 'dimension', 'pillar', 'region', 'sector', 'year'])
export type GroupKey = z.infer<typeof groupKey>
export const GROUP_KEYS = groupKey.options

export const datasetInfo = z.object({
  id: z.string(),
  /** changes whenever the data change; the ETag is derived from it */
  version: z.string(),
  title: label,
  synthetic: z.boolean(),
  source: label,
  /** ISO 8601 date-time */
  updated: z.string(),
  cells: z.number().int().nonnegative(),
  /**
   * true when the dataset holds pillar cells (per-respondent T and S, ADR 0007): only then has
   * GET /scores rows for `by` with `pillar`. Always present in /meta; every store sets it.
   */
  pillarCells: z.boolean().optional(),
})
export type DatasetInfo = z.infer<typeof datasetInfo>
/** What a writer says about a new dataset; the store adds `cells` and `pillarCells`. */
export type DatasetDescription = Omit<DatasetInfo, 'cells' | 'pillarCells'>

/** The documented bounds of one GET /scores answer. */
export const answerLimits = z.object({
  /** most groups in one answer (pillar answers have three rows per group) */
  maxGroups: z.number().int().positive(),
  /** most bytes of one answer, estimated before it is built */
  maxBytes: z.number().int().positive(),
})

export const metaResponse = z.object({
  dataset: datasetInfo.extend({ pillarCells: z.boolean() }),
  levels: z.array(z.object({ id: levelId, label, unit: label })),
  pillars: z.array(z.object({ id: pillarId, label, dimensions: z.array(dimensionId) })),
  dimensions: z.array(z.object({ id: dimensionId, pillar: pillarId, label, definition: label, source: z.string() })),
  scale: z.array(z.object({ value: z.number().int().min(1).max(5), label, descriptor: label })),
  clusters: z.array(z.object({ id: z.string(), label })),
  sectors: z.array(z.object({ code: z.string(), cluster: z.string(), label })),
  regions: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(['province', 'country', 'other']),
      label,
      nuts2021: z.string().optional(),
      nuts2024: z.string().optional(),
      iso: z.string().optional(),
    }),
  ),
  years: z.array(z.number().int()),
  thresholds: z.object({
    minN: z.number().int(),
    lowReliabilityN: z.number().int(),
    maxCiHalfWidth: z.number(),
  }),
  /** true when the server has a boundary file (GET /api/v1/boundaries): the Compare view can draw real shapes */
  boundaries: z.boolean().optional(),
  /** bounds of one GET /scores answer: larger questions are refused with a 400 problem (answer-too-large) */
  limits: answerLimits.optional(),
})
export type MetaResponse = z.infer<typeof metaResponse>

/** GET /boundaries: the operator's TopoJSON file as given (its features are read by src/charts/province-shapes.ts) */
export const topologyResponse = z.looseObject({ type: z.literal('Topology'), objects: z.record(z.string(), z.unknown()), arcs: z.array(z.unknown()) })

const keys = {
  level: levelId.optional(),
  dimension: dimensionId.optional(),
  /** with `by` containing `pillar`: which per-respondent series the row describes (n = respondents) */
  pillar: pillarSeriesId.optional(),
  region: z.string().optional(),
  /** null for the national level, which has no sector breakdown */
  sector: z.string().nullable().optional(),
  year: z.number().int().optional(),
}

export const estimateRow = z.object({
  ...keys,
  n: z.number().int().positive(),
  mean: z.number(),
  sd: z.number().nonnegative(),
  se: z.number().nonnegative(),
  ciLow: z.number(),
  ciHigh: z.number(),
  status: z.enum(['ok', 'low_reliability']),
})
/** A suppressed row carries its keys and status, never a value or n. */
export const suppressedRow = z.strictObject({ ...keys, status: z.literal('suppressed') })
export const scoreRow = z.discriminatedUnion('status', [estimateRow, suppressedRow])
export type ScoreRow = z.infer<typeof scoreRow>

/** Query of GET /scores: comma lists; absent = all. `by` must hold `dimension` or `pillar`. */
export interface ScoresQuery {
  level?: string[]
  dimension?: string[]
  region?: string[]
  sector?: string[]
  year?: number[]
  by: GroupKey[]
}

export const scoresResponse = z.object({
  datasetVersion: z.string(),
  /** the grouping keys, in canonical order (GROUP_KEYS) whatever order they were asked in */
  by: z.array(groupKey),
  /** sorted by the keys of `by`; pillar rows of a group in the order technological, social, gap */
  rows: z.array(scoreRow),
})
export type ScoresResponse = z.infer<typeof scoresResponse>

/** One problem in an uploaded dataset file (docs/data-format.md). */
export const importProblem = z.object({
  /** line of the file where the record starts (1 = header); 0 = the file as a whole */
  row: z.number().int().nonnegative(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  code: z.string(),
  message: label,
})
export type ImportProblemBody = z.infer<typeof importProblem>

/** RFC 9457 problem details, with a field-level list for bad parameters. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ param: z.string(), value: z.string().optional(), message: label }))
    .optional(),
  /** 422 on POST /datasets: the first problems of the file (at most 100) */
  importErrors: z.array(importProblem).optional(),
  /** 422 on POST /datasets: how many problems the file has in all */
  importErrorCount: z.number().int().nonnegative().optional(),
  /** 400 answer-too-large on GET /scores: the bounds the question passed */
  limits: answerLimits.optional(),
})
export type Problem = z.infer<typeof problem>

/** GET /datasets: the dataset versions this server has held, newest first. */
export const datasetsResponse = z.object({
  current: z.string(),
  versions: z.array(datasetInfo),
})
export type DatasetsResponse = z.infer<typeof datasetsResponse>

/** POST /datasets → 201: the new dataset, now current. */
export const datasetCreated = z.object({ dataset: datasetInfo })
export type DatasetCreated = z.infer<typeof datasetCreated>

export const healthResponse = z.object({ status: z.literal('ok'), datasetVersion: z.string() })

/** Parsing of the query string, shared by the API and (for typed building) the client. */
const codeList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))

export const rawScoresParams = z.object({
  level: codeList.optional(),
  dimension: codeList.optional(),
  region: codeList.optional(),
  sector: codeList.optional(),
  year: codeList.optional(),
  by: codeList.optional(),
})

/** Builds the query string for GET /scores, in a stable order so cache keys and ETags match. */
export function scoresSearch(q: ScoresQuery): string {
  const p = new URLSearchParams()
  const put = (k: string, v: readonly (string | number)[] | undefined) => {
    if (v && v.length > 0) p.set(k, v.join(','))
  }
  put('level', q.level)
  put('dimension', q.dimension)
  put('region', q.region)
  put('sector', q.sector)
  put('year', q.year)
  put('by', q.by)
  return p.toString()
}
