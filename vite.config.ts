import { readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/** Serves the MSW worker in dev only, so no mock code can reach a production build. */
function mswWorkerInDev(): Plugin {
  return {
    name: 'samenhang-msw-worker-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('content-type', 'text/javascript')
        res.end(readFileSync(new URL('./dev-public/mockServiceWorker.js', import.meta.url)))
      })
    },
  }
}

/**
 * Recharts and the packages it brings (d3 scales and shapes, redux, immer, decimal.js…) in one
 * chunk of their own, loaded with the chart drawings after the first paint (docs/decisions/0012).
 * d3-array and d3-geo stay out: the maps use them without Recharts.
 */
const RECHARTS = /node_modules\/(recharts|victory-vendor|d3-(scale|shape|path|interpolate|color|format|time|time-format|timer|ease)|internmap|@reduxjs|redux|redux-thunk|immer|reselect|react-redux|use-sync-external-store|es-toolkit|eventemitter3|decimal\.js-light|tiny-invariant|react-is|clsx)\//

export default defineConfig({
  plugins: [react(), mswWorkerInDev()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'recharts', test: RECHARTS }] },
      },
    },
  },
  // the Data view reads files in a module worker that loads the workbook reader on demand
  // (code-splitting inside a worker needs ES module output)
  worker: { format: 'es' },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true, host: '127.0.0.1' },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
})
