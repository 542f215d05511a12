/**
 * The respondent format (docs/data-format.md): one row per respondent, the key columns `level`,
 * `region`, `sector`, `year` and item columns `T1_1` … `S5_k` (`_r` = reverse-scored). Each row is
 * scored (`scoreRespondent`) and added into sums (`RespondentAggregator`) the moment it is read;
 * the row itself is dropped. What leaves this module are dimension cells, pillar cells and counts:
 * never a respondent's answers ("aggregation at the door", ADR 0108). Pure, no I/O.
 */
import { describe } from './pooling'
import {
  checkShape,
  countSuppressed,
  fieldText,
  headerColumns,
  isBlank,
  PreviewBuilder,
  PROGRESS_EVERY,
  readKey,
  readNumber,
  RESPONDENT_KEY_COLUMNS,
  type DatasetRow,
  type FieldValue,
  type ImportResult,
  type TableContext,
  type TableRow,
  type TableSource,
} from './dataset-table'
import { isNoAnswer, parseItemColumn, RespondentAggregator, scoreRespondent, type ItemColumn } from './respondents'

/** True when the header has at least one item column: the file is in the respondent format. */
export function isRespondentHeader(header: TableRow): boolean {
  return header.fields.some((f) => parseItemColumn(fieldText(f)) !== undefined)
}

/** An answer field: null for no answer, a whole number 1–5, or undefined when it is neither. */
export function readAnswer(v: FieldValue, dialect: TableSource['dialect']): number | null | undefined {
  if (v === null) return null
  // the common case first: one digit 1–5, as a survey tool writes it
  if (typeof v === 'string' && v.length === 1) {
    const c = v.charCodeAt(0) - 48
    if (c >= 1 && c <= 5) return c
  } else if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) return v
  if (typeof v === 'string' && isNoAnswer(v)) return null
  if (typeof v === 'number' && isNoAnswer(String(v))) return null
  const r = readNumber(v, dialect, true)
  if (!('value' in r)) return undefined
  return Number.isInteger(r.value) && r.value >= 1 && r.value <= 5 ? r.value : undefined
}

/**
 * Validates a respondent table and aggregates it into cells and pillar cells. All or nothing:
 * one invalid answer anywhere and the result holds only the problems.
 */
export function readRespondentTable(source: TableSource, ctx: TableContext): ImportResult {
  const { problems } = ctx
  const { header, dialect } = source
  const cols = headerColumns(header)
  const keyAt = new Map<string, number>()
  const items: ItemColumn[] = []
  const itemAt: number[] = []
  const itemNames = new Set<string>()
  cols.names.forEach((raw, i) => {
    if (raw === '') return
    const name = raw.toLowerCase()
    const item = parseItemColumn(raw)
    if ((RESPONDENT_KEY_COLUMNS as readonly string[]).includes(name)) {
      if (keyAt.has(name)) problems.add(header.line, name, raw, 'duplicate_column')
      else keyAt.set(name, i)
    } else if (item) {
      const id = `${item.dimension}_${item.item.toLowerCase()}`
      if (itemNames.has(id)) problems.add(header.line, raw, raw, 'duplicate_column')
      else {
        itemNames.add(id)
        items.push(item)
        itemAt.push(i)
      }
    } else problems.add(header.line, raw, raw, 'extra_column', { format: 'respondents' })
  })
  for (const c of RESPONDENT_KEY_COLUMNS) if (!keyAt.has(c)) problems.add(header.line, c, null, 'missing_column')
  if (problems.count > 0) return { ...problems.fail(), format: 'respondents' }
  const at = { level: keyAt.get('level')!, region: keyAt.get('region')!, sector: keyAt.get('sector')!, year: keyAt.get('year')! }

  const aggregator = new RespondentAggregator()
  const answers: (number | null)[] = new Array(items.length)
  const reportedUnnamed = new Set<number>()
  let rows = 0
  let next = source.rows.next()
  for (; !next.done; next = source.rows.next()) {
    const { fields, line } = next.value
    if (isBlank(fields)) continue
    if (++rows % PROGRESS_EVERY === 0) ctx.onProgress?.(source.position())
    if (!checkShape(next.value, cols, problems, reportedUnnamed)) continue
    const before = problems.count
    const key = readKey(fields, at, line, dialect, problems)
    for (let k = 0; k < items.length; k++) {
      const v = fields[itemAt[k]] ?? null
      const a = readAnswer(v, dialect)
      if (a === undefined) problems.add(line, items[k].name, fieldText(v), 'answer_range')
      else answers[k] = a
    }
    // after a problem nothing is applied: stop adding, keep checking
    if (problems.count > before || key === undefined || problems.count > 0) continue
    aggregator.add(key, scoreRespondent(items, answers))
  }
  if (next.value !== undefined) problems.add(next.value, null, null, 'unterminated_quote')
  if (problems.count > 0) return { ...problems.fail(), format: 'respondents' }
  if (rows === 0) {
    problems.add(0, null, null, 'no_rows')
    return { ...problems.fail(), format: 'respondents' }
  }
  const { cells, pillarCells } = aggregator.result()
  const sample: DatasetRow[] = cells.slice(0, ctx.sampleRows).map((c) => {
    const d = describe(c)
    return { level: c.level, dimension: c.dimension, region: c.region, sector: c.sector, year: c.year, n: c.n, mean: d.mean, sd: d.sd }
  })
  return {
    ok: true,
    dataset: {
      format: 'respondents',
      cells,
      pillarCells,
      delimiter: ctx.delimiter,
      preview: new PreviewBuilder(cells).build(sample, {
        respondents: aggregator.respondents,
        items: items.length,
        answers: aggregator.respondents * items.length,
        missingAnswers: aggregator.missingAnswers,
        withoutPillars: aggregator.withoutPillars,
        suppressedPillarCells: countSuppressed(pillarCells),
      }),
    },
  }
}
