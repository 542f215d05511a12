/**
 * Test-only: a figure whose ChartFrame carries no stable id yet gets `test.N`, its place among the
 * figures of its page or slide (N from 0). A figure with an id of its own (`data-figure`) keeps it.
 * Runs before the app (page.addInitScript) and before the app's own observers, so a slide finds
 * the id as soon as the figure appears.
 */
export const FIGURE_MARKER = `
(() => {
  const mark = () => {
    for (const f of document.querySelectorAll('figure.chart-frame:not([data-figure])')) {
      const root = f.closest('.chart-isolation') || document
      f.setAttribute('data-figure', 'test.' + [...root.querySelectorAll('figure.chart-frame')].indexOf(f))
    }
  }
  new MutationObserver(mark).observe(document, { childList: true, subtree: true })
})()`
