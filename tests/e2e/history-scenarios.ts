/**
 * Workspaces with a history written by several people over several months, made before `ropa serve` opens
 * them. Each step runs through the real API as another user (the actor) at another moment (the clock), as
 * if colleagues had worked on a shared workspace file over time; no change record is written by hand.
 * Run by tsx in a child process (`node --import tsx history-scenarios.ts <scenario> <file>`): the core
 * reads JSON modules that Playwright's own loader does not.
 */
import { openBackend } from '../../electron/core/backend'
import { createClient, type Client } from '../../shared/api/client'
import { richRegister } from '../fixtures/rich-register'
import { activityByReference, fieldsOf } from './history-helpers'

interface Step {
  actor: string
  at: string
  run(client: Client): Promise<void>
}

async function writeHistory(file: string, steps: Step[]): Promise<void> {
  for (const step of steps) {
    const backend = await openBackend(file, { actor: step.actor, clock: () => new Date(step.at) })
    try {
      await step.run(createClient(backend.dispatch))
    } finally {
      await backend.close()
    }
  }
}

let organisationId = ''
const imported: Step = {
  actor: 'anna.virtanen',
  at: '2026-03-02T08:15:00Z',
  run: async (client) => {
    organisationId = (await client.call('register.import', { document: richRegister() })).organisationId
  },
}

/** On 14 April Mikko shortens the retention of contact details in PA-01 Payroll and moves CloudCo to Ireland. */
const aprilEdits: Step = {
  actor: 'mikko.laine',
  at: '2026-04-14T10:22:00Z',
  run: async (client) => {
    const payroll = await activityByReference(client, organisationId, 'PA-01')
    const fields = fieldsOf(payroll)
    fields.dataCategories = fields.dataCategories.map((d, i) =>
      i === 0 ? { ...d, retention: '3 years after employment ends', retentionMonths: 36 } : d,
    )
    await client.call('activities.update', { id: payroll.id, activity: fields })
    const cloud = (await client.call('parties.list', { organisationId })).find(
      (p) => p.name === 'CloudCo Inc.',
    )!
    const { id, organisationId: _o, activityCount: _a, ...entry } = cloud
    await client.call('parties.update', { id, entry: { ...entry, country: 'IE', dpfCertified: false } })
  },
}

const SCENARIOS: Record<string, Step[]> = {
  /** Nordic Bakery's register imported by Anna on 2 March 2026. */
  imported: [imported],
  /** The same, then Mikko's edits of 14 April. */
  bakery: [imported, aprilEdits],
}

const [scenario, file] = process.argv.slice(2)
if (!SCENARIOS[scenario] || !file)
  throw new Error(`usage: history-scenarios.ts ${Object.keys(SCENARIOS).join('|')} FILE`)
await writeHistory(file, SCENARIOS[scenario])
