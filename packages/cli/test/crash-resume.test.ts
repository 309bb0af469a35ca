import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createSqliteStore } from '@chuhai/store-sqlite'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED } from '@chuhai/core/testing'
import { ingestJson, startCli, tempDir } from './helpers/run-cli.js'

const builder = resolve(import.meta.dirname, '../../../bench/ingest/build-weekly.mjs')

/** Publication ids stored in a database, sorted, and whether any id appears twice. */
function storedIds(db: string): string[] {
  const conn = new Database(db, { readonly: true })
  try {
    return (conn.prepare('select id from publications order by id').all() as { id: string }[]).map(
      (r) => r.id,
    )
  } finally {
    conn.close()
  }
}

function countNow(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return (conn.prepare('select count(*) as n from publications').get() as { n: number }).n
    } finally {
      conn.close()
    }
  } catch {
    return 0
  }
}

const run = hasShared('data/PatentsView-DB') ? describe : describe.skip

run(`ingest survives kill -9 ${hasShared('data/PatentsView-DB') ? '' : NO_SHARED}`, () => {
  it('after kill -9 midway, the next run completes with no duplicate and no loss', async () => {
    const dir = tempDir()
    const xml = join(dir, 'weekly.xml')
    execFileSync(process.execPath, [builder, xml, '40'])
    // Reference: a clean, uninterrupted ingest.
    const clean = join(dir, 'clean.db')
    const first = ingestJson([xml, '--db', clean, '--batch-size', '25'])
    expect(first.summary.failed).toBe(0)
    const expected = storedIds(clean)
    expect(expected.length).toBeGreaterThan(400)

    const crashed = join(dir, 'crashed.db')
    const child = startCli(['ingest', xml, '--db', crashed, '--batch-size', '25', '--json'])
    const exited = new Promise<NodeJS.Signals | null>((r) =>
      child.on('exit', (_code, signal) => r(signal)),
    )
    let seen = 0
    for (let i = 0; i < 6000 && seen < 50; i++) {
      await new Promise((r) => setTimeout(r, 5))
      seen = countNow(crashed)
    }
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    const partial = countNow(crashed)
    expect(partial).toBeGreaterThan(0)
    expect(partial).toBeLessThan(expected.length)

    const resumed = ingestJson([xml, '--db', crashed, '--batch-size', '25'])
    expect(resumed.summary.failed).toBe(0)
    const ids = storedIds(crashed)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expected)
    // The resumed run wrote only what the killed one had not committed.
    expect(resumed.summary.inserted).toBe(expected.length - partial)
    // The full-text index file (written by its own thread, ADR 0018) holds exactly the stored
    // text: one row per publication, none lost or doubled by the kill.
    const matches = async (db: string): Promise<string[]> => {
      const store = createSqliteStore({ path: db })
      try {
        await store.checkIntegrity()
        return (await store.matchIds('method OR apparatus OR system', 10_000)).sort()
      } finally {
        await store.close()
      }
    }
    const found = await matches(crashed)
    expect(found.length).toBeGreaterThan(expected.length / 2)
    expect(found).toEqual(await matches(clean))
  })
})
