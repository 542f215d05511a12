/** The comparison's controls: chosen provinces as chips, adding one, the reference, the years, the level; the measure. */
import type { Level } from '../../domain/framework'
import { METRICS, type Metric } from '../../domain/groups'
import type { ViewState } from '../../app/url-state'
import type { ParamValues } from '../../app/params'
import { ChoiceChips, SelectField } from '../../kit/sections'
import { COMPARE_PARAMS, MAX_REGIONS, provinceCodes } from './params'
import { cm, type CompareScope } from './scope'

type Set = (patch: Partial<ParamValues<typeof COMPARE_PARAMS>>, shell?: Partial<ViewState>) => void

export function Controls({ scope, toggle, set }: { scope: CompareScope; toggle: (id: string) => void; set: Set }) {
  const { w, state, model } = scope
  const { settings } = model
  const free = provinceCodes(w.meta).filter((p) => !settings.regions.includes(p))
  const earlier = w.meta.years.filter((y) => y < state.year)
  const levelChoices: (Level | undefined)[] = [undefined, 'individual', 'organisational', 'regional_sectoral']
  return (
    <section className="compare-controls" aria-labelledby="compare-choose">
      <h2 id="compare-choose">{cm(w, 'choose.title')}</h2>
      <div className="compare-chosen">
        <p className="focus-label">{cm(w, 'choose.count', { count: settings.regions.length, max: MAX_REGIONS })}</p>
        {settings.regions.length === 0 ? <p className="chart-note">{cm(w, 'choose.none')}</p> : null}
        <ul className="chip-list">
          {settings.regions.map((code) => (
            <li key={code}>
              <button type="button" className="chip chip-remove" aria-label={cm(w, 'choose.remove', { name: w.region(code) })} onClick={() => toggle(code)}>
                {w.region(code)} <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
        {free.length > 0 && settings.regions.length < MAX_REGIONS ? (
          <SelectField
            label={cm(w, 'choose.add')}
            value=""
            choices={[{ value: '', text: cm(w, 'choose.add.placeholder') }, ...free.map((p) => ({ value: p, text: w.region(p) }))]}
            onChoose={(v) => (v ? toggle(v) : undefined)}
          />
        ) : null}
      </div>
      <div className="compare-options">
        <label className="check">
          <input type="checkbox" checked={settings.reference} onChange={(e) => set({ reference: e.currentTarget.checked })} />
          {cm(w, 'reference')}
        </label>
        {earlier.length > 0 ? (
          <SelectField
            label={cm(w, 'years.label')}
            value={settings.fromYear === undefined ? '' : String(settings.fromYear)}
            choices={[{ value: '', text: cm(w, 'years.off') }, ...earlier.map((y) => ({ value: String(y), text: `${y} ↔ ${state.year}` }))]}
            onChoose={(v) => set({ from: v ? Number(v) : undefined })}
          />
        ) : null}
        <ChoiceChips<Level | undefined>
          label={cm(w, 'level')}
          value={settings.levels.length === 1 ? settings.levels[0] : undefined}
          choices={levelChoices.map((l) => ({ value: l, text: l ? w.level(l) : cm(w, 'level.all') }))}
          onChoose={(level) => set({}, { level })}
        />
      </div>
    </section>
  )
}

export function MetricPicker({ scope, onChoose }: { scope: CompareScope; onChoose: (m: Metric) => void }) {
  const { w, model, metricName } = scope
  return (
    <SelectField
      className="metric-picker"
      label={cm(w, 'metric')}
      value={model.settings.metric}
      choices={METRICS.map((x) => ({ value: x, text: x.length === 1 ? metricName(x) : `${x} · ${metricName(x)}` }))}
      onChoose={(v) => onChoose(v as Metric)}
    />
  )
}
