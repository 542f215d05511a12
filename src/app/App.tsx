import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { Suspense, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import { metaQuery, shouldRetry } from '../api/queries'
import type { MetaResponse } from '../contract/v1'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { ErrorState, LoadingState } from '../components/ErrorState'
import { I18nProvider, useI18n } from '../i18n/i18n'
import { ChartPatterns } from '../charts/patterns'
import { ChartFrameContext, localIsoDate, longDate, type FrameContext } from '../charts/frame-context'
import { NoticeBox } from '../components/NoticeBox'
import { FilterBar } from './FilterBar'
import { methodologyHref } from './links'
import { navigate, useLocationKey } from './location'
import { pinStore } from './pins'
import { TopBar } from './TopBar'
import { hrefOf, langFromSearch, parseViewState, VIEWS, type Notice, type ViewId } from './url-state'
import { ChartIsolation, figureOf } from './ChartIsolation'
import { usePrintPage } from './print'
import type { MessageKey } from '../i18n/nl'
import { ViewRendererContext, type ViewRenderer } from './view-renderer'
import { View } from './ViewOutlet'


export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } } })
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const locationKey = useLocationKey()
  const search = locationKey.slice(locationKey.indexOf('?') >>> 0)
  const lang = langFromSearch(locationKey.includes('?') ? search : '')
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  return (
    <QueryClientProvider client={client}>
      <I18nProvider lang={lang}>
        <Shell locationKey={locationKey} />
      </I18nProvider>
    </QueryClientProvider>
  )
}

/** Same-origin links navigate inside the app, keeping the query cache. */
function onLinkClick(e: MouseEvent<HTMLElement>) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
  const a = (e.target as HTMLElement).closest('a')
  if (!a || a.target || a.hasAttribute('download')) return
  const url = new URL(a.href, window.location.href)
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return
  e.preventDefault()
  navigate(url.pathname + url.search)
}

const renderView: ViewRenderer = (state, meta) => <View state={state} meta={meta} />

/**
 * A new view starts at its top, as a new page would; a filter change on the same view keeps the
 * reader's place. (Set on the scrolling element: it also works where scrollTo does not exist.)
 */
function useScrollTopOnViewChange(pathname: string): void {
  const last = useRef(pathname)
  useEffect(() => {
    if (pathname === last.current) return
    last.current = pathname
    const root = document.scrollingElement ?? document.documentElement
    root.scrollTop = 0
  }, [pathname])
}

function Shell({ locationKey }: { locationKey: string }) {
  const { t } = useI18n()
  const meta = useQuery(metaQuery())
  const url = new URL(locationKey, window.location.origin)
  // presenting a slide, or embedded in another site: the content alone, without the app's chrome
  const mode: Mode = url.searchParams.get('embed') === '1' ? 'embed' : url.pathname.startsWith('/presentatie') && url.searchParams.has('dia') ? 'present' : 'app'
  const langHref = useMemo(() => {
    const p = new URLSearchParams(url.search)
    if (p.get('taal') === 'en') p.delete('taal')
    else p.set('taal', 'en')
    const qs = p.toString().replace(/%2C/g, ',')
    return `${url.pathname}${qs ? `?${qs}` : ''}`
  }, [url.pathname, url.search])

  return (
    <div className="app" onClick={onLinkClick}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <ChartPatterns />
      {mode === 'app' ? <TopBar meta={meta.data} langHref={langHref} /> : null}
      {meta.data ? (
        <Loaded meta={meta.data} pathname={url.pathname} search={url.search} mode={mode} />
      ) : (
        <main id="main" className="main">
          {meta.error ? <ErrorState error={meta.error} onRetry={() => void meta.refetch()} /> : <LoadingState lines={6} />}
        </main>
      )}
    </div>
  )
}

type Mode = 'app' | 'present' | 'embed'

function Loaded({ meta, pathname, search, mode }: { meta: MetaResponse; pathname: string; search: string; mode: Mode }) {
  const { t, lang, label } = useI18n()
  usePrintPage(lang, label(meta.dataset.source), meta.dataset.synthetic)
  useScrollTopOnViewChange(pathname)
  const frame = useMemo((): FrameContext => {
    // one Date for the printed date and the file names: the same local calendar day
    const now = new Date()
    return {
      date: longDate(now, lang),
      isoDate: localIsoDate(now),
      source: label(meta.dataset.source),
      synthetic: meta.dataset.synthetic,
      syntheticNotice: meta.dataset.synthetic ? t('export.synthetic') : undefined,
      methodHref: methodologyHref(),
      pins: mode === 'app' ? pinStore(lang) : undefined,
    }
  }, [lang, label, meta.dataset.source, meta.dataset.synthetic, t, mode])
  const { state, notices } = useMemo(() => parseViewState(pathname, search, meta), [pathname, search, meta])
  const noticeKey = JSON.stringify(notices)
  // Replace the address with the cleaned one, so the invalid values do not linger in a shared link.
  useEffect(() => {
    if (notices.length > 0) navigate(hrefOf(state), { replace: true })
  }, [noticeKey]) // eslint-disable-line react-hooks/exhaustive-deps
  // Keep the notices on screen after the address was cleaned (adjusting state during render).
  const [shown, setShown] = useState<Notice[]>(notices)
  const [lastKey, setLastKey] = useState(noticeKey)
  if (noticeKey !== lastKey) {
    setLastKey(noticeKey)
    if (notices.length > 0) setShown(notices)
  }

  return (
    <ChartFrameContext.Provider value={frame}>
    <ViewRendererContext.Provider value={renderView}>
      {mode === 'app' ? (
      <nav className="views-nav" aria-label={t('nav.label')}>
        <ul>
          {(Object.keys(VIEWS) as ViewId[]).map((v) => (
            <li key={v}>
              <a href={hrefOf({ ...state, view: v, extra: {} })} aria-current={state.view === v ? 'page' : undefined}>
                {t(`nav.${v}` as MessageKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      ) : null}
      {mode === 'app' && state.view !== 'methodology' && state.view !== 'presentation' && state.view !== 'data' && state.view !== 'selfscan' ? <FilterBar state={state} meta={meta} /> : null}
      <main id="main" className={`main main-${mode}`} tabIndex={-1}>
        <NoticeBox notices={shown} />
        {mode === 'embed' ? (
          <p className="embed-credit">
            <a href={hrefOf({ ...state, extra: {} })} target="_blank" rel="noopener">
              {t('app.name')}
            </a>
            {meta.dataset.synthetic ? <strong className="badge-synthetic">{t('badge.synthetic')}</strong> : null}
          </p>
        ) : null}
        <h1 className={state.view === 'methodology' || mode !== 'app' ? 'visually-hidden' : 'page-title'}>
          {state.view === 'overview' ? t('overview.title') : t(`nav.${state.view}` as MessageKey)}
        </h1>
        {state.view === 'overview' && mode === 'app' ? <p className="lead">{t('app.tagline')}</p> : null}
        <ErrorBoundary fallback={<p className="state state-error">{t('error.view')}</p>} resetKey={`${state.view}${search}`}>
          <Suspense fallback={<LoadingState lines={6} />}>
            {mode === 'embed' && figureOf(state.extra.grafiek) !== undefined ? (
              <ChartIsolation figure={figureOf(state.extra.grafiek)!}>
                <View state={state} meta={meta} />
              </ChartIsolation>
            ) : (
              <View state={state} meta={meta} />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
    </ViewRendererContext.Provider>
    </ChartFrameContext.Provider>
  )
}
