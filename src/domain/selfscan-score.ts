/**
 * Scoring the self-assessment: one or more answer sheets of one organisation → its dimension
 * scores, T, S, the gap G = T − S and readiness R = √(T·S), with honest intervals.
 *
 * - Each sheet is one respondent, scored by the shared rules (`scoreRespondent`, ADR 0007):
 *   a dimension's score is the mean of its answered items given at least 2 of its 3; T (S) is the
 *   mean of the 4 (5) dimension scores and exists only when all of them do. "Weet niet" and an
 *   unanswered statement both count as no answer.
 * - A team of k respondents is pooled by the shared `RespondentAggregator` into one dimension
 *   cell per dimension and one pillar cell (n, ΣT, ΣT², ΣS, ΣS², ΣTS) of the respondents with
 *   both a T and an S; G and R come from that cell, so their intervals carry the covariance of
 *   T and S exactly. T (S) is the mean over the respondents who have a T (an S): one missing
 *   social dimension does not hide a complete technological side. With complete sheets the
 *   three sets of respondents are the same.
 * - Intervals use Student's t with n − 1 degrees of freedom (a team is small: with n = 3 the
 *   95% multiplier is 4.30, not 1.96). One respondent has no interval: one person's view says
 *   nothing about how much colleagues differ.
 * - R's standard error by the delta method with the covariance of the means of T and S:
 *   se_R = √(S²·se_T² + T²·se_S² + 2·T·S·cov) / (2R), cov = (ΣTS − n·T̄·S̄) / ((n − 1)·n).
 */
import { DIMENSIONS, type Dimension } from './framework'
import { pillarSeries, type PillarSums, type Sums } from './pooling'
import { RespondentAggregator, scoreRespondent, type RespondentScores } from './respondents'
import { SELFSCAN_COLUMNS } from './selfscan-items'

/** An answer to one statement: a step of the 1–5 maturity scale, or "weet niet" (don't know). */
export type SelfscanAnswer = 1 | 2 | 3 | 4 | 5 | 'dk'

/** Answers by item id (`T1_1` …); an item that is absent has not been answered (yet). */
export type AnswerMap = Partial<Record<string, SelfscanAnswer>>

/** One respondent's answer sheet: where the organisation is, and the answers. */
export interface AnswerSheet {
  /** the organisation's province (CBS code, PV20 … PV31); '' while not chosen */
  region: string
  /** the organisation's sector (RIJK … OI); '' while not chosen */
  sector: string
  /** the year the answers were given */
  year: number
  answers: AnswerMap
}

/** The sheet's answers in questionnaire order, as `scoreRespondent` takes them (null = no answer). */
export function answerValues(answers: AnswerMap): (number | null)[] {
  return SELFSCAN_COLUMNS.map((c) => {
    const a = answers[c.name]
    return typeof a === 'number' ? a : null
  })
}

/** How many statements have an answer, "weet niet" included (for the progress bar). */
export function answeredCount(answers: AnswerMap): number {
  return SELFSCAN_COLUMNS.filter((c) => answers[c.name] !== undefined).length
}

/** One respondent's scores by the shared rules. */
export function scoreSheet(sheet: Pick<AnswerSheet, 'answers'>): RespondentScores {
  return scoreRespondent(SELFSCAN_COLUMNS, answerValues(sheet.answers))
}

