/** Number formatting per locale (nl-NL: 3,4 and n = 1.234; en-GB: 3.4 and n = 1,234). Pure, no React. */
import type { Lang } from './framework'

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }
const cache = new Map<string, Intl.NumberFormat>()

function formatter(lang: Lang, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${digits}|${signed}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
      useGrouping: true,
    })
    cache.set(key, f)
  }
  return f
}

/** A score on the 1–5 scale, one decimal. */
export function formatScore(value: number, lang: Lang): string {
  return formatter(lang, 1, false).format(value)
}

/** A difference with its sign; one decimal by default. */
export function formatDiff(value: number, lang: Lang, digits = 1): string {
  // −0.04 rounds to 0.0 and must not print as −0,0
  const f = 10 ** digits
  const rounded = Math.round(value * f) / f
  return formatter(lang, digits, true).format(rounded === 0 ? 0 : value)
}

export function formatCount(n: number, lang: Lang): string {
  return formatter(lang, 0, false).format(n)
}

/** Plain number with the given decimals, for tables and CSV. */
export function formatNumber(value: number, lang: Lang, digits: number): string {
  return formatter(lang, digits, false).format(value)
}

export function formatRange(low: number, high: number, lang: Lang): string {
  return `${formatScore(low, lang)}–${formatScore(high, lang)}`
}

/** Lists: "a, b en c" / "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(locales[lang], { style: 'long', type: 'conjunction' }).format(items)
}
