/**
 * The benchmark's workspaces, generated deterministically (tests/fixtures/generate-register.ts):
 * a consultant's workspace of 50 organisations × 400 activities, and one organisation of 20,000 activities
 * (the largest register one export or one table must handle). Built through the import service, one
 * transaction per organisation, exactly as `ropa import` would.
 */
import fs from 'node:fs'
import { openBackend, type Backend } from '../../electron/core/backend'
import { importRegister } from '../../electron/core/services/register'
import { generateRegister } from '../../tests/fixtures/generate-register'
import { progress } from './measure'

export const ORGANISATIONS = 50
export const ACTIVITIES_PER_ORGANISATION = 400
export const LARGE_REGISTER = ORGANISATIONS * ACTIVITIES_PER_ORGANISATION

export const organisationName = (i: number) => `Client ${String(i + 1).padStart(2, '0')} Oy`

/** A backend on `file` with a fixed actor and no error logging, as the benchmark uses it. */
export function openBench(file: string): Promise<Backend> {
  return openBackend(file, { actor: 'bench', logError: () => {} })
}

export interface Built {
  file: string
  /** Seconds spent building it, or null when an existing file was reused. */
  seconds: number | null
}

/** 50 organisations of 400 activities each (seeds 1–50). */
export async function buildConsultantWorkspace(file: string): Promise<Built> {
  if (fs.existsSync(file)) return { file, seconds: null }
  const backend = await openBench(`${file}.part`)
  const start = performance.now()
  try {
    for (let i = 0; i < ORGANISATIONS; i++) {
      await importRegister(
        backend.ctx,
        generateRegister({ activities: ACTIVITIES_PER_ORGANISATION, seed: i + 1, name: organisationName(i) }),
      )
      if ((i + 1) % 10 === 0) progress(`  ${i + 1}/${ORGANISATIONS} organisations imported`)
    }
  } finally {
    await backend.close()
  }
  const seconds = (performance.now() - start) / 1000
  fs.renameSync(`${file}.part`, file)
  return { file, seconds }
}

/** One organisation holding all 20,000 activities. */
export async function buildLargeWorkspace(file: string): Promise<Built> {
  if (fs.existsSync(file)) return { file, seconds: null }
  const backend = await openBench(`${file}.part`)
  const start = performance.now()
  try {
    await importRegister(
      backend.ctx,
      generateRegister({ activities: LARGE_REGISTER, seed: 1000, name: 'Large Register Oy' }),
    )
  } finally {
    await backend.close()
  }
  const seconds = (performance.now() - start) / 1000
  fs.renameSync(`${file}.part`, file)
  return { file, seconds }
}
