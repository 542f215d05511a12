import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Lang } from '../domain/framework'
import { formatCount, formatDiff, formatScore } from '../domain/format'
import { en } from './en'
import { nl, type MessageKey } from './nl'

const dictionaries: Record<Lang, Record<MessageKey, string>> = { nl, en }

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang]
  return (key, values) => {
    const template = dict[key]
    if (!values) return template
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m))
  }
}

export interface I18n {
  lang: Lang
  t: Translate
  score: (v: number) => string
  diff: (v: number) => string
  count: (n: number) => string
  /** pick the label in the current language */
  label: (l: { nl: string; en: string }) => string
}

const Ctx = createContext<I18n | null>(null)

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: translator(lang),
      score: (v) => formatScore(v, lang),
      diff: (v) => formatDiff(v, lang),
      count: (n) => formatCount(n, lang),
      label: (l) => l[lang],
    }),
    [lang],
  )
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useI18n(): I18n {
  const v = useContext(Ctx)
  if (!v) throw new Error('useI18n outside I18nProvider')
  return v
}
