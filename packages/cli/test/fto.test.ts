import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { chromiumPath } from '@chuhai/reports/html-pdf'
import { claimsGrant } from './helpers/claims-grant.js'
import { runCli, tempDir } from './helpers/run-cli.js'

const dir = tempDir('chuhai-fto-')
const db = join(dir, 'fto.db')

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const ROBOT = claimsGrant({
  number: '09123456',
  title: 'Inspection robot with camera',
  filed: '2012-03-01',
  claims: [
    'An inspection robot comprising: a battery; an electric motor driven by the battery; and a camera mounted on the head of the robot.',
    'The robot of claim 1, wherein the battery is a lithium battery.',
  ],
  description:
    'The robot carries a battery that drives an electric motor. A camera is mounted on the head.',
})
const PUMP = claimsGrant({
  number: '09234567',
  title: 'Water pump with float switch',
  filed: '2011-05-01',
  claims: [
    'A water pump comprising: an impeller; a float switch; and a housing of stainless steel.',
  ],
  description: 'A float switch starts the impeller when the water rises.',
})
const OLD = claimsGrant({
  number: '05345678',
  title: 'Robot with camera and battery',
  filed: '1990-01-01',
  published: '1992-06-02',
  claims: ['A robot comprising: a battery; an electric motor; and a camera on its head.'],
  description: 'A robot with a battery, an electric motor and a camera on its head.',
})
// Stored without claims (bibliographic data only), and with claims that cannot be parsed (an OCR'd
// set whose only claim refers to a claim that is missing): both reported, never dropped.
const NO_CLAIMS = claimsGrant({
  number: '09456789',
  title: 'Inspection robot with a battery, an electric motor and a head camera',
  filed: '2013-02-01',
  claims: [],
  description:
    'An inspection robot: a battery drives an electric motor; a camera sits on the head.',
})
const BROKEN = claimsGrant({
  number: '09567890',
  title: 'Inspection robot with camera head and battery motor',
  filed: '2013-03-01',
  claims: [
    'The inspection robot of claim 2, wherein the battery drives an electric motor and a camera is mounted on the head.',
  ],
  description: 'An inspection robot whose battery drives an electric motor; a camera on its head.',
})
file('corpus.xml', [ROBOT, PUMP, OLD, NO_CLAIMS, BROKEN].join(''))
const ingest = runCli(['ingest', join(dir, 'corpus.xml'), '--db', db, '--json'])

interface FtoJson {
  results: {
    publication_number: string
    country: string
    status: string
    expiry: string | null
    risk: string
    problem?: string
    claims: {
      number: number
      coverage: number
      elements: { id: string; text: string; met: string; evidence: string | null; score: number }[]
    }[]
  }[]
  excluded: { publication_number: string; status: string }[]
  summary: { country: string }[]
  disclaimer: string
}

/** `chuhai fto` of `product` in the US as of `asOf`, on the test store. */
function ftoArgs(product: string, asOf = '2016-01-01'): string[] {
  return ['fto', '--product', product, '--countries', 'US', '--as-of', asOf, '--db', db]
}

function fto(product: string, extra: readonly string[] = []): FtoJson {
  const run = runCli([...ftoArgs(product), '--json', ...extra])
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as FtoJson
}

const EN = file(
  'en.txt',
  'Our inspection robot runs on a lithium battery. The battery drives an electric motor that moves the wheels. A camera is mounted on the head of the robot and streams video to the operator.',
)
const ZH = file(
  'zh.txt',
  '产品：巡检机器人。机器人由锂电池供电，电池驱动电动机带动车轮。机器人的头部安装有摄像机，把视频传给操作员。',
)
const ZH_NO_CAMERA = file(
  'zh-no-camera.txt',
  '产品：巡检机器人。机器人由锂电池供电，电池驱动电动机带动车轮。机器人没有摄像机，靠超声波雷达避障并把距离数据传给操作员。',
)

