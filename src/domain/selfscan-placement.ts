/**
 * The organisation placed against a benchmark (the organisational level of a sector in a
 * province, a sector nationwide, or all organisations in the Netherlands), and the findings in
 * honest words. Pure: benchmark summaries come in from the API through the views.
 *
 * - The difference org − benchmark has se = √(se_org² + se_ref²) and a Student-t interval with
 *   Welch–Satterthwaite degrees of freedom (the benchmark's df = its n − 1). "Higher", "lower",
 *   "behind" only when that interval excludes zero (FRAMEWORK.md).
 * - One respondent has no interval, so no difference with one respondent is called anything:
 *   the size is shown, the verdict is 'no_interval'.
 * - Where the organisation falls in the distribution of organisations cannot be said: the API
 *   publishes pooled cells (n, mean, sd per group), never single organisations. The view says so.
 */
import { DIMENSIONS, DIMENSION_INFO, type Dimension, type Lang } from './framework'
import { formatDiff, formatEstimate, formatList, formatScore, type IntervalFigure } from './format'
import type { Indicator, LevelSummary } from './indices'
import { dimensionsWithoutScore, tQuantile975, type OrgResult, type OrgScore, type TInterval } from './selfscan-score'

/** A measure of the result page: readiness, the pillars, the gap, or a dimension. */
export type Measure = 'R' | 'T' | 'S' | 'G' | Dimension

export const SUMMARY_MEASURES = ['R', 'T', 'S', 'G'] as const

/**
 * The verdict on org − benchmark: 'higher'/'lower' when the 95% interval excludes zero,
 * 'similar' when it does not, 'no_interval' with one respondent, 'unknown' when either side has
 * no value (too few answers, or the benchmark is suppressed or missing).
 */
export type PlacementVerdict = 'higher' | 'lower' | 'similar' | 'no_interval' | 'unknown'

export interface Placement {
  measure: Measure
  org: OrgScore
  reference: Indicator
  /** org − reference, in scale points; absent when either side has no value */
  diff?: { value: number; interval?: TInterval }
  verdict: PlacementVerdict
}

function orgOf(r: OrgResult, m: Measure): OrgScore {
  switch (m) {
    case 'R':
      return r.readiness
    case 'T':
      return r.technological
    case 'S':
      return r.social
    case 'G':
      return r.gap
    default:
      return r.dimensions[m]
  }
}

function referenceOf(b: LevelSummary, m: Measure): Indicator {
  switch (m) {
    case 'R':
      return b.readiness
    case 'T':
      return b.technological
    case 'S':
      return b.social
    case 'G':
      return b.gap
    default:
      return b.dimensions[m] ?? { kind: 'none', reason: 'missing' }
  }
}

/** org − reference with its Welch interval (see the module comment). */
export function placeOne(measure: Measure, org: OrgScore, reference: Indicator): Placement {
  if (org.kind === 'none' || reference.kind === 'none') return { measure, org, reference, verdict: 'unknown' }
  const value = org.value - reference.value
  if (!org.interval) return { measure, org, reference, diff: { value }, verdict: 'no_interval' }
  const so = org.interval.se
  const sr = reference.se
  const se = Math.sqrt(so * so + sr * sr)
  const dfRef = Math.max(1, reference.n - 1)
  // Welch–Satterthwaite; when both se are 0 the difference is exact and any df will do
  const denom = so ** 4 / org.interval.df + sr ** 4 / dfRef
  const df = denom > 0 ? Math.max(1, (se ** 4) / denom) : org.interval.df
  const t = tQuantile975(df)
  const interval: TInterval = { se, df, low: value - t * se, high: value + t * se }
  const verdict: PlacementVerdict = interval.low > 0 ? 'higher' : interval.high < 0 ? 'lower' : 'similar'
  return { measure, org, reference, diff: { value, interval }, verdict }
}

/** The organisation against one benchmark: R, T, S, G, then the nine dimensions. */
export function placeAgainst(org: OrgResult, benchmark: LevelSummary): Placement[] {
  return [...SUMMARY_MEASURES, ...DIMENSIONS].map((m) => placeOne(m, orgOf(org, m), referenceOf(benchmark, m)))
}

/** Balance inside the organisation: which side leads, only when G's interval excludes zero. */
export type OrgBalance = 'tech_led' | 'social_led' | 'balanced' | 'no_interval' | 'unknown'

