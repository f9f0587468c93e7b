/**
 * The activity search: filters, free text, sort and paging in one SQL query (Kysely), so one organisation of
 * 400 activities and a workspace of 20,000 answer the same way. Migration 0007's indexes serve the usual
 * orders (by reference within an organisation or across all, by last change); the rows come back from SQL
 * already shaped as the API's rows, so nothing is mapped per row in JavaScript.
 *
 * Building and compiling a Kysely query costs about as much as running a small one, so each shape of search
 * (which filters, how many words, which order, paged or not) is compiled once with placeholders, and each call
 * only binds its values. With the statement cache of db/dialect.ts, SQLite does not parse it again either.
 * Shapes are kept per open workspace (db/compiled-cache.ts): their SQL is written for its engine.
 */
import { sql, type CompiledQuery, type Kysely, type RawBuilder, type SqlBool } from 'kysely'
import type {
  ActivitySearch,
  ActivitySearchResult,
  ActivitySearchRow,
  ActivitySortKey,
} from '../../../shared/schemas/activity-search'
import type { CoreContext } from '../context'
import { CompiledCache } from '../db/compiled-cache'
import type { Database } from '../db/schema'
import { caseInsensitiveLike, noLimit, type Engine } from '../db/storage'
import { notFound } from '../errors'

const childCount = (table: 'activity_purposes' | 'activity_data_categories' | 'activity_transfers') =>
  sql<number>`(SELECT count(*) FROM ${sql.table(table)} c WHERE c.activity_id = a.id)`

/** The expression each sort key orders by; `nullable` ones put activities without a value last either way. */
const SORT_BY: Record<ActivitySortKey, { by: RawBuilder<unknown>; nullable?: true }> = {
  reference: { by: sql`a.reference_key` },
  name: { by: sql`lower(a.name)` },
  organisation: { by: sql`lower(o.name)` },
  role: { by: sql`a.role` },
  status: { by: sql`a.status` },
  businessFunction: { by: sql`lower(a.business_function)`, nullable: true },
  owner: { by: sql`lower(a.owner)`, nullable: true },
  nextReviewDue: { by: sql`a.next_review_due`, nullable: true },
  updatedAt: { by: sql`a.updated_at` },
}

/** The words of the search text, each looked for on its own (so word order does not matter). */
export function searchTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .trim()
        .split(/\s+/)
        .filter((word) => word !== ''),
    ),
  ]
}

/** The values a search binds, in place of the placeholders its compiled shape holds. */
interface Values {
  organisationId: string | null
  role: string | null
  status: string | null
  businessFunction: string | null
  /** LIKE patterns, one per search word. */
  patterns: string[]
  limit: number | null
  offset: number
}

/** A placeholder in a compiled shape: Kysely passes parameter values through untouched, so it survives compiling. */
class Slot {
  constructor(
    readonly name: Exclude<keyof Values, 'patterns'> | 'pattern',
    readonly index = 0,
  ) {}
}

function bind(parameters: readonly unknown[], values: Values): unknown[] {
  return parameters.map((p) =>
    p instanceof Slot ? (p.name === 'pattern' ? values.patterns[p.index] : values[p.name]) : p,
  )
}

function valuesOf(engine: Engine, input: ActivitySearch): Values {
  return {
    organisationId: input.organisationId,
    role: input.role,
    status: input.status,
    businessFunction: input.businessFunction,
    // "%" and "_" typed by the user are text, not wildcards.
    patterns: searchTerms(input.text).map((term) => `%${term.replace(/[\\%_]/g, '\\$&')}%`),
    limit: input.limit ?? noLimit(engine),
    offset: input.offset,
  }
}

/** What decides the SQL text of a search (not its values). */
function shapeOf(input: ActivitySearch, values: Values): string {
  const has = (v: unknown) => (v === null ? '-' : '+')
  const paged = input.limit !== null || input.offset > 0
  return `${has(input.organisationId)}${has(input.role)}${has(input.status)}${has(input.businessFunction)} ${values.patterns.length} ${input.sort} ${input.direction} ${paged}`
}

/**
 * The WHERE conditions on `activities a`. The search ignores letter case for a–z only (SQLite without ICU;
 * PostgreSQL's ILIKE on the "C" collation), so other letters match as typed.
 */
