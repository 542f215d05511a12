/** Fixed examples of every chart element, for looking at them and for docs/charts.md. */
import { differenceAxis, scoreAxis } from '../axis'
import { BalanceMap } from '../BalanceMap'
import { DotPlot } from '../DotPlot'
import { PillarLegend } from '../PillarLegend'
import { TrendChart } from '../TrendChart'
import { balancePaths, balancePoints, diffRows, pillarRows, rankRows, trendSeries, trendYears } from './fixtures'

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} className="gallery-item" style={{ maxWidth: 760, margin: '1.5rem auto', padding: '1rem', border: '1px solid #ccc', background: '#fff' }}>
      <h2 style={{ fontSize: '1rem' }}>{title}</h2>
      <div className="chart-body">{children}</div>
    </section>
  )
}

export function Gallery() {
  const scale = ['Initieel', 'Experimenterend', 'Gedefinieerd', 'Geïntegreerd', 'Optimaliserend']
  return (
    <main>
      <Section id="pillar-dot-plot" title="Pillar dot plot: groups, thin data (open), suppressed (hatched), missing (dotted), highlight">
        <DotPlot rows={pillarRows} axis={scoreAxis(pillarRows.flatMap((r) => (r.value === undefined ? [] : [r.ciLow!, r.ciHigh!])))} scaleLabels={scale} />
        <PillarLegend showSuppressed showMissing thresholds={{ minN: 10, lowN: 30 }} />
      </Section>
      <Section id="difference-plot" title="Difference plot: verdict marks, zero line, wrapped names">
        <DotPlot rows={diffRows} axis={differenceAxis(diffRows.flatMap((r) => [r.ciLow!, r.ciHigh!]))} ends={['← lager', 'hoger →']} />
      </Section>
      <Section id="rank-plot" title="Rank plot: rank ranges, a reference line">
        <DotPlot rows={rankRows} prefixes axis={scoreAxis([...rankRows.flatMap((r) => [r.ciLow!, r.ciHigh!]), 3.4])} reference={{ value: 3.4, label: 'Nederland 3,4' }} />
      </Section>
      <Section id="balance-map" title="Balance map: whiskers both ways, paths broken at a missing year, labels clear of whiskers (N6)">
        <BalanceMap points={balancePoints} paths={balancePaths} xLabel="Technologisch (T)" yLabel="Sociaal (S)" techAheadLabel="technologie voorop" socialAheadLabel="sociaal voorop" />
      </Section>
      <Section id="trend-chart" title="Trend panel: bands, a year without data (I5), a suppressed year, thin data, clear-change arrow">
        <TrendChart title="Regionaal/sectoraal" years={trendYears} series={trendSeries} axis={scoreAxis(trendSeries.flatMap((s) => s.points.flatMap((p) => (p.value === undefined ? [] : [p.ciLow!, p.ciHigh!]))))} />
        <PillarLegend showSuppressed showMissing showChange band thresholds={{ minN: 10, lowN: 30 }} />
      </Section>
    </main>
  )
}
