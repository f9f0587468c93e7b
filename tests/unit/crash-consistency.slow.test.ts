/**
 * Crash consistency: `ropa import` of a large register is killed (SIGKILL) at many random moments; each time
 * the workspace must pass SQLite's integrity check, the organisation must be either absent or complete, and the
 * change history must still verify.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../../electron/core/db/schema'
import { describe, expect, it } from 'vitest'
import { verifyChain } from '../../electron/core/history/chain'
import { generateRegister, seeded } from '../fixtures/generate-register'
import { richRegister } from '../fixtures/rich-register'
import { ROPA_BIN } from '../helpers/cli'
import { closeTestWorkspace, openTestWorkspace, tempDir } from '../helpers/workspace'

const KILLS = 10
const ACTIVITIES = 400

function runAndKillAfter(args: string[], delayMs: number): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ROPA_BIN, ...args], { stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ killed: signal === 'SIGKILL', code })
    })
  })
}

describe('crash consistency', () => {
  it(
    `an import killed at ${KILLS} random moments leaves the workspace intact and the organisation absent or complete`,
    { timeout: 180_000 },
    async () => {
      const dir = tempDir()
      const registerFile = path.join(dir, 'big.json')
      fs.writeFileSync(
        registerFile,
        JSON.stringify(generateRegister({ activities: ACTIVITIES, name: 'Big Import Oy' })),
      )

      // A workspace that already holds another organisation, which must never be touched.
      const base = await openTestWorkspace(path.join(dir, 'base.sqlite'))
      await base.client.call('register.import', { document: richRegister() })
      await closeTestWorkspace(base)

      // How long a full import takes here, so the kills spread over the whole run (start-up included). The
      // shorter of two runs: the first is slowed by cold caches, and kills timed from it landed after the end.
      let duration = Infinity
      for (const run of [1, 2]) {
        const started = Date.now()
        const full = await runAndKillAfter(
          ['import', registerFile, '--db', path.join(dir, `timing-${run}.sqlite`)],
          120_000,
        )
        expect(full.code).toBe(0)
        duration = Math.min(duration, Date.now() - started)
      }

      const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000)
      const random = seeded(seed)
      const outcomes: string[] = []
      for (let i = 0; i < KILLS; i++) {
        const file = path.join(dir, `kill-${i}.sqlite`)
        fs.copyFileSync(path.join(dir, 'base.sqlite'), file)
        const delay = Math.round(duration * (0.1 + random() * 1.0))
        const { killed } = await runAndKillAfter(['import', registerFile, '--db', file], delay)

        const db = new BetterSqlite3(file)
        try {
          expect(db.pragma('integrity_check', { simple: true }), `seed ${seed}, kill at ${delay} ms`).toBe(
            'ok',
          )
          expect(db.pragma('foreign_key_check')).toEqual([])
          const org = db
            .prepare("SELECT id FROM organisations WHERE name = 'Big Import Oy'")
            .pluck()
            .get() as string | undefined
          if (org) {
            const count = (table: string) =>
              db.prepare(`SELECT count(*) FROM ${table} WHERE organisation_id = ?`).pluck().get(org)
            expect(
              [count('activities'), count('parties'), count('data_categories'), count('security_measures')],
              `seed ${seed}, kill at ${delay} ms`,
            ).toEqual([ACTIVITIES, 40, 30, 20])
            const purposes = db
              .prepare(
                'SELECT count(*) FROM activity_purposes p JOIN activities a ON a.id = p.activity_id WHERE a.organisation_id = ?',
              )
              .pluck()
              .get(org)
            expect(purposes).toBe(ACTIVITIES * 3)
          }
          expect(
            db
              .prepare(
                "SELECT count(*) FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE o.name = 'Nordic Bakery Oy'",
              )
              .pluck()
              .get(),
          ).toBe(3)
          expect(
            (await verifyChain(new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) }))).ok,
            `seed ${seed}, kill at ${delay} ms`,
          ).toBe(true)
          outcomes.push(`${delay}ms:${killed ? 'killed' : 'finished'}:${org ? 'complete' : 'absent'}`)
        } finally {
          db.close()
        }
      }
      console.log(`crash test seed ${seed}: ${outcomes.join(' ')}`)
      // The kills must really have interrupted imports, not only landed before or after them.
      expect(outcomes.filter((o) => o.includes('killed')).length, outcomes.join(' ')).toBeGreaterThan(
        KILLS / 2,
      )
    },
  )
})
