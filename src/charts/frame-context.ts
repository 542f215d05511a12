import { createContext, useContext } from 'react'
import type { Lang } from '../domain/framework'

/**
 * Pinning a figure to the presentation, as the shell provides it: the frame asks whether its
 * figure is pinned at the current address and toggles it. (The deck lives in the app; a chart
 * never reaches into it.)
 */
export interface PinStore {
  /** a text that changes whenever the deck changes (for useSyncExternalStore) */
  snapshot: () => string
  subscribe: (onChange: () => void) => () => void
  /** whether the figure with this id is pinned at the current address */
  isPinned: (figureId: string) => boolean
  /** pins (or unpins) the figure at the current address; returns the new state and the slide count */
  toggle: (figureId: string, title: string) => { pinned: boolean; count: number }
  /** the address of the presentation editor */
  presentationHref: string
}

/** What every frame and export needs besides its own figure. */
export interface FrameContext {
  /** e.g. "28 november 2026": the local calendar date, printed */
  date: string
  /** the same local date as YYYY-MM-DD, for file names and CSV */
  isoDate: string
  /** the dataset's source, in the reader's language */
  source: string
  synthetic: boolean
  /** set when the data are synthetic */
  syntheticNotice?: string
  /** the methodology page, in the reader's language */
  methodHref: string
  /** absent where pinning makes no sense (embeds, slides, tests without a shell) */
  pins?: PinStore
}

export const ChartFrameContext = createContext<FrameContext>({ date: '', isoDate: localIsoDate(new Date()), source: '', synthetic: false, methodHref: '/methode' })

export function useFrameContext(): FrameContext {
  return useContext(ChartFrameContext)
}

/** YYYY-MM-DD of the local calendar day (not UTC: just after midnight they differ). */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** The date as a reader writes it ("28 november 2026" / "28 November 2026"), local calendar day. */
export function longDate(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(d)
}
