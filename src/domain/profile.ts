/**
 * Findings for a profile page (one province or one sector): three to five plain sentences,
 * obeying the same rule as everywhere — "higher", "lower", "risen", "fallen", "lags" only when
 * the 95% CI of the difference excludes zero — and saying so when nothing is clearly different.
 */
import { coherenceFinding, dataFindings, levelPhrase } from './findings'
import type { Lang, Level } from './framework'
import { formatList, formatScore } from './format'
import { difference, verdictOf, type Indicator, type LevelSummary, type Verdict } from './indices'

export interface LevelComparison {
  level: Level
  /** the unit's readiness minus the reference's */
  verdict: Verdict
}

export interface LevelChange {
  level: Level
  from: Indicator
  to: Indicator
}

export interface ProfileFacts {
  /** "Groningen" or "Gemeenten" */
  subject: string
  /** "Nederland" or "alle sectoren" (nl) / "the Netherlands" or "all sectors" (en) */
  reference: string
  /** the unit's levels, for the weak link and the data notes */
  levels: readonly LevelSummary[]
  /** readiness against the reference, per level */
  versus: readonly LevelComparison[]
  /** readiness in the first and the chosen year, per level */
  changes: readonly LevelChange[]
  firstYear: number
  year: number
  /** parts (sectors of a province, provinces of a sector) clearly below / above the same part nationally */
  lagging: readonly string[]
  leading: readonly string[]
  parts: 'sectors' | 'provinces'
}

/** Change between two years of one unit: its verdict by the CI rule. */
export function changeVerdict(c: LevelChange): Verdict {
  return verdictOf(difference(c.to, c.from))
}

function versusSentence(f: ProfileFacts, lang: Lang): string {
  const higher = f.versus.filter((v) => v.verdict === 'higher').map((v) => levelPhrase(v.level, lang))
  const lower = f.versus.filter((v) => v.verdict === 'lower').map((v) => levelPhrase(v.level, lang))
  if (higher.length === 0 && lower.length === 0) {
    return lang === 'nl'
      ? `Op geen enkel niveau wijkt ${f.subject} duidelijk af van ${f.reference}: alle verschillen in gereedheid vallen binnen de foutmarge.`
      : `${f.subject} does not clearly differ from ${f.reference} at any level: every difference in readiness is within the margin.`
  }
  const parts: string[] = []
  if (lang === 'nl') {
    if (higher.length > 0) parts.push(`duidelijk hoger dan ${f.reference} op ${formatList(higher, lang)}`)
    if (lower.length > 0) parts.push(`duidelijk lager op ${formatList(lower, lang)}`)
    return `De gereedheid van ${f.subject} is ${parts.join('; ')}. Op de andere niveaus is het verschil niet duidelijk.`
  }
  if (higher.length > 0) parts.push(`clearly higher than ${f.reference} at ${formatList(higher, lang)}`)
  if (lower.length > 0) parts.push(`clearly lower at ${formatList(lower, lang)}`)
  return `Readiness in ${f.subject} is ${parts.join('; ')}. At the other levels the difference is not clear.`
}

function changeSentence(f: ProfileFacts, lang: Lang): string | undefined {
  if (f.firstYear >= f.year) return undefined
  const with_ = (c: LevelChange) =>
    `${levelPhrase(c.level, lang)} (${formatScore((c.from as { value: number }).value, lang)} → ${formatScore((c.to as { value: number }).value, lang)})`
  const up = f.changes.filter((c) => changeVerdict(c) === 'higher')
  const down = f.changes.filter((c) => changeVerdict(c) === 'lower')
  const known = f.changes.filter((c) => changeVerdict(c) !== 'unknown')
  if (known.length === 0) return undefined
  if (up.length === 0 && down.length === 0) {
    return lang === 'nl'
      ? `Sinds ${f.firstYear} is de gereedheid op geen enkel niveau duidelijk veranderd.`
      : `Since ${f.firstYear}, readiness has not clearly changed at any level.`
  }
  const parts: string[] = []
  if (lang === 'nl') {
    if (up.length > 0) parts.push(`duidelijk gestegen op ${formatList(up.map(with_), lang)}`)
    if (down.length > 0) parts.push(`duidelijk gedaald op ${formatList(down.map(with_), lang)}`)
    return `Sinds ${f.firstYear} is de gereedheid ${parts.join('; ')}.`
  }
  if (up.length > 0) parts.push(`clearly risen at ${formatList(up.map(with_), lang)}`)
  if (down.length > 0) parts.push(`clearly fallen at ${formatList(down.map(with_), lang)}`)
  return `Since ${f.firstYear}, readiness has ${parts.join('; ')}.`
}

function partsSentence(f: ProfileFacts, lang: Lang): string {
  if (f.lagging.length === 0 && f.leading.length === 0) {
    return f.parts === 'sectors'
      ? lang === 'nl'
        ? `Geen sector in ${f.subject} wijkt duidelijk af van dezelfde sector in heel Nederland.`
        : `No sector in ${f.subject} clearly differs from the same sector in the whole country.`
      : lang === 'nl'
        ? `In geen enkele provincie wijkt ${f.subject} duidelijk af van ${f.subject} in heel Nederland.`
        : `In no province does ${f.subject} clearly differ from ${f.subject} in the whole country.`
  }
  const out: string[] = []
  if (f.parts === 'sectors') {
    if (f.lagging.length > 0)
      out.push(lang === 'nl' ? `blijven duidelijk achter: ${formatList(f.lagging, lang)}` : `clearly behind: ${formatList(f.lagging, lang)}`)
    if (f.leading.length > 0)
      out.push(lang === 'nl' ? `lopen duidelijk voor: ${formatList(f.leading, lang)}` : `clearly ahead: ${formatList(f.leading, lang)}`)
    return lang === 'nl'
      ? `Sectoren in ${f.subject} tegen dezelfde sector landelijk — ${out.join('; ')}.`
      : `Sectors in ${f.subject} against the same sector nationally — ${out.join('; ')}.`
  }
  if (f.lagging.length > 0)
    out.push(lang === 'nl' ? `duidelijk zwakker in ${formatList(f.lagging, lang)}` : `clearly weaker in ${formatList(f.lagging, lang)}`)
  if (f.leading.length > 0)
    out.push(lang === 'nl' ? `duidelijk sterker in ${formatList(f.leading, lang)}` : `clearly stronger in ${formatList(f.leading, lang)}`)
  return lang === 'nl'
    ? `${f.subject} is, vergeleken met ${f.subject} in heel Nederland, ${out.join(' en ')}.`
    : `Compared with ${f.subject} in the whole country, ${f.subject} is ${out.join(' and ')}.`
}

/** Three to five sentences, most important first. */
export function profileFindings(f: ProfileFacts, lang: Lang): string[] {
  const out: string[] = []
  const weak = coherenceFinding(f.subject, f.levels, lang)
  if (weak) out.push(weak)
  out.push(versusSentence(f, lang))
  const change = changeSentence(f, lang)
  if (change) out.push(change)
  out.push(partsSentence(f, lang))
  out.push(...dataFindings(f.levels, lang))
  return out.slice(0, 5)
}
