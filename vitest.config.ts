import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Two suites. `fast` (npm run test:fast, seconds: run it on every save) is every test file; `slow`
 * (npm run test:slow) is the files named `*.slow.test.ts`: CLI subprocesses, property runs, big registers and
 * whole PDF exports, anything over about two seconds. A new test file is fast unless its name says otherwise.
 */
const TESTS = ['tests/unit/**/*.test.{ts,tsx}', 'tests/migrations/**/*.test.ts']
const SLOW = ['tests/**/*.slow.test.{ts,tsx}']

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    setupFiles: ['tests/setup.ts'],
    projects: [
      { extends: true, test: { name: 'fast', include: TESTS, exclude: [...configDefaults.exclude, ...SLOW], isolate: false } },
      // Child processes on a loaded machine: time enough that only a hang fails (speed is measured in bench/).
      { extends: true, test: { name: 'slow', include: SLOW, testTimeout: 300_000, hookTimeout: 60_000 } },
    ],
  },
})
