/** What every figure of the comparison knows: the address, the words, the model and how to name things. */
import { SUBNATIONAL } from '../../api/score-queries'
import type { ViewState } from '../../app/url-state'
import type { Measure } from '../../domain/compare'
import type { Dimension } from '../../domain/framework'
import type { Metric } from '../../domain/groups'
import { message } from '../../i18n/messages'
import { scopeOf, selection, type Scope, type Words } from '../../kit/words'
import { REFERENCE_ID, type CompareModel, type Words as ModelWords } from './compare-model'
import { compareMessages, type CompareMessageKey } from './messages'

export const cm = (w: Words, key: CompareMessageKey, values?: Record<string, string | number>) => message(compareMessages, w.lang, key, values)

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

export interface CompareScope extends Scope {
  model: CompareModel
  /** the words the comparison model's builders need */
  names: ModelWords
  /** "Gereedheid R", "T2 · Data & AI" */
  metricName: (x: Metric) => string
  /** the same inside a sentence: "gereedheid R" */
  metricInSentence: (x: Metric) => string
  /** "drie niveaus" or the one level */
  levelsWords: string
  /** "gemiddelde van de drie niveaus" or the one level */
  levelsMeanWords: string
  /** the sector filter in words */
  sectors: string
}

export function compareScope(state: ViewState, w: Words, model: CompareModel): CompareScope {
  const metricName = (x: Metric) => (x.length === 1 ? cm(w, `metric.${x}` as CompareMessageKey) : w.dimension(x as Dimension))
  const levels = model.settings.levels
  const one = levels.length === 1 && levels.length < SUBNATIONAL.length
  return {
    ...scopeOf(state, w),
    model,
    names: {
      lang: w.lang,
      unitName: (id) => (id === REFERENCE_ID ? cm(w, 'reference.name') : w.region(id)),
      levelLabel: w.level,
      measureLabel: (x: Measure) => metricName(x),
      missing: w.missing,
      suppressedShort: `n < ${w.thresholds.minN}`,
      thin: cm(w, 'detail.thin'),
      verdict: w.verdict,
    },
    metricName,
    metricInSentence: (x) => (x.length === 1 ? lowerFirst(metricName(x)) : metricName(x)),
    levelsWords: one ? w.level(levels[0]) : cm(w, 'levels.all'),
    levelsMeanWords: one ? w.level(levels[0]) : cm(w, 'levels.mean'),
    sectors: selection(state, w).sectors,
  }
}
