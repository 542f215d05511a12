/** Validation of the GET /scores query string: every parameter, every value, with a message per field. */
import { GROUP_KEYS, type GroupKey, type ScoresQuery } from '../../src/contract/v1'
import { DIMENSIONS, LEVELS } from '../../src/domain/framework'
import type { FieldError } from './problems'

const MAX_ITEMS = 100
const ALLOWED = ['level', 'dimension', 'region', 'sector', 'year', 'by'] as const

export interface Vocabulary {
  regions: ReadonlySet<string>
  sectors: ReadonlySet<string>
}

function list(raw: string): string[] {
  return raw.split(',').map((s) => s.trim())
}

export function parseScoresParams(params: URLSearchParams, vocab: Vocabulary): { query: ScoresQuery } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  const seen = new Set<string>()
  for (const key of params.keys()) {
    if (!(ALLOWED as readonly string[]).includes(key)) {
      errors.push({
        param: key,
        message: {
          nl: `Onbekende parameter "${key}". Toegestaan: ${ALLOWED.join(', ')}.`,
          en: `Unknown parameter "${key}". Allowed: ${ALLOWED.join(', ')}.`,
        },
      })
    } else if (seen.has(key)) {
      errors.push({
        param: key,
        message: { nl: `Parameter "${key}" staat er meer dan één keer.`, en: `Parameter "${key}" is given more than once.` },
      })
    }
    seen.add(key)
  }

  const codes = (param: string, valid: (v: string) => boolean, what: { nl: string; en: string }): string[] | undefined => {
    const raw = params.get(param)
    if (raw === null) return undefined
    const values = list(raw)
    if (values.length > MAX_ITEMS) {
      errors.push({
        param,
        message: { nl: `Te veel waarden in "${param}" (hoogstens ${MAX_ITEMS}).`, en: `Too many values in "${param}" (at most ${MAX_ITEMS}).` },
      })
      return undefined
    }
    for (const v of values) {
      if (!valid(v)) {
        errors.push({
          param,
          value: v,
          message: v === ''
            ? { nl: `Lege waarde in "${param}".`, en: `Empty value in "${param}".` }
            : { nl: `Onbekende ${what.nl} "${v}".`, en: `Unknown ${what.en} "${v}".` },
        })
      }
    }
    if (new Set(values).size !== values.length) {
      errors.push({ param, message: { nl: `Dubbele waarde in "${param}".`, en: `Duplicate value in "${param}".` } })
    }
    return values
  }

  const level = codes('level', (v) => (LEVELS as readonly string[]).includes(v), { nl: 'niveau', en: 'level' })
  const dimension = codes('dimension', (v) => (DIMENSIONS as readonly string[]).includes(v), { nl: 'dimensie', en: 'dimension' })
  const region = codes('region', (v) => vocab.regions.has(v), { nl: 'regio', en: 'region' })
  const sector = codes('sector', (v) => vocab.sectors.has(v), { nl: 'sector', en: 'sector' })
  const yearRaw = codes('year', (v) => /^\d{4}$/.test(v), { nl: 'jaar (vier cijfers)', en: 'year (four digits)' })
  const byRaw = codes('by', (v) => (GROUP_KEYS as readonly string[]).includes(v), { nl: 'groepeersleutel', en: 'grouping key' })

  if (errors.length > 0) return { errors }
  return {
    query: {
      ...(level ? { level } : {}),
      ...(dimension ? { dimension } : {}),
      ...(region ? { region } : {}),
      ...(sector ? { sector } : {}),
      ...(yearRaw ? { year: yearRaw.map(Number) } : {}),
      by: (byRaw ?? []) as GroupKey[],
    },
  }
}
