import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useMemo, useState, type MouseEvent } from 'react'
import { metaQuery, shouldRetry } from '../api/queries'
import type { MetaResponse } from '../contract/v1'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { ErrorState, LoadingState } from '../components/ErrorState'
import { I18nProvider, useI18n } from '../i18n/i18n'
import { ChartPatterns } from '../charts/patterns'
import { ChartFrameContext } from '../charts/frame-context'
import { FilterBar } from './FilterBar'
import { navigate, useLocationKey } from './location'
import { TopBar } from './TopBar'
import { hrefOf, langFromSearch, parseViewState, VIEWS, type Notice, type ViewId, type ViewState } from './url-state'
import type { MessageKey } from '../i18n/nl'
import OverviewView from '../views/overview/OverviewView'

const MethodologyView = lazy(() => import('../views/methodology/MethodologyView'))
const SectorsView = lazy(() => import('../views/sectors/SectorsView'))
const CompareView = lazy(() => import('../views/compare/CompareView'))

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
  if (url.pathname !== window.location.pathname) window.scrollTo(0, 0)
}

function Shell({ locationKey }: { locationKey: string }) {
  const { t } = useI18n()
  const meta = useQuery(metaQuery())
  const url = new URL(locationKey, window.location.origin)
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
      <TopBar meta={meta.data} langHref={langHref} />
      {meta.data ? (
        <Loaded meta={meta.data} pathname={url.pathname} search={url.search} />
      ) : (
        <main id="main" className="main">
          {meta.error ? <ErrorState error={meta.error} onRetry={() => void meta.refetch()} /> : <LoadingState lines={6} />}
        </main>
      )}
    </div>
  )
}

function Loaded({ meta, pathname, search }: { meta: MetaResponse; pathname: string; search: string }) {
  const { t, lang } = useI18n()
  const frame = useMemo(
    () => ({
      date: new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date()),
      syntheticNotice: meta.dataset.synthetic ? t('export.synthetic') : undefined,
    }),
    [lang, meta.dataset.synthetic, t],
  )
  const { state, notices } = useMemo(() => parseViewState(pathname, search, meta), [pathname, search, meta])
  const [dismissed, setDismissed] = useState('')
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
      {state.view !== 'methodology' ? <FilterBar state={state} meta={meta} /> : null}
      <main id="main" className="main" tabIndex={-1}>
        <div role="status" aria-live="polite">
          {shown.length > 0 && dismissed !== JSON.stringify(shown) ? (
            <div className="notice">
              <strong>{t('notice.title')}: </strong>
              {shown.map((n, i) => (
                <span key={i}>
                  {t(n.key, { ...n.values, param: n.values.param ? t(`param.${n.values.param}` as MessageKey) : '' })}{' '}
                </span>
              ))}
              <button type="button" className="button-link" onClick={() => setDismissed(JSON.stringify(shown))}>
                {t('notice.dismiss')}
              </button>
            </div>
          ) : null}
        </div>
        <h1 className={state.view === 'methodology' ? 'visually-hidden' : 'page-title'}>
          {state.view === 'overview' ? t('overview.title') : t(`nav.${state.view}` as MessageKey)}
        </h1>
        {state.view === 'overview' ? <p className="lead">{t('app.tagline')}</p> : null}
        <ErrorBoundary fallback={<p className="state state-error">{t('error.view')}</p>} resetKey={`${state.view}${search}`}>
          <Suspense fallback={<LoadingState lines={6} />}>
            <View state={state} meta={meta} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </ChartFrameContext.Provider>
  )
}

function View({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  switch (state.view) {
    case 'methodology':
      return <MethodologyView meta={meta} />
    case 'sectors':
      return <SectorsView state={state} meta={meta} />
    case 'compare':
      return <CompareView state={state} meta={meta} />
    default:
      return <OverviewView state={state} meta={meta} />
  }
}
