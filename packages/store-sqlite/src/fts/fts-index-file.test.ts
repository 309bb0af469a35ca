import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recordAt } from '@chuhai/core/testing'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../connection.js'
import { migrate } from '../schema/migrations.js'
import { createSqliteStore, SqlitePatentStore } from '../sqlite-patent-store.js'
import type { FtsSink } from './fts-sink.js'
import { ftsFilePath } from './fts-file.js'
import { FtsSnippets } from './fts-snippets.js'

const dir = mkdtempSync(join(tmpdir(), 'chuhai-fts-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const tempPath = (): string => join(dir, `store-${++files}.db`)

const robot = recordAt('US-10000001-B2', '2018-06-19', {
  abstracts: [{ lang: 'en', text: 'The robot balances its accumulators.' }],
})
const drone = recordAt('US-10000002-B2', '2018-06-19', {
  abstracts: [{ lang: 'en', text: 'A drone hovers over charging stations.' }],
})

/** A sink that loses everything, as an index writer killed before its commit would. */
const lostSink: FtsSink = {
  push: () => undefined,
  ready: () => Promise.resolve(),
  drain: () => Promise.resolve(),
  close: () => Promise.resolve(),
}

/** Writes `records` through a store whose index writes never land, then drops the connection. */
async function writeWithoutIndex(
  path: string,
  records: Parameters<SqlitePatentStore['upsert']>[0],
) {
  const db = openDatabase({ path })
  const store = new SqlitePatentStore(db, migrate(db), lostSink)
  await store.upsert(records)
  expect(await store.matchIds('robot OR drone')).toEqual([])
  db.close() // no store.close(): nothing catches up
}

function rawCount(path: string, sql: string): number {
  const db = new Database(path, { readonly: true })
  try {
    return (db.prepare(sql).get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('the full-text index file (ADR 0018)', () => {
  it('keeps the index in its own file and the main file free of FTS tables', async () => {
    const path = tempPath()
    const store = createSqliteStore({ path })
    await store.upsert([robot, drone])
    expect(await store.matchIds('accumulator')).toEqual([robot.id])
    await store.close()
    expect(existsSync(ftsFilePath(path))).toBe(true)
    expect(
      rawCount(path, "SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'patent_fts%'"),
    ).toBe(0)
    expect(rawCount(ftsFilePath(path), 'SELECT count(*) AS n FROM patent_fts')).toBe(2)
    expect(rawCount(path, 'SELECT count(*) AS n FROM fts_log')).toBe(0)
  })

  it('applies index work lost in a crash when the store is next opened', async () => {
    const path = tempPath()
    await writeWithoutIndex(path, [robot, drone])
    expect(rawCount(path, 'SELECT count(*) AS n FROM fts_log')).toBe(1)
    const store = createSqliteStore({ path })
    expect(await store.matchIds('accumulator OR drone')).toHaveLength(2)
    await store.checkIntegrity()
    await store.close()
    expect(rawCount(path, 'SELECT count(*) AS n FROM fts_log')).toBe(0)
  })

  it('applies lost removals and replacements too, in order', async () => {
    const path = tempPath()
    const first = createSqliteStore({ path })
    await first.upsert([robot, drone])
    await first.close()
    const changed = {
      ...robot,
      abstracts: [{ lang: 'en', text: 'A gripper picks parcels.' }],
      source: { ...robot.source, produced: '2019-01-01' },
    }
    const db = openDatabase({ path })
    const store = new SqlitePatentStore(db, migrate(db), lostSink)
    await store.upsert([changed])
    await store.remove([drone.id])
    db.close()
    const reopened = createSqliteStore({ path })
    expect(await reopened.matchIds('gripper')).toEqual([robot.id])
    expect(await reopened.matchIds('accumulator OR drone')).toEqual([])
    await reopened.checkIntegrity()
    await reopened.close()
  })

  it('rebuilds a deleted index file from the stored text', async () => {
    const path = tempPath()
    const store = createSqliteStore({ path })
    await store.upsert([robot, drone])
    await store.close()
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(`${ftsFilePath(path)}${suffix}`, { force: true })
    }
    const reopened = createSqliteStore({ path })
    expect(await reopened.matchIds('accumulator OR drone')).toHaveLength(2)
    await reopened.checkIntegrity()
    await reopened.close()
  })

  it('rebuilds an index file that belongs to another main file or is ahead of it', async () => {
    const a = tempPath()
    const b = tempPath()
    const storeA = createSqliteStore({ path: a })
    await storeA.upsert([robot])
    await storeA.close()
    const storeB = createSqliteStore({ path: b })
    await storeB.upsert([drone])
    await storeB.close()
    // B's index next to A's main file: another main file's index.
    copyFileSync(ftsFilePath(b), ftsFilePath(a))
    const mixed = createSqliteStore({ path: a })
    expect(await mixed.matchIds('accumulator OR drone')).toEqual([robot.id])
    await mixed.checkIntegrity()
    await mixed.close()

    // A main file restored from a backup taken before later writes: its index is ahead of it.
    const backup = `${a}.bak`
    copyFileSync(a, backup)
    const later = createSqliteStore({ path: a })
    await later.upsert([drone])
    await later.close()
    copyFileSync(backup, a)
    const restored = createSqliteStore({ path: a })
    expect(await restored.matchIds('accumulator OR drone')).toEqual([robot.id])
    await restored.upsert([drone])
    expect(await restored.matchIds('drone')).toEqual([drone.id])
    await restored.checkIntegrity()
    await restored.close()
  })

  it('reports an index that no longer lists exactly the stored publications', async () => {
    const path = tempPath()
    const store = createSqliteStore({ path })
    await store.upsert([robot, drone])
    const db = new Database(ftsFilePath(path))
    db.prepare('DELETE FROM patent_fts WHERE rowid = (SELECT min(rowid) FROM patent_fts)').run()
    db.close()
    await expect(store.checkIntegrity()).rejects.toThrow(/1 missing, 0 not stored/)
    await store.close()
  })

  it('holds no copy of the text, and still cuts snippets from the stored text', async () => {
    const path = tempPath()
    const store = createSqliteStore({ path })
    await store.upsert([robot, drone])
    await store.close()
    const db = new Database(ftsFilePath(path), { readonly: true })
    const contents = db
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'patent_fts_content'")
      .get() as { n: number }
    db.close()
    expect(contents.n).toBe(0)
    const reader = openDatabase({ path, readonly: true })
    const doc = (
      reader.prepare('SELECT doc FROM publications WHERE id = ?').get(robot.id) as {
        doc: number
      }
    ).doc
    const rows = new FtsSnippets(reader).snippets('accumulators', [doc], [1], '[', ']')
    expect(rows).toEqual([{ doc, s0: 'The robot balances its [accumulators].' }])
    // The private table is emptied after each call: the next page starts clean.
    expect(new FtsSnippets(reader).snippets('robot', [doc], [1], '<', '>')).toEqual([
      { doc, s0: 'The <robot> balances its accumulators.' },
    ])
    reader.close()
  })

  it('lets a read-only connection search the index', async () => {
    const path = tempPath()
    const store = createSqliteStore({ path })
    await store.upsert([robot])
    await store.close()
    const reader = createSqliteStore({ path, readonly: true })
    expect(await reader.matchIds('accumulator')).toEqual([robot.id])
    await reader.close()
  })
})
