/** Reading what a chart drew, for view tests (the drawings are SVG made by Recharts). */

/** The names of a figure's panels (small multiples), drawn as SVG text in each panel. */
export function panelNames(figure: Element): string[] {
  return [...figure.querySelectorAll('.panel-title')].map((t) => t.textContent ?? '')
}
