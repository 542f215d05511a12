/**
 * GET /scores, from a validated query to the bytes of the answer (ADR 0111):
 *
 * 1. The question is normalised: `by` in canonical order (GROUP_KEYS), value lists sorted; its
 *    canonical key names the cache entry, so two spellings share one entry and one answer.
 * 2. `by` must hold `dimension` or `pillar` (ADR 0007): pooling over dimensions would count every
 *    respondent once per dimension.
 * 3. The store pools with a limit of maxGroups + 1 groups; more is refused (problem+json naming
 *    the limit and how to narrow the question) before a single row is built, and so is an answer
 *    whose estimated size passes maxBytes.
 * 4. Rows are written straight to JSON text (no intermediate objects), in chunks that yield to the
 *    event loop on large answers, so health checks and other requests keep being answered.
 *
 * Portable: no Node modules (the in-browser API runs this too).
 */
import { CELL_KEYS, type CellKeyName, type GroupKey, type ScoresQuery } from '../../src/contract/v1'
import { THRESHOLDS, Z95 } from '../../src/domain/framework'
import { pillarSeries, type Sums } from '../../src/domain/pooling'
import { PILLAR_CELL_KEYS, canonicalBy, type CellFilter, type PillarKeyName, type PooledGroup, type PooledPillarGroup, type Store } from '../store'
import type { FieldError } from './problems'

/** The documented bounds of one answer. */
export interface AnswerLimits {
  /** most groups in one answer (default 50,000); pillar answers have three rows per group */
  maxGroups: number
  /** most bytes of one answer, estimated before the rows are built (default 12 MiB) */
  maxBytes: number
}

export const DEFAULT_LIMITS: AnswerLimits = { maxGroups: 50_000, maxBytes: 12 * 1024 * 1024 }

/** A question in canonical form. */
export interface CanonicalQuery {
  filter: CellFilter
  by: GroupKey[]
  /** pillar cells (by holds `pillar`) or dimension cells */
  pillars: boolean
  /** identifies the question within a dataset version */
  key: string
}

