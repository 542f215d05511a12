import { createContext, useContext } from 'react'

/** What every export needs to say besides the chart: the date and, for demo data, that it is synthetic. */
export interface FrameContext {
  /** e.g. "28 november 2026" */
  date: string
  /** set when the data are synthetic */
  syntheticNotice?: string
}

export const ChartFrameContext = createContext<FrameContext>({ date: '' })

export function useFrameContext(): FrameContext {
  return useContext(ChartFrameContext)
}
