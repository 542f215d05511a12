/**
 * The figure of one slide, fitted into the space it is given (a 16:9 stage, a handout page): the
 * pinned view is rendered with the slide's address, only the pinned figure shows (ChartIsolation),
 * and the whole is scaled to fit (FitBox). A slide that cannot be shown — made before figure ids,
 * pointing at a page or figure that no longer exists, without data or failing — shows a notice in
 * words and a link to its view, never a blank or a wrong chart.
 */
import { Suspense, useCallback, useLayoutEffect, useMemo, useState, type MouseEvent } from 'react'
import type { MetaResponse } from '../../contract/v1'
import { ChartIsolation, type IsolationStatus } from '../../app/ChartIsolation'
import { slideTarget, type Slide } from '../../app/deck'
import { holdNavigation } from '../../app/location'
import { parseViewState, viewFromPath, type ViewId } from '../../app/url-state'
import { useViewRenderer } from '../../app/view-renderer'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { LoadingState } from '../../components/ErrorState'
import { useI18n } from '../../i18n/i18n'
import { FitBox } from './FitBox'
import { usePresentationMessages } from './use-messages'

/** What a slide could show: its figure, or why not. */
export type SlideStatus = IsolationStatus | { kind: 'legacy' } | { kind: 'unknownView' } | { kind: 'failed' }

/** Views that have figures to pin, the self-assessment's result among them (the others are pages of their own). */
const FIGURE_VIEWS: readonly ViewId[] = ['overview', 'compare', 'sectors', 'trends', 'international', 'profile', 'selfscan']

/** The slide's address in the reader's language (a slide is stored without it). */
export function slideLink(href: string, lang: 'nl' | 'en'): string {
  if (lang !== 'en') return href
  return `${href}${href.includes('?') ? '&' : '?'}taal=en`
}

/** Whether a status means the slide is done (shown, or a notice in its place): for progress counts. */
export function isSettled(s: SlideStatus | undefined): boolean {
  return s !== undefined && s.kind !== 'waiting'
}

export interface SlideFigureProps {
  slide: Slide
  meta: MetaResponse
  /** told whenever what the slide can show changes */
  onStatus?: (status: SlideStatus) => void
  /** largest enlargement of the figure */
  maxScale?: number
  /** lay the figure out no wider than its box (print: see FitBox) */
  noWiderThanBox?: boolean
  className?: string
}

export function SlideFigure({ slide, meta, onStatus, maxScale, noWiderThanBox, className }: SlideFigureProps) {
  const { lang } = useI18n()
  const m = usePresentationMessages()
  const target = slideTarget(slide)
  const renderView = useViewRenderer()
  const url = useMemo(() => new URL(slide.href, window.location.origin), [slide.href])
  const viewId = viewFromPath(url.pathname)
  const showable = viewId !== undefined && FIGURE_VIEWS.includes(viewId)
  const parsed = useMemo(() => parseViewState(url.pathname, `${url.search}${lang === 'en' ? `${url.search ? '&' : '?'}taal=en` : ''}`, meta), [url, lang, meta])
  const [status, setStatus] = useState<IsolationStatus>({ kind: 'waiting' })
  const fixed: SlideStatus | undefined = target.kind === 'legacy' ? { kind: 'legacy' } : !showable ? { kind: 'unknownView' } : undefined

  // A view drawn here must not rewrite the page's address (layout effect: before any view's effect)
  useLayoutEffect(() => holdNavigation(), [])

  const tell = useCallback(
    (s: SlideStatus) => {
      if (s.kind !== 'legacy' && s.kind !== 'unknownView' && s.kind !== 'failed') setStatus(s)
      onStatus?.(s)
    },
    [onStatus],
  )
  useLayoutEffect(() => {
    if (fixed) onStatus?.(fixed)
  }, [fixed?.kind]) // eslint-disable-line react-hooks/exhaustive-deps

  const open = slideLink(slide.href, lang)
  if (fixed) {
    return (
      <SlideNotice className={className} open={showable ? open : undefined} openText={m('open')}>
        {fixed.kind === 'legacy' ? m('slide.legacy') : m('slide.unknownView', { path: url.pathname })}
      </SlideNotice>
    )
  }

  // nothing inside the figure may act: a click on a tile or a sort button would move the page away
  const swallow = (e: MouseEvent) => {
    if ((e.target as Element).closest?.('[data-isolation="figure"]')) {
      e.preventDefault()
      e.stopPropagation()
    }
  }
  const figureId = target.kind === 'figure' ? target.id : ''
  const shellNotices = parsed.notices.map((n) => n[lang])
  const adjusted = [...shellNotices, ...('notices' in status ? status.notices : [])]
  return (
    <ErrorBoundary fallback={<Failed onFailed={() => onStatus?.({ kind: 'failed' })} text={m('slide.failed')} open={open} openText={m('open')} />} resetKey={`${slide.href}|${figureId}`}>
      <div className={`slide-figure${className ? ` ${className}` : ''}`} onClickCapture={swallow}>
        <FitBox ready={status.kind === 'shown'} maxScale={maxScale} noWiderThanBox={noWiderThanBox} className="slide-fit">
          <ChartIsolation figure={figureId} onStatus={tell}>
            <Suspense fallback={<LoadingState lines={4} />}>
              {renderView(parsed.state, meta)}
            </Suspense>
          </ChartIsolation>
        </FitBox>
        {status.kind === 'waiting' ? (
          <div className="slide-overlay">
            <LoadingState lines={4} />
          </div>
        ) : status.kind === 'missing' || status.kind === 'empty' || status.kind === 'error' ? (
          <SlideNotice className="slide-overlay" open={open} openText={m('open')}>
            {status.kind === 'missing' ? m('slide.missing', { figure: figureId }) : status.kind === 'empty' ? m('slide.empty', { text: status.text }) : m('slide.error', { text: status.text })}
          </SlideNotice>
        ) : null}
        {status.kind === 'shown' && adjusted.length > 0 ? <p className="slide-adjusted">{m('slide.adjusted', { text: adjusted.join(' ') })}</p> : null}
      </div>
    </ErrorBoundary>
  )
}

function SlideNotice({ children, open, openText, className }: { children: string; open?: string; openText: string; className?: string }) {
  return (
    <div className={`slide-notice${className ? ` ${className}` : ''}`}>
      <p className="notice">
        {children}
        {open ? (
          <>
            {' '}
            <a href={open}>{openText}</a>
          </>
        ) : null}
      </p>
    </div>
  )
}

function Failed({ onFailed, text, open, openText }: { onFailed: () => void; text: string; open: string; openText: string }) {
  useLayoutEffect(() => onFailed(), []) // eslint-disable-line react-hooks/exhaustive-deps
  return <SlideNotice open={open} openText={openText}>{text}</SlideNotice>
}
