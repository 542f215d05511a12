/**
 * `npm start`: the dashboard and the API in one process, over SQLite in SAMENHANG_DATA_DIR.
 * Configuration: server/config.ts (environment variables, mirrored by --port, --host, --data-dir).
 */
import { ConfigError, loadConfig, USAGE } from './config'
import { startServer, StartError } from './server'

async function main(): Promise<void> {
  let config
  try {
    config = loadConfig(process.argv.slice(2), process.env)
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Samenhang: ${err.message}\n`)
      process.exit(2)
    }
    throw err
  }
  if (config.help) {
    process.stdout.write(USAGE)
    return
  }

  let running
  try {
    running = await startServer(config)
  } catch (err) {
    process.stderr.write(`Samenhang cannot start: ${err instanceof StartError ? err.message : (err as Error).stack}\n`)
    process.exit(1)
  }
  process.stdout.write(`Samenhang serves ${running.url}\n`)

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`Samenhang: ${signal} again, exiting now.\n`)
      process.exit(1)
    }
    stopping = true
    process.stderr.write(`Samenhang: ${signal} received, finishing open requests …\n`)
    void running.close().then(({ forced }) => {
      process.stderr.write(forced ? 'Samenhang: stopped (some requests were cut off).\n' : 'Samenhang: stopped.\n')
      process.exit(forced ? 1 : 0)
    })
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

void main()
