/**
 * Sectors: which sectors need attention — every sector against all sectors together, the
 * dimension heatmap, the balance of each sector, and every province × sector against the same
 * sector in the whole country. Measure, level and the matrix's sort order live in the address.
 */
import type { MetaResponse } from '../../api/client'
import { allSectorsQuery, matrixQuery, sectorNationalQuery, sectorsQuery } from '../../api/score-queries'
import type { ViewState } from '../../app/url-state'
import { NoticeBox } from '../../components/NoticeBox'
import { diffWithSize, levelPhrase } from '../../domain/findings'
import { formatList } from '../../domain/format'
import { METRICS, type Metric } from '../../domain/groups'
import { Gate } from '../../kit/Gate'
import { withoutNationalLevel } from '../../kit/params'
import { ChoiceChips, ControlBar, Findings, Isolated, SelectField } from '../../kit/sections'
import { useScores } from '../../kit/use-scores'
import { useViewParams } from '../../kit/use-view-params'
import { scopeOf, useWords, type Words } from '../../kit/words'
import { SECTOR_PARAMS, sectorCodes } from './params'
import { metricName, sm } from './words'
import { MatrixFigure, SectorHeatmapFigure } from './SectorHeatFigures'
import { SectorBalanceFigure, SectorDifferenceFigure } from './SectorFigures'
import { compareSectors, matrixCells, referenceUnit, SECTOR_LEVELS, sectorLevel, unitsBy, type SectorComparison } from './sectors-model'

export default function SectorsView({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const w = useWords(meta)
  const params = useViewParams(state, meta, SECTOR_PARAMS, withoutNationalLevel)
  const clean = params.state
  const level = sectorLevel(clean)
  const { metric, sortBy, order } = params.values
  const scores = useScores(meta, {
    sectors: sectorsQuery(clean, level),
    all: allSectorsQuery(clean, level),
    matrix: matrixQuery(clean, level),
    national: sectorNationalQuery(clean, level),
  })
  const comparisonsOf = () => compareSectors(sectorCodes({ state: clean, meta }), unitsBy(scores.rows.sectors, ['sector']), referenceUnit(scores.rows.all), metric)
  return (
    <div className="view" aria-busy={scores.stale}>
      <NoticeBox notices={params.notices} />
      <p className="lead">{sm(w, 'lead')}</p>
      <ControlBar>
        <ChoiceChips label={sm(w, 'level')} value={level} choices={SECTOR_LEVELS.map((l) => ({ value: l, text: w.level(l) }))} onChoose={(l) => params.set({}, { level: l })} />
        <SelectField label={sm(w, 'metric')} value={metric} choices={METRICS.map((x) => ({ value: x, text: metricName(w, x) }))} onChoose={(v) => params.set({ metric: v as Metric })} />
      </ControlBar>
      <p className="chart-note">{sm(w, 'nationalNote')}</p>
      <Gate scores={scores} isEmpty={() => comparisonsOf().length === 0}>
        {() => {
          const scope = scopeOf(clean, w)
          const comparisons = comparisonsOf()
          const units = unitsBy(scores.rows.sectors, ['sector'])
          const reference = referenceUnit(scores.rows.all)
          const cells = matrixCells(scores.rows.matrix, unitsBy(scores.rows.national, ['sector']), metric)
          const key = params.hrefWith({})
          return (
            <>
              <Findings title={sm(w, 'findings.title')} intro={<p>{sm(w, 'findings.level', { level: levelPhrase(level, w.lang), year: clean.year })}</p>} items={sectorFindings(w, comparisons, metric)} />
              <Isolated resetKey={key}>
                <SectorDifferenceFigure scope={scope} comparisons={comparisons} reference={reference} metric={metric} />
                <SectorHeatmapFigure scope={scope} comparisons={comparisons} units={units} />
                <SectorBalanceFigure scope={scope} comparisons={comparisons} level={level} />
                <MatrixFigure
                  scope={scope}
                  cells={cells}
                  sectors={sectorCodes({ state: clean, meta })}
                  metric={metric}
                  level={level}
                  sort={{ column: sortBy === 'naam' ? 'label' : sortBy, direction: order === 'aflopend' ? 'descending' : 'ascending' }}
                  onSort={(column) => {
                    const by = column === 'label' ? 'naam' : column
                    params.set({ sortBy: by, order: by === sortBy && order === 'oplopend' ? 'aflopend' : 'oplopend' })
                  }}
                />
              </Isolated>
            </>
          )
        }}
      </Gate>
    </div>
  )
}

/** Which sectors are above or below all sectors together, and where data are missing. */
function sectorFindings(w: Words, comparisons: readonly SectorComparison[], metric: Metric): string[] {
  const names = (pick: (c: SectorComparison) => boolean) => comparisons.filter(pick).map((c) => w.sector(c.sector))
  // each sector with its difference and size (W3: certainty and size said separately)
  const sized = (pick: (c: SectorComparison) => boolean) => comparisons.filter(pick).map((c) => (c.diff.kind === 'score' ? `${w.sector(c.sector)} (${diffWithSize(c.diff, w.lang)})` : w.sector(c.sector)))
  const lower = sized((c) => c.verdict === 'lower')
  const higher = sized((c) => c.verdict === 'higher')
  const suppressed = names((c) => c.value.kind === 'none' && c.value.reason === 'suppressed')
  const m = metricName(w, metric)
  return [
    ...(lower.length > 0 ? [sm(w, 'findings.lower', { metric: m, sectors: formatList(lower, w.lang) })] : []),
    ...(higher.length > 0 ? [sm(w, 'findings.higher', { metric: m, sectors: formatList(higher, w.lang) })] : []),
    ...(lower.length === 0 && higher.length === 0 ? [sm(w, 'findings.none', { metric: m })] : []),
    ...(suppressed.length > 0 ? [sm(w, 'findings.suppressed', { sectors: formatList(suppressed, w.lang) })] : []),
  ]
}
