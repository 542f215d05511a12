/** The trends view's own words, and what every one of its figures knows about where it is. */
import type { ViewState } from '../../app/url-state'
import type { Level } from '../../domain/framework'
import { changeWord } from '../../domain/trends'
import { message } from '../../i18n/messages'
import { selection, type Scope, type Words } from '../../kit/words'
import { trendsMessages, type TrendsMessageKey } from './messages'
import type { TrendWords } from './trends-model'

export const tm = (w: Words, key: TrendsMessageKey, values?: Record<string, string | number>) => message(trendsMessages, w.lang, key, values)

export interface TrendScope extends Scope {
  /** the years shown, first to the chosen one */
  years: number[]
  first: number
  last: number
  /** the words the trend model's builders need */
  words: TrendWords
  /** "Groningen · Gemeenten", or the Netherlands at the national level */
  where: (l: Level) => string
  /** who the findings speak about: "Groningen", "Nederland" */
  subject: string
}

export function trendScope(state: ViewState, w: Words, years: number[]): TrendScope {
  const sel = selection(state, w)
  const where = `${sel.regions} · ${sel.sectors}`
  const first = years[0]
  const last = years[years.length - 1]
  return {
    state,
    w,
    years,
    first,
    last,
    filters: `${where} · ${first}–${last}`,
    where: (l) => (l === 'national' ? w.region('NL') : where),
    subject: sel.subject,
    words: {
      lang: w.lang,
      levelLabel: w.level,
      pillarLabel: (k) => (k === 'R' ? w.t('table.readiness') : tm(w, k === 'T' ? 'pillar.T' : 'pillar.S')),
      missing: w.missing,
      short: (reason) => (reason === 'suppressed' ? tm(w, 'short.suppressed') : w.t('status.missing')),
      verdict: (c) => changeWord(c, w.lang),
      thin: tm(w, 'thin'),
      noPrevious: tm(w, 'changes.noPrevious'),
    },
  }
}
