import { ApiError } from '../api/client'
import { useI18n } from '../i18n/i18n'

/** What went wrong, what to do, and a retry: in the reader's language. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n()
  let message = t('error.unknown')
  if (error instanceof ApiError) {
    if (error.kind === 'network') message = t('error.network')
    else if (error.kind === 'server') message = t('error.server', { status: error.status ?? '?' })
    else if (error.kind === 'bad_request') message = t('error.badRequest', { detail: error.detail ?? String(error.status) })
    else message = t('error.contract')
  }
  return (
    <div className="state state-error" role="alert">
      <h3>{t('error.title')}</h3>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button-primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  )
}

export function LoadingState({ lines = 3 }: { lines?: number }) {
  const { t } = useI18n()
  return (
    <div className="state state-loading" aria-busy="true">
      <span className="visually-hidden" role="status">
        {t('state.loading')}
      </span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton" style={{ width: `${90 - i * 15}%` }} />
      ))}
    </div>
  )
}

export function EmptyState() {
  const { t } = useI18n()
  return (
    <div className="state state-empty" role="status">
      <p>{t('state.empty')}</p>
    </div>
  )
}
