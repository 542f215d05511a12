/** In the top bar while the app shows a private file: says so, and one click returns to the server's data. */
import { useQueryClient } from '@tanstack/react-query'
import { formatCount } from '../domain/format'
import { useI18n } from '../i18n/i18n'
import { message } from '../i18n/messages'
import { dataMessages } from '../views/data/messages'
import { showServerData, useDataSource } from './data-source'

export function PrivateDataBanner() {
  const source = useDataSource()
  const client = useQueryClient()
  const { lang } = useI18n()
  if (source.kind !== 'private') return null
  return (
    <div className="private-data-banner" role="region" aria-label={message(dataMessages, lang, 'banner.text', { name: source.fileName })}>
      <p>
        <strong>{message(dataMessages, lang, 'banner.text', { name: source.fileName })}</strong>{' '}
        <span>
          ({formatCount(source.cells, lang)} {message(dataMessages, lang, 'preview.cells').toLowerCase()}). {message(dataMessages, lang, 'banner.private')}
        </span>
      </p>
      <button type="button" className="button-secondary" onClick={() => void showServerData(client)}>
        {message(dataMessages, lang, 'back')}
      </button>
    </div>
  )
}
