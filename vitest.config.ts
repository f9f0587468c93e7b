import { configDefaults, defineConfig } from 'vitest/config'
import { postgresUnavailable } from './tests/helpers/postgres-server.ts'

/**
 * Two suites. `fast` (npm run test:fast, seconds: run it on every save) is every test file; `slow`
 * (npm run test:slow) is the files named `*.slow.test.ts`: CLI subprocesses, property runs, big registers and
 * whole PDF exports, anything over about two seconds. A new test file is fast unless its name says otherwise.
 * Both run on SQLite. A third, `postgres` (npm run test:postgres), runs the service and CLI suites again
 * against a team database on a throwaway PostgreSQL server (tests/helpers/engine.ts).
 */
const TESTS = ['tests/unit/**/*.test.{ts,tsx}', 'tests/migrations/**/*.test.ts']
const SLOW = ['tests/**/*.slow.test.{ts,tsx}']
const POSTGRES_SUITES = [
  'tests/unit/activities-full.test.ts',
  'tests/unit/activity-search.test.ts',
  'tests/unit/catalogues.test.ts',
  'tests/unit/checks-cache.test.ts',
  'tests/unit/checks-service.test.ts',
  'tests/unit/cli-check.slow.test.ts',
  'tests/unit/cli-export.slow.test.ts',
  'tests/unit/cli-orgs.slow.test.ts',
  'tests/unit/dispatch.test.ts',
  'tests/unit/exports-records.slow.test.ts',
  'tests/unit/exports-snapshot.test.ts',
  'tests/unit/history-chain.slow.test.ts',
  'tests/unit/history-service.test.ts',
  'tests/unit/history.test.ts',
  'tests/unit/organisations-activities.test.ts',
  'tests/unit/team-*.test.ts',
  'tests/migrations/0012_team_database.test.ts',
]

const unavailable = postgresUnavailable()
if (unavailable) {
  // In CI the team database must be tested: .ci/run installs PostgreSQL.
  if (process.env.CI) throw new Error(`${unavailable}: the PostgreSQL suites cannot run.`)
  console.warn(`\n[ropa] ${unavailable}: the PostgreSQL suites are skipped; only SQLite is tested.\n`)
}

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: TESTS, exclude: [...configDefaults.exclude, ...SLOW], isolate: false },
      },
      // Child processes on a loaded machine: time enough that only a hang fails (speed is measured in bench/).
      { extends: true, test: { name: 'slow', include: SLOW, testTimeout: 300_000, hookTimeout: 60_000 } },
      ...(unavailable
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: POSTGRES_SUITES,
                testTimeout: 300_000,
                hookTimeout: 60_000,
                env: { ROPA_TEST_ENGINE: 'postgres' },
                globalSetup: ['tests/helpers/postgres-setup.ts'],
              },
            },
          ]),
    ],
  },
})
