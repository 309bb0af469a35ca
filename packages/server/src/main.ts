import { loadConfig } from './config/config.js'
import { startServer } from './server.js'

// `npm start` / `chuhai-server`: serve API and web app until SIGINT/SIGTERM.
try {
  const server = await startServer(loadConfig())
  server.app.log.info(
    { url: server.url, db: server.ctx.config.db, web: server.ctx.config.webDist ?? null },
    `Chuhai is running at ${server.url}`,
  )
  let closing = false
  const stop = (signal: string): void => {
    if (closing) {
      return
    }
    closing = true
    server.app.log.info({ signal }, 'stopping')
    void server.close().then(() => process.exit(0))
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
} catch (error) {
  process.stderr.write(`chuhai-server: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
