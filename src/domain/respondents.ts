/**
 * Respondent-level answers turned into cells (ADR 0007, docs/data-format.md). Pure, no I/O:
 * the file reader, the server, the CLI and the self-assessment all score respondents here, so
 * one answer sheet gives the same cells everywhere. Respondent rows are never kept: only the
 * sums they add to leave this module.
 *
 * Scoring rules (stated on the methodology page):
 * - An item column is named `<dimension>_<item>`, e.g. `T1_1`, `S5_3`; a name ending in `_r`
 *   (`S2_4_r`) marks a reverse-scored item: an answer x counts as 6 − x.
 * - Answers are 1–5; no-answer codes (see `isNoAnswer`) count as missing.
 * - A respondent's dimension score is the mean of the items they answered in it, given at least
 *   `minItems(k)` of the dimension's k items (half, rounded up); otherwise that dimension has no
 *   score for them.
 * - Their T (S) is the mean of their 4 (5) dimension scores and exists only when all exist.
 */
import type { Cell, PillarCell } from './cells'
import { DIMENSIONS, PILLAR_INFO, type Dimension } from './framework'
import type { PillarSums, Sums } from './pooling'

/** One item (question) column of a respondent file. */
export interface ItemColumn {
  /** the column's name as written in the file */
  name: string
  dimension: Dimension
  /** the item's own label within its dimension (`1` in `T1_1`) */
  item: string
  /** reverse-scored: an answer x counts as 6 − x */
  reverse: boolean
}

const ITEM_NAME = /^(T[1-4]|S[1-5])_([A-Za-z0-9]+?)(_r)?$/i

/** Reads an item column name (`T1_1`, `s5_3`, `S2_4_r`); undefined when it is not one. */
export function parseItemColumn(name: string): ItemColumn | undefined {
  const m = ITEM_NAME.exec(name.trim())
  if (!m) return undefined
  return { name: name.trim(), dimension: m[1].toUpperCase() as Dimension, item: m[2], reverse: m[3] !== undefined }
}

/** The no-answer codes, compared case-insensitively after trimming (and without a final full stop). */
export const NO_ANSWER_CODES: readonly string[] = [
  '',
  'weet niet',
  'weet ik niet',
  'geen antwoord',
  'n.v.t.',
  'n.v.t',
  'nvt',
  '9',
  "don't know",
  'dont know',
  'do not know',
  'n/a',
  'na',
  'not applicable',
  'no answer',
]

const NO_ANSWER = new Set(NO_ANSWER_CODES.map((c) => c.toLowerCase()))

/** True when the text is one of the no-answer codes (empty included). */
export function isNoAnswer(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ')
  return NO_ANSWER.has(t) || NO_ANSWER.has(t.replace(/\.$/, ''))
}

/** Fewest answered items that give a dimension of k items a score: half, rounded up. */
export function minItems(k: number): number {
  return Math.max(1, Math.ceil(k / 2))
}

/** One respondent's scores on the 1–5 scale. */
export interface RespondentScores {
  /** dimension scores, for the dimensions with enough answered items */
  dimensions: Partial<Record<Dimension, number>>
  /** T: mean of the four technological dimension scores; absent unless all four exist */
  technological?: number
  /** S: mean of the five social dimension scores; absent unless all five exist */
  social?: number
  /** how many item answers were missing (no-answer codes) */
  missingAnswers: number
}

/**
 * Scores one respondent. `answers[i]` is the answer to `items[i]`: a whole number 1–5 as given
 * (before reversal), or null for no answer. Errors: none; answers outside 1–5 must be refused
 * by the caller before scoring (they throw a RangeError here, as a guard).
 */
