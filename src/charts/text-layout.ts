/**
 * Text in charts without measuring the DOM: an estimate of a string's width in the chart font
 * (system-ui sans-serif), slightly generous so that a box made from it always holds the text, and
 * word wrapping on that estimate. Measuring text in the page forces a layout per label (Recharts'
 * own wrapping does so); an estimate keeps a chart's first draw free of forced layouts and makes
 * label placement testable. Long names wrap; they are never cut off with "…".
 */

// Advance widths in em of the characters, rounded up from DejaVu Sans / Roboto / Segoe UI,
// whichever is widest (the charts' font stack falls back through them).
const NARROW = new Set([...'iljtfrI!.,:;\'|()[]{}/ '])
const WIDE = new Set([...'mwMWÆŒ@%'])
const UPPER_WIDE = new Set([...'ABCDGHKNOQRSUVXYZ&'])

/** Width in em of one character. */
function em(ch: string): number {
  if (ch === ' ') return 0.32
  if (NARROW.has(ch)) return 0.34
  if (WIDE.has(ch)) return 0.9
  if (UPPER_WIDE.has(ch)) return 0.74
  if (ch >= 'A' && ch <= 'Z') return 0.66
  if (ch >= '0' && ch <= '9') return 0.64
  if (ch === '−' || ch === '–' || ch === '+' || ch === '=' || ch === '<' || ch === '>') return 0.84
  if (ch === '▲' || ch === '▼' || ch === '·') return 0.8
  return 0.6
}

/** Estimated width in px of `text` at `fontSize` px; bold text is about 8% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0
  for (const ch of text) w += em(ch)
  return w * fontSize * (bold ? 1.08 : 1)
}

/** Where a line may break: after a space, a slash or a hyphen ("Regionaal/ sectoraal"). */
function tokens(text: string): string[] {
  return text.match(/[^\s/-]+[/-]?|\s+|[/-]/g) ?? []
}

/**
 * Breaks `text` into lines no wider than `maxWidth` px. A single word wider than the line keeps a
 * line of its own (it is never cut); callers that must fit it give the label column more room.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = []
  let line = ''
  for (const tok of tokens(text.trim())) {
    if (/^\s+$/.test(tok)) {
      if (line) line += ' '
      continue
    }
    const candidate = line + tok
    if (line.trim() && textWidth(candidate.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd())
      line = tok
    } else line = candidate
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines.length > 0 ? lines : ['']
}

/** Width of the widest word of `text` (the narrowest a wrapped label can be). */
export function longestWordWidth(text: string, fontSize: number, bold = false): number {
  return Math.max(0, ...tokens(text).map((t) => textWidth(t.trim(), fontSize, bold)))
}

/** Line height in px for a font size (1.2 em). */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.2)
}
