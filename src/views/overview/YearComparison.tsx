/**
 * Two years on the overview (?vergelijkjaar=2019): a year picker and, when a year is chosen, per
 * level the change in R, T and S from that year to the chosen one, called a rise or a fall only
 * when its interval excludes zero. Asks the same questions as the overview (answered from the cache).
 */
import { useId } from 'react'
import type { MetaResponse } from '../../api/client'
import { nationalQuery, subnationalQuery } from '../../api/score-queries'
import type { ViewState } from '../../app/url-state'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { LEVELS, type Level } from '../../domain/framework'
import { changeWord } from '../../domain/trends'
import { message } from '../../i18n/messages'
import { NoticeBox } from '../../components/NoticeBox'
import { columnsFor } from '../../kit/columns'
import { Gate } from '../../kit/Gate'
import { Legend, legendItems } from '../../kit/legend'
import { compareYearParam } from '../../kit/params'
import { byCounts, Dots } from '../../kit/charts'
import { SelectField } from '../../kit/sections'
import { useScores } from '../../kit/use-scores'
import { useViewParams } from '../../kit/use-view-params'
import { selection, useWords, type Words } from '../../kit/words'
import { levelSummaries } from './overview-model'
import { countOf, twoYearDots, twoYearRows, type TwoYearRow, type YearMeasure } from './year-comparison'
import { yearMessages, type YearMessageKey } from './year-messages'

const PARAMS = { from: compareYearParam }

export function YearComparison({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const w = useWords(meta)
  const m = (key: YearMessageKey, values?: Record<string, string | number>) => message(yearMessages, w.lang, key, values)
  const id = useId()
  const params = useViewParams(state, meta, PARAMS)
  const from = params.values.from
  const scores = useScores(meta, { sub: from !== undefined ? subnationalQuery(state) : undefined, nat: from !== undefined ? nationalQuery() : undefined })
  const earlier = meta.years.filter((y) => y < state.year)
  if (earlier.length === 0) return null
  return (
    <section className="year-compare">
      <div className="year-compare-control">
        <SelectField
          label={m('control')}
          value={from === undefined ? '' : String(from)}
          describedBy={`${id}-help`}
          choices={[{ value: '', text: m('control.off') }, ...earlier.map((y) => ({ value: String(y), text: `${y} ↔ ${state.year}` }))]}
          onChoose={(v) => params.set({ from: v ? Number(v) : undefined })}
        />
        <p id={`${id}-help`} className="chart-note">
          {m('control.help', { year: state.year })}
        </p>
        <NoticeBox notices={params.notices} />
      </div>
      {from !== undefined ? (
        <Gate scores={scores} lines={4}>
          {() => <YearFigure w={w} state={state} from={from} rows={twoYearRows(levelSummaries(scores.rows.sub, scores.rows.nat, from), levelSummaries(scores.rows.sub, scores.rows.nat, state.year), from, state.year, [...LEVELS].reverse())} />}
        </Gate>
      ) : null}
    </section>
  )
}

function YearFigure({ w, state, from, rows }: { w: Words; state: ViewState; from: number; rows: TwoYearRow[] }) {
  const m = (key: YearMessageKey, values?: Record<string, string | number>) => message(yearMessages, w.lang, key, values)
  const measureName = (x: YearMeasure) => m(`measure.${x}`)
  const dots = twoYearDots(rows, w.lang, w.level, measureName, w.missing)
  const up = countOf(rows, 'R', 'increase')
  const down = countOf(rows, 'R', 'decrease')
  const n = LEVELS.length
  const title = byCounts(up, down, { both: m('title.upDown', { from, up, down, n }), a: m('title.up', { from, up, n }), b: m('title.down', { from, down, n }), none: m('title.none', { from, to: state.year }) })
  const sel = selection(state, w)
  const where = (l: Level) => (l === 'national' ? w.region('NL') : `${sel.regions} · ${sel.sectors}`)
  const c = columnsFor(w, rows)
  const spec = figure({
    id: 'overview.years',
    title,
    subtitle: m('subtitle', { from, to: state.year, filters: `${sel.regions} · ${sel.sectors}` }),
    rows,
    rowKey: (r) => `${r.level}-${r.measure}`,
    rowData: (r) => ({ level: r.level, measure: r.measure }),
    columns: [
      ...c.csvOnly(c.text('selection', w.t('csv.filters'), (r) => where(r.level)), c.code('from-year', w.t('table.fromYear'), () => from), c.code('to-year', w.t('table.toYear'), () => state.year)),
      c.text('level', w.t('table.level'), (r) => w.level(r.level)),
      c.label('measure', m('table.measure'), (r) => measureName(r.measure)),
      ...c.measured('from', String(from), (r) => r.from, { n: false, status: false }),
      ...c.measured('to', String(state.year), (r) => r.to, { n: false, status: false }),
      ...c.differences('change', m('table.change'), (r) => r.change.diff),
      c.text('verdict', m('table.verdict'), (r) => changeWord(r.change.change, w.lang)),
    ],
  })
  const li = legendItems(w)
  return (
    <ChartFrame
      figure={spec}
      chart={<Dots w={w} rows={dots} axis="difference" ends={[m('lower'), m('higher')]} />}
      legend={<Legend items={[li.readiness, li.technological, li.social, li.shown, li.notShown, dots.some((d) => d.value === undefined) && li.suppressed, li.ci]} />}
      notes={<p className="chart-note">{w.t('overview.national.note')}</p>}
    />
  )
}
