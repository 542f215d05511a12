/** One key factory and one queryOptions per endpoint (TanStack Query 5). */
import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { MetaResponse, ScoresQuery } from '../contract/v1'
import { api, ApiError } from './client'

export const apiKeys = {
  all: ['api'] as const,
  meta: () => [...apiKeys.all, 'meta'] as const,
  scores: (q: ScoresQuery) => [...apiKeys.all, 'scores', q] as const,
  /** the server's province boundary file, per dataset version */
  boundaries: (version: string) => [...apiKeys.all, 'boundaries', version] as const,
  /** shapes bundled with the app (no API call), by name */
  shapes: (name: string) => ['static', 'shapes', name] as const,
}

export const metaQuery = () =>
  queryOptions({ queryKey: apiKeys.meta(), queryFn: ({ signal }) => api.meta(signal), staleTime: 5 * 60_000 })

export const scoresQuery = (q: ScoresQuery) =>
  queryOptions({
    queryKey: apiKeys.scores(q),
    queryFn: ({ signal }) => api.scores(q, signal),
    staleTime: 60_000,
    // keep the previous answer on screen while a new filter loads: no flashing charts
    placeholderData: keepPreviousData,
  })

/** Whether the dataset holds pillar cells (ADR 0007): only then are pillar rows worth asking for. */
export function hasPillarCells(meta: MetaResponse): boolean {
  return meta.dataset.pillarCells === true
}

/** Retry transient failures only: never a 4xx or a contract mismatch. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && (error.kind === 'bad_request' || error.kind === 'contract')) return false
  return failureCount < 2
}
