/**
 * The parameter registry: every piece of view state in the address is declared once — its name,
 * the values it may take and its default — and read through `readParams`, which returns typed
 * values, one notice per invalid value (the same words on every view) and the cleaned address
 * entries. The shell's own parameters (regio, sector, jaar, niveau, dimensie) and every view's
 * (maat, sorteer, kaart, …) use the same functions. Pure: no React, no `window`.
 */
import type { Label, Lang } from '../domain/framework'
import { translator } from '../i18n/i18n'
import type { MessageKey } from '../i18n/nl'

/** A message for the reader, already in both languages (shown in the current one). */
export type Notice = Label

/** One declared parameter: how its raw text becomes a value and back. */
export interface Param<T, C = unknown> {
  /** its name in the address, e.g. `maat` (a `param.<name>` key in nl.ts names it in sentences) */
  name: string
  /** the value when the address holds none or an invalid one; may depend on the context */
  fallback: (ctx: C) => T
  /** the value of a raw address text, or undefined when it is not allowed here */
  parse: (raw: string, ctx: C) => T | undefined
  /** the address text of a value; the fallback is written as nothing (left out of the address) */
  format: (value: T) => string
  /**
   * For lists: keep the valid part of a raw text and say what was dropped (instead of refusing the
   * whole text). When present, `readParams` uses it rather than `parse`.
   */
  keep?: (raw: string, ctx: C) => { value: T; notices: Notice[] }
  /** a more helpful notice than "unknown value" for this parameter (the same on every view) */
  notice?: (raw: string, ctx: C) => Notice
}

/** A set of declared parameters, by the key the view uses for them. */
export type ParamSet<C> = Record<string, Param<any, C>> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The typed values of a parameter set. */
export type ParamValues<S extends ParamSet<never>> = { [K in keyof S]: S[K] extends Param<infer T, never> ? T : never }

/** The name of a parameter inside a sentence, in one language ("provincie", "maat"). */
export function paramWord(name: string, lang: Lang): string {
  const t = translator(lang)
  const key = `param.${name}` as MessageKey
  const word = t(key)
  return word === undefined || word === key ? name : word
}

/** The notice for a value that is not allowed: the same words for every parameter on every view. */
export function unknownValueNotice(name: string, value: string): Notice {
  const text = (lang: Lang) => {
    const param = paramWord(name, lang)
    return translator(lang)('notice.unknownValue', { param, Param: param.charAt(0).toUpperCase() + param.slice(1), value })
  }
  return { nl: text('nl'), en: text('en') }
}

/** A notice from a shared message key, filled in both languages. */
export function messageNotice(key: MessageKey, values: Record<string, string | number>): Notice {
  return { nl: translator('nl')(key, values), en: translator('en')(key, values) }
}

/** What `readParams` returns. */
export interface ReadResult<V> {
  values: V
  notices: Notice[]
  /** the parameters as the cleaned address holds them: invalid ones removed (undefined) */
  clean: Record<string, string | undefined>
}

/**
 * Reads every declared parameter from the raw address entries. A missing value takes the
 * fallback silently; an invalid one takes the fallback with a notice and is removed from the
 * cleaned address; a value equal to the fallback is removed too, so every address is canonical.
 */
export function readParams<C, S extends ParamSet<C>>(specs: S, raw: Readonly<Record<string, string | undefined>>, ctx: C): ReadResult<ParamValues<S>> {
  const values: Record<string, unknown> = {}
  const notices: Notice[] = []
  const clean: Record<string, string | undefined> = {}
  for (const [key, spec] of Object.entries(specs)) {
    const fallback = spec.fallback(ctx)
    const text = raw[spec.name]
    if (text === undefined || text === '') {
      values[key] = fallback
      continue
    }
    if (spec.keep) {
      const kept = spec.keep(text, ctx)
      values[key] = kept.value
      notices.push(...kept.notices)
      const canonical = sameValue(spec, kept.value, fallback) ? undefined : spec.format(kept.value)
      if (canonical !== text) clean[spec.name] = canonical
      continue
    }
    const value = spec.parse(text, ctx)
    if (value === undefined) {
      notices.push(spec.notice ? spec.notice(text, ctx) : unknownValueNotice(spec.name, text))
      values[key] = fallback
      clean[spec.name] = undefined
      continue
    }
    values[key] = value
    const canonical = sameValue(spec, value, fallback) ? undefined : spec.format(value)
    if (canonical !== text) clean[spec.name] = canonical
  }
  return { values: values as ParamValues<S>, notices, clean }
}

