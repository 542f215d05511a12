import { useState } from 'react'
import type { Label } from '../domain/framework'
import { useI18n } from '../i18n/i18n'

/**
 * Notices about the address (an unknown value ignored, a list trimmed): the same box for the
 * shell and every view, announced politely, dismissable. Each notice carries both languages.
 */
export function NoticeBox({ notices }: { notices: readonly Label[] }) {
  const { t, lang } = useI18n()
  const [dismissed, setDismissed] = useState('')
  const key = JSON.stringify(notices)
  return (
    <div role="status" aria-live="polite">
      {notices.length > 0 && dismissed !== key ? (
        <div className="notice">
          <strong>{t('notice.title')}: </strong>
          {notices.map((n, i) => (
            <span key={`${i}-${n.nl}`}>{n[lang]} </span>
          ))}
          <button type="button" className="button-link" onClick={() => setDismissed(key)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