function conditions(engine: Engine, input: ActivitySearch, termCount: number): RawBuilder<SqlBool> {
  const slot = (name: Slot['name'], index = 0) => new Slot(name, index) as unknown as string
  const list: RawBuilder<SqlBool>[] = []
  if (input.organisationId !== null) list.push(sql`a.organisation_id = ${slot('organisationId')}`)
  if (input.role !== null) list.push(sql`a.role = ${slot('role')}`)
  if (input.status !== null) list.push(sql`a.status = ${slot('status')}`)
  if (input.businessFunction !== null) list.push(sql`a.business_function = ${slot('businessFunction')}`)
  for (let i = 0; i < termCount; i++) {
    const like = (column: string) =>
      sql`${sql.ref(column)} ${sql.raw(caseInsensitiveLike(engine))} ${slot('pattern', i)} ESCAPE '\\'`
    list.push(
      sql`(${like('a.reference')} OR ${like('a.name')} OR ${like('a.description')} OR ${like('a.owner')})`,
    )
  }
  return list.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.join(list, sql` AND `)}`
}

interface Compiled {
  page: CompiledQuery<ActivitySearchRow>
  count: CompiledQuery<{ total: number }>
}

function compileShape(
  db: Kysely<Database>,
  engine: Engine,
  input: ActivitySearch,
  termCount: number,
): Compiled {
  const filter = conditions(engine, input, termCount)
  const { by, nullable } = SORT_BY[input.sort]
  let page = db
    .selectFrom('activities as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([
      'a.id',
      'a.organisation_id as organisationId',
      'o.name as organisationName',
      'a.reference',
      'a.name',
      'a.role',
      'a.status',
      'a.business_function as businessFunction',
      'a.owner',
      childCount('activity_purposes').as('purposeCount'),
      childCount('activity_data_categories').as('dataCategoryCount'),
      childCount('activity_transfers').as('transferCount'),
      'a.next_review_due as nextReviewDue',
      'a.updated_at as updatedAt',
    ])
    .where(filter)
  if (nullable) page = page.orderBy(sql`${by} IS NULL`)
  page = page.orderBy(sql`${by} ${sql.raw(input.direction)}`)
  // Ties fall back to the reference, then the organisation, then the id: the same input, the same order.
  if (input.sort !== 'reference') page = page.orderBy(sql`a.reference_key`)
  page = page
    .orderBy(sql`a.reference`)
    .orderBy(sql`lower(o.name)`)
    .orderBy('a.id')
  if (input.limit !== null || input.offset > 0)
    page = page.limit(new Slot('limit') as unknown as number).offset(new Slot('offset') as unknown as number)
  const count = db
    .selectFrom('activities as a')
    .select(sql<number>`count(*)`.as('total'))
    .where(filter)
  return { page: page.compile() as CompiledQuery<ActivitySearchRow>, count: count.compile() }
}

const shapes = new CompiledCache<Compiled>(200)

/**
 * The two statements of a search, with its values bound: the page of rows, and the number of all matches
 * (run only when the page does not tell). Exported so the benchmark runs exactly this SQL as a raw statement.
 */
export function compileActivitySearch(db: Kysely<Database>, engine: Engine, input: ActivitySearch): Compiled {
  const values = valuesOf(engine, input)
  const shape = shapes.get(db, shapeOf(input, values), () =>
    compileShape(db, engine, input, values.patterns.length),
  )
  return {
    page: { ...shape.page, parameters: bind(shape.page.parameters, values) },
    count: { ...shape.count, parameters: bind(shape.count.parameters, values) },
  }
}

/** Whether the page alone tells how many activities match, so the count query can be skipped. */
export function pageTellsTotal(input: ActivitySearch, rows: number): boolean {
  if (input.limit !== null && rows >= input.limit) return false
  return rows > 0 || input.offset === 0
}

export async function searchActivities(
  ctx: CoreContext,
  input: ActivitySearch,
): Promise<ActivitySearchResult> {
  const { page, count } = compileActivitySearch(ctx.db, ctx.storage.engine, input)
  const { rows } = await ctx.db.executeQuery(page)
  // An unknown organisation is told apart from one without matches only when nothing matched: no extra query otherwise.
  if (rows.length === 0 && input.organisationId !== null) {
    const found = await ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', input.organisationId)
      .executeTakeFirst()
    if (!found) throw notFound('The organisation')
  }
  const total = pageTellsTotal(input, rows.length)
    ? input.offset + rows.length
    : (await ctx.db.executeQuery(count)).rows[0].total
  return { total, activities: rows }
}