export function scoreRespondent(items: readonly ItemColumn[], answers: readonly (number | null)[]): RespondentScores {
  const total: Partial<Record<Dimension, number>> = {}
  const count: Partial<Record<Dimension, number>> = {}
  const asked: Partial<Record<Dimension, number>> = {}
  let missingAnswers = 0
  items.forEach((item, i) => {
    const d = item.dimension
    asked[d] = (asked[d] ?? 0) + 1
    const a = answers[i]
    if (a === null || a === undefined) {
      missingAnswers++
      return
    }
    if (!(a >= 1 && a <= 5)) throw new RangeError(`answer ${a} to ${item.name} is outside 1–5`)
    total[d] = (total[d] ?? 0) + (item.reverse ? 6 - a : a)
    count[d] = (count[d] ?? 0) + 1
  })
  const dimensions: Partial<Record<Dimension, number>> = {}
  for (const d of DIMENSIONS) {
    const k = asked[d] ?? 0
    const c = count[d] ?? 0
    if (k > 0 && c >= minItems(k)) dimensions[d] = total[d]! / c
  }
  const pillarMean = (dims: readonly Dimension[]): number | undefined =>
    dims.every((d) => dimensions[d] !== undefined) ? dims.reduce((s, d) => s + dimensions[d]!, 0) / dims.length : undefined
  return {
    dimensions,
    technological: pillarMean(PILLAR_INFO.technological.dimensions),
    social: pillarMean(PILLAR_INFO.social.dimensions),
    missingAnswers,
  }
}

/** Where a respondent belongs: the keys of a cell without a dimension. */
export interface RespondentKey {
  level: string
  region: string
  sector: string | null
  year: number
}

function keyString(k: RespondentKey): string {
  return `${k.level}\u0000${k.region}\u0000${k.sector ?? ''}\u0000${k.year}`
}

/**
 * Adds scored respondents into dimension cells (n, Σx, Σx²) and pillar cells (n, ΣT, ΣT², ΣS,
 * ΣS², ΣTS), keeping only the sums. Memory grows with the number of cells, not respondents.
 */
export class RespondentAggregator {
  private readonly groups = new Map<string, { key: RespondentKey; dims: Partial<Record<Dimension, Sums>>; pillar: PillarSums }>()
  /** respondents added */
  respondents = 0
  /** item answers that were missing, over all respondents */
  missingAnswers = 0
  /** respondents without a T or an S score (they count in the dimension cells only) */
  withoutPillars = 0

  add(key: RespondentKey, scores: RespondentScores): void {
    this.respondents++
    this.missingAnswers += scores.missingAnswers
    const id = keyString(key)
    let g = this.groups.get(id)
    if (!g) {
      g = { key: { ...key }, dims: {}, pillar: { n: 0, sumT: 0, sumTSq: 0, sumS: 0, sumSSq: 0, sumTS: 0 } }
      this.groups.set(id, g)
    }
    for (const d of DIMENSIONS) {
      const x = scores.dimensions[d]
      if (x === undefined) continue
      const s = (g.dims[d] ??= { n: 0, sum: 0, sumSq: 0 })
      s.n++
      s.sum += x
      s.sumSq += x * x
    }
    const t = scores.technological
    const s = scores.social
    if (t === undefined || s === undefined) {
      this.withoutPillars++
      return
    }
    const p = g.pillar
    p.n++
    p.sumT += t
    p.sumTSq += t * t
    p.sumS += s
    p.sumSSq += s * s
    p.sumTS += t * s
  }

  /** The cells and pillar cells, in a stable order (by key, then dimension). */
  result(): { cells: Cell[]; pillarCells: PillarCell[] } {
    const groups = [...this.groups.values()].sort((a, b) => (keyString(a.key) < keyString(b.key) ? -1 : keyString(a.key) > keyString(b.key) ? 1 : 0))
    const cells: Cell[] = []
    const pillarCells: PillarCell[] = []
    for (const g of groups) {
      for (const d of DIMENSIONS) {
        const s = g.dims[d]
        if (s) cells.push({ ...g.key, dimension: d, ...s })
      }
      if (g.pillar.n > 0) pillarCells.push({ ...g.key, ...g.pillar })
    }
    return { cells, pillarCells }
  }
}
