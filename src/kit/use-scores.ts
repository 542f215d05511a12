/**
 * One way to load: a view names its questions to the API, and gets every answer at once with one
 * status — loading, error (with one retry for all) or ready — while the previous answers stay on
 * screen as new filters load (`stale`). Pillar rows (ADR 0007) are asked next to the dimension
 * rows of the questions that want them, only when the dataset has pillar cells.
 */
import { useQueries } from '@tanstack/react-query'
import type { MetaResponse, ScoreRow, ScoresQuery } from '../api/client'
import { hasPillarCells, scoresQuery } from '../api/queries'
import { pillarQuery } from '../api/score-queries'

/** The questions of a view by name; undefined = not asked now. */
export type ScoresRequest<K extends string> = Record<K, ScoresQuery | undefined>

export interface Scores<K extends string> {
  status: 'loading' | 'error' | 'ready'
  /** dimension rows per question ([] for a question not asked) */
  rows: Record<K, ScoreRow[]>
  /** pillar rows per question, when the dataset has pillar cells and the question wanted them */
  pillars: Partial<Record<K, ScoreRow[]>>
  /** the previous answers are on screen while new ones load */
  stale: boolean
  error: unknown
  retry: () => void
}

interface Entry<K> {
  key: K
  kind: 'rows' | 'pillars'
  query: ScoresQuery
}

/** The entries to fetch: every asked question, and its pillar twin where wanted and available. */
export function scoreEntries<K extends string>(request: ScoresRequest<K>, pillarsFor: readonly K[], withPillars: boolean): Entry<K>[] {
  return (Object.entries(request) as [K, ScoresQuery | undefined][]).flatMap(([key, query]) => {
    if (!query) return []
    const main: Entry<K> = { key, kind: 'rows', query }
    return withPillars && pillarsFor.includes(key) ? [main, { key, kind: 'pillars' as const, query: pillarQuery(query) }] : [main]
  })
}

export function useScores<K extends string>(meta: MetaResponse, request: ScoresRequest<K>, opts: { pillars?: readonly NoInfer<K>[] } = {}): Scores<K> {
  const entries = scoreEntries(request, opts.pillars ?? [], hasPillarCells(meta))
  // two names for the same question are asked once
  const keys = entries.map((e) => JSON.stringify(e.query))
  const unique = [...new Set(keys)]
  const answers = useQueries({ queries: unique.map((k) => scoresQuery(JSON.parse(k) as ScoresQuery)) })
  const results = keys.map((k) => answers[unique.indexOf(k)])
  const rows = Object.fromEntries(Object.keys(request).map((k) => [k, [] as ScoreRow[]])) as Record<K, ScoreRow[]>
  const pillars: Partial<Record<K, ScoreRow[]>> = {}
  let missing = false
  let error: unknown = undefined
  results.forEach((r, i) => {
    const e = entries[i]
    if (r.data) {
      if (e.kind === 'rows') rows[e.key] = r.data.rows
      else pillars[e.key] = r.data.rows
    } else {
      missing = true
      if (r.error && error === undefined) error = r.error
    }
  })
  return {
    status: error !== undefined ? 'error' : missing ? 'loading' : 'ready',
    rows,
    pillars,
    stale: results.some((r) => r.isPlaceholderData),
    error,
    retry: () => answers.forEach((r) => void r.refetch()),
  }
}
