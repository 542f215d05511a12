// first: configures zod before any schema is built (see the module)
import './zod-setup'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './app/styles.css'
// after styles.css: the print rules win where both speak (A4 landscape, no controls)
import './app/print.css'

async function boot() {
  // Dev mode runs the API inside the browser (MSW hands each request to the same handler the
  // server uses). This branch is removed from production builds: import.meta.env.DEV is false.
  if (import.meta.env.DEV && import.meta.env.VITE_API !== 'server') {
    const { worker } = await import('../mocks/browser')
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void boot()
