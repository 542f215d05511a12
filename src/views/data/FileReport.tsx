/**
 * What the Data page says about a file it has read: every problem with row, column, value and
 * message, or a preview of a valid file (its size, what is not shown, its first rows).
 */
import type { MetaResponse } from '../../contract/v1'
import { formatCount, formatList, formatNumber } from '../../domain/format'
import { THRESHOLDS } from '../../domain/framework'
import { useI18n } from '../../i18n/i18n'
import type { dataMessages } from './messages'
import type { Loaded } from './DataView'

/** A share as a whole percentage in the reader's language ("42%", "42 %" where the locale spaces it). */
export const percent = (fraction: number, lang: 'nl' | 'en') => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(fraction)

export type M = (key: keyof (typeof dataMessages)['nl'], values?: Record<string, string | number>) => string

export function ProblemTable({ file, m }: { file: Loaded; m: M }) {
  const { lang } = useI18n()
  if (file.result.ok) return null
  const { problems, problemCount } = file.result
  return (
    <section>
      <div className="table-scroll">
        <table className="data-problems">
          <caption>{m('problems.caption', { name: file.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{m('col.row')}</th>
              <th scope="col">{m('col.column')}</th>
              <th scope="col">{m('col.value')}</th>
              <th scope="col">{m('col.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td className="num">{p.row > 0 ? p.row : m('col.file')}</td>
                <td>{p.column === null ? '' : <code>{p.column}</code>}</td>
                <td>{p.value === null ? '' : <code className="data-value">{p.value === '' ? '""' : p.value}</code>}</td>
                <td>{p.message[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problemCount > problems.length ? (
        <p>{m('problems.more', { count: formatCount(problemCount - problems.length, lang), shown: problems.length })}</p>
      ) : null}
    </section>
  )
}

export function Preview({ file, m, meta }: { file: Loaded; m: M; meta: MetaResponse }) {
  const { lang, label } = useI18n()
  if (!file.result.ok) return null
  const { preview, format, pillarCells } = file.result.dataset
  const levelName = (id: string) => {
    const l = meta.levels.find((x) => x.id === id)
    return l ? label(l.label) : id
  }
  const years = preview.years.length > 3 ? `${preview.years[0]}–${preview.years[preview.years.length - 1]}` : preview.years.join(', ')
  const r = preview.respondents
  const minN = formatCount(THRESHOLDS.minN, lang)
  return (
    <>
      {r ? (
        <>
          <h3>{m('respondents.title')}</h3>
          <p className="data-respondents-intro">{m('respondents.intro')}</p>
          <dl className="data-counts data-respondents">
            <div>
              <dt>{m('respondents.count')}</dt>
              <dd>{formatCount(r.respondents, lang)}</dd>
            </div>
            <div>
              <dt>{m('respondents.missing')}</dt>
              <dd>
                {m('respondents.missingValue', { missing: formatCount(r.missingAnswers, lang), answers: formatCount(r.answers, lang) })}{' '}
                <span className="data-count-detail">({percent(r.answers > 0 ? r.missingAnswers / r.answers : 0, lang)})</span>
              </dd>
            </div>
            <div>
              <dt>{m('preview.suppressed')}</dt>
              <dd>
                {m('preview.suppressedValue', { suppressed: formatCount(preview.suppressedCells, lang), cells: formatCount(preview.cells, lang) })}{' '}
                <span className="data-count-detail">({m('preview.suppressedDetail', { minN })})</span>
              </dd>
            </div>
            <div>
              <dt>{m('respondents.pillarCells')}</dt>
              <dd>
                {m('preview.suppressedValue', { suppressed: formatCount(r.suppressedPillarCells, lang), cells: formatCount(pillarCells?.length ?? 0, lang) })}{' '}
                <span className="data-count-detail">({m('preview.suppressedDetail', { minN })})</span>
              </dd>
            </div>
            <div>
              <dt>{m('respondents.withoutPillars')}</dt>
              <dd>
                {formatCount(r.withoutPillars, lang)} <span className="data-count-detail">({m('respondents.withoutPillarsDetail')})</span>
              </dd>
            </div>
          </dl>
        </>
      ) : null}
      <dl className="data-counts">
        <div>
          <dt>{m('preview.cells')}</dt>
          <dd>{formatCount(preview.cells, lang)}</dd>
        </div>
        {r ? null : (
          <div>
            <dt>{m('preview.suppressed')}</dt>
            <dd>
              {formatCount(preview.suppressedCells, lang)} <span className="data-count-detail">({m('preview.suppressedDetail', { minN })})</span>
            </dd>
          </div>
        )}
        <div>
          <dt>{m('preview.levels')}</dt>
          <dd>
            {preview.levels.length} <span className="data-count-detail">({formatList(preview.levels.map(levelName), lang)})</span>
          </dd>
        </div>
        <div>
          <dt>{m('preview.regions')}</dt>
          <dd>{preview.regions.length}</dd>
        </div>
        <div>
          <dt>{m('preview.sectors')}</dt>
          <dd>{preview.sectors.length}</dd>
        </div>
        <div>
          <dt>{m('preview.years')}</dt>
          <dd>
            {preview.years.length} <span className="data-count-detail">({years})</span>
          </dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="data-sample">
          <caption>{m(format === 'respondents' ? 'preview.captionCells' : 'preview.caption', { count: preview.sample.length, name: file.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{m('sample.level')}</th>
              <th scope="col">{m('sample.dimension')}</th>
              <th scope="col">{m('sample.region')}</th>
              <th scope="col">{m('sample.sector')}</th>
              <th scope="col">{m('sample.year')}</th>
              <th scope="col" className="num">
                n
              </th>
              <th scope="col" className="num">
                {m('sample.mean')}
              </th>
              <th scope="col" className="num">
                sd
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row, i) => (
              <tr key={i}>
                <td>{levelName(row.level)}</td>
                <td>{row.dimension}</td>
                <td>{row.region}</td>
                <td>{row.sector ?? '–'}</td>
                <td>{row.year}</td>
                <td className="num">{formatCount(row.n, lang)}</td>
                <td className="num">{formatNumber(row.mean, lang, 2)}</td>
                <td className="num">{formatNumber(row.sd, lang, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