/** Normalise a parsed query, or say (nl, en) why it cannot be answered. */
export function canonicalQuery(q: ScoresQuery): { query: CanonicalQuery } | { errors: FieldError[] } {
  const by = canonicalBy(q.by)
  const pillars = by.includes('pillar')
  const errors: FieldError[] = []
  if (pillars && by.includes('dimension')) {
    errors.push({
      param: 'by',
      message: {
        nl: '"by" kan niet zowel "dimension" als "pillar" bevatten: kies scores per dimensie of per pijler (T, S en het verschil).',
        en: '"by" cannot hold both "dimension" and "pillar": ask for scores per dimension or per pillar (T, S and the gap).',
      },
    })
  } else if (!pillars && !by.includes('dimension')) {
    errors.push({
      param: 'by',
      message: {
        nl: '"by" moet "dimension" of "pillar" bevatten, bijvoorbeeld by=level,dimension. Optellen over dimensies zou elke respondent meermaals tellen; pijlerscores per respondent (T, S, T − S) vraagt u met by=level,pillar als meta.dataset.pillarCells true is.',
        en: '"by" must hold "dimension" or "pillar", for example by=level,dimension. Pooling over dimensions would count every respondent more than once; per-respondent pillar scores (T, S, T − S) are asked with by=level,pillar when meta.dataset.pillarCells is true.',
      },
    })
  }
  if (pillars && q.dimension !== undefined) {
    errors.push({
      param: 'dimension',
      message: {
        nl: 'Pijlerscores hebben geen dimensie: laat "dimension" weg bij by=…,pillar.',
        en: 'Pillar scores have no dimension: leave out "dimension" with by=…,pillar.',
      },
    })
  }
  if (errors.length > 0) return { errors }
  const filter: CellFilter = {}
  const sorted = <T extends string | number>(xs: readonly T[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (q.level) filter.level = sorted(q.level)
  if (q.dimension) filter.dimension = sorted(q.dimension)
  if (q.region) filter.region = sorted(q.region)
  if (q.sector) filter.sector = sorted(q.sector)
  if (q.year) filter.year = sorted(q.year)
  const key = JSON.stringify([CELL_KEYS.map((k) => filter[k] ?? null), by])
  return { query: { filter, by, pillars, key } }
}

/** The answer's groups, or the fact that it is over a limit (with the count seen so far). */
export type Pooled =
  | { kind: 'cells'; groups: PooledGroup[] }
  | { kind: 'pillars'; groups: PooledPillarGroup[] }

export async function poolQuery(store: Store, q: CanonicalQuery, limits: AnswerLimits, minN = THRESHOLDS.minN): Promise<Pooled> {
  if (q.pillars) {
    const by = q.by.filter((k): k is PillarKeyName => (PILLAR_CELL_KEYS as readonly string[]).includes(k))
    const { dimension: _d, ...filter } = q.filter
    return { kind: 'pillars', groups: await store.poolPillars(filter, by, minN, limits.maxGroups) }
  }
  return { kind: 'cells', groups: await store.pool(q.filter, q.by as CellKeyName[], minN, limits.maxGroups) }
}

/** Rows per group, and bytes per row beyond its keys (the longest estimate row is ~150 bytes). */
const ROW_OVERHEAD_BYTES = 130

/** Why an answer is refused before it is built, or undefined when it may be built. */
export function overLimit(p: Pooled, limits: AnswerLimits): { groups: number; bytes?: number } | undefined {
  const groups = p.groups.length
  if (groups > limits.maxGroups) return { groups }
  const rowsPerGroup = p.kind === 'pillars' ? 3 : 1
  let bytes = 64
  for (const g of p.groups) {
    let keyBytes = 0
    const keys = g.keys as Record<string, string | number | null | undefined>
    for (const k in keys) {
      const v = keys[k]
      keyBytes += typeof v === 'string' ? v.length * 3 + 12 : 16
    }
    bytes += rowsPerGroup * (ROW_OVERHEAD_BYTES + keyBytes + (p.kind === 'pillars' ? 24 : 0))
  }
  return bytes > limits.maxBytes ? { groups, bytes } : undefined
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4

/**
 * `"name":value,` for the keys of a row. Values repeat across rows (nine dimensions, a few hundred
 * regions), so each key keeps the text of the values it has written: an answer of 48,000 rows then
 * makes a few hundred key strings instead of 150,000.
 */
class KeyText {
  private readonly seen = new Map<string | number | null, string>()
  constructor(private readonly name: string) {}
  of(v: string | number | null | undefined): string {
    const value = v ?? null
    let text = this.seen.get(value)
    if (text === undefined) {
      text = `"${this.name}":${value === null ? 'null' : typeof value === 'number' ? String(value) : JSON.stringify(value)},`
      this.seen.set(value, text)
    }
    return text
  }
}

/**
 * One row: publish() and describe() of src/domain/pooling.ts, the same expressions in the same
 * order, written without the intermediate objects (they were a third of an uncached answer's CPU
 * time, ADR 0109). `server/api/scores.test.ts` checks it against publish() on random sums.
 */
export function rowJson(keys: string, s: Sums, t = THRESHOLDS): string {
  const n = s.n
  if (!(n >= t.minN)) return `{${keys}"status":"suppressed"}`
  const mean = s.sum / n
  const variance = n >= 2 ? Math.max(0, (s.sumSq - n * mean * mean) / (n - 1)) : 0
  const sd = Math.sqrt(variance)
  const se = Math.sqrt(variance / n)
  const status = n < t.lowReliabilityN || Z95 * se > t.maxCiHalfWidth ? 'low_reliability' : 'ok'
  return (
    `{${keys}"n":${n},"mean":${round4(mean)},"sd":${round4(sd)},"se":${round4(se)},` +
    `"ciLow":${round4(mean - Z95 * se)},"ciHigh":${round4(mean + Z95 * se)},"status":"${status}"}`
  )
}

/** Rows written between two yields to the event loop on large answers (and encoded as one piece). */
export const ANSWER_PIECE_ROWS = 2_000
const CHUNK_ROWS = ANSWER_PIECE_ROWS

/** A turn of the event loop (setImmediate in Node, a zero timeout elsewhere): I/O that waits gets answered. */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown }
  return new Promise((resolve) => (g.setImmediate ? g.setImmediate(resolve) : setTimeout(resolve, 0)))
}

const utf8 = new TextEncoder()

/**
 * The answer as UTF-8 JSON: `{"datasetVersion","by","rows"}`, keys of each row in canonical order,
 * then n, mean, sd, se, ciLow, ciHigh (rounded to 4 decimals) and status; a suppressed row has
 * its keys and status only. Equal, byte for byte, to the UTF-8 of JSON.stringify of the same
 * object (tested in scores.test.ts).
 *
 * Written in pieces of CHUNK_ROWS rows, each encoded at once and its text dropped, with a turn of
 * the event loop between pieces: the row texts of a large answer die young instead of piling up
 * (5.8 MB of strings for 48,000 rows, most of its garbage-collection time, ADR 0109), and other
 * requests are answered meanwhile. `signal`: stop between pieces when the client has gone away
 * (the promise then rejects with the signal's reason).
 */
export async function answerBytes(version: string, q: CanonicalQuery, p: Pooled, signal?: AbortSignal): Promise<{ body: Uint8Array<ArrayBuffer>; rows: number }> {
  const pieces: Uint8Array<ArrayBuffer>[] = []
  let parts: string[] = [`{"datasetVersion":${JSON.stringify(version)},"by":${JSON.stringify(q.by)},"rows":[`]
  let rows = 0
  const sep = () => (rows++ === 0 ? '' : ',')
  const flush = async () => {
    pieces.push(utf8.encode(parts.join('')))
    parts = []
    await yieldToEventLoop()
    signal?.throwIfAborted()
  }
  if (p.kind === 'cells') {
    const by = q.by as CellKeyName[]
    const keyTexts = by.map((k) => new KeyText(k))
    for (let i = 0; i < p.groups.length; i++) {
      const g = p.groups[i]
      let keys = ''
      for (let j = 0; j < by.length; j++) keys += keyTexts[j].of(g.keys[by[j]])
      parts.push(sep() + rowJson(keys, g))
      if (i % CHUNK_ROWS === CHUNK_ROWS - 1) await flush()
    }
  } else {
    // keys before `pillar` in canonical order, then pillar, then the rest
    const before = q.by.filter((k) => k === 'level') as PillarKeyName[]
    const after = q.by.filter((k) => k !== 'level' && k !== 'pillar') as PillarKeyName[]
    const beforeTexts = before.map((k) => new KeyText(k))
    const afterTexts = after.map((k) => new KeyText(k))
    for (let i = 0; i < p.groups.length; i++) {
      const g = p.groups[i]
      let head = ''
      for (let j = 0; j < before.length; j++) head += beforeTexts[j].of(g.keys[before[j]])
      let tail = ''
      for (let j = 0; j < after.length; j++) tail += afterTexts[j].of(g.keys[after[j]])
      const series = pillarSeries(g)
      parts.push(sep() + rowJson(`${head}"pillar":"technological",${tail}`, series.technological))
      parts.push(sep() + rowJson(`${head}"pillar":"social",${tail}`, series.social))
      parts.push(sep() + rowJson(`${head}"pillar":"gap",${tail}`, series.gap))
      if (i % CHUNK_ROWS === CHUNK_ROWS - 1) await flush()
    }
  }
  parts.push(']}')
  pieces.push(utf8.encode(parts.join('')))
  if (pieces.length === 1) return { body: pieces[0], rows }
  let length = 0
  for (const piece of pieces) length += piece.length
  const body = new Uint8Array(length)
  let at = 0
  for (const piece of pieces) {
    body.set(piece, at)
    at += piece.length
  }
  return { body, rows }
}
