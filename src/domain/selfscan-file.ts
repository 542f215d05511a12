/**
 * Self-assessment answers as files and links, so a team can pool them without a server:
 *
 * - **CSV** in the respondent-level format (ADR 0007, docs/data-format.md): one row per
 *   respondent, key columns `level` (= `organisational`), `region`, `sector`, `year`, then one
 *   column per statement (`T1_1` … `S5_3`); answers 1–5, `weet niet` for "don't know", empty
 *   for a statement left open. So an organisation can later contribute its sheets to a dataset.
 *   Written with `;` (Dutch Excel); read with `;` or `,` (from the header line), with or without
 *   a byte-order mark, Excel's `sep=` hint line, quoted fields, and every no-answer code.
 * - **JSON**: `{ format: 'samenhang-zelfscan', version: 1, respondents: [...] }`, the same rows.
 * - **Link**: the answers in the address's fragment (`#zelfscan=v1.PV20.GEM.2026.3x-…`), which a
 *   browser never sends to a server.
 *
 * Reading is all or nothing: either every row is valid, or the problems come back (row, column,
 * value, a message in nl and en) and nothing is taken. Pure: no I/O.
 */
import '../zod-setup'
import { z } from 'zod'
import { PROVINCES, SECTORS, type Label } from './framework'
import { isNoAnswer, parseItemColumn } from './respondents'
import { SELFSCAN_COLUMNS, selfscanItem } from './selfscan-items'
import type { AnswerMap, AnswerSheet, SelfscanAnswer } from './selfscan-score'

/** The key columns, in the order the writer uses. */
export const SELFSCAN_KEY_COLUMNS = ['level', 'region', 'sector', 'year'] as const
/** The one level a self-assessment belongs to. */
export const SELFSCAN_LEVEL = 'organisational'
/** How "don't know" is written in files. */
export const DONT_KNOW_TEXT = 'weet niet'
/** Most respondents one file may hold (a team, not a survey). */
export const MAX_RESPONDENTS = 1000

/** One problem in a file or link. */
export interface SelfscanProblem {
  /** line of the file (1 = header; 0 = the file as a whole); for JSON the respondent's number */
  row: number
  column: string | null
  value: string | null
  message: Label
}

export type SelfscanReadResult = { ok: true; sheets: AnswerSheet[] } | { ok: false; problems: SelfscanProblem[] }

const provinceCodes = new Set(PROVINCES.map((p) => p.code))
const sectorCodes = new Set(SECTORS.map((s) => s.code))

/** True when the code is a province (CBS, case-insensitive). */
export function isProvince(code: string): boolean {
  return provinceCodes.has(code.trim().toUpperCase())
}

/** True when the code is a sector (case-insensitive). */
export function isSector(code: string): boolean {
  return sectorCodes.has(code.trim().toUpperCase())
}

function answerText(a: SelfscanAnswer | undefined): string {
  return a === undefined ? '' : a === 'dk' ? DONT_KNOW_TEXT : String(a)
}

/** Reads one answer as written in a file: a whole 1–5, a no-answer code, or empty (= open). */
export function readAnswer(text: string): { ok: true; answer: SelfscanAnswer | undefined } | { ok: false } {
  const t = text.trim()
  if (t === '') return { ok: true, answer: undefined }
  if (/^[1-5]$/.test(t)) return { ok: true, answer: Number(t) as SelfscanAnswer }
  if (isNoAnswer(t)) return { ok: true, answer: 'dk' }
  return { ok: false }
}

// ---------------------------------------------------------------- CSV

function csvField(text: string): string {
  return /[;",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The sheets as a respondent-level CSV (`;`, CRLF, UTF-8 with BOM for Excel). */
export function sheetsToCsv(sheets: readonly AnswerSheet[]): string {
  const header = [...SELFSCAN_KEY_COLUMNS, ...SELFSCAN_COLUMNS.map((c) => c.name)]
  const rows = sheets.map((s) => [SELFSCAN_LEVEL, s.region, s.sector, String(s.year), ...SELFSCAN_COLUMNS.map((c) => answerText(s.answers[c.name]))].map(csvField).join(';'))
  return `\uFEFF${[header.join(';'), ...rows].join('\r\n')}\r\n`
}

/** Splits CSV text into records (RFC 4180 quotes), with the line each record starts on. */
function records(text: string, sep: string): { line: number; fields: string[] }[] | { unterminated: number } {
  const out: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++
        field += ch
      }
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === sep) {
      fields.push(field)
      field = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      fields.push(field)
      out.push({ line: start, fields })
      fields = []
      field = ''
      line++
      start = line
    } else field += ch
  }
  if (quoted) return { unterminated: start }
  if (field !== '' || fields.length > 0) {
    fields.push(field)
    out.push({ line: start, fields })
  }
  return out
}

