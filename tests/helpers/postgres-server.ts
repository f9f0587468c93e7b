/**
 * A throwaway PostgreSQL server for the tests of the team database, started the way .ci/run and docs/team.md
 * describe: `initdb` into a temporary folder, `pg_ctl start` on 127.0.0.1 at a free port, trust for local
 * connections only. `ROPA_TEST_PG_URL` (an administrator's URL) uses a server that is already running instead.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** The newest PostgreSQL server binaries installed the Debian way, or null. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return null
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions.length > 0 ? path.join(root, versions[0], 'bin') : null
}

/** Why the PostgreSQL suites cannot run here, or null when they can. */
export function postgresUnavailable(env = process.env): string | null {
  if (env.ROPA_TEST_PG_URL) return null
  if (!postgresBinDir())
    return 'PostgreSQL is not installed locally (no /usr/lib/postgresql/*/bin/initdb) and ROPA_TEST_PG_URL is not set'
  return null
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** initdb and the server refuse to run as root: as root, run them as the `postgres` user Debian's package makes. */
function asServerUser(command: string, args: string[]): { command: string; args: string[] } {
  if (process.getuid?.() !== 0) return { command, args }
  return { command: 'runuser', args: ['-u', 'postgres', '--', command, ...args] }
}

export interface RunningServer {
  /** A superuser's URL on the maintenance database. */
  adminUrl: string
  stop(): void
}

/** `durable`: fsync on, as a real server runs (the benchmark); tests do without it. */
export async function startThrowawayServer({ durable = false } = {}): Promise<RunningServer> {
  const bin = postgresBinDir()
  if (!bin) throw new Error(postgresUnavailable()!)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-pg-'))
  const data = path.join(dir, 'data')
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir])
  const init = asServerUser(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    ...(durable ? [] : ['--no-sync']),
  ])
  const initRun = spawnSync(init.command, init.args, { encoding: 'utf8' })
  if (initRun.status !== 0) throw new Error(`initdb failed: ${initRun.stderr || initRun.stdout}`)
  const port = await freePort()
  // Tests need no durability: fsync off keeps a loaded machine quick.
  const speed = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${speed}`
  const start = asServerUser(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    options,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    'start',
  ])
  const started = spawnSync(start.command, start.args, { encoding: 'utf8' })
  if (started.status !== 0)
    throw new Error(
      `PostgreSQL did not start: ${started.stderr}\n${fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8') : ''}`,
    )
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      const stop = asServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'])
      spawnSync(stop.command, stop.args)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
