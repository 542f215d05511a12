/** Reading what a chart drew, for view tests (the drawings are SVG made by Recharts). */

/** The names of a figure's panels (small multiples), drawn as SVG text in each panel. */
export function panelNames(figure: Element): string[] {
  return [...figure.querySelectorAll('.panel-title')].map((t) => t.textContent ?? '')
}

/**
 * The series ids of a trend chart's lines, in drawing order: one `.trend-series` group per series,
 * marked with its unit's id (`data-series`, e.g. "NL", "ES", "T"), never with its look (peer1…).
 * The line's runs, points and end label carry the same id.
 */
export function lineIds(figure: Element): string[] {
  return [...figure.querySelectorAll('.trend-series')].map((g) => g.getAttribute('data-series') ?? '')
}
