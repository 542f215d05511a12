/** The filter bar: province(s), sector(s), year, each showing its current value in words. */
import type { MetaResponse } from '../contract/v1'
import { useI18n } from '../i18n/i18n'
import { navigate } from './location'
import { regionWords, sectorWords } from './selection'
import { hrefOf, type ViewState } from './url-state'

function toggle(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...new Set([...list, code])] : list.filter((c) => c !== code)
}

export function FilterBar({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  const { t, lang, label } = useI18n()
  const go = (patch: Partial<ViewState>) => navigate(hrefOf({ ...state, ...patch }))
  const provinces = meta.regions.filter((r) => r.kind !== 'country')
  const clusters = meta.clusters.map((c) => ({ ...c, sectors: meta.sectors.filter((s) => s.cluster === c.id) }))
  const filtered = state.regions.length > 0 || state.sectors.length > 0

  return (
    <section className="filter-bar" aria-label={t('filter.label')}>
      <details className="filter">
        <summary>
          <span className="filter-name">{t('filter.region')}</span>
          <span className="filter-value">{regionWords(state, meta, lang)}</span>
        </summary>
        <fieldset className="filter-panel">
          <legend className="visually-hidden">{t('filter.region')}</legend>
          {provinces.map((p) => (
            <label key={p.code} className="check">
              <input
                type="checkbox"
                checked={state.regions.includes(p.code)}
                onChange={(e) => go({ regions: toggle(state.regions, p.code, e.currentTarget.checked) })}
              />
              {label(p.label)}
            </label>
          ))}
        </fieldset>
      </details>

      <details className="filter">
        <summary>
          <span className="filter-name">{t('filter.sector')}</span>
          <span className="filter-value">{sectorWords(state, meta, lang)}</span>
        </summary>
        <div className="filter-panel filter-panel-wide">
          {clusters.map((c) => {
            const codes = c.sectors.map((s) => s.code)
            const chosen = codes.filter((code) => state.sectors.includes(code))
            const all = chosen.length === codes.length
            return (
              <fieldset key={c.id} className="filter-group">
                <legend>{label(c.label)}</legend>
                <label className="check check-cluster">
                  <input
                    type="checkbox"
                    checked={all}
                    ref={(el) => {
                      if (el) el.indeterminate = chosen.length > 0 && !all
                    }}
                    onChange={(e) =>
                      go({
                        sectors: e.currentTarget.checked
                          ? [...new Set([...state.sectors, ...codes])]
                          : state.sectors.filter((s) => !codes.includes(s)),
                      })
                    }
                  />
                  {t('filter.sector.cluster', { cluster: label(c.label) })}
                </label>
                {c.sectors.map((s) => (
                  <label key={s.code} className="check">
                    <input
                      type="checkbox"
                      checked={state.sectors.includes(s.code)}
                      onChange={(e) => go({ sectors: toggle(state.sectors, s.code, e.currentTarget.checked) })}
                    />
                    {label(s.label)}
                  </label>
                ))}
              </fieldset>
            )
          })}
        </div>
      </details>

      <label className="filter filter-year">
        <span className="filter-name">{t('filter.year')}</span>
        <select value={state.year} onChange={(e) => go({ year: Number(e.currentTarget.value) })}>
          {[...meta.years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>

      {filtered ? (
        <button type="button" className="button-link" onClick={() => go({ regions: [], sectors: [] })}>
          {t('filter.clear')}
        </button>
      ) : null}
      {state.view !== 'profile' && (state.regions.length === 1 || (state.regions.length === 0 && state.sectors.length === 1)) ? (
        <a className="button-link profile-link" href={hrefOf({ ...state, view: 'profile', extra: {} })}>
          {t('filter.profile', { name: state.regions.length === 1 ? regionWords(state, meta, lang) : sectorWords(state, meta, lang) })}
        </a>
      ) : null}
    </section>
  )
}
