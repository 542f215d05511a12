import { useState } from 'react'
import type { MetaResponse } from '../contract/v1'
import { useI18n } from '../i18n/i18n'
import { PrivateDataBanner } from './PrivateDataBanner'

/** Product name, the synthetic-data badge, share, and the language switch. */
export function TopBar({ meta, langHref }: { meta?: MetaResponse; langHref: string }) {
  const { t } = useI18n()
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setCopied('ok')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <header className="top-bar">
      <div className="top-bar-inner">
        <a href={langHref.replace(/^\/[^?]*/, '/')} className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◐
          </span>
          {t('app.name')}
        </a>
        {meta?.dataset.synthetic ? (
          <p className="badge-synthetic" title={t('badge.synthetic.explain')}>
            <strong>{t('badge.synthetic')}</strong>
            <span className="visually-hidden"> — {t('badge.synthetic.explain')}</span>
          </p>
        ) : null}
        <div className="top-bar-actions">
          <button type="button" className="button-secondary" onClick={() => void copy()}>
            {t('share.copy')}
          </button>
          <a className="button-secondary lang-switch" href={langHref} aria-label={t('lang.switch.label')} lang={t('lang.switch') === 'English' ? 'en' : 'nl'}>
            {t('lang.switch')}
          </a>
        </div>
        <p className="copy-status" role="status" aria-live="polite">
          {copied === 'ok' ? t('share.copied') : copied === 'failed' ? t('share.failed') : ''}
        </p>
      </div>
      <PrivateDataBanner />
    </header>
  )
}
