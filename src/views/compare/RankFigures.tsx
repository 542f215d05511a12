/** The ranking of all twelve provinces with rank ranges, and the change of the measure since an earlier year. */
import type { ScoreRow } from '../../api/client'
import { perRegionQuery } from '../../api/score-queries'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { possibleLeaders } from '../../domain/compare'
import { changeWord } from '../../domain/trends'
import { columnsFor } from '../../kit/columns'
import { Gate } from '../../kit/Gate'
import { Legend, legendItems } from '../../kit/legend'
import { byCounts, Dots } from '../../kit/charts'
import { useScores } from '../../kit/use-scores'
import { changeDots, formatMetric, rankRows, rankText, unitChanges, type CompareModel } from './compare-model'
import { provinceCodes } from './params'
import { cm, type CompareScope } from './scope'

export function RankFigure({ scope }: { scope: CompareScope }) {
  const { w, state, model, names } = scope
  const metric = model.settings.metric
  const rows = rankRows(model, names)
  const leaders = possibleLeaders(model.ranking)
  const title =
    leaders.length === 0
      ? cm(w, 'rank.title.none')
      : leaders.length === 1
        ? cm(w, 'rank.title.one', { name: w.region(leaders[0].id), metric: scope.metricInSentence(metric) })
        : cm(w, 'rank.title.some', { count: leaders.length, metric: scope.metricInSentence(metric) })
  const ref = model.referenceMetric
  const c = columnsFor(w, model.ranking)
  const spec = figure({
    id: 'compare.ranking',
    title,
    subtitle: cm(w, 'rank.subtitle', { levels: scope.levelsMeanWords, year: state.year, sectors: scope.sectors }),
    rows: model.ranking,
    rowKey: (r) => r.id,
    columns: [
      ...c.csvOnly(c.code('year', w.t('table.year'), () => state.year), c.text('sectors', w.t('table.sector'), () => scope.sectors), c.text('levels', w.t('table.level'), () => scope.levelsMeanWords)),
      c.code('position', w.t('table.position'), (r) => r.position),
      c.label('province', w.t('table.region'), (r) => w.region(r.id)),
      c.text('rank', w.t('table.rank'), (r) => rankText(r)),
      ...c.measured('value', scope.metricName(metric), (r) => r.score),
    ],
    summary: `${rows.map((r) => `${r.prefix} ${r.label}: ${r.text ?? r.missingText}`).join('; ')}.`,
  })
  return (
    <ChartFrame
      figure={spec}
      chart={
        <Dots
          w={w}
          rows={rows}
          axis="scale"
          zero={metric === 'G'}
          reference={model.settings.reference && ref.kind === 'score' ? { value: ref.value, label: cm(w, 'rank.reference', { value: formatMetric(metric, ref, w.lang) }) } : undefined}
          prefixWidth={54}
          labelWidth={112}
        />
      }
      notes={<p className="chart-note">{cm(w, 'rank.note')}</p>}
    />
  )
}

/** Two years: loads the earlier year on its own, so the rest of the comparison stays on screen. */
export function ChangeSection({ scope, from, then }: { scope: CompareScope; from: number; then: (rows: ScoreRow[]) => CompareModel }) {
  const { w, state } = scope
  const scores = useScores(w.meta, { provinces: perRegionQuery({ ...state, regions: provinceCodes(w.meta), year: from }) })
  return (
    <Gate scores={scores} lines={4}>
      {() => <ChangeFigure scope={scope} from={from} then={then(scores.rows.provinces)} />}
    </Gate>
  )
}

function ChangeFigure({ scope, from, then }: { scope: CompareScope; from: number; then: CompareModel }) {
  const { w, state, model, names } = scope
  const metric = model.settings.metric
  const { units, reference } = unitChanges(then, model, from, state.year)
  const dots = changeDots(units, new Set(model.settings.regions), names)
  const up = units.filter((u) => u.change.change === 'increase').length
  const down = units.filter((u) => u.change.change === 'decrease').length
  const n = units.length
  const m = scope.metricInSentence(metric)
  const title = byCounts(up, down, {
    both: cm(w, 'change.title.upDown', { from, metric: m, up, down, n }),
    a: cm(w, 'change.title.up', { from, metric: m, up, n }),
    b: cm(w, 'change.title.down', { from, metric: m, down, n }),
    none: cm(w, 'change.title.none', { from, to: state.year, metric: m }),
  })
  const refDiff = reference.change.diff
  const rows = [...(model.settings.reference ? [reference] : []), ...units]
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'compare.change',
    title,
    subtitle: cm(w, 'change.subtitle', { metric: scope.metricName(metric), from, to: state.year, levels: scope.levelsMeanWords, sectors: scope.sectors }),
    rows,
    rowKey: (r) => r.id,
    rowData: (r) => ({ unit: r.id }),
    columns: [
      ...c.csvOnly(c.text('sectors', w.t('table.sector'), () => scope.sectors), c.text('levels', w.t('table.level'), () => scope.levelsMeanWords), c.text('measure', w.t('table.measure'), () => scope.metricName(metric)), c.code('code', w.t('table.code'), (r) => r.id)),
      c.label('unit', w.t('table.region'), (r) => names.unitName(r.id)),
      ...c.measured('from', String(from), (r) => r.from, { n: false, status: false }),
      ...c.measured('to', String(state.year), (r) => r.to, { n: false, status: false }),
      ...c.differences('change', w.t('table.change'), (r) => r.change.diff),
      c.text('verdict', w.t('table.verdict'), (r) => changeWord(r.change.change, w.lang)),
    ],
  })
  const li = legendItems(w)
  return (
    <ChartFrame
      figure={spec}
      chart={
        <Dots
          w={w}
          rows={dots}
          axis="difference"
          reference={model.settings.reference && refDiff.kind === 'score' ? { value: refDiff.value, label: cm(w, 'change.reference', { value: w.diff(refDiff) }) } : undefined}
          ends={[cm(w, 'change.lower'), cm(w, 'change.higher')]}
          labelWidth={112}
        />
      }
      legend={<Legend items={[li.readiness, li.shown, li.notShown, li.thin, units.some((u) => u.change.diff.kind === 'none' && u.change.diff.reason === 'suppressed') && li.suppressed, li.ci]} />}
      notes={<p className="chart-note">{cm(w, 'change.note')}</p>}
    />
  )
}
