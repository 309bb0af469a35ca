import {
  createError,
  type DocketEvent,
  type DocketStore,
  type Matter,
  type NewDocketEvent,
  type NewMatter,
} from '@chuhai/core'
import { Kysely, SqliteDialect } from 'kysely'
import { openDatabase, type SqliteStoreOptions } from './connection.js'
import type { SqliteDb } from './driver.js'
import { createStoreError } from './errors.js'
import { orNull, toEvent, toMatter } from './read/docket-rows.js'
import type { DocketDatabase } from './schema/docket-tables.js'
import { migrate, SCHEMA_VERSION, schemaVersion } from './schema/migrations.js'

/**
 * Opens (and migrates, unless read-only) the docket in a Chuhai SQLite database: the same file as
 * the patents (`chuhai.db`), the same migrations.
 * @example
 * const docket = createSqliteDocketStore({ path: 'chuhai.db' })
 * await docket.addMatter({ family: 'F1', office: 'CN', title: '…', core: true, targets: [] })
 */
export function createSqliteDocketStore(options: SqliteStoreOptions): SqliteDocketStore {
  const db = openDatabase(options)
  try {
    if (options.readonly && schemaVersion(db) < SCHEMA_VERSION) {
      throw createStoreError('STORE_SCHEMA_OUTDATED', schemaVersion(db), SCHEMA_VERSION)
    }
    if (!options.readonly) {
      migrate(db)
    }
    return new SqliteDocketStore(db)
  } catch (error) {
    db.close()
    throw error
  }
}

/** `DocketStore` on better-sqlite3 through Kysely (ADR 0007). */
export class SqliteDocketStore implements DocketStore {
  readonly id = 'sqlite'
  readonly #db: SqliteDb
  readonly #kysely: Kysely<DocketDatabase>

  /** Use `createSqliteDocketStore`, which opens and migrates the database. */
  constructor(db: SqliteDb) {
    this.#db = db
    this.#kysely = new Kysely<DocketDatabase>({ dialect: new SqliteDialect({ database: db }) })
  }

  async addMatter(input: NewMatter): Promise<Matter> {
    const { next } = await this.#read()
      .selectFrom('docket_matters')
      .select((eb) => eb.fn.coalesce(eb.fn.max('seq'), eb.lit(0)).as('next'))
      .executeTakeFirstOrThrow()
    const seq = Number(next) + 1
    const id = input.id ?? `M${seq}`
    if (await this.getMatter(id)) {
      throw createError('DOCKET_DUPLICATE_MATTER', id)
    }
    const matter: Matter = { ...input, id, targets: [...input.targets] }
    await this.#kysely
      .insertInto('docket_matters')
      .values({
        id,
        seq,
        family: matter.family,
        office: matter.office,
        title: matter.title,
        application_number: orNull(matter.applicationNumber),
        filing_date: orNull(matter.filingDate),
        priority_date: orNull(matter.priorityDate),
        core: matter.core ? 1 : 0,
        targets: JSON.stringify(matter.targets),
      })
      .execute()
    return matter
  }

  async getMatter(id: string): Promise<Matter | undefined> {
    const row = await this.#read()
      .selectFrom('docket_matters')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? toMatter(row) : undefined
  }

  async listMatters(): Promise<Matter[]> {
    const rows = await this.#read()
      .selectFrom('docket_matters')
      .selectAll()
      .orderBy('seq')
      .execute()
    return rows.map(toMatter)
  }

  async addEvent(input: NewDocketEvent): Promise<DocketEvent> {
    if (!(await this.getMatter(input.matterId))) {
      const known = (await this.listMatters()).map((m) => m.id)
      throw createError('DOCKET_UNKNOWN_MATTER', input.matterId, known)
    }
    const { next } = await this.#read()
      .selectFrom('docket_events')
      .select((eb) => eb.fn.coalesce(eb.fn.max('seq'), eb.lit(0)).as('next'))
      .executeTakeFirstOrThrow()
    const seq = Number(next) + 1
    const event: DocketEvent = { ...input, id: `E${seq}` }
    await this.#kysely
      .insertInto('docket_events')
      .values({
        id: event.id,
        seq,
        matter_id: event.matterId,
        type: event.type,
        date: event.date,
        response_months: orNull(event.responseMonths),
        due: orNull(event.due),
        note: orNull(event.note),
      })
      .execute()
    return event
  }

  async listEvents(matterId?: string): Promise<DocketEvent[]> {
    let query = this.#read().selectFrom('docket_events').selectAll()
    if (matterId !== undefined) {
      query = query.where('matter_id', '=', matterId)
    }
    const rows = await query.orderBy('date').orderBy('seq').execute()
    return rows.map(toEvent)
  }

  async close(): Promise<void> {
    if (this.#db.open) {
      await this.#kysely.destroy()
    }
  }

  #read(): Kysely<DocketDatabase> {
    if (!this.#db.open) {
      throw createStoreError('STORE_CLOSED')
    }
    return this.#kysely
  }
}
