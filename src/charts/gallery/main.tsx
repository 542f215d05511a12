// The chart gallery: every element of the visual grammar on fixed data (development only; served
// by `npm run dev` at /gallery.html, never part of a build). docs/charts.md's pictures come from it.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nProvider } from '../../i18n/i18n'
import '../../app/styles.css'
import { ChartPatterns } from '../patterns'
import { Gallery } from './Gallery'

const params = new URLSearchParams(window.location.search)
const lang = params.get('taal') === 'en' ? 'en' : 'nl'
document.documentElement.lang = lang
const perf = params.get('perf')
if (perf) void import('./perf').then((m) => m.runPerf(perf, document.getElementById('root')!))
else
  createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider lang={lang}>
      <ChartPatterns />
      <Gallery />
    </I18nProvider>
  </StrictMode>,
)