function sameValue<T>(spec: Param<T, never>, a: T, b: T): boolean {
  return spec.format(a) === spec.format(b)
}

/**
 * The address entries for new values of some parameters (for `withExtra`): a value equal to its
 * fallback is removed, so links never carry defaults.
 */
export function writeParams<C, S extends ParamSet<C>>(specs: S, patch: Partial<ParamValues<S>>, ctx: C): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(patch)) {
    const spec = specs[key]
    if (!spec) continue
    out[spec.name] = value === undefined || sameValue(spec, value, spec.fallback(ctx)) ? undefined : spec.format(value)
  }
  return out
}

/** A parameter that takes one of a fixed list of codes. */
export function oneOf<const V extends string, C = unknown>(name: string, values: readonly V[], fallback: V | ((ctx: C) => V)): Param<V, C> {
  return {
    name,
    fallback: typeof fallback === 'function' ? fallback : () => fallback,
    parse: (raw) => (values as readonly string[]).includes(raw) ? (raw as V) : undefined,
    format: (v) => v,
  }
}

/** An optional code from a list that may depend on the context (absent = undefined). */
export function optionalOneOf<V extends string, C = unknown>(name: string, values: (ctx: C) => readonly V[]): Param<V | undefined, C> {
  return {
    name,
    fallback: () => undefined,
    parse: (raw, ctx) => (values(ctx) as readonly string[]).includes(raw) ? (raw as V) : undefined,
    format: (v) => v ?? '',
  }
}

/** On or off, written as 1 / 0. */
export function flag<C = unknown>(name: string, fallback: boolean): Param<boolean, C> {
  return {
    name,
    fallback: () => fallback,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    format: (v) => (v ? '1' : '0'),
  }
}

/** A four-digit year that the context allows (for example an earlier year in the data). */
export function yearOf<C>(name: string, allowed: (year: number, ctx: C) => boolean, fallback: (ctx: C) => number | undefined): Param<number | undefined, C> {
  return {
    name,
    fallback,
    parse: (raw, ctx) => {
      const y = Number(raw)
      return /^\d{4}$/.test(raw) && allowed(y, ctx) ? y : undefined
    },
    format: (v) => (v === undefined ? '' : String(v)),
  }
}

/**
 * A comma list of codes: each code that is not allowed is dropped with its own notice, the valid
 * rest stays; beyond `max` codes the rest is dropped with one notice naming them. Repeats go.
 */
export function listOf<C>(name: string, allowed: (code: string, ctx: C) => boolean, max = Infinity): Param<string[], C> {
  return {
    name,
    fallback: () => [],
    parse: (raw, ctx) => {
      const codes = splitList(raw)
      return codes.every((c) => allowed(c, ctx)) && codes.length <= max ? codes : undefined
    },
    format: (v) => v.join(','),
    keep: (raw, ctx) => {
      const { kept, notices } = keepValid(name, raw, (c) => allowed(c, ctx))
      if (kept.length <= max) return { value: kept, notices }
      const dropped = kept.slice(max).join(', ')
      return { value: kept.slice(0, max), notices: [...notices, messageNotice('notice.tooMany', { max, dropped })] }
    },
  }
}

/** "a, b,,a" → ["a", "b"]: the codes of a comma list, trimmed and without repeats. */
export function splitList(raw: string | null | undefined): string[] {
  if (!raw) return []
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))]
}

/**
 * A comma list of codes where each invalid code is dropped on its own with its own notice (the
 * shell's province and sector filters): the valid rest stays.
 */
export function keepValid(name: string, raw: string | null | undefined, valid: (code: string) => boolean): { kept: string[]; notices: Notice[] } {
  const notices: Notice[] = []
  const kept = splitList(raw).filter((code) => {
    if (valid(code)) return true
    notices.push(unknownValueNotice(name, code))
    return false
  })
  return { kept, notices }
}
