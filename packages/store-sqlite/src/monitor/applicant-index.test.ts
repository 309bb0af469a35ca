import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { ApplicantResolver, defaultAliases } from '@chuhai/core/monitor'
import { buildPatentRecord } from '@chuhai/core/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../connection.js'
import { createSqliteStore } from '../sqlite-patent-store.js'
import { createSqliteMonitorStore } from './sqlite-monitor-store.js'
import { refreshApplicantIndex } from './applicant-index.js'

const dir = mkdtempSync(join(tmpdir(), 'chuhai-applicants-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const parties = (name: string) => ({
  applicants: [],
  assignees: [{ name, kind: 'organization' as const }],
  inventors: [],
  agents: [],
  examiners: [],
})

async function storeWith(path: string, names: readonly string[]): Promise<void> {
  const patents = createSqliteStore({ path })
  // The monitor schema (applicant index tables) comes with the monitor store.
  await createSqliteMonitorStore({ path }).close()
  await patents.upsert(
    names.map((name, i) =>
      buildPatentRecord({
        id: `US-${10_000_000 + i}-B2`,
        publication: {
          country: 'US',
          number: String(10_000_000 + i),
          kind: 'B2',
          date: '2020-01-07',
        },
        parties: parties(name),
      }),
    ),
  )
  await patents.close()
}

const stored = (path: string): number => {
  const db = new Database(path, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM monitor_applicant_names').get() as { n: number })
      .n
  } finally {
    db.close()
  }
}

describe('refreshApplicantIndex', () => {
  it('resolves from a read snapshot while another connection holds the write lock, and stores the names later', async () => {
    const path = join(dir, 'busy.db')
    await storeWith(path, ['NVIDIA Corporation', 'Nvidia Corp.', 'Unitree Robotics Co., Ltd.'])
    const base = new ApplicantResolver(defaultAliases())

    const writer = new Database(path)
    writer.exec('BEGIN IMMEDIATE')
    const reader = openDatabase({ path })
    reader.pragma('busy_timeout = 20')
    try {
      const resolver = refreshApplicantIndex(reader, base)
      const a = resolver.assign('NVIDIA Corporation')
      expect(resolver.assign('Nvidia Corp.').entity).toBe(a.entity)
      expect(resolver.assign('Unitree Robotics Co., Ltd.').entity).not.toBe(a.entity)
      expect(stored(path)).toBe(0)
    } finally {
      writer.exec('ROLLBACK')
      writer.close()
    }

    const resolver = refreshApplicantIndex(reader, base)
    reader.close()
    expect(resolver.assign('Nvidia Corp.').entity).toBe(
      resolver.assign('NVIDIA Corporation').entity,
    )
    expect(stored(path)).toBe(3)
  })

  it('still reports errors other than a held lock', () => {
    const db = openDatabase({ path: ':memory:' })
    expect(() => refreshApplicantIndex(db, new ApplicantResolver(defaultAliases()))).toThrow(
      /no such table/u,
    )
    db.close()
  })
})
