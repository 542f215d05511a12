/**
 * Column builders for figure specs, with the shared headers: a view says which values a figure
 * shows, and the headers, the interval's two CSV columns, n and the status words come from here
 * (one vocabulary; the CSV headers are the same on every view). `columnsFor(w, rows)` types every
 * accessor by the rows.
 */
import type { FigureColumn, Measured } from '../charts/figure'
import type { FigureKind } from '../domain/format'
import type { Words } from './words'

type Text = string | number | null | undefined

export function columnsFor<R>(w: Words, _rows: readonly R[]) {
  const estimate = (id: string, header: string, value: (row: R) => Measured): FigureColumn<R> => ({ kind: 'estimate', id, header, value })
  const difference = (id: string, header: string, value: (row: R) => Measured): FigureColumn<R> => ({ kind: 'difference', id, header, value })
  /** the 95% interval of a value; `of` names it in the CSV headers ("Gereedheid R ondergrens 95%") */
  const interval = (id: string, of: string, value: (row: R) => Measured, figure: FigureKind = 'score'): FigureColumn<R> => ({ kind: 'interval', id, header: w.t('table.ci'), of, value, figure })
  const n = (value: (row: R) => Measured): FigureColumn<R> => ({ kind: 'n', id: 'n', header: w.t('table.n'), value })
  const status = (value: (row: R) => Measured | { text: string }): FigureColumn<R> => ({ kind: 'status', id: 'status', header: w.t('table.status'), value })
  return {
    /** the row's name (a row header) */
    label: (id: string, header: string, value: (row: R) => string | undefined): FigureColumn<R> => ({ kind: 'label', id, header, value }),
    text: (id: string, header: string, value: (row: R) => Text): FigureColumn<R> => ({ kind: 'text', id, header, value }),
    /** a code or a year, printed as it is */
    code: (id: string, header: string, value: (row: R) => Text): FigureColumn<R> => ({ kind: 'code', id, header, value }),
    estimate,
    difference,
    reference: (id: string, header: string, value: (row: R) => Measured): FigureColumn<R> => ({ kind: 'reference', id, header, value }),
    interval,
    n,
    status,
    /**
     * An estimate with everything the reader needs beside it: value, 95% interval, n and the
     * status words — the same four columns on every view.
     */
    measured: (id: string, header: string, value: (row: R) => Measured, opts: { n?: boolean; status?: boolean } = {}): FigureColumn<R>[] => [
      estimate(id, header, value),
      interval(`${id}-ci`, header, value),
      ...(opts.n === false ? [] : [n(value)]),
      ...(opts.status === false ? [] : [status(value)]),
    ],
    /** a difference (signed) with its 95% interval */
    differences: (id: string, header: string, value: (row: R) => Measured): FigureColumn<R>[] => [difference(id, header, value), interval(`${id}-ci`, header, value, 'difference')],
    /** context for the CSV only (the table shows it once, in its caption) */
    csvOnly: (...cols: FigureColumn<R>[]): FigureColumn<R>[] => cols.map((c) => ({ ...c, csvOnly: true })),
  }
}
