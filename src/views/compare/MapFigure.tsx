/**
 * The map of all twelve provinces in five colour classes: equal tiles, or (when the server has a
 * boundary file, ?kaart=grenzen) the real shapes. A click, Enter or the list beside it adds or
 * removes a province.
 */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'
import { apiKeys } from '../../api/queries'
import { ChartFrame } from '../../charts/ChartFrame'
import { figure } from '../../charts/figure'
import { ProvinceMap } from '../../charts/ProvinceMap'
import { provinceShapes } from '../../charts/province-shapes'
import { TileMap, type Tile } from '../../charts/TileMap'
import type { RankedUnit } from '../../domain/compare'
import { columnsFor } from '../../kit/columns'
import { ClassLegend } from '../../kit/legend'
import { Loaded, MapList } from '../../kit/charts'
import { classOfScore, classWords, details } from '../../kit/classes'
import { formatMetric, mapClasses, tiles as tilesOf } from './compare-model'
import { MAX_REGIONS, provinceCodes } from './params'
import { cm, type CompareScope } from './scope'

export function MapFigure({ scope, view, onView, toggle }: { scope: CompareScope; view: 'tegels' | 'grenzen'; onView: (v: 'tegels' | 'grenzen') => void; toggle: (id: string) => void }) {
  const { w, state, model, names } = scope
  const metric = model.settings.metric
  const classes = mapClasses(model)
  const tiles: Tile[] = tilesOf(model, classes, names, (i) => details(w, i, (v) => formatMetric(metric, v, w.lang)))
  const scored = model.ranking.filter((r) => r.score.kind === 'score')
  const top = scored[0]
  const bottom = scored[scored.length - 1]
  const title =
    top && bottom && top !== bottom && top.score.kind === 'score' && bottom.score.kind === 'score'
      ? cm(w, 'map.title', { metric: scope.metricName(metric), min: formatMetric(metric, bottom.score, w.lang), low: w.region(bottom.id), max: formatMetric(metric, top.score, w.lang), high: w.region(top.id) })
      : cm(w, 'map.title.none', { metric: scope.metricName(metric) })
  const full = model.settings.regions.length >= MAX_REGIONS
  const action = (tile: Tile) => (tile.selected ? cm(w, 'map.remove') : full ? cm(w, 'map.full') : cm(w, 'map.add'))
  const geo = w.meta.boundaries === true && view === 'grenzen'
  const shapes = useQuery({
    queryKey: apiKeys.boundaries(w.meta.dataset.version),
    queryFn: async ({ signal }) => provinceShapes(await api.boundaries(signal), provinceCodes(w.meta)),
    enabled: geo,
    staleTime: Infinity,
  })
  const byName = [...model.ranking].sort((a, b) => w.region(a.id).localeCompare(w.region(b.id), w.lang))
  const c = columnsFor(w, byName)
  const spec = figure({
    id: 'compare.map',
    title,
    subtitle: cm(w, 'map.subtitle', { metric: scope.metricName(metric), levels: scope.levelsMeanWords, year: state.year, sectors: scope.sectors }),
    rows: byName,
    rowKey: (r: RankedUnit) => r.id,
    columns: [
      c.label('province', w.t('table.region'), (r) => w.region(r.id)),
      c.code('code', w.t('table.code'), (r) => r.id),
      c.text('chosen', cm(w, 'table.inComparison'), (r) => cm(w, model.settings.regions.includes(r.id) ? 'yes' : 'no')),
      ...c.measured('value', scope.metricName(metric), (r) => r.score).map((col) => (metric === 'G' && col.kind === 'estimate' ? { ...col, kind: 'difference' as const } : col)),
      c.text('class', cm(w, 'map.class'), (r) => classOfScore(w, r.score, classes)),
    ],
    summary: cm(w, 'map.chartLabel', { classes: classWords(classes, w.lang).join('; ') }),
  })
  const map = !geo ? (
    <TileMap tiles={tiles} label={cm(w, 'map.label')} actionText={action} onToggle={toggle} />
  ) : (
    <Loaded query={shapes} loading={cm(w, 'map.geo.loading')}>
      {(data) => <ProvinceMap shapes={data} tiles={tiles} label={cm(w, 'map.geo.label')} actionText={action} onToggle={toggle} />}
    </Loaded>
  )
  return (
    <ChartFrame
      figure={spec}
      interactive
      chart={
        <div className="tilemap-layout">
          {map}
          <ProvinceList scope={scope} toggle={toggle} rows={byName} />
        </div>
      }
      legend={
        <>
          <ClassLegend
            title={cm(w, 'map.legend', { metric: scope.metricName(metric) })}
            classes={classes.map((cl, i) => ({ fill: cl.fill, text: classWords(classes, w.lang)[i] }))}
            suppressed={tiles.some((x) => !x.fill) ? w.t('legend.suppressed', { minN: w.thresholds.minN }) : undefined}
          />
          {w.meta.boundaries ? (
            <fieldset className="map-view-choice" data-export="skip">
              <legend>{cm(w, 'map.view')}</legend>
              {(['tegels', 'grenzen'] as const).map((v) => (
                <label key={v} className="check">
                  <input type="radio" name="compare-map-view" value={v} checked={view === v} onChange={() => onView(v)} />
                  {cm(w, v === 'tegels' ? 'map.view.tiles' : 'map.view.map')}
                </label>
              ))}
            </fieldset>
          ) : null}
        </>
      }
      notes={<p className="chart-note">{cm(w, geo ? 'map.geo.note' : 'map.note')}</p>}
    />
  )
}

/** Every province in a list beside the map: the keyboard and screen-reader way to choose. */
function ProvinceList({ scope, toggle, rows }: { scope: CompareScope; toggle: (id: string) => void; rows: readonly RankedUnit[] }) {
  const { w, model } = scope
  const metric = model.settings.metric
  return (
    <MapList
      label={cm(w, 'map.list')}
      head={[w.t('table.region'), cm(w, 'table.inComparison'), scope.metricName(metric), w.t('table.ci'), w.t('table.n')]}
      numeric={[false, true, true, true]}
      rows={rows.map((r) => {
        const chosen = model.settings.regions.includes(r.id)
        const name = w.region(r.id)
        return {
          id: r.id,
          name,
          chosen,
          cells: [
            <button type="button" className="button-link" aria-label={cm(w, chosen ? 'action.label.remove' : 'action.label.add', { name })} onClick={() => toggle(r.id)}>
              {cm(w, chosen ? 'action.remove' : 'action.add')}
            </button>,
            r.score.kind === 'score' ? formatMetric(metric, r.score, w.lang) : '—',
            r.score.kind === 'score' ? w.interval(r.score, metric === 'G' ? 'difference' : 'score') : w.missing(r.score.reason),
            r.score.kind === 'score' ? w.count(r.score.n) : '—',
          ],
        }
      })}
    />
  )
}
