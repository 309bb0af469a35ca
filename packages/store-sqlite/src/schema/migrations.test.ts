import Database from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SqliteDb } from '../driver.js'
import { migrate, pendingMigrations, schemaVersion, type Migration } from './migrations.js'

const step = (version: number, table: string): Migration => ({
  version,
  name: `create-${table}`,
  sql: `CREATE TABLE ${table} (id INTEGER PRIMARY KEY);`,
})

function tempDb(): SqliteDb {
  return new Database(join(mkdtempSync(join(tmpdir(), 'chuhai-migrate-')), 'm.db'))
}

const tables = (db: SqliteDb): string[] =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name)

describe('migrate', () => {
  it('applies a step numbered below steps the database already has', () => {
    const db = tempDb()
    expect(migrate(db, [step(1, 't_a'), step(20, 't_c')])).toEqual(['create-t_a', 'create-t_c'])
    // A later release adds step 10 to an area block below 20.
    const later = [step(1, 't_a'), step(10, 't_b'), step(20, 't_c')]
    expect(pendingMigrations(db, later)).toEqual(['create-t_b'])
    expect(migrate(db, later)).toEqual(['create-t_b'])
    expect(tables(db)).toEqual(['t_a', 't_b', 't_c'])
    expect(schemaVersion(db)).toBe(20)
    // A lower step missing under a lowered user_version: it runs, and user_version is the top again.
    db.exec(
      'DROP TABLE t_b; DELETE FROM schema_migrations WHERE version = 10; PRAGMA user_version = 1',
    )
    expect(migrate(db, later)).toEqual(['create-t_b'])
    expect(schemaVersion(db)).toBe(20)
    expect(migrate(db, later)).toEqual([])
    expect(pendingMigrations(db, later)).toEqual([])
  })

  it('treats every step up to user_version as applied in a database from before tracking', () => {
    const db = tempDb()
    db.exec('CREATE TABLE t_a (id INTEGER PRIMARY KEY); PRAGMA user_version = 1')
    const steps = [step(1, 't_a'), step(2, 't_b')]
    expect(pendingMigrations(db, steps)).toEqual(['create-t_b'])
    expect(migrate(db, steps)).toEqual(['create-t_b'])
    const recorded = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all()
    expect(recorded).toEqual([
      { version: 1, name: 'create-t_a' },
      { version: 2, name: 'create-t_b' },
    ])
  })

  it('rolls a failing step back, names it, and keeps the steps before it', () => {
    const db = tempDb()
    const bad: Migration = { version: 2, name: 'broken-step', sql: 'CREATE TABLE t_x (' }
    expect(() => migrate(db, [step(1, 't_a'), bad])).toThrow(/broken-step/)
    expect(tables(db)).toEqual(['t_a'])
    expect(pendingMigrations(db, [step(1, 't_a'), bad])).toEqual(['broken-step'])
  })
})
