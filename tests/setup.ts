/**
 * Runs before every test file, in both suites. The fast suite shares modules between the files of a worker
 * (`isolate: false`), so per-test clean-up is registered here, once per file, not when a helper is imported.
 */
import { afterEach } from 'vitest'
import { cleanUpWorkspaces } from './helpers/workspace'

afterEach(cleanUpWorkspaces)
