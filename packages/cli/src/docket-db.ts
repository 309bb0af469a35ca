import { existsSync } from 'node:fs'
import type { DocketEvent, DocketStore, Matter } from '@chuhai/core'
import { createSqliteDocketStore } from '@chuhai/store-sqlite'
import { databasePath } from './db.js'

/** Opens the docket in the database (created and migrated when new). */
export function openDocket(option: string | undefined): DocketStore {
  return createSqliteDocketStore({ path: databasePath(option) })
}

/** Reads every matter and event; an absent database is an empty docket (no file is created). */
export async function readDocket(
  option: string | undefined,
): Promise<{ matters: Matter[]; events: DocketEvent[] }> {
  const path = databasePath(option)
  if (!existsSync(path)) {
    return { matters: [], events: [] }
  }
  const store = createSqliteDocketStore({ path })
  try {
    return { matters: await store.listMatters(), events: await store.listEvents() }
  } finally {
    await store.close()
  }
}
