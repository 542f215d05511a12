/** Fixed data for the gallery: every element of the grammar once. */
import type { BalancePath, BalancePoint } from '../BalanceMap'
import type { DotRow } from '../DotPlot'
import type { TrendSeries } from '../TrendChart'

export const pillarRows: DotRow[] = [
  { id: 'i-t', label: 'Technologisch', group: 'Individueel', series: 'technological', value: 3.31, ciLow: 3.22, ciHigh: 3.4, text: '3,3' },
  { id: 'i-s', label: 'Sociaal', series: 'social', value: 3.18, ciLow: 3.1, ciHigh: 3.27, text: '3,2' },
  { id: 'o-t', label: 'Technologisch', group: 'Organisatie', series: 'technological', value: 3.55, ciLow: 3.3, ciHigh: 3.8, text: '3,6', thin: true },
  { id: 'o-s', label: 'Sociaal', series: 'social', value: 3.42, ciLow: 3.2, ciHigh: 3.64, text: '3,4', thin: true },
  { id: 'r-t', label: 'Technologisch', group: 'Regionaal/sectoraal', series: 'technological', absent: 'suppressed', absentText: 'niet getoond (te weinig gegevens)' },
  { id: 'r-s', label: 'Sociaal', series: 'social', absent: 'missing', absentText: 'geen gegevens' },
  { id: 'n-t', label: 'Technologisch', group: 'Landelijk', series: 'technological', value: 3.71, ciLow: 3.65, ciHigh: 3.77, text: '3,7', highlight: true },
  { id: 'n-s', label: 'Sociaal', series: 'social', value: 3.44, ciLow: 3.38, ciHigh: 3.5, text: '3,4' },
]

export const diffRows: DotRow[] = [
  { id: 'T1', label: 'Digitale infrastructuur & platforms', series: 'technological', value: 0.16, ciLow: 0.05, ciHigh: 0.27, text: '+0,16', verdict: 'higher' },
  { id: 'T2', label: 'Data & AI', series: 'technological', value: -0.04, ciLow: -0.15, ciHigh: 0.07, text: '−0,0', verdict: 'similar' },
  { id: 'S3', label: 'Slimmer werken & flexibel organiseren', series: 'social', value: -0.21, ciLow: -0.33, ciHigh: -0.09, text: '−0,2', verdict: 'lower' },
  { id: 'S5', label: 'Integriteit & ethisch bewustzijn', series: 'social', value: 0.08, ciLow: -0.1, ciHigh: 0.26, text: '+0,1', verdict: 'similar', thin: true },
]

export const rankRows: DotRow[] = ['Utrecht', 'Noord-Holland', 'Noord-Brabant', 'Zuid-Holland', 'Groningen', 'Zeeland'].map((name, i) => ({
  id: name,
  label: name,
  prefix: i < 3 ? '1–3' : String(i + 1),
  series: 'composite',
  value: 3.6 - i * 0.08,
  ciLow: 3.5 - i * 0.08,
  ciHigh: 3.7 - i * 0.08,
  text: (3.6 - i * 0.08).toFixed(1).replace('.', ','),
  highlight: name === 'Groningen',
}))

// case N6: the organisational level, gap −0.1 with a wide interval, next to the individual level
export const balancePoints: BalancePoint[] = [
  { id: 'individual', label: 'Individueel', x: 3.3, y: 3.2, errX: [0.06, 0.06], errY: [0.05, 0.05] },
  { id: 'organisational', label: 'Organisatie', x: 3.35, y: 3.45, errX: [0.3, 0.3], errY: [0.08, 0.08], thin: true },
  { id: 'regional_sectoral', label: 'Regionaal/sectoraal', x: 2.98, y: 2.88, errX: [0.05, 0.05], errY: [0.05, 0.05], highlight: true },
  { id: 'national', label: 'Landelijk', x: 3.71, y: 3.44, errX: [0.05, 0.05], errY: [0.06, 0.06] },
]
export const balancePaths: BalancePath[] = [
  { id: 'regional_sectoral', highlight: true, points: [2019, 2020, 2022, 2023, 2024, 2025].map((year, i) => ({ year, x: 2.62 + i * 0.07, y: 2.5 + i * 0.075, label: i === 0 ? String(year) : undefined })) },
  { id: 'national', points: [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({ year, x: 3.35 + i * 0.06, y: 3.06 + i * 0.06, label: i === 0 ? String(year) : undefined })) },
]

// case I5: no 2021 rows at all; 2023 suppressed for S
export const trendYears = [2019, 2020, 2022, 2023, 2024]
export const trendSeries: TrendSeries[] = [
  {
    id: 'T',
    label: 'T',
    series: 'technological',
    emphasis: true,
    points: trendYears.map((year, i) => ({ year, value: 3.0 + i * 0.08, ciLow: 2.93 + i * 0.08, ciHigh: 3.07 + i * 0.08, text: (3.0 + i * 0.08).toFixed(1).replace('.', ','), mark: i === 3 ? ('up' as const) : undefined })),
  },
  {
    id: 'S',
    label: 'S',
    series: 'social',
    emphasis: true,
    points: trendYears.map((year, i) =>
      year === 2023 ? { year, absent: 'suppressed' as const, absentText: 'te weinig' } : { year, value: 2.8 + i * 0.07, ciLow: 2.72 + i * 0.07, ciHigh: 2.88 + i * 0.07, text: (2.8 + i * 0.07).toFixed(1).replace('.', ','), thin: year === 2024 },
    ),
  },
]

