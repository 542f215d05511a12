// Development only: mounts one chart kind 12 times in the gallery (?perf=kind: pillar, dims, diff,
// balance, trend; `empty` is a ScatterChart with two axes and nothing else, `none` an empty div)
// and reports the median wall time per mount. For CPU time, read the renderer's CPU from /proc
// around a run (ADR 0012 gives the figures and how they were taken).
import { flushSync } from 'react-dom'
import { ScatterChart, XAxis, YAxis } from 'recharts'
import { createRoot } from 'react-dom/client'
import { I18nProvider } from '../../i18n/i18n'
import { differenceAxis, scoreAxis } from '../axis'
import { BalanceMap } from '../BalanceMap'
import { DotPlot, type DotRow } from '../DotPlot'
import { loadDrawings } from '../drawings/load'
import { TrendChart } from '../TrendChart'
import { balancePaths, balancePoints, pillarRows, trendSeries, trendYears } from './fixtures'

export async function runPerf(kind: string, out: HTMLElement) {
  await loadDrawings()
  const host = document.createElement('div')
  host.style.width = '640px'
  document.body.appendChild(host)
  const times: number[] = []
  let done: (v: unknown) => void = () => {}
  ;(window as unknown as { __perf: Promise<unknown> }).__perf = new Promise((r) => (done = r))
  const dims: DotRow[] = Array.from({ length: 9 }, (_, i) => ({ id: `d${i}`, label: `Dimensie ${i}`, series: i < 4 ? 'technological' : 'social', value: 3 + i * 0.05, ciLow: 2.9 + i * 0.05, ciHigh: 3.1 + i * 0.05, text: '3,1', group: i === 0 ? 'Technologisch' : i === 4 ? 'Sociaal' : undefined }))
  const chart = () => {
    switch (kind) {
      case 'pillar':
        return <DotPlot rows={pillarRows} axis={scoreAxis([2.5, 4])} />
      case 'dims':
        return <DotPlot rows={dims} axis={scoreAxis([2.5, 4])} />
      case 'diff':
        return <DotPlot rows={dims.map((d) => ({ ...d, value: d.value! - 3, ciLow: d.ciLow! - 3, ciHigh: d.ciHigh! - 3 }))} axis={differenceAxis([-0.2, 0.4])} />
      case 'balance':
        return <BalanceMap points={balancePoints} paths={balancePaths} xLabel="T" yLabel="S" techAheadLabel="t" socialAheadLabel="s" />
      case 'empty':
        return (
          <ScatterChart width={600} height={200} accessibilityLayer={false}>
            <XAxis type="number" dataKey="x" domain={[0, 1]} />
            <YAxis type="number" dataKey="y" domain={[0, 1]} />
          </ScatterChart>
        )
      case 'none':
        return <div style={{ height: 200 }} />
      default:
        return <TrendChart years={trendYears} series={trendSeries} axis={scoreAxis([2.7, 3.5])} />
    }
  }
  for (let k = 0; k < 12; k++) {
    const el = document.createElement('div')
    el.className = 'chart-isolation'
    host.appendChild(el)
    const root = createRoot(el)
    const t0 = performance.now()
    flushSync(() => root.render(<I18nProvider lang="nl">{chart()}</I18nProvider>))
    await new Promise((r) => setTimeout(r, 0))
    void document.body.offsetHeight
    times.push(performance.now() - t0)
    await new Promise((r) => setTimeout(r, 50))
  }
  const sorted = [...times].sort((a, b) => a - b)
  out.textContent = `${kind}: median ${sorted[6].toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, nodes ${host.querySelectorAll('*').length / 12}`
  out.id = 'perf-result'
  done(out.textContent)
}