const msg = (nl: string, en: string): Label => ({ nl, en })

/**
 * Reads a respondent-level CSV of this self-assessment. Every row becomes a sheet; the whole
 * file is refused (with every problem, up to 50) when anything is wrong.
 */
export function readSelfscanCsv(input: string): SelfscanReadResult {
  let text = input.replace(/^\uFEFF/, '')
  const problems: SelfscanProblem[] = []
  const fail = (p: SelfscanProblem): SelfscanReadResult => ({ ok: false, problems: [p] })
  let lineOffset = 0
  // Excel's separator hint ("sep=;") on the first line
  const hint = /^sep=(.)\r?\n?/i.exec(text)
  let sep: string | undefined
  if (hint) {
    sep = hint[1]
    text = text.slice(hint[0].length)
    lineOffset = 1
  }
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? ''
  if (firstLine.trim() === '') return fail({ row: 0, column: null, value: null, message: msg('Het bestand is leeg.', 'The file is empty.') })
  sep ??= firstLine.replace(/"[^"]*"/g, '').includes(';') ? ';' : ','
  const recs = records(text, sep)
  if (!Array.isArray(recs))
    return fail({
      row: recs.unterminated + lineOffset,
      column: null,
      value: null,
      message: msg('Een aanhalingsteken (") wordt niet gesloten.', 'A quotation mark (") is never closed.'),
    })
  const [head, ...body] = recs
  const names = head.fields.map((f) => f.trim())
  const index: Record<string, number> = {}
  const items: { col: number; id: string }[] = []
  names.forEach((name, col) => {
    const lower = name.toLowerCase()
    if (name === '' && body.every((r) => (r.fields[col] ?? '').trim() === '')) return // Excel's empty trailing columns
    if ((SELFSCAN_KEY_COLUMNS as readonly string[]).includes(lower)) {
      if (lower in index) problems.push({ row: 1 + lineOffset, column: name, value: null, message: msg(`De kolom ${name} staat er twee keer in.`, `The column ${name} appears twice.`) })
      index[lower] = col
      return
    }
    const item = parseItemColumn(name)
    const ours = item && !item.reverse ? selfscanItem(name) : undefined
    if (!ours) {
      problems.push({
        row: 1 + lineOffset,
        column: name,
        value: null,
        message: item
          ? msg(`De kolom ${name} is geen stelling van deze zelfscan (die lopen van T1_1 tot S5_3).`, `The column ${name} is not a statement of this self-assessment (they run from T1_1 to S5_3).`)
          : msg(`Onbekende kolom ${name || `nr. ${col + 1}`}. Verwacht: level, region, sector, year en T1_1 tot S5_3.`, `Unknown column ${name || `no. ${col + 1}`}. Expected: level, region, sector, year and T1_1 to S5_3.`),
      })
      return
    }
    if (items.some((i) => i.id === ours.id)) problems.push({ row: 1 + lineOffset, column: name, value: null, message: msg(`De kolom ${name} staat er twee keer in.`, `The column ${name} appears twice.`) })
    items.push({ col, id: ours.id })
  })
  for (const k of SELFSCAN_KEY_COLUMNS)
    if (!(k in index)) problems.push({ row: 1 + lineOffset, column: k, value: null, message: msg(`De kolom ${k} ontbreekt.`, `The column ${k} is missing.`) })
  if (items.length === 0) problems.push({ row: 1 + lineOffset, column: null, value: null, message: msg('Er staan geen stellingen (T1_1 tot S5_3) in het bestand.', 'The file holds no statements (T1_1 to S5_3).') })
  if (problems.length > 0) return { ok: false, problems }

  const rows = body.filter((r) => r.fields.some((f) => f.trim() !== ''))
  if (rows.length === 0) return fail({ row: 0, column: null, value: null, message: msg('Het bestand heeft geen rijen met antwoorden.', 'The file has no rows of answers.') })
  if (rows.length > MAX_RESPONDENTS)
    return fail({ row: 0, column: null, value: null, message: msg(`Het bestand heeft ${rows.length} rijen; de zelfscan neemt er hoogstens ${MAX_RESPONDENTS}.`, `The file has ${rows.length} rows; the self-assessment takes at most ${MAX_RESPONDENTS}.`) })
  const sheets: AnswerSheet[] = []
  for (const r of rows) {
    const line = r.line + lineOffset
    const at = (k: string) => (r.fields[index[k]] ?? '').trim()
    const report = (column: string, value: string, message: Label) => problems.push({ row: line, column, value, message })
    if (r.fields.length > names.length && r.fields.slice(names.length).some((f) => f.trim() !== ''))
      report('', r.fields.slice(names.length).join(sep), msg(`Deze rij heeft meer velden dan de kopregel (${names.length}).`, `This row has more fields than the header (${names.length}).`))
    const level = at('level')
    if (level.toLowerCase() !== SELFSCAN_LEVEL) report('level', level, msg('Een zelfscan hoort bij het organisatieniveau: level moet organisational zijn.', 'A self-assessment belongs to the organisational level: level must be organisational.'))
    const region = at('region')
    if (!isProvince(region)) report('region', region, msg('Geen provincie. Gebruik de CBS-code, PV20 (Groningen) tot PV31 (Limburg).', 'Not a province. Use the CBS code, PV20 (Groningen) to PV31 (Limburg).'))
    const sector = at('sector')
    if (!isSector(sector)) report('sector', sector, msg('Onbekende sector. Gebruik een code als GEM, PROV, WS of RIJK.', 'Unknown sector. Use a code such as GEM, PROV, WS or RIJK.'))
    const yearText = at('year')
    const year = Number(yearText)
    if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2100) report('year', yearText, msg('Het jaar moet een heel getal van 1900 tot 2100 zijn.', 'The year must be a whole number from 1900 to 2100.'))
    const answers: AnswerMap = {}
    for (const { col, id } of items) {
      const raw = r.fields[col] ?? ''
      const a = readAnswer(raw)
      if (!a.ok) report(names[col], raw, msg('Een antwoord is 1 tot en met 5, "weet niet", of leeg.', 'An answer is 1 to 5, "weet niet" (don’t know), or empty.'))
      else if (a.answer !== undefined) answers[id] = a.answer
    }
    sheets.push({ region: region.toUpperCase(), sector: sector.toUpperCase(), year, answers })
    if (problems.length >= 50) break
  }
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 50) } : { ok: true, sheets }
}

