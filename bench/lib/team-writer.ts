/**
 * One consultant of the team benchmark, in a process of its own (as each consultant's app is): opens the
 * workspace with its own connection, waits for the start, then creates and edits activities of its own client
 * through the API (dispatch), timing every call. Reports each acknowledged write, so the coordinator can check
 * that none was lost.
 */
import { openBackend } from '../../electron/core/backend'
import type { Result } from '../../shared/api'
import { createClient } from '../../shared/api/client'
import type { Activity } from '../../shared/schemas/activity'

interface Start {
  location: string
  actor: string
  organisationId: string
  writes: number
}

const send = (message: unknown) => process.send!(message)

process.once('message', async (start: Start) => {
  const backend = await openBackend(start.location, { actor: start.actor, logError: () => {} })
  const client = createClient(backend.dispatch)
  send({ kind: 'ready' })
  await new Promise((resolve) => process.once('message', resolve))
  const latencies: number[] = []
  const acknowledged: { id: string; name: string }[] = []
  let failures = 0
  const begin = performance.now()
  let current: { id: string; updatedAt: string; n: number } | null = null
  for (let i = 0; i < start.writes; i++) {
    const t0 = performance.now()
    // Alternately a new activity and an edit of the last one (naming the version it read: no blind overwrite).
    const result: Result<Activity> = current
      ? await client.invoke('activities.update', {
          id: current.id,
          activity: {
            reference: `${start.actor}-${current.n}`,
            name: `Activity ${current.n} (edited by ${start.actor})`,
            role: 'controller',
          },
          expectedUpdatedAt: current.updatedAt,
        })
      : await client.invoke('activities.create', {
          organisationId: start.organisationId,
          activity: { reference: `${start.actor}-${i}`, name: `Activity ${i}`, role: 'controller' },
        })
    latencies.push(performance.now() - t0)
    if (result.ok) {
      acknowledged.push({ id: result.value.id, name: result.value.name })
      current = current ? null : { id: result.value.id, updatedAt: result.value.updatedAt, n: i }
    } else {
      failures++
      current = null
    }
  }
  const ms = performance.now() - begin
  await backend.close()
  send({ kind: 'done', latencies, acknowledged, failures, ms })
})
