import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import { appRoot } from '../../core/app-root'
import { openBackend } from '../../core/backend'
import { workspaceLocation } from '../../core/db/location'
import { startServer } from '../../server/http-server'
import { logForServer } from '../debug'
import { CliError, describeFailure, parseOptions } from '../fail'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  port: z.coerce.number({ error: 'must be a number' }).int().min(0).max(65535).optional(),
  open: z.boolean(),
})

export const RENDERER_DIR = path.join(appRoot(), 'dist', 'renderer')

async function openInBrowser(url: string) {
  try {
    const { default: open } = await import('open')
    const child = await open(url)
    child.on('error', () => {})
  } catch {
    // No browser on this machine: the printed URL is enough.
  }
}

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run ROPA in your browser (127.0.0.1 only); prints the URL with its one-time token')
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .option('--port <n>', 'port to listen on (default: a free one)')
    .option('--no-open', 'do not open the browser')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
        throw new CliError('The user interface has not been built yet. Run `npm run build` first.')
      }
      const backend = await openBackend(workspaceLocation(options.db), { logError: logForServer })
      let server
      try {
        server = await startServer({
          dispatch: backend.dispatch,
          rendererDir: RENDERER_DIR,
          port: options.port,
          downloads: backend.downloads,
          logError: logForServer,
        })
      } catch (error) {
        await backend.close()
        if ((error as { code?: string }).code === 'EADDRINUSE')
          throw new CliError(
            `Port ${options.port} is already in use. Choose another with --port, or leave it out.`,
          )
        throw error
      }
      process.stdout.write(`Workspace: ${backend.workspace.location}\n`)
      if (backend.workspace.backupPath)
        process.stdout.write(`Backup before update: ${backend.workspace.backupPath}\n`)
      process.stdout.write(`ROPA is running in browser mode: ${server.url}\n`)
      process.stdout.write('Press Ctrl+C to stop.\n')
      if (options.open) void openInBrowser(server.url)
      const backups = backend.scheduleDailyBackups((error) =>
        process.stderr.write(
          `ropa: the automatic backup was not made: ${describeFailure(error, backend.workspace.location).message}\n`,
        ),
      )

      const stop = async () => {
        // The day's last changes are copied before the workspace closes (a failure was reported just above).
        await backups.close()
        await server.close()
        await backend.close()
        process.exit(0)
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
