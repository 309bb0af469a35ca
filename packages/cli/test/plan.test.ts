import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '@chuhai/core/testing'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { chromiumPath } from '@chuhai/reports/html-pdf'
import { miniGrant } from './helpers/mini-grant.js'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

const dir = tempDir('chuhai-plan-')
const example = join(repoRoot(), 'docs/examples/invention.json')
const today = ['--today', '2025-06-01']
const noDb = ['--db', join(dir, 'absent.db')]

interface PlanJson {
  markets: string[]
  status: string
  unverified: string[]
  currency: string
  rates: { as_of: string }
  cheapest: { route: string; ep_mode: string; total: number }
  scores: {
    office: string
    rank: number
    factors: { factor: string; value: number | null; source: string }[]
  }[]
  routes: {
    route: string
    totals: { classic: number; unitary: number }
    timeline: { date: string; office: string; event: string; amount: number }[]
    countries: {
      office: string
      ep_mode: string | null
      total: number
      lines: { category: string; status: string }[]
    }[]
  }[]
}

function planJson(args: readonly string[]): PlanJson {
  const run = runCli(['plan', '--invention', example, ...today, ...noDb, '--json', ...args])
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as PlanJson
}

function writeInvention(name: string, value: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

describe('chuhai plan', () => {
  it('--json: scores, both routes with timelines and costs, statuses and the unverified inputs', () => {
    const out = planJson(['--markets', 'US,EP,JP,KR,IN,BR'])
    expect(out.markets).toEqual(['US', 'EP', 'JP', 'KR', 'IN', 'BR'])
    expect(out.scores.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6])
    expect(out.routes.map((r) => r.route)).toEqual(['paris', 'pct'])
    const pct = out.routes[1]!
    expect(
      pct.timeline.find((e) => e.office === 'US' && e.event === 'national_phase'),
    ).toMatchObject({ date: '2027-11-22' })
    expect(pct.countries.filter((c) => c.office === 'EP').map((c) => c.ep_mode)).toEqual([
      'classic',
      'unitary',
    ])
    expect(out.status).toBe('unverified')
    expect(out.unverified.join('\n')).toMatch(/exchange rates \(currencies\.json of/)
    expect(out.cheapest.total).toBe(
      Math.min(...out.routes.flatMap((r) => [r.totals.classic, r.totals.unitary])),
    )
  })

  it('a plain run prints the summary; --currency and --weights are applied', () => {
    const run = runCli(['plan', '--invention', example, ...today, ...noDb, '--markets', 'US,JP'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Country scores:\n {2}1\. /)
    expect(run.stdout).toMatch(/Cheapest over life: /)
    expect(run.stdout).toMatch(/Computed from unverified facts/)
    const usd = planJson([
      '--markets',
      'US,JP',
      '--currency',
      'USD',
      '--weights',
      'market=0,litigation=0,competitors=0,cost=1',
    ])
    expect(usd.currency).toBe('USD')
    const top = usd.scores[0]!
    const cost = (o: string) =>
      usd.scores.find((s) => s.office === o)!.factors.find((f) => f.factor === 'cost')!.value!
    expect(cost(top.office)).toBe(Math.min(cost('US'), cost('JP')))
  })

  it('counts competitor filings in the store by applicant name', () => {
    const db = join(dir, 'competitors.db')
    const file = join(dir, 'grants.xml')
    writeFileSync(file, miniGrant('09100001') + miniGrant('09100002'))
    expect(ingestJson([file, '--db', db]).summary.documents).toBe(2)
    const inv = writeInvention('comp.json', {
      title: 'Robot',
      priorityDate: '2025-05-20',
      competitors: ['example robotics'],
    })
    const run = runCli([
      'plan',
      '--invention',
      inv,
      ...today,
      '--db',
      db,
      '--markets',
      'US,JP',
      '--json',
    ])
    expect(run.code, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout) as PlanJson
    const comp = (o: string) =>
      out.scores.find((s) => s.office === o)!.factors.find((f) => f.factor === 'competitors')!
    expect(comp('US').value).toBe(2)
    expect(comp('US').source).toMatch(
      /2 publication\(s\) in .*competitors\.db whose applicant or assignee contains "example robotics"/,
    )
    expect(comp('JP').value).toBe(0)
  })

  it('--out plan.html: one self-contained page with SVG timeline and charts; Chinese with --lang zh', () => {
    for (const lang of ['en', 'zh']) {
      const out = join(dir, `plan-${lang}.html`)
      const run = runCli([
        'plan',
        '--invention',
        example,
        ...today,
        ...noDb,
        '--out',
        out,
        '--lang',
        lang,
      ])
      expect(run.code, run.stderr).toBe(0)
      const html = readFileSync(out, 'utf8')
      expect(html.match(/<svg /g)?.length).toBe(3)
      expect(html).not.toMatch(
        /<script|<link |\bsrc=|url\(|@import|https?:\/\/[^\s"<]*\.(js|css|woff2?)/,
      )
      expect(html).toMatch(
        lang === 'zh'
          ? /决策与缴费时间轴[\s\S]*专利全生命周期费用/
          : /Timeline of decisions and payments[\s\S]*Costs over the life/,
      )
    }
  })

  it('--out plan.xlsx: sheets for summary, scores, routes, timeline, costs and the cumulative cost', async () => {
    const out = join(dir, 'plan.xlsx')
    expect(runCli(['plan', '--invention', example, ...today, ...noDb, '--out', out]).code).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Scores',
      'Routes',
      'Timeline',
      'Costs',
      'Cumulative',
    ])
    expect(wb.getWorksheet('Costs')!.rowCount).toBeGreaterThan(100)
  })

  const chromium = chromiumPath()
  it.skipIf(!chromium)(
    `--out plan.pdf: an A4 PDF printed by headless Chromium${chromium ? '' : ' (skipped: no Chromium at /usr/bin/chromium; apt-get install -y chromium)'}`,
    () => {
      const out = join(dir, 'plan.pdf')
      const run = runCli([
        'plan',
        '--invention',
        example,
        ...today,
        ...noDb,
        '--out',
        out,
        '--lang',
        'zh',
      ])
      expect(run.code, run.stderr).toBe(0)
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
      if (existsSync('/usr/bin/pdftotext')) {
        const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
        expect(text).toMatch(/海外专利布局方案/)
        expect(text).toMatch(/决策与缴费时间轴/)
      }
    },
  )
})

describe('chuhai plan: bad input (exit code 2, the field named)', () => {
  it.each([
    [
      { title: 'Robot', priorityDate: '2025-02-30' },
      [],
      /invention file: priorityDate: "2025-02-30" is not a valid date \(February 2025 has 28 days\)/,
    ],
    [{ priorityDate: '2025-05-20' }, [], /invention file: title: required field missing/],
    [
      { title: 'Robot', priorityDate: '2025-05-20', marketz: ['US'] },
      [],
      /invention file: \(root\): unknown field\(s\) "marketz"/,
    ],
    ['{"title": "Robot",', [], /invention file: \(file\): not valid JSON/],
    [
      { title: 'Robot', priorityDate: '2025-05-20' },
      ['--markets', 'US,XX'],
      /--markets: unknown office "XX"; valid offices: US, EP, CN, JP, KR/,
    ],
    [{ title: 'Robot', priorityDate: '2025-05-20' }, [], /markets: no target markets/],
    [
      { title: 'Robot', priorityDate: '2025-05-20' },
      ['--markets', 'US', '--weights', 'price=1'],
      /--weights: "price=1": expected FACTOR=NUMBER/,
    ],
    [
      { title: 'Robot', priorityDate: '2025-05-20' },
      ['--markets', 'US', '--out', 'plan.docx'],
      /--out: unknown report format "\.docx"; use \.html, \.pdf, \.xlsx, \.json/,
    ],
    [
      { title: 'Robot', priorityDate: '2025-05-20' },
      ['--markets', 'US', '--currency', 'XYZ'],
      /unknown currency "XYZ"; known: EUR, USD/,
    ],
  ])('%j %j', (invention, args, message) => {
    const path = writeInvention('bad.json', invention)
    const run = runCli(['plan', '--invention', path, ...noDb, ...args])
    expect(run.stderr).toMatch(message)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
  })

  it('a missing invention file', () => {
    const run = runCli(['plan', '--invention', join(dir, 'nope.json')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/invention file: --invention: cannot read .*nope\.json/)
  })
})
