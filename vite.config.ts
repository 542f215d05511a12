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

export default defineConfig({
  plugins: [react(), mswWorkerInDev()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  // the Data view reads files in a module worker that loads the workbook reader on demand
  // (code-splitting inside a worker needs ES module output)
  worker: { format: 'es' },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true, host: '127.0.0.1' },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
})
