import { useCallback } from 'react'
import { useI18n } from '../../i18n/i18n'
import { message } from '../../i18n/messages'
import { presentationMessages, type PresentationMessageKey } from './messages'

/** The presentation's own words in the reader's language, with {name} placeholders filled. */
export type PresentationT = (key: PresentationMessageKey, values?: Record<string, string | number>) => string

export function usePresentationMessages(): PresentationT {
  const { lang } = useI18n()
  return useCallback((key, values) => message(presentationMessages, lang, key, values), [lang])
}
