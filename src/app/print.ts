/**
 * Printing any page (A4 landscape; the rules are in print.css): every printed page carries the
 * data's source, the date and — for the demo data — the synthetic-data notice at its foot, with
 * its page number, in the reader's language. Those words cannot live in a static stylesheet, and
 * the CSP allows no inline <style>, so they go into a constructed stylesheet (CSSOM, which the CSP
 * does not restrict) as @page margin boxes, refreshed just before each print.
 *
 * Just before printing, a chart SVG without a viewBox gets one matching its drawn size, so that
 * print.css can scale it to the page instead of cutting it (its width was measured on the
 * screen, which is often wider than the paper); it is taken away after printing.
 */
import { useEffect } from 'react'
import type { Lang } from '../domain/framework'
import { translator } from '../i18n/i18n'

/** A CSS string literal for any text: quotes and backslashes escaped, control characters as spaces. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
  return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** The @page rule with the footer text at the bottom left and "page / pages" at the bottom right. */
export function pageMarginRule(footer: string): string {
  const font = 'font-family: system-ui, sans-serif; font-size: 7.5pt; color: #333;'
  return `@page { @bottom-left { content: ${cssString(footer)}; ${font} vertical-align: top; padding-top: 3mm; } @bottom-right { content: counter(page) " / " counter(pages); ${font} vertical-align: top; padding-top: 3mm; } }`
}

/** The words at the foot of every printed page: source, date, and the notice for synthetic data. */
export function printFooter(lang: Lang, source: string, synthetic: boolean, now: Date): string {
  const t = translator(lang)
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(now)
  return [t('chart.source', { source }), t('export.date', { date }), synthetic ? t('export.synthetic') : ''].filter(Boolean).join(' ')
}

const MARK = 'data-print-viewbox'

/** Gives every chart SVG without a viewBox one of its drawn size (so CSS can scale it); returns how many. */
export function addPrintViewBoxes(root: ParentNode): number {
  let n = 0
  for (const svg of root.querySelectorAll<SVGSVGElement>('.chart-body svg:not([viewBox])')) {
    const w = Number(svg.getAttribute('width'))
    const h = Number(svg.getAttribute('height'))
    if (!(w > 0) || !(h > 0)) continue
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`)
    svg.setAttribute(MARK, '')
    n += 1
  }
  return n
}

/** Takes away the viewBoxes `addPrintViewBoxes` gave. */
export function removePrintViewBoxes(root: ParentNode): void {
  for (const svg of root.querySelectorAll(`svg[${MARK}]`)) {
    svg.removeAttribute('viewBox')
    svg.removeAttribute(MARK)
  }
}

/** Installs the printed page footer and the print-time SVG scaling for as long as the app is shown. */
export function usePrintPage(lang: Lang, source: string, synthetic: boolean): void {
  useEffect(() => {
    let sheet: CSSStyleSheet | undefined
    const write = () => {
      try {
        sheet ??= new CSSStyleSheet()
        sheet.replaceSync(pageMarginRule(printFooter(lang, source, synthetic, new Date())))
        if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
      } catch {
        // no constructable stylesheets (an old browser, a test DOM): pages print without the footer line
      }
    }
    const before = () => {
      write()
      addPrintViewBoxes(document)
    }
    const after = () => removePrintViewBoxes(document)
    write()
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      if (sheet && document.adoptedStyleSheets?.includes(sheet)) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }, [lang, source, synthetic])
}
