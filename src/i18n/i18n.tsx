import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Lang } from '../domain/framework'
import { formatCount, formatDiff, formatInterval, formatScore, type FigureKind, type IntervalFigure } from '../domain/format'
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
  /** a score; given the figure with its interval, printed by the rounding rule (domain/format.ts) */
  score: (v: number | IntervalFigure) => string
  /** a signed difference; given the figure with its interval, by the rounding rule */
  diff: (v: number | IntervalFigure) => string
  /** the interval of a figure, "3,28 – 3,29", at the figure's precision */
  interval: (f: IntervalFigure, kind?: FigureKind) => string
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
      interval: (f, kind = 'score') => formatInterval(f, kind, lang),
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
