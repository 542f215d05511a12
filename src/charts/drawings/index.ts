/** Every drawing that uses Recharts: one chunk, loaded after the first paint (see load.ts). */
export { BalanceMapDrawing } from './BalanceMapDrawing'
export { DotPlotDrawing } from './DotPlotDrawing'
export { TrendChartDrawing } from './TrendChartDrawing'
