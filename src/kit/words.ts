/**
 * One vocabulary for every view: the names of levels, pillars, dimensions, provinces, sectors and
 * countries come from `meta` (the API's labels, nl and en); the words for a value's state, the
 * thresholds in them and the selection in words are made here once. Views never spell these out.
 */
import { useMemo } from 'react'
import type { MetaResponse } from '../api/client'
import type { ViewState } from '../app/url-state'
import { regionWords, sectorWords, selectionWords, subjectWords } from '../app/selection'
import type { Dimension, Lang, Level, Pillar } from '../domain/framework'
import type { Balance, Indicator, Verdict } from '../domain/indices'
import { useI18n, type I18n } from '../i18n/i18n'

export interface Words extends I18n {
  meta: MetaResponse
  level: (l: Level) => string
  dimension: (d: Dimension) => string
  /** "T1 · Digitale infrastructuur & platforms" */
  dimensionWithCode: (d: Dimension) => string
  pillar: (p: Pillar) => string
  /** a province or country by its code; the code itself when unknown */
  region: (code: string) => string
  sector: (code: string) => string
  /** "niet getoond (te weinig gegevens)" / "geen gegevens" */
  missing: (reason: 'suppressed' | 'missing') => string
  /** suppressed, missing or thin data in words; empty for an ordinary estimate */
  status: (i: Indicator) => string
  /** a difference's verdict: higher, lower, not clearly different, cannot be determined */
  verdict: (v: Verdict) => string
  /** which pillar leads, within the margin or beyond it */
  balance: (b: Balance) => string
  /** the thresholds of disclosure control, from the server's configuration */
  thresholds: MetaResponse['thresholds']
  /** the dataset's source */
  source: string
}

function labelOf<T extends { label: { nl: string; en: string } }>(items: readonly T[], match: (x: T) => boolean, lang: Lang, fallback: string): string {
  return items.find(match)?.label[lang] ?? fallback
}

/** The vocabulary in the reader's language, for one dataset's meta. */
export function wordsFor(i18n: I18n, meta: MetaResponse): Words {
  const { lang, t } = i18n
  return {
    ...i18n,
    meta,
    level: (l) => labelOf(meta.levels, (x) => x.id === l, lang, l),
    dimension: (d) => labelOf(meta.dimensions, (x) => x.id === d, lang, d),
    dimensionWithCode: (d) => `${d} · ${labelOf(meta.dimensions, (x) => x.id === d, lang, d)}`,
    pillar: (p) => labelOf(meta.pillars, (x) => x.id === p, lang, p),
    region: (code) => labelOf(meta.regions, (x) => x.code === code, lang, code),
    sector: (code) => labelOf(meta.sectors, (x) => x.code === code, lang, code),
    missing: (reason) => t(reason === 'suppressed' ? 'status.suppressed' : 'status.missing'),
    status: (i) => (i.kind === 'none' ? t(i.reason === 'suppressed' ? 'status.suppressed' : 'status.missing') : i.status === 'low_reliability' ? t('status.lowReliability') : ''),
    verdict: (v) => t(`verdict.${v}`),
    balance: (b) => t(`balance.${b}`),
    thresholds: meta.thresholds,
    source: i18n.label(meta.dataset.source),
  }
}

export function useWords(meta: MetaResponse): Words {
  const i18n = useI18n()
  return useMemo(() => wordsFor(i18n, meta), [i18n, meta])
}

/** The selection in words, as every subtitle and file name carries it. */
export function selection(state: ViewState, w: Words): { all: string; regions: string; sectors: string; subject: string } {
  return {
    all: selectionWords(state, w.meta, w.lang),
    regions: regionWords(state, w.meta, w.lang),
    sectors: sectorWords(state, w.meta, w.lang),
    subject: subjectWords(state, w.meta, w.lang),
  }
}

/** What every figure of a view needs to know about where it is: the address, the words, the selection. */
export interface Scope {
  state: ViewState
  w: Words
  /** "Groningen · Gemeenten · 2025": the selection as the subtitles carry it */
  filters: string
}

export function scopeOf(state: ViewState, w: Words): Scope {
  return { state, w, filters: selectionWords(state, w.meta, w.lang) }
}
