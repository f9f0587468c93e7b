/**
 * Runs before every test file, in both suites. The fast suite shares modules between the files of a worker
 * (`isolate: false`), so per-test clean-up is registered here, once per file, not when a helper is imported.
 */
import fc from 'fast-check'
import { afterEach, onTestFailed, beforeEach } from 'vitest'
import { PROPERTY_SEED } from './helpers/property-seed'
import { cleanUpWorkspaces } from './helpers/workspace'

afterEach(cleanUpWorkspaces)

// Property tests draw from one random seed per run; a failed test says how to repeat it.
fc.configureGlobal({ seed: PROPERTY_SEED })
beforeEach(() => {
  onTestFailed(() =>
    console.error(
      `property tests of this run drew from seed ${PROPERTY_SEED}: repeat them with PROPERTY_SEED=${PROPERTY_SEED}`,
    ),
  )
})
