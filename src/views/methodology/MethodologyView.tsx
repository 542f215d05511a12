/** The methodology page: what is measured, every formula, and the disclosure rules. */
import type { MetaResponse } from '../../contract/v1'
import { useI18n } from '../../i18n/i18n'
import { honestySections, TEXT } from './methodology-text'


export default function MethodologyView({ meta }: { meta: MetaResponse }) {
  const { lang, label, score } = useI18n()
  const x = TEXT[lang]
  const fill = (s: string) =>
    s
      .replaceAll('{minN}', String(meta.thresholds.minN))
      .replace('{lowN}', String(meta.thresholds.lowReliabilityN))
      .replace('{half}', score(meta.thresholds.maxCiHalfWidth))
  return (
    <article className="prose methodology">
      <h2>{x.title}</h2>
      <p>{x.intro}</p>

      <h3 id="data">{x.data}</h3>
      <p>
        <strong>{label(meta.dataset.title)}</strong> — {label(meta.dataset.source)}.
      </p>
      {meta.dataset.synthetic ? <p className="notice">{x.synthetic}</p> : null}
      <p>{x.own}</p>

      <h3 id="levels">{x.levels}</h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {x.levelCols.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {meta.levels.map((l) => (
              <tr key={l.id}>
                <th scope="row">{label(l.label)}</th>
                <td>{label(l.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="dimensions">{x.dims}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={x.dims}>
        <table>
          <thead>
            <tr>
              {x.dimCols.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {meta.dimensions.map((d) => (
              <tr key={d.id}>
                <td>{d.id}</td>
                <td>{label(meta.pillars.find((p) => p.id === d.pillar)!.label)}</td>
                <th scope="row">{label(d.label)}</th>
                <td>{label(d.definition)}</td>
                <td>{d.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="scale">{x.scale}</h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {x.scaleCols.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {meta.scale.map((s) => (
              <tr key={s.value}>
                <td className="num">{s.value}</td>
                <th scope="row">{label(s.label)}</th>
                <td>{label(s.descriptor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="formulas">{x.formulas}</h3>
      <dl className="formulas">
        {x.f.map(([term, def]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{def}</dd>
          </div>
        ))}
      </dl>

      <h3 id="compare">{x.compare}</h3>
      <dl className="formulas method-prose">
        {x.cmp.map(([term, def]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{def}</dd>
          </div>
        ))}
      </dl>

      <h3 id="trends">{x.trends}</h3>
      <dl className="formulas method-prose">
        {x.trd.map(([term, def]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{def}</dd>
          </div>
        ))}
      </dl>

      {honestySections(lang).map((sec) => (
        <section key={sec.id} aria-labelledby={`method-${sec.id}`}>
          <h3 id={`method-${sec.id}`}>{sec.title}</h3>
          <dl className="formulas method-prose">
            {sec.items.map(([term, def]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{def}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <h3 id="suppression">{x.rules}</h3>
      <ul>
        {x.r.map((r) => (
          <li key={r}>{fill(r)}</li>
        ))}
      </ul>
    </article>
  )
}
