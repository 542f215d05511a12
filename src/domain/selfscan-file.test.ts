import { describe, expect, it } from 'vitest'
import { isNoAnswer, parseItemColumn } from './respondents'
import {
  formatSelfscanProblem,
  linkValueOf,
  readSelfscanCsv,
  readSelfscanFile,
  readSelfscanJson,
  readSelfscanLink,
  sheetToLink,
  sheetsToCsv,
  sheetsToJson,
} from './selfscan-file'
import { SELFSCAN_COLUMNS } from './selfscan-items'
import type { AnswerSheet } from './selfscan-score'

const a: AnswerSheet = { region: 'PV20', sector: 'GEM', year: 2026, answers: { T1_1: 3, T1_2: 'dk', T2_1: 5, S5_3: 1 } }
const b: AnswerSheet = { region: 'PV20', sector: 'GEM', year: 2026, answers: { T1_1: 4, S1_1: 2 } }
const header = `level;region;sector;year;${SELFSCAN_COLUMNS.map((c) => c.name).join(';')}`

describe('CSV in the respondent-level format', () => {
  it('writes one row per respondent: key columns, then T1_1 … S5_3; "weet niet" and empty for open', () => {
    const csv = sheetsToCsv([a, b])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe(header)
    const row = lines[1].split(';')
    expect(row.slice(0, 7)).toEqual(['organisational', 'PV20', 'GEM', '2026', '3', 'weet niet', ''])
    expect(row).toHaveLength(4 + 27)
    expect(row.at(-1)).toBe('1')
    // every item column is one the shared reader recognises, and "weet niet" is a no-answer code
    expect(lines[0].split(';').slice(4).every((n) => parseItemColumn(n) !== undefined)).toBe(true)
    expect(isNoAnswer('weet niet')).toBe(true)
  })
  it('reads back what it wrote', () => {
    expect(readSelfscanCsv(sheetsToCsv([a, b]))).toEqual({ ok: true, sheets: [a, b] })
  })
  it('reads Excel’s habits: sep= line, commas, lower case codes, quotes, trailing empty columns, English no-answer codes', () => {
    const text = `sep=,\nLEVEL,Region,sector,year,t1_1,T1_2,,\n"organisational",pv20,gem,2026,3,"Don't know",,\n`
    expect(readSelfscanCsv(text)).toEqual({ ok: true, sheets: [{ region: 'PV20', sector: 'GEM', year: 2026, answers: { T1_1: 3, T1_2: 'dk' } }] })
  })
  it('refuses a file with problems as a whole, naming row, column and value in both languages', () => {
    const text = `${header.split(';').slice(0, 6).join(';')};T1_4\nindividual;PV99;GEM;2026;6;3;2\norganisational;PV21;XYZ;26;1;2;3\n`
    const r = readSelfscanCsv(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const nl = r.problems.map((p) => formatSelfscanProblem(p, 'nl'))
    expect(nl[0]).toBe('rij 1, kolom T1_4: De kolom T1_4 is geen stelling van deze zelfscan (die lopen van T1_1 tot S5_3).')
    expect(r.problems).toHaveLength(1) // header problems come first: rows are not judged against a wrong header
    const fixed = readSelfscanCsv(text.replace(';T1_4', ';T1_3'))
    expect(fixed.ok).toBe(false)
    if (fixed.ok) return
    const en = fixed.problems.map((p) => formatSelfscanProblem(p, 'en'))
    expect(en).toEqual([
      'row 2, column level (“individual”): A self-assessment belongs to the organisational level: level must be organisational.',
      'row 2, column region (“PV99”): Not a province. Use the CBS code, PV20 (Groningen) to PV31 (Limburg).',
      'row 2, column T1_1 (“6”): An answer is 1 to 5, "weet niet" (don’t know), or empty.',
      'row 3, column sector (“XYZ”): Unknown sector. Use a code such as GEM, PROV, WS or RIJK.',
      'row 3, column year (“26”): The year must be a whole number from 1900 to 2100.',
    ])
  })
  it('names a missing key column and an unclosed quote', () => {
    const r = readSelfscanCsv('level;region;year;T1_1\norganisational;PV20;2026;3\n')
    expect(r.ok ? [] : r.problems.map((p) => p.message.nl)).toEqual(['De kolom sector ontbreekt.'])
    const q = readSelfscanCsv(`${header}\norganisational;"PV20;GEM;2026\n`)
    expect(q.ok ? [] : q.problems.map((p) => formatSelfscanProblem(p, 'nl'))).toEqual(['rij 2: Een aanhalingsteken (") wordt niet gesloten.'])
  })
})

describe('JSON', () => {
  it('round-trips, and the reader picks JSON or CSV by content', () => {
    const json = sheetsToJson([a])
    expect(JSON.parse(json).respondents[0].answers).toEqual({ T1_1: 3, T1_2: 'weet niet', T2_1: 5, S5_3: 1 })
    expect(readSelfscanJson(json)).toEqual({ ok: true, sheets: [a] })
    expect(readSelfscanFile(json)).toEqual({ ok: true, sheets: [a] })
    expect(readSelfscanFile(sheetsToCsv([b]))).toEqual({ ok: true, sheets: [b] })
  })
  it('refuses another JSON file, or an unknown statement, with a message', () => {
    const deck = readSelfscanJson('{"format":"samenhang-deck","version":1,"slides":[]}')
    expect(deck.ok ? '' : deck.problems[0].message.nl).toBe('Dit is geen antwoordbestand van de Samenhang-zelfscan (fout bij format).')
    const odd = readSelfscanJson(JSON.stringify({ format: 'samenhang-zelfscan', version: 1, respondents: [{ level: 'organisational', region: 'PV20', sector: 'GEM', year: 2026, answers: { T9_1: 3, T1_1: 'soms' } }] }))
    expect(odd.ok ? [] : odd.problems.map((p) => formatSelfscanProblem(p, 'en'))).toEqual([
      'row 1, column T9_1 (“3”): T9_1 is not a statement of this self-assessment.',
      'row 1, column T1_1 (“soms”): An answer is 1 to 5 or "weet niet" (don’t know).',
    ])
    expect(readSelfscanJson('not json').ok).toBe(false)
  })
})

describe('links', () => {
  it('carries one sheet in the fragment, one character per statement', () => {
    const v = sheetToLink(a)
    expect(v).toBe(`v1.PV20.GEM.2026.3x-5${'-'.repeat(22)}1`)
    expect(readSelfscanLink(v)).toEqual({ ok: true, sheets: [a] })
    expect(linkValueOf(`https://example.org/zelfscan?taal=en#zelfscan=${v}`)).toBe(v)
    expect(linkValueOf(`#zelfscan=${v}`)).toBe(v)
    expect(linkValueOf('https://example.org/zelfscan')).toBeUndefined()
  })
  it('refuses a cut-off or foreign link', () => {
    const cut = readSelfscanLink(sheetToLink(a).slice(0, -3))
    expect(cut.ok ? '' : cut.problems[0].message.en).toBe('The answers in this link are incomplete or damaged. Ask for the link again.')
    expect(readSelfscanLink('deck').ok).toBe(false)
  })
})
