/** Provinces similar to the focused one, and a link that compares them in one click. */
import { formatNumber } from '../../domain/format'
import { SelectField } from '../../kit/sections'
import { cm, type CompareScope } from './scope'

export function Peers({ scope, onFocus, compareHref }: { scope: CompareScope; onFocus: (id: string) => void; compareHref: (ids: string[]) => string }) {
  const { w, model } = scope
  const focus = model.settings.focus
  if (!focus) return null
  const name = w.region(focus)
  return (
    <section className="peers" aria-labelledby="compare-peers">
      <h3 id="compare-peers">{cm(w, 'peers.title', { name })}</h3>
      {model.settings.regions.length > 1 ? (
        <SelectField label={cm(w, 'peers.focus')} value={focus} choices={model.settings.regions.map((c) => ({ value: c, text: w.region(c) }))} onChoose={onFocus} />
      ) : null}
      {model.peers.length === 0 ? (
        <p>{cm(w, 'peers.none', { name })}</p>
      ) : (
        <>
          <p className="chart-note">{cm(w, 'peers.intro', { levels: scope.levelsWords })}</p>
          <ol className="peer-list">
            {model.peers.map((p) => (
              <li key={p.id}>
                <strong>{w.region(p.id)}</strong> — {cm(w, 'peers.distance', { d: formatNumber(p.distance, w.lang, 2) })}
              </li>
            ))}
          </ol>
          <a className="button-primary" href={compareHref([focus, ...model.peers.map((p) => p.id)])}>
            {cm(w, 'peers.compare', { name })}
          </a>
          <p className="chart-note">{cm(w, 'peers.note')}</p>
        </>
      )}
    </section>
  )
}
