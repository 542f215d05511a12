/**
 * View-local dictionaries: a view keeps its own words beside its code (nl is the source; en must
 * have every key, which the compiler checks through defineMessages). Shared words live in nl.ts.
 */
import type { Lang } from '../domain/framework'

export type Messages<K extends string> = Record<Lang, Record<K, string>>

export function defineMessages<const T extends Record<string, string>>(nl: T, en: Record<keyof T, string>): Messages<Extract<keyof T, string>> {
  return { nl, en } as Messages<Extract<keyof T, string>>
}

/** Look up and fill a view-local message: {name} placeholders. */
export function message<K extends string>(messages: Messages<K>, lang: Lang, key: K, values?: Record<string, string | number>): string {
  const template = messages[lang][key]
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m))
}