// Two-sided 95% quantiles of Student's t (0.975 quantile), df 1 … 30, from the standard tables.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
]

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: the multiplier of a 95%
 * interval. Tabled for df ≤ 30; above, the Cornish–Fisher expansion around z = 1.959964
 * (error below 0.0005). A fractional df (Welch) is rounded down, which widens the interval.
 * Errors: RangeError for df < 1.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be at least 1, got ${df}`)
  const d = Math.floor(df)
  if (d <= 30) return T975[d - 1]
  const z = 1.959964
  const z3 = z ** 3
  const z5 = z ** 5
  const z7 = z ** 7
  return z + (z3 + z) / (4 * d) + (5 * z5 + 16 * z3 + 3 * z) / (96 * d * d) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * d ** 3)
}

/** A 95% interval from Student's t. */
export interface TInterval {
  /** standard error of the estimate */
  se: number
  /** degrees of freedom (n − 1 for a mean; Welch–Satterthwaite for a difference) */
  df: number
  low: number
  high: number
}

/** The organisation's score on one measure. */
export type OrgScore =
  | {
      kind: 'score'
      /** the mean over respondents, on the 1–5 scale (G: in scale points) */
      value: number
      /** respondents behind it */
      n: number
      /** absent with one respondent: one person's view has no interval */
      interval?: TInterval
    }
  | {
      kind: 'none'
      /** too few statements answered for a score (at least 2 of a dimension's 3) */
      reason: 'too_few_answers'
    }

const NONE: OrgScore = { kind: 'none', reason: 'too_few_answers' }

function withInterval(value: number, n: number, se: number): OrgScore {
  if (n < 2) return { kind: 'score', value, n }
  const t = tQuantile975(n - 1)
  return { kind: 'score', value, n, interval: { se, df: n - 1, low: value - t * se, high: value + t * se } }
}

/** Mean and t-interval of pooled sums (n ≥ 1). */
export function orgScoreOfSums(s: Sums): OrgScore {
  if (s.n < 1) return NONE
  const mean = s.sum / s.n
  const variance = s.n >= 2 ? Math.max(0, (s.sumSq - s.n * mean * mean) / (s.n - 1)) : 0
  return withInterval(mean, s.n, Math.sqrt(variance / s.n))
}

/** R = √(T̄·S̄) with its delta-method interval from pillar sums (see the module comment). */
export function readinessOfPillars(p: PillarSums): OrgScore {
  if (p.n < 1) return NONE
  const T = p.sumT / p.n
  const S = p.sumS / p.n
  const R = Math.sqrt(T * S)
  if (p.n < 2) return { kind: 'score', value: R, n: p.n }
  const n = p.n
  const varT = Math.max(0, (p.sumTSq - n * T * T) / (n - 1)) / n
  const varS = Math.max(0, (p.sumSSq - n * S * S) / (n - 1)) / n
  const cov = (p.sumTS - n * T * S) / (n - 1) / n
  const se = Math.sqrt(Math.max(0, S * S * varT + T * T * varS + 2 * T * S * cov)) / (2 * R)
  return withInterval(R, n, se)
}

/** Everything the result page shows about the organisation itself. */
export interface OrgResult {
  /** answer sheets pooled (k) */
  respondents: number
  dimensions: Record<Dimension, OrgScore>
  /** T: mean of the technological scores of the respondents who have one */
  technological: OrgScore
  /** S: mean of the social scores of the respondents who have one */
  social: OrgScore
  /** G = T − S per respondent, over those with both (so its interval carries their covariance) */
  gap: OrgScore
  /** R = √(T̄·S̄) over the respondents with both T and S (the pillar cell) */
  readiness: OrgScore
  /** respondents without a T or an S (they count in the dimension scores only) */
  withoutPillars: number
  /** statements without an answer ("weet niet" or skipped), over all respondents */
  missingAnswers: number
}

/**
 * Pools the sheets of one organisation (a team of k, or one person). Sheets need not be
 * complete: unanswered statements count as no answer. With no sheets every score is 'none'.
 */
export function orgResult(sheets: readonly Pick<AnswerSheet, 'answers'>[]): OrgResult {
  const agg = new RespondentAggregator()
  const key = { level: 'organisational', region: '', sector: null, year: 0 }
  const tSums: Sums = { n: 0, sum: 0, sumSq: 0 }
  const sSums: Sums = { n: 0, sum: 0, sumSq: 0 }
  const add = (s: Sums, x: number | undefined) => {
    if (x === undefined) return
    s.n++
    s.sum += x
    s.sumSq += x * x
  }
  for (const sheet of sheets) {
    const scores = scoreSheet(sheet)
    agg.add(key, scores)
    add(tSums, scores.technological)
    add(sSums, scores.social)
  }
  const { cells, pillarCells } = agg.result()
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const c = cells.find((x) => x.dimension === d)
      return [d, c ? orgScoreOfSums(c) : NONE]
    }),
  ) as Record<Dimension, OrgScore>
  const p = pillarCells[0]
  return {
    respondents: agg.respondents,
    dimensions,
    technological: orgScoreOfSums(tSums),
    social: orgScoreOfSums(sSums),
    gap: p ? orgScoreOfSums(pillarSeries(p).gap) : NONE,
    readiness: p ? readinessOfPillars(p) : NONE,
    withoutPillars: agg.withoutPillars,
    missingAnswers: agg.missingAnswers,
  }
}

/** The dimensions without a score (too few statements answered by everyone). */
export function dimensionsWithoutScore(r: OrgResult): Dimension[] {
  return DIMENSIONS.filter((d) => r.dimensions[d].kind === 'none')
}
