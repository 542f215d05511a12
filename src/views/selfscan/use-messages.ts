import { useCallback } from 'react'
import { useI18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { selfscanMessages, type SelfscanMessageKey } from './messages'

export type SelfscanT = (key: SelfscanMessageKey, values?: Record<string, string | number>) => string

/** The self-assessment's own words in the current language. */
export function useSelfscanMessages(): SelfscanT {
  const { lang } = useI18n()
  return useCallback((key, values) => message(selfscanMessages, lang, key, values), [lang])
}
