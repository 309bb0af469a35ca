import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { parseXmlTree } from '@chuhai/core'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
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

  it('a landscape report of the NVIDIA set renders with its charts (HTML, SVG, PNG, CSV, XLSX)', async () => {
    // Independent counts from the CSV: issued patents per grant year (the set has no filing dates).
    const rows = parse<Record<string, string>>(
      readFileSync(sharedPath(`${NVIDIA}/nvidia_patent.csv`), 'utf8'),
      { columns: true },
    )
    const perYear = new Map<string, number>()
    for (const r of rows.filter((x) => x.withdrawn === '0')) {
      perYear.set(r.patent_date!.slice(0, 4), (perYear.get(r.patent_date!.slice(0, 4)) ?? 0) + 1)
    }
    const total = [...perYear.values()].reduce((a, b) => a + b, 0)
    const out = (ext: string) => join(dir, `landscape.${ext}`)
    const args = [
      'landscape',
      '--db',
      base,
      '--applicant',
      'NVIDIA',
      '--by',
      'year,country,cpc,applicant',
    ]
    const json = JSON.parse(runCli([...args, '--json']).stdout) as {
      total: number
      breakdowns: { dimension: string; buckets: { key: string; count: number }[] }[]
      topApplicants: { key: string; count: number }[]
      heatMap: { rows: string[]; columns: string[] }
    }
    expect(json.total).toBe(total)
    const years = json.breakdowns.find((b) => b.dimension === 'year')!.buckets
    expect(new Map(years.map((b) => [b.key, b.count]))).toEqual(perYear)
    expect(json.topApplicants[0]).toEqual(expect.objectContaining({ key: 'nvidia', count: total }))
    expect(json.heatMap.rows).toContain('G06N')

    for (const ext of ['html', 'svg', 'csv', 'xlsx']) {
      const r = runCli([...args, '--out', out(ext)])
      expect(r.stderr, ext).toBe('')
    }
    const html = readFileSync(out('html'), 'utf8')
    expect(html.match(/<svg /g)?.length).toBe(8) // 4 breakdowns, 3 series over time, heat map
    expect(html).toContain('Filings over time by CPC subclass')
    const svg = readFileSync(out('svg'), 'utf8')
    expect(parseXmlTree(svg).problems).toEqual([])
    expect(svg.match(/<svg /g)?.length).toBe(9)
    const csv = parse<Record<string, string>>(readFileSync(out('csv'), 'utf8'), { columns: true })
    const csvYears = csv.filter((r) => r.table === 'by year')
    expect(csvYears.reduce((n, r) => n + Number(r.value), 0)).toBe(total)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(out('xlsx'))
    expect(book.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['by year', 'cpc x country', 'top applicants']),
    )
    if (existsSync('/usr/bin/chromium') || process.env.CHUHAI_CHROMIUM) {
      const png = runCli([...args, '--out', out('png')])
      expect(png.stderr).toBe('')
      expect(readFileSync(out('png')).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    }
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
