import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/schemas/settings'
import type { CoreContext } from '../context'
import type { Handlers } from '../handler'
import { mutate } from '../history/mutate'

export async function getSettings(db: CoreContext['db']): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute()
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value_json)]))
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored })
  return parsed.success ? parsed.data : DEFAULT_SETTINGS
}

export async function updateSettings(ctx: CoreContext, settings: Settings): Promise<Settings> {
  return mutate(ctx, async (tx) => {
    const before = await getSettings(tx.db as CoreContext['db'])
    for (const [key, value] of Object.entries(settings)) {
      await tx.db
        .insertInto('settings')
        .values({ key, value_json: JSON.stringify(value), updated_at: tx.at })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value_json: JSON.stringify(value), updated_at: tx.at }),
        )
        .execute()
    }
    await tx.record({
      organisationId: null,
      entity: 'settings',
      entityId: 'workspace',
      operation: 'update',
      before,
      after: settings,
    })
    return settings
  })
}

export const settingsHandlers: Handlers<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => getSettings(ctx.db),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
}