// ---------------------------------------------------------------- JSON

const answerJson = z.union([z.number().int().min(1).max(5), z.string()])
const respondentJson = z.object({
  level: z.string(),
  region: z.string(),
  sector: z.string(),
  year: z.number().int().min(1900).max(2100),
  answers: z.record(z.string(), answerJson),
})
const fileJson = z.object({
  format: z.literal('samenhang-zelfscan'),
  version: z.literal(1),
  respondents: z.array(respondentJson).min(1).max(MAX_RESPONDENTS),
})

/** The sheets as the JSON file format (pretty-printed). */
export function sheetsToJson(sheets: readonly AnswerSheet[]): string {
  return JSON.stringify(
    {
      format: 'samenhang-zelfscan',
      version: 1,
      respondents: sheets.map((s) => ({
        level: SELFSCAN_LEVEL,
        region: s.region,
        sector: s.sector,
        year: s.year,
        answers: Object.fromEntries(SELFSCAN_COLUMNS.flatMap((c) => (s.answers[c.name] === undefined ? [] : [[c.name, s.answers[c.name] === 'dk' ? DONT_KNOW_TEXT : s.answers[c.name]]]))),
      })),
    },
    null,
    2,
  )
}

/** Reads the JSON file format; all or nothing, like the CSV. */
export function readSelfscanJson(text: string): SelfscanReadResult {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problems: [{ row: 0, column: null, value: null, message: msg('Dit is geen geldig JSON-bestand.', 'This is not a valid JSON file.') }] }
  }
  const parsed = fileJson.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') ?? ''
    return {
      ok: false,
      problems: [
        {
          row: 0,
          column: where || null,
          value: null,
          message: msg(`Dit is geen antwoordbestand van de Samenhang-zelfscan${where ? ` (fout bij ${where})` : ''}.`, `This is not an answer file of the Samenhang self-assessment${where ? ` (error at ${where})` : ''}.`),
        },
      ],
    }
  }
  const problems: SelfscanProblem[] = []
  const sheets: AnswerSheet[] = parsed.data.respondents.map((r, i) => {
    const row = i + 1
    if (r.level.toLowerCase() !== SELFSCAN_LEVEL) problems.push({ row, column: 'level', value: r.level, message: msg('level moet organisational zijn.', 'level must be organisational.') })
    if (!isProvince(r.region)) problems.push({ row, column: 'region', value: r.region, message: msg('Geen provincie (PV20 tot PV31).', 'Not a province (PV20 to PV31).') })
    if (!isSector(r.sector)) problems.push({ row, column: 'sector', value: r.sector, message: msg('Onbekende sector.', 'Unknown sector.') })
    const answers: AnswerMap = {}
    for (const [id, value] of Object.entries(r.answers)) {
      const item = selfscanItem(id)
      if (!item) {
        problems.push({ row, column: id, value: String(value), message: msg(`${id} is geen stelling van deze zelfscan.`, `${id} is not a statement of this self-assessment.`) })
        continue
      }
      const a = typeof value === 'number' ? ({ ok: true, answer: value as SelfscanAnswer } as const) : readAnswer(value)
      if (!a.ok) problems.push({ row, column: id, value: String(value), message: msg('Een antwoord is 1 tot en met 5 of "weet niet".', 'An answer is 1 to 5 or "weet niet" (don’t know).') })
      else if (a.answer !== undefined) answers[item.id] = a.answer
    }
    return { region: r.region.toUpperCase(), sector: r.sector.toUpperCase(), year: r.year, answers }
  })
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 50) } : { ok: true, sheets }
}