export function orgBalance(org: OrgResult): OrgBalance {
  const g = org.gap
  if (g.kind === 'none') return 'unknown'
  if (!g.interval) return 'no_interval'
  if (g.interval.low > 0) return 'tech_led'
  if (g.interval.high < 0) return 'social_led'
  return 'balanced'
}

/**
 * The (at most) three dimensions furthest below the benchmark, largest shortfall first; only
 * dimensions whose score lies below it. Whether each is *clearly* behind is in its verdict.
 */
export function furthestBehind(placements: readonly Placement[]): Placement[] {
  return placements
    .filter((p) => (DIMENSIONS as readonly string[]).includes(p.measure) && p.diff && p.diff.value < 0)
    .sort((a, b) => a.diff!.value - b.diff!.value || DIMENSIONS.indexOf(a.measure as Dimension) - DIMENSIONS.indexOf(b.measure as Dimension))
    .slice(0, 3)
}

function dimName(d: Dimension, lang: Lang): string {
  return DIMENSION_INFO.find((x) => x.id === d)!.label[lang]
}

/** A value with its t interval when it has one: an organisation's score, or a difference. */
export type Measured = { value: number; interval?: TInterval }

/** The figure the rounding rule takes (format.ts): with its interval, or the bare number (one respondent). */
export function figureOf(m: Measured): number | IntervalFigure {
  return m.interval ? { value: m.value, ciLow: m.interval.low, ciHigh: m.interval.high } : m.value
}

/** What the findings need besides the numbers. */
export interface FindingsInput {
  org: OrgResult
  /** the organisation against the chosen benchmark (from `placeAgainst`) */
  placements: readonly Placement[]
  /** the benchmark in words, e.g. "gemeenten in Groningen" */
  referenceName: string
  /** the benchmark's own data situation */
  reference: LevelSummary
}

/**
 * Four to seven plain sentences, most important first; the notes on thin data or a single
 * respondent are never dropped. Never "higher", "lower" or "behind" unless the interval of the
 * difference excludes zero.
 */
