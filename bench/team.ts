/**
 * A team on one workspace: 2, 4 and 8 consultants writing at once, each in a process of its own with its own
 * connection, through the API (create an activity, then edit it naming the version it read), on PostgreSQL
 * against the same on a SQLite file. Per run: writes per second (all writers, from the common start to the last
 * write), the 95th percentile of a write's latency, writes lost (acknowledged but not in the workspace
 * afterwards, or without their change record: must be 0), and whether `ropa verify`'s check passes.
 * PostgreSQL runs on a throwaway server with fsync on (as SQLite runs with synchronous=FULL).
 */
import { fork } from 'node:child_process'
import path from 'node:path'
import { openBackend } from '../electron/core/backend'
import { verifyChain } from '../electron/core/history/chain'
import { createClient } from '../shared/api/client'
import { startThrowawayServer } from '../tests/helpers/postgres-server'
import { line, median, percentile, progress, type BenchResult } from './lib/measure'
import pg from 'pg'

const WRITER = path.join(import.meta.dirname, 'lib', 'team-writer.ts')
const WRITES_PER_WRITER = 60

interface WriterReport {
  latencies: number[]
  acknowledged: { id: string; name: string }[]
  failures: number
  ms: number
}

async function runTeam(
  location: string,
  writers: number,
): Promise<{ perSecond: number; p95: number; lost: number; failures: number; verified: boolean }> {
  const setup = await openBackend(location, { actor: 'setup', logError: () => {} })
  const client = createClient(setup.dispatch)
  const organisations: { id: string }[] = []
  for (let i = 0; i < writers; i++)
    organisations.push(await client.call('organisations.create', { name: `Client ${i + 1}` }))
  const before = Number(
    (
      await setup.ctx.db
        .selectFrom('changes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

  const children = organisations.map(() =>
    fork(WRITER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  )
  const ready = children.map(
    (child) => new Promise<void>((resolve) => child.once('message', () => resolve())),
  )
  const done = children.map(
    (child) =>
      new Promise<WriterReport>((resolve, reject) => {
        child.on('message', (m: { kind: string } & WriterReport) => m.kind === 'done' && resolve(m))
        child.once('exit', (code) => code !== 0 && reject(new Error(`a writer exited with ${code}`)))
      }),
  )
  children.forEach((child, i) =>
    child.send({
      location,
      actor: `consultant${i + 1}`,
      organisationId: organisations[i].id,
      writes: WRITES_PER_WRITER,
    }),
  )
  await Promise.all(ready)
  const start = performance.now()
  children.forEach((child) => child.send('go'))
  const reports = await Promise.all(done)
  const wall = performance.now() - start

  // Lost writes: each acknowledged write must be there, the last acknowledged name of each activity must be its
  // stored one, and there must be one change record per acknowledged write.
  const acknowledged = reports.flatMap((r) => r.acknowledged)
  const lastName = new Map(acknowledged.map((a) => [a.id, a.name]))
  const stored = new Map(
    (await setup.ctx.db.selectFrom('activities').select(['id', 'name']).execute()).map((a) => [a.id, a.name]),
  )
  let lost = [...lastName].filter(([id, name]) => stored.get(id) !== name).length
  const after = Number(
    (
      await setup.ctx.db
        .selectFrom('changes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
  lost += Math.max(0, acknowledged.length - (after - before))
  const verified = (await verifyChain(setup.ctx.db)).ok
  await setup.close()
  return {
    perSecond: acknowledged.length / (wall / 1000),
    p95: percentile(
      reports.flatMap((r) => r.latencies),
      95,
    ),
    lost,
    failures: reports.reduce((n, r) => n + r.failures, 0),
    verified,
  }
}

export async function benchTeam(dir: string, runs: number): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  progress('starting a throwaway PostgreSQL server (fsync on)…')
  const server = await startThrowawayServer({ durable: true })
  let databases = 0
  const newDatabase = async () => {
    const name = `ropa_bench_${++databases}`
    const admin = new pg.Client({ connectionString: server.adminUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`)
    await admin.end()
    const url = new URL(server.adminUrl)
    url.pathname = `/${name}`
    return url.toString()
  }
  try {
    for (const writers of [2, 4, 8]) {
      for (const engine of ['sqlite', 'postgres'] as const) {
        const figures = []
        for (let run = 0; run < runs; run++) {
          progress(`${writers} writers on ${engine}, run ${run + 1} of ${runs}…`)
          const location =
            engine === 'sqlite' ? path.join(dir, `team-${writers}-${run}.sqlite`) : await newDatabase()
          figures.push(await runTeam(location, writers))
        }
        const label = `team: ${writers} writers on ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`
        results.push(
          line(`${label}, writes per second`, median(figures.map((f) => f.perSecond)), 'writes/s', {
            better: 'higher',
          }),
        )
        results.push(line(`${label}, write latency 95th percentile`, median(figures.map((f) => f.p95)), 'ms'))
        results.push(
          line(`${label}, writes lost (every run)`, Math.max(...figures.map((f) => f.lost)), 'writes', {
            target: 0,
          }),
        )
        results.push(
          line(`${label}, writes refused (every run)`, Math.max(...figures.map((f) => f.failures)), 'writes'),
        )
        results.push(
          line(
            `${label}, runs whose history verifies`,
            figures.filter((f) => f.verified).length,
            `of ${runs}`,
            { better: 'higher' },
          ),
        )
      }
    }
  } finally {
    server.stop()
  }
  return results
}
