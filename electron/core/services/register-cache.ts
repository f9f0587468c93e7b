/**
 * Values computed from one organisation's register (its finding counts, its portfolio row), kept between
 * requests until the change history says that organisation changed.
 *
 * The key is read from the database on every call, never trusted from this process: the chain head (its last
 * id and hash, migration 0012) is the last thing every write moves, on either engine, and its ids follow the
 * commit order (history/mutate.ts), so the change records after the head a value was computed at name exactly
 * the organisations that may differ since. Another process writing (the CLI on the same file, a colleague on
 * the team database) is seen the same way as this one. A history that does not continue the one seen (a
 * restored backup, another workspace copied in) drops everything.
 */
import type { CoreContext } from '../context'
import type { Workspace } from '../db/workspace'

/** A point of the change history: the head's last record. */
export interface ChangeMark {
  id: number
  hash: string | null
}

/**
 * Change records without an organisation that still touch organisations' rows: library entries link and
 * unlink catalogue entries (library_entry_id, and its ON DELETE SET NULL) without a record per organisation.
 * Settings, import mappings, templates and vendors (a vendor reaches a party only through a push, which
 * records the party) change no register. A restored backup ('workspace') brings back other registers.
 */
const TOUCHES_EVERY_ORGANISATION = ['libraryEntry', 'workspace']

/** Change records of an organisation that change no register: an export's record (an export reads, and records that it did). */
const LEAVES_THE_REGISTER = ['exportRecord']

export async function readChangeMark(db: CoreContext['db']): Promise<ChangeMark | null> {
  const row = await db
    .selectFrom('change_chain_head')
    .select(['last_id', 'last_hash'])
    .where('id', '=', 1)
    .executeTakeFirst()
  return row ? { id: Number(row.last_id ?? 0), hash: row.last_hash } : null
}

/** The organisations whose registers may differ between `since` and `now`; 'all' when the history is not a continuation of `since`. */
export async function organisationsChangedSince(
  db: CoreContext['db'],
  since: ChangeMark,
  now: ChangeMark,
): Promise<Set<string> | 'all'> {
  if (now.id === since.id) return now.hash === since.hash ? new Set() : 'all'
  if (now.id < since.id) return 'all'
  if (since.id > 0) {
    const seen = await db.selectFrom('changes').select('hash').where('id', '=', since.id).executeTakeFirst()
    if (!seen || seen.hash !== since.hash) return 'all'
  }
  const rows = await db
    .selectFrom('changes')
    .select(['organisation_id', 'entity'])
    .distinct()
    .where('id', '>', since.id)
    .where('id', '<=', now.id)
    .execute()
  const changed = new Set<string>()
  for (const row of rows) {
    if (row.organisation_id !== null) {
      if (!LEAVES_THE_REGISTER.includes(row.entity)) changed.add(row.organisation_id)
    } else if (TOUCHES_EVERY_ORGANISATION.includes(row.entity)) return 'all'
  }
  return changed
}

interface State<V> {
  mark: ChangeMark
  /** What else the values depend on (the day, a setting): another variant starts afresh. */
  variant: string
  values: Map<string, V>
}

export interface RegisterCacheOptions<V> {
  /** Keep at most this many organisations' values, the most recently asked for. */
  limit?: number
  /** Keep only values this accepts (a large register's are computed each time, not held). */
  keepIf?: (value: V) => boolean
}

export class RegisterCache<V> {
  private readonly states = new WeakMap<Workspace, State<V>>()

  constructor(private readonly options: RegisterCacheOptions<V> = {}) {}

  /**
   * The values of `organisationIds`, computed by `compute` for those that changed since they were kept (or
   * were never kept). The mark is read before computing: a write while computing leaves its record after the
   * mark, so the next call computes that organisation again.
   */
  async get(
    ctx: CoreContext,
    variant: string,
    organisationIds: string[],
    compute: (organisationId: string) => Promise<V>,
  ): Promise<Map<string, V>> {
    const mark = await readChangeMark(ctx.db)
    const previous = this.states.get(ctx.storage)
    let stale: Set<string> | 'all' = 'all'
    if (mark && previous && previous.variant === variant)
      stale = await organisationsChangedSince(ctx.db, previous.mark, mark)
    const values = new Map<string, V>()
    for (const id of organisationIds) {
      const kept = stale === 'all' || stale.has(id) ? undefined : previous?.values.get(id)
      values.set(id, kept !== undefined ? kept : await compute(id))
    }
    if (mark) this.keep(ctx.storage, { mark, variant, values: this.merge(previous, variant, stale, values) })
    return values
  }

  /** The kept values of organisations not asked for this time stay, unless they changed. */
  private merge(
    previous: State<V> | undefined,
    variant: string,
    stale: Set<string> | 'all',
    fresh: Map<string, V>,
  ): Map<string, V> {
    const { limit = Infinity, keepIf = () => true } = this.options
    // The ones just asked for first, so a limit drops those asked for longest ago.
    const merged = new Map([...fresh].filter(([, value]) => keepIf(value)))
    if (previous && previous.variant === variant && stale !== 'all') {
      for (const [id, value] of previous.values) if (!merged.has(id) && !stale.has(id)) merged.set(id, value)
    }
    return merged.size <= limit ? merged : new Map([...merged].slice(0, limit))
  }

  /** Calls may overlap: the one that read the later mark wins, so no value older than its mark is kept. */
  private keep(workspace: Workspace, next: State<V>) {
    const current = this.states.get(workspace)
    if (current && current.variant === next.variant && current.mark.id > next.mark.id) return
    this.states.set(workspace, next)
  }
}
