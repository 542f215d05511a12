/**
 * Text in charts without measuring the DOM: an estimate of a string's width in the chart font
 * (system-ui sans-serif), slightly generous so that a box made from it always holds the text, and
 * word wrapping on that estimate. Measuring text in the page forces a layout per label (Recharts'
 * own wrapping does so); an estimate keeps a chart's first draw free of forced layouts and makes
 * label placement testable. Long names wrap; they are never cut off with "…".
 */

// Advance widths in em of DejaVu Sans, measured in Chromium (canvas measureText at 100 px). It is
// the widest font of the charts' stack (system-ui falls back to it on Linux; Segoe UI and Roboto
// are narrower), so a box made from these widths holds the text in every browser.
const WIDTHS: readonly [number, string][] = [
  [0.27, '\''],
  [0.28, 'ijlï'],
  [0.29, 'IJ'],
  [0.32, ' .,·'],
  [0.34, ':;/|'],
  [0.35, 'f'],
  [0.36, '-'],
  [0.39, 't()'],
  [0.41, 'r'],
  [0.5, '–'],
  [0.52, 'sz'],
  [0.55, 'c'],
  [0.56, 'L'],
  [0.58, 'kF'],
  [0.59, 'vxy'],
  [0.6, 'P'],
  [0.61, 'aoTY'],
  [0.62, 'eë'],
  [0.63, 'bdghnpquES'],
  [0.64, '0123456789'],
  [0.66, 'K'],
  [0.68, 'AV'],
  [0.69, 'BRXZ'],
  [0.7, 'C'],
  [0.73, 'U'],
  [0.75, 'HN'],
  [0.77, 'DG▲▼'],
  [0.78, '&'],
  [0.79, 'OQ'],
  [0.82, 'w'],
  [0.84, '−+<>='],
  [0.86, 'M'],
  [0.95, '%'],
  [0.97, 'm'],
  [0.99, 'W'],
]
const EM = new Map<string, number>(WIDTHS.flatMap(([w, chars]) => [...chars].map((c) => [c, w] as const)))
/** Characters not in the table (accented letters, symbols): a generous average. */
const OTHER = 0.66
/** Bold text in DejaVu Sans is about 11.5% wider than regular. */
const BOLD = 1.12

/** Width in em of one character. */
function em(ch: string): number {
  return EM.get(ch) ?? OTHER
}

/** Estimated width in px of `text` at `fontSize` px (DejaVu Sans metrics; bold about 12% wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0
  for (const ch of text) w += em(ch)
  return w * fontSize * (bold ? BOLD : 1)
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
