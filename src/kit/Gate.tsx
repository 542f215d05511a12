import type { ReactNode } from 'react'
import { EmptyState, ErrorState, LoadingState } from '../components/ErrorState'
import type { Scores } from './use-scores'

/**
 * Loading, error and empty states in one place: skeleton lines while the first answers load, the
 * error with one retry, the empty message when `isEmpty` says so; otherwise the view's content
 * (computed only then).
 */
export function Gate<K extends string>({ scores, lines = 6, isEmpty, children }: { scores: Scores<K>; lines?: number; isEmpty?: () => boolean; children: () => ReactNode }) {
  if (scores.status === 'error') return <ErrorState error={scores.error} onRetry={scores.retry} />
  if (scores.status === 'loading') return <LoadingState lines={lines} />
  if (isEmpty?.()) return <EmptyState />
  return <>{children()}</>
}