export function selfscanFindings({ org, placements, referenceName: ref, reference }: FindingsInput, lang: Lang): string[] {
  const nl = lang === 'nl'
  const out: string[] = []
  const at = (m: Measure) => placements.find((p) => p.measure === m)!
  // every figure through the one rounding rule (ADR 0008): with its interval when it has one
  const score = (v: Measured | IntervalFigure) => formatScore('ciLow' in v ? v : figureOf(v), lang)
  const diff = (v: Measured) => formatDiff(figureOf(v), lang)
  const interval = (v: Measured) => {
    const f = figureOf(v)
    if (typeof f === 'number') return ''
    const e = formatEstimate(f, 'difference', lang)
    return nl ? `marge ${e.low} tot ${e.high}` : `margin ${e.low} to ${e.high}`
  }
  const single = org.respondents === 1

  // 1. readiness against the benchmark
  const r = at('R')
  if (r.org.kind === 'none') {
    const missing = dimensionsWithoutScore(org)
    out.push(
      nl
        ? `Uw scan heeft geen gereedheid R: ${missing.length > 0 ? `voor ${formatList(missing.map((d) => dimName(d, lang)), lang)} zijn te weinig stellingen beantwoord` : 'niemand heeft alle dimensies ingevuld'}.`
        : `Your scan has no readiness R: ${missing.length > 0 ? `too few statements were answered for ${formatList(missing.map((d) => dimName(d, lang)), lang)}` : 'nobody answered every dimension'}.`,
    )
  } else if (r.reference.kind === 'none') {
    out.push(
      nl
        ? `Uw gereedheid is R ${score(r.org)}. Voor ${ref} zijn te weinig gegevens om mee te vergelijken.`
        : `Your readiness is R ${score(r.org)}. There are too few data for ${ref} to compare with.`,
    )
  } else {
    const o = score(r.org)
    const b = score(r.reference)
    const d = r.diff!
    if (r.verdict === 'higher' || r.verdict === 'lower')
      out.push(
        nl
          ? `Uw gereedheid (R ${o}) is ${r.verdict === 'higher' ? 'hoger' : 'lager'} dan die van ${ref} (${b}): verschil ${diff(d)}, ${interval(d)}.`
          : `Your readiness (R ${o}) is ${r.verdict} than that of ${ref} (${b}): difference ${diff(d)}, ${interval(d)}.`,
      )
    else if (r.verdict === 'similar')
      out.push(
        nl
          ? `Uw gereedheid (R ${o}) verschilt niet duidelijk van die van ${ref} (${b}): verschil ${diff(d)}, ${interval(d)}.`
          : `Your readiness (R ${o}) is not clearly different from that of ${ref} (${b}): difference ${diff(d)}, ${interval(d)}.`,
      )
    else
      out.push(
        nl
          ? `Uw gereedheid is R ${o}; bij ${ref} is die ${b} (verschil ${diff(d)}).`
          : `Your readiness is R ${o}; for ${ref} it is ${b} (difference ${diff(d)}).`,
      )
  }

  // 2. technology or people: which side lags against the benchmark
  const t = at('T')
  const s = at('S')
  if (t.diff && s.diff) {
    if (t.verdict === 'no_interval') {
      out.push(
        nl
          ? `Tegenover ${ref}: technologie (T) ${diff(t.diff)}, sociale innovatie (S) ${diff(s.diff)}. Met één invuller zeggen we niet welke kant echt achterblijft.`
          : `Against ${ref}: technology (T) ${diff(t.diff)}, social innovation (S) ${diff(s.diff)}. With one respondent we do not say which side really lags.`,
      )
    } else {
      const tLow = t.verdict === 'lower'
      const sLow = s.verdict === 'lower'
      const other = (p: Placement, name: string) =>
        p.verdict === 'higher'
          ? nl
            ? `${name} ligt juist hoger (${diff(p.diff!)})`
            : `${name} is higher (${diff(p.diff!)})`
          : nl
            ? `bij ${name} is het verschil niet duidelijk (${diff(p.diff!)})`
            : `for ${name} the difference is not clear (${diff(p.diff!)})`
      if (tLow && sLow)
        out.push(
          nl
            ? `Zowel technologie (T ${diff(t.diff)}) als sociale innovatie (S ${diff(s.diff)}) blijven achter bij ${ref}.`
            : `Both technology (T ${diff(t.diff)}) and social innovation (S ${diff(s.diff)}) lag behind ${ref}.`,
        )
      else if (tLow)
        out.push(
          nl
            ? `Technologie blijft achter bij ${ref} (T ${diff(t.diff)}, ${interval(t.diff)}); ${other(s, 'sociale innovatie (S)')}.`
            : `Technology lags behind ${ref} (T ${diff(t.diff)}, ${interval(t.diff)}); ${other(s, 'social innovation (S)')}.`,
        )
      else if (sLow)
        out.push(
          nl
            ? `Sociale innovatie blijft achter bij ${ref} (S ${diff(s.diff)}, ${interval(s.diff)}); ${other(t, 'technologie (T)')}.`
            : `Social innovation lags behind ${ref} (S ${diff(s.diff)}, ${interval(s.diff)}); ${other(t, 'technology (T)')}.`,
        )
      else
        out.push(
          nl
            ? `Technologie (T ${diff(t.diff)}) en sociale innovatie (S ${diff(s.diff)}) blijven geen van beide duidelijk achter bij ${ref}.`
            : `Neither technology (T ${diff(t.diff)}) nor social innovation (S ${diff(s.diff)}) clearly lags behind ${ref}.`,
        )
    }
  }

  // 3. the balance inside the organisation
  const g = org.gap
  const balance = orgBalance(org)
  if (g.kind === 'score' && org.technological.kind === 'score' && org.social.kind === 'score') {
    const gt = diff(g)
    if (balance === 'tech_led' || balance === 'social_led')
      out.push(
        nl
          ? `Binnen uw organisatie loopt ${balance === 'tech_led' ? 'technologie voor op sociale innovatie' : 'sociale innovatie voor op technologie'}: T − S ${gt}, ${interval(g)}.`
          : `Inside your organisation, ${balance === 'tech_led' ? 'technology is ahead of social innovation' : 'social innovation is ahead of technology'}: T − S ${gt}, ${interval(g)}.`,
      )
    else if (balance === 'balanced')
      out.push(
        nl
          ? `Binnen uw organisatie zijn technologie en sociale innovatie in evenwicht binnen de foutmarge (T − S ${gt}, ${interval(g)}).`
          : `Inside your organisation, technology and social innovation are balanced within the margin (T − S ${gt}, ${interval(g)}).`,
      )
    else
      out.push(
        nl
          ? `Uw T is ${score(org.technological)} en uw S ${score(org.social)} (T − S ${gt}).`
          : `Your T is ${score(org.technological)} and your S ${score(org.social)} (T − S ${gt}).`,
      )
  }

  // 4. the three dimensions furthest behind the benchmark
  const behind = furthestBehind(placements)
  const named = (ps: readonly Placement[]) => formatList(ps.map((p) => `${dimName(p.measure as Dimension, lang)} (${diff(p.diff!)})`), lang)
  const scored = placements.filter((p) => (DIMENSIONS as readonly string[]).includes(p.measure) && p.diff)
  if (scored.length > 0) {
    if (behind.length === 0)
      out.push(nl ? `Op geen enkele dimensie ligt uw score onder ${ref}.` : `On no dimension is your score below ${ref}.`)
    else if (single)
      out.push(
        nl
          ? `Het verst onder ${ref} liggen uw scores op ${named(behind)}. Met één invuller zeggen we niet of dat echt achterblijven is.`
          : `Your scores are furthest below ${ref} on ${named(behind)}. With one respondent we do not say whether that is really lagging.`,
      )
    else {
      const clear = behind.filter((p) => p.verdict === 'lower')
      const unclear = behind.filter((p) => p.verdict !== 'lower')
      if (clear.length === 0)
        out.push(
          nl
            ? `De grootste achterstand op ${ref} zit bij ${named(behind)}, maar geen van die verschillen is duidelijk.`
            : `The largest shortfalls against ${ref} are on ${named(behind)}, but none of these differences is clear.`,
        )
      else
        out.push(
          (nl ? `Achter bij ${ref}: ${named(clear)}.` : `Behind ${ref}: ${named(clear)}.`) +
            (unclear.length > 0
              ? nl
                ? ` Ook lager, maar niet duidelijk: ${named(unclear)}.`
                : ` Also lower, but not clearly: ${named(unclear)}.`
              : ''),
        )
    }
  }

  // 5. notes that are never dropped: one respondent, missing answers, thin benchmark
  if (single)
    out.push(
      nl
        ? 'Dit is het beeld van één persoon. Eén persoon heeft geen foutmarge, dus we zeggen niet of een verschil echt is. Vul de scan met collega’s in voor een steviger beeld.'
        : 'This is one person’s view. One person has no margin of error, so we do not say whether a difference is real. Fill in the scan with colleagues for a firmer picture.',
    )
  else if (org.respondents > 1)
    out.push(
      nl
        ? `Gebaseerd op ${org.respondents} invullers. De marges zijn 95%-intervallen met de t-verdeling; ze gaan ervan uit dat de invullers een goede afspiegeling van de organisatie zijn.`
        : `Based on ${org.respondents} respondents. The margins are 95% intervals from the t distribution; they assume the respondents fairly reflect the organisation.`,
    )
  const missing = dimensionsWithoutScore(org)
  if (missing.length > 0 && r.org.kind !== 'none')
    out.push(
      nl
        ? `Voor ${formatList(missing.map((d) => dimName(d, lang)), lang)} zijn te weinig stellingen beantwoord (minstens 2 van de 3): daar is geen score.`
        : `Too few statements were answered for ${formatList(missing.map((d) => dimName(d, lang)), lang)} (at least 2 of the 3): there is no score there.`,
    )
  if (org.withoutPillars > 0 && org.respondents > 1 && org.readiness.kind === 'score') {
    const k = org.respondents
    out.push(
      nl
        ? `${org.withoutPillars} van de ${k} invullers hebben niet elke dimensie ingevuld; de gereedheid R en T − S komen van de andere ${k - org.withoutPillars}.`
        : `${org.withoutPillars} of the ${k} respondents did not answer every dimension; readiness R and T − S come from the other ${k - org.withoutPillars}.`,
    )
  }
  const refDims = Object.values(reference.dimensions)
  const suppressed = refDims.some((d) => d?.kind === 'none')
  const thin = refDims.some((d) => d?.kind === 'score' && d.status === 'low_reliability')
  if (suppressed)
    out.push(
      nl
        ? `Voor ${ref} zijn niet alle cijfers te tonen: bij een of meer dimensies zijn er minder dan 10 organisaties. Kies een bredere vergelijking.`
        : `Not every figure can be shown for ${ref}: one or more dimensions have fewer than 10 organisations. Choose a broader comparison.`,
    )
  else if (thin)
    out.push(
      nl
        ? `De gegevens van ${ref} zijn dun (minder dan 30 organisaties of een brede foutmarge): lees die vergelijking met voorzichtigheid.`
        : `The data for ${ref} are thin (fewer than 30 organisations or a wide margin): read that comparison with care.`,
    )
  return out
}

