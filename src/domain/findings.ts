/**
 * Key findings: plain sentences (B1) generated from the numbers, in nl and en.
 * They never call a difference "higher", "lower", "lags" or "ahead" unless its 95% CI
 * excludes zero, and they say when data are suppressed, missing or thin.
 */
import type { Lang, Level } from './framework'
import { formatDiff, formatList, formatScore } from './format'
import { coherence, type LevelSummary, type Score } from './indices'

const LEVEL_PHRASE: Record<Lang, Record<Level, string>> = {
  nl: {
    individual: 'het individuele niveau',
    organisational: 'het organisatieniveau',
    regional_sectoral: 'het regionale/sectorale niveau',
    national: 'het landelijke niveau',
  },
  en: {
    individual: 'the individual level',
    organisational: 'the organisational level',
    regional_sectoral: 'the regional/sectoral level',
    national: 'the national level',
  },
}

export function levelPhrase(level: Level, lang: Lang): string {
  return LEVEL_PHRASE[lang][level]
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function levelList(levels: readonly Level[], lang: Lang): string {
  return formatList(levels.map((l) => levelPhrase(l, lang)), lang)
}

/** The weak link across levels, or the honest statement that there is none. */
export function coherenceFinding(subject: string, levels: readonly LevelSummary[], lang: Lang): string | undefined {
  const c = coherence(levels)
  if (c.ranked.length < 2 || !c.weakest) return undefined
  const values = c.ranked.map((r) => r.readiness.value)
  const min = values[0]
  const max = values[values.length - 1]
  if (c.weakestIsClear) {
    const others = values.slice(1)
    const lo = formatScore(Math.min(...others), lang)
    const hi = formatScore(Math.max(...others), lang)
    const range = lo === hi ? lo : `${lo}–${hi}`
    const r = formatScore(min, lang)
    return lang === 'nl'
      ? `In ${subject} blijft ${levelPhrase(c.weakest, lang)} achter: gereedheid ${r} tegen ${range} op de andere niveaus.`
      : `In ${subject}, ${levelPhrase(c.weakest, lang)} lags: readiness ${r} against ${range} at the other levels.`
  }
  return lang === 'nl'
    ? `In ${subject} is geen niveau duidelijk de zwakste schakel: de gereedheid ligt tussen ${formatScore(min, lang)} en ${formatScore(max, lang)}, en het laagste niveau ligt niet duidelijk onder de andere.`
    : `In ${subject}, no level is clearly the weak link: readiness ranges from ${formatScore(min, lang)} to ${formatScore(max, lang)}, and the lowest level is not clearly below the others.`
}

/** Which side leads, per level, only where the gap's CI excludes zero. */
export function balanceFindings(levels: readonly LevelSummary[], lang: Lang): string[] {
  const out: string[] = []
  const withGap = (ls: readonly LevelSummary[]): string =>
    formatList(
      ls.map((l) => `${levelPhrase(l.level, lang)} (${formatDiff((l.gap as Score).value, lang)})`),
      lang,
    )
  const tech = levels.filter((l) => l.balance === 'tech_led')
  const social = levels.filter((l) => l.balance === 'social_led')
  const balanced = levels.filter((l) => l.balance === 'balanced')
  if (tech.length > 0)
    out.push(
      lang === 'nl'
        ? `Technologie loopt duidelijk voor op sociale innovatie op ${withGap(tech)}.`
        : `Technology is clearly ahead of social innovation at ${withGap(tech)}.`,
    )
  if (social.length > 0)
    out.push(
      lang === 'nl'
        ? `Sociale innovatie loopt duidelijk voor op technologie op ${withGap(social)}.`
        : `Social innovation is clearly ahead of technology at ${withGap(social)}.`,
    )
  if (balanced.length > 0)
    out.push(
      lang === 'nl'
        ? `Op ${levelList(balanced.map((l) => l.level), lang)} zijn technologie en sociale innovatie in evenwicht binnen de foutmarge.`
        : `At ${levelList(balanced.map((l) => l.level), lang)}, technology and social innovation are balanced within the margin.`,
    )
  return out
}

/** What the reader must know about thin, suppressed or missing data. */
export function dataFindings(levels: readonly LevelSummary[], lang: Lang): string[] {
  const out: string[] = []
  const parts = (l: LevelSummary) => Object.values(l.dimensions)
  const suppressed = levels.filter((l) => parts(l).some((d) => d?.kind === 'none' && d.reason === 'suppressed')).map((l) => l.level)
  const missing = levels
    .filter((l) => !suppressed.includes(l.level) && parts(l).some((d) => !d || (d.kind === 'none' && d.reason === 'missing')))
    .map((l) => l.level)
  const thin = levels
    .filter((l) => parts(l).some((d) => d?.kind === 'score' && d.status === 'low_reliability'))
    .map((l) => l.level)
  if (suppressed.length > 0)
    out.push(
      lang === 'nl'
        ? `Niet alle cijfers zijn te tonen: op ${levelList(suppressed, lang)} zijn er voor een of meer onderdelen minder dan 10 antwoorden.`
        : `Not every figure can be shown: at ${levelList(suppressed, lang)} one or more parts have fewer than 10 responses.`,
    )
  if (missing.length > 0)
    out.push(
      lang === 'nl'
        ? `Voor ${levelList(missing, lang)} zijn er geen gegevens voor deze selectie.`
        : `There are no data for ${levelList(missing, lang)} in this selection.`,
    )
  if (thin.length > 0)
    out.push(
      lang === 'nl'
        ? `${capitalise(`op ${levelList(thin, lang)}`)} zijn de gegevens dun (minder dan 30 antwoorden of een brede foutmarge): lees die cijfers met voorzichtigheid.`
        : `${capitalise(`at ${levelList(thin, lang)}`)} the data are thin (fewer than 30 responses or a wide margin): read those figures with care.`,
    )
  return out
}

/** Three to five sentences for the overview, most important first. */
export function overviewFindings(subject: string, levels: readonly LevelSummary[], lang: Lang): string[] {
  const out: string[] = []
  const c = coherenceFinding(subject, levels, lang)
  if (c) out.push(c)
  out.push(...balanceFindings(levels, lang))
  out.push(...dataFindings(levels, lang))
  return out.slice(0, 5)
}
