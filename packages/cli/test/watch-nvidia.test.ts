import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED } from '@chuhai/core/testing'
import { createSqliteMonitorStore } from '@chuhai/store-sqlite'
import { NVIDIA, splitNvidia } from './helpers/nvidia-split.js'
import { ingestJson, runCli, startCli, tempDir } from './helpers/run-cli.js'

interface RunJson {
  alerts: {
    watch: string
    kind: string
    publication_number: string
    date: string
    summary: string
    key: string
  }[]
  watches: { watch: string; baseline: boolean; alerts: number }[]
}

function watchRun(db: string): RunJson {
  const run = runCli(['watch', 'run', '--db', db, '--json'])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as RunJson
}

function copyDb(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(from + suffix)) {
      copyFileSync(from + suffix, to + suffix)
    }
  }
}

function count(db: string, sql: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return (conn.prepare(sql).get() as { n: number }).n
    } finally {
      conn.close()
    }
  } catch {
    return 0
  }
}

const CUTOFF = '2023-06-30'
const run = hasShared(NVIDIA) ? describe : describe.skip

run(`watch over the NVIDIA PatentsView tables ${hasShared(NVIDIA) ? '' : NO_SHARED}`, () => {
  const dir = tempDir('chuhai-watch-')
  const split = splitNvidia(dir, CUTOFF)
  const base = join(dir, 'base.db')

  it('alerts are exactly the G06N NVIDIA patents of the second part', () => {
    expect(split.expectedG06nAfter.length).toBeGreaterThan(50)
    expect(ingestJson([split.before, '--db', base]).summary.failed).toBe(0)
    const add = runCli([
      'watch',
      'add',
      '--db',
      base,
      '--name',
      'nvidia-ai',
      '--applicant',
      'NVIDIA',
      '--cpc',
      'G06N',
    ])
    expect(add.code).toBe(0)
    const first = watchRun(base)
    expect(first.alerts).toEqual([])
    expect(first.watches).toEqual([expect.objectContaining({ watch: 'nvidia-ai', baseline: true })])

    const second = ingestJson([split.after, '--db', base]).summary
    expect(second.inserted).toBe(split.afterCount)
    const fresh = join(dir, 'fresh.db')
    copyDb(base, fresh) // the state before the second run, for the kill test
    const { alerts } = watchRun(base)
    const ids = alerts.map((a) => a.publication_number).sort()
    expect(ids).toEqual(split.expectedG06nAfter)
    expect(alerts.every((a) => a.watch === 'nvidia-ai' && a.kind === 'new_publication')).toBe(true)
    expect(alerts.every((a) => a.date > CUTOFF && /^New granted patent US-/.test(a.summary))).toBe(
      true,
    )
    // Nothing new: the next run is silent, and the feed keeps every alert once.
    expect(watchRun(base).alerts).toEqual([])
    const feed = JSON.parse(runCli(['watch', 'alerts', '--db', base, '--json']).stdout) as RunJson
    expect(feed.alerts).toHaveLength(ids.length)
  })

  it('a run killed with kill -9 midway loses and duplicates nothing', async () => {
    const fresh = join(dir, 'fresh.db')
    // 60 more watches so that the run lasts long enough to be killed between two commits.
    const extra = ['G06F', 'G06T', 'G06N', 'H04L', 'G06V', 'G09G', 'H01L', 'G06K', 'G11C', 'H04N']
    const store = createSqliteMonitorStore({ path: fresh })
    for (let i = 0; i < 60; i++) {
      await store.addWatch(
        { name: `w${i}`, applicant: 'Nvidia Corp.', cpc: [extra[i % extra.length]!] },
        Date.now(),
      )
    }
    // Their baselines must see the first part only: move their cursors as if they ran before the second ingest.
    await store.close()
    const conn = new Database(fresh)
    conn.exec(`UPDATE monitor_watches SET cursor = (SELECT cursor FROM monitor_watches WHERE name = 'nvidia-ai'),
      baseline_at = last_run_at WHERE name LIKE 'w%'`)
    conn.close()
    const reference = join(dir, 'reference.db')
    copyDb(fresh, reference)
    const expected = watchRun(reference)
      .alerts.map((a) => a.key)
      .sort()
    expect(expected.length).toBeGreaterThan(split.expectedG06nAfter.length)

    let killedMidway = false
    for (let attempt = 0; attempt < 5 && !killedMidway; attempt++) {
      const crashed = join(dir, `crashed-${attempt}.db`)
      copyDb(fresh, crashed)
      const child = startCli(['watch', 'run', '--db', crashed, '--json'])
      const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, s) => r(s)))
      for (
        let i = 0;
        i < 20_000 && count(crashed, 'SELECT count(*) AS n FROM monitor_alerts') === 0;
        i++
      ) {
        await new Promise((r) => setTimeout(r, 1))
      }
      child.kill('SIGKILL')
      const signal = await exited
      // Watches this run committed: their cursor moved to the head of the change log.
      const done = count(
        crashed,
        'SELECT count(*) AS n FROM monitor_watches WHERE cursor = (SELECT max(seq) FROM monitor_changes)',
      )
      const committed = count(crashed, 'SELECT count(*) AS n FROM monitor_alerts')
      if (signal !== 'SIGKILL' || committed === 0 || committed >= expected.length) {
        continue
      }
      killedMidway = true
      expect(done).toBeGreaterThan(0)
      expect(done).toBeLessThan(61)
      const rerun = watchRun(crashed)
      const keys = rerun.alerts.map((a) => a.key).sort()
      expect(new Set(keys).size).toBe(keys.length)
      expect(keys).toEqual(expected)
      expect(count(crashed, 'SELECT count(*) AS n FROM monitor_alerts')).toBe(expected.length)
    }
    expect(killedMidway).toBe(true)
  })
})