/** Reads a file of answers, JSON or CSV, judged by its content (a JSON file starts with `{`). */
export function readSelfscanFile(text: string): SelfscanReadResult {
  return /^\uFEFF?\s*\{/.test(text) ? readSelfscanJson(text) : readSelfscanCsv(text)
}

// ---------------------------------------------------------------- link

/** The fragment parameter that carries answers in a link. */
export const LINK_PARAM = 'zelfscan'

const LINK_CHAR: Record<string, SelfscanAnswer | undefined> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, x: 'dk', '-': undefined }

/** One sheet as a fragment value: `v1.<region>.<sector>.<year>.<one character per statement>`. */
export function sheetToLink(sheet: AnswerSheet): string {
  const chars = SELFSCAN_COLUMNS.map((c) => {
    const a = sheet.answers[c.name]
    return a === undefined ? '-' : a === 'dk' ? 'x' : String(a)
  }).join('')
  return `v1.${sheet.region || '-'}.${sheet.sector || '-'}.${sheet.year}.${chars}`
}

/** Reads the fragment value of an answer link; the same checks as a file. */
export function readSelfscanLink(value: string): SelfscanReadResult {
  const bad = (nl: string, en: string): SelfscanReadResult => ({ ok: false, problems: [{ row: 0, column: null, value: value.slice(0, 80), message: msg(nl, en) }] })
  const parts = decodeURIComponent(value.trim()).split('.')
  if (parts.length !== 5 || parts[0] !== 'v1') return bad('Deze link bevat geen antwoorden van de zelfscan.', 'This link holds no self-assessment answers.')
  const [, region, sector, yearText, chars] = parts
  if (chars.length !== SELFSCAN_COLUMNS.length || [...chars].some((c) => !(c in LINK_CHAR)))
    return bad('De antwoorden in deze link zijn niet compleet of beschadigd. Vraag de link opnieuw.', 'The answers in this link are incomplete or damaged. Ask for the link again.')
  if (!isProvince(region) || !isSector(sector) || !/^\d{4}$/.test(yearText))
    return bad('De link mist de provincie, de sector of het jaar van de organisatie.', 'The link lacks the organisation’s province, sector or year.')
  const answers: AnswerMap = {}
  SELFSCAN_COLUMNS.forEach((c, i) => {
    const a = LINK_CHAR[chars[i]]
    if (a !== undefined) answers[c.name] = a
  })
  return { ok: true, sheets: [{ region: region.toUpperCase(), sector: sector.toUpperCase(), year: Number(yearText), answers }] }
}

/** Finds the answers parameter in a pasted link or fragment (`…#zelfscan=v1…`); undefined when absent. */
export function linkValueOf(text: string): string | undefined {
  const m = new RegExp(`[#&]${LINK_PARAM}=([^&\\s]+)`).exec(text.trim()) ?? new RegExp(`^${LINK_PARAM}=([^&\\s]+)`).exec(text.trim())
  return m?.[1]
}

/** A problem as one line of text in the reader's language. */
export function formatSelfscanProblem(p: SelfscanProblem, lang: 'nl' | 'en'): string {
  const where = [p.row > 0 ? (lang === 'nl' ? `rij ${p.row}` : `row ${p.row}`) : '', p.column ? (lang === 'nl' ? `kolom ${p.column}` : `column ${p.column}`) : '']
    .filter(Boolean)
    .join(', ')
  const value = p.value !== null && p.value !== '' ? ` (“${p.value.slice(0, 40)}”)` : ''
  return `${where ? `${where}${value}: ` : ''}${p.message[lang]}`
}