describe('chuhai fto', () => {
  it('ingested the fixtures', () => {
    expect(ingest.code, ingest.stderr).toBe(0)
  })

  it('an English description practising claim 1: high risk, every element met, results ordered by risk', () => {
    const out = fto(EN)
    const robot = out.results.find((r) => r.publication_number === 'US-9123456-B2')!
    expect(robot).toMatchObject({ country: 'US', status: 'in-force', risk: 'high' })
    expect(robot.expiry).toMatch(/^2032-03-01$/u)
    const claim1 = robot.claims.find((c) => c.number === 1)!
    expect(claim1.coverage).toBe(1)
    expect(
      claim1.elements.filter((e) => e.id !== '1pre').every((e) => e.met === 'yes' && e.evidence),
    ).toBe(true)
    expect(out.results[0]!.publication_number).toBe('US-9123456-B2')
    const order = out.results.map((r) => ({ high: 0, medium: 1, low: 2 })[r.risk as 'high'])
    expect([...order].sort()).toEqual(order)
    // The 1990 patent has expired: not charted, but reported.
    expect(
      out.excluded.find((x) => x.publication_number === 'US-5345678-A')?.status ??
        out.excluded[0]?.status,
    ).toBe('expired')
    expect(out.disclaimer).toContain('not legal advice')
  })

  it('a Chinese description practising the English claim finds it with every element met', () => {
    const robot = fto(ZH).results.find((r) => r.publication_number === 'US-9123456-B2')!
    expect(robot.risk).toBe('high')
    const claim1 = robot.claims.find((c) => c.number === 1)!
    expect(claim1.elements.filter((e) => e.id !== '1pre').map((e) => e.met)).toEqual([
      'yes',
      'yes',
      'yes',
    ])
    expect(claim1.elements.find((e) => e.id === '1c')!.evidence).toContain('摄像机')
  })

  it('a Chinese description that lacks the camera shows that element not met', () => {
    const robot = fto(ZH_NO_CAMERA).results.find((r) => r.publication_number === 'US-9123456-B2')!
    const claim1 = robot.claims.find((c) => c.number === 1)!
    expect(claim1.elements.find((e) => e.id === '1c')!.met).toBe('no')
    expect(claim1.elements.find((e) => e.id === '1a')!.met).toBe('yes')
    expect(robot.risk).not.toBe('high')
  })

  it('a database of an older schema (before migration 120) is migrated, then read', () => {
    const old = join(dir, 'old.db')
    copyFileSync(db, old)
    const raw = new Database(old)
    raw.exec('DROP INDEX publications_pub_date')
    // A database that lacks step 120 (added to its block after the database was made).
    raw.exec('DELETE FROM schema_migrations WHERE version = 120')
    raw.pragma('user_version = 100')
    raw.close()
    const run = runCli(['fto', '--product', EN, '--countries', 'US', '--as-of', '2016-01-01'], {
      CHUHAI_DB: old,
    })
    expect(run.code, run.stderr).toBe(0)
    const check = new Database(old, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(120)
    check.close()
  })

  it('a truncated search index file is named, rebuilt, and gives the same result', () => {
    const before = fto(EN).results.map((r) => [r.publication_number, r.risk])
    const side = `${db}.search`
    expect(existsSync(side)).toBe(true)
    const bytes = readFileSync(side)
    writeFileSync(side, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const run = runCli([...ftoArgs(EN), '--json'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('fto.db.search')
    expect(run.stderr).toMatch(/truncated/u)
    const after = (JSON.parse(run.stdout) as FtoJson).results
    expect(after.map((r) => [r.publication_number, r.risk])).toEqual(before)
    expect(readFileSync(side).length).toBe(bytes.length)
  })

  it('a patent without claims and one whose claims cannot be parsed are reported in the result', () => {
    const out = fto(EN)
    const none = out.results.find((r) => r.publication_number === 'US-9456789-B2')
    expect(none?.problem).toMatch(/no claims in the store/u)
    expect(none?.claims).toEqual([])
    const broken = out.results.find((r) => r.publication_number === 'US-9567890-B2')
    expect(broken?.problem).toMatch(/could not be parsed.*claim 2, which is not in the set/u)
    expect(broken?.risk).toBe('medium')
  })

  it('bad input: unknown country (valid ones listed), impossible date, empty or one-line product', () => {
    const base = ['fto', '--product', EN, '--as-of', '2016-01-01', '--db', db]
    const country = runCli([...base, '--countries', 'US,XX'])
    expect(country.code).toBe(2)
    expect(country.stderr).toMatch(/unknown country "XX"; valid countries: .*\bDE\b.*\bUS\b/u)
    const date = runCli([...ftoArgs(EN, '2016-02-30')])
    expect(date.code).toBe(2)
    expect(date.stderr).toContain('--as-of: "2016-02-30" is not a date YYYY-MM-DD that exists')
    const form = runCli([
      ...base.slice(0, 3),
      '--as-of',
      '01/02/2016',
      '--countries',
      'US',
      '--db',
      db,
    ])
    expect(form.code).toBe(2)
    expect(form.stderr).toContain('--as-of: "01/02/2016" is not a date YYYY-MM-DD')
    const none = runCli([...base, '--countries', ' , '])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('no country given')
    const empty = runCli([
      'fto',
      '--product',
      file('empty.txt', '\n'),
      '--countries',
      'US',
      '--as-of',
      '2016-01-01',
      '--db',
      db,
    ])
    expect(empty.stderr).toContain('the product description is empty')
    const short = runCli([
      'fto',
      '--product',
      file('short.txt', 'A robot with a camera.'),
      '--countries',
      'US',
      '--as-of',
      '2016-01-01',
      '--db',
      db,
    ])
    expect(short.code).toBe(2)
    expect(short.stderr).toContain('too short')
    const ext = runCli([...base, '--countries', 'US', '--out', join(dir, 'x.odt')])
    expect(ext.stderr).toContain('unknown report format ".odt"')
  })

  it('--out writes DOCX, XLSX and HTML that open and hold the chart', () => {
    for (const ext of ['docx', 'xlsx', 'html']) {
      const out = join(dir, `report.${ext}`)
      const run = runCli([...ftoArgs(EN), '--out', out, '--lang', 'zh'])
      expect(run.code, run.stderr).toBe(0)
      expect(existsSync(out)).toBe(true)
      const text =
        ext === 'html'
          ? readFileSync(out, 'utf8')
          : execFileSync(
              'unzip',
              ['-p', out, ext === 'docx' ? 'word/document.xml' : 'xl/sharedStrings.xml'],
              { encoding: 'utf8' },
            )
      expect(text, ext).toContain('US-9123456-B2')
      expect(text, ext).toContain('不构成法律意见')
      expect(text, ext).toContain('a camera mounted on the head of the robot')
      expect(text, ext).toContain('2016-01-01')
    }
  })

  const chromium = chromiumPath()
  it.skipIf(!chromium)(
    `--out report.pdf: printed by headless Chromium${chromium ? '' : ' (skipped: no Chromium)'}`,
    () => {
      const out = join(dir, 'report.pdf')
      const run = runCli([...ftoArgs(EN), '--out', out])
      expect(run.code, run.stderr).toBe(0)
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
      if (existsSync('/usr/bin/pdftotext')) {
        const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
        expect(text).toContain('US-9123456-B2')
        expect(text).toContain('not legal advice')
      }
    },
    60_000,
  )
})
