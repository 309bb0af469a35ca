import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, tempDir } from './helpers/run-cli.js'

const dir = tempDir('chuhai-docket-')
const db = join(dir, 'docket.db')
const today = ['--today', '2026-01-15']

function ok(args: readonly string[]): string {
  const run = runCli([...args, '--db', db])
  expect(run.code, run.stderr).toBe(0)
  return run.stdout
}

function json<T>(args: readonly string[]): T {
  return JSON.parse(ok([...args, '--json'])) as T
}

interface ListJson {
  today: string
  rules_version: string
  deadlines: {
    matter: string
    office: string
    kind: string
    due: string
    raw_due: string
    reminders: string[]
    basis: string
    status: string
    source: string
    done: boolean
    fee: { value: number; currency: string } | null
  }[]
  warnings: string[]
}

beforeAll(() => {
  ok([
    'docket',
    'add-matter',
    '--office',
    'CN',
    '--title',
    '足式机器人激光雷达避障',
    '--family',
    'F1',
    '--number',
    'CN202410654321.0',
    '--filing-date',
    '2024-05-21',
    '--core',
  ])
  ok([
    'docket',
    'add-matter',
    '--office',
    'WO',
    '--title',
    'Legged robot lidar',
    '--family',
    'F1',
    '--filing-date',
    '2025-05-20',
    '--priority-date',
    '2024-05-21',
    '--targets',
    'US,EP,JP',
    '--core',
  ])
  ok([
    'docket',
    'add-matter',
    '--id',
    'US-7',
    '--office',
    'US',
    '--title',
    'Robot joint',
    '--family',
    'F2',
    '--filing-date',
    '2023-03-01',
  ])
  ok([
    'docket',
    'add-matter',
    '--id',
    'US-6',
    '--office',
    'US',
    '--title',
    'Robot hand',
    '--family',
    'F2',
    '--filing-date',
    '2019-03-01',
  ])
  ok(['docket', 'add-event', '--matter', 'M1', '--type', 'grant', '--date', '2025-09-02'])
  ok(['docket', 'add-event', '--matter', 'US-6', '--type', 'grant', '--date', '2022-09-13'])
  ok([
    'docket',
    'add-event',
    '--matter',
    'US-7',
    '--type',
    'office_action',
    '--date',
    '2026-01-05',
    '--note',
    'reissue; "quoted", with commas',
  ])
})

describe('chuhai docket', () => {
  it('add-matter and add-event print what they stored (--json)', () => {
    const m = json<{ id: string; office: string; core: boolean; targets: string[] }>([
      'docket',
      'add-matter',
      '--office',
      'ep',
      '--title',
      'Robot',
      '--family',
      'F3',
      '--filing-date',
      '2025-05-20',
      '--priority-date',
      '2024-05-21',
    ])
    expect(m).toMatchObject({ id: 'M5', office: 'EP', core: false, targets: [] })
    const e = json<{ id: string; matter: string; type: string }>([
      'docket',
      'add-event',
      '--matter',
      'M5',
      '--type',
      'search_report',
      '--date',
      '2025-11-26',
    ])
    expect(e).toMatchObject({ matter: 'M5', type: 'search_report' })
  })

  it('list --json: deadlines from events with basis, status, source, reminders; --upcoming filters', () => {
    const all = json<ListJson>(['docket', 'list', ...today, '--lead-days', '60,14'])
    expect(all.today).toBe('2026-01-15')
    const oa = all.deadlines.find((d) => d.matter === 'US-7' && d.kind === 'oa_response')!
    expect(oa).toMatchObject({
      due: '2026-04-06',
      raw_due: '2026-04-05',
      status: 'unverified',
      reminders: ['2026-02-05', '2026-03-23'],
    })
    expect(oa.basis).toMatch(/35 USC 133/)
    const np = all.deadlines.filter((d) => d.matter === 'M2' && d.kind === 'national_phase')
    expect(np.map((d) => [d.office, d.due])).toEqual([
      ['US', '2026-11-23'],
      ['JP', '2026-11-24'],
      ['EP', '2026-12-21'],
    ])
    expect(all.deadlines.some((d) => d.kind === 'annuity' && d.fee?.currency === 'USD')).toBe(true)
    expect(all.deadlines.every((d) => d.due >= '2026-01-15' && !d.done)).toBe(true)
    const soon = json<ListJson>(['docket', 'list', ...today, '--upcoming', '90'])
    expect(soon.deadlines.length).toBeGreaterThan(0)
    expect(soon.deadlines.every((d) => d.due <= '2026-04-15')).toBe(true)
  })

  it('list prints a table, in Chinese with --lang zh', () => {
    expect(ok(['docket', 'list', ...today])).toMatch(
      /DUE\s+DAYS\s+OFFICE\s+MATTER\s+DEADLINE\s+STATUS/,
    )
    expect(ok(['docket', 'list', ...today, '--lang', 'zh'])).toMatch(/审查意见答复/)
  })

  it('export --ics: RFC 5545 that ical.js reads back (all-day events, basis, status, alarms)', () => {
    const file = join(dir, 'docket.ics')
    expect(ok(['docket', 'export', '--ics', file, ...today, '--lead-days', '30,7'])).toMatch(
      /wrote \d+ deadline\(s\)/,
    )
    const text = readFileSync(file, 'utf8')
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    const cal = ICAL.Component.fromString(text)
    const events = cal.getAllSubcomponents('vevent')
    expect(events.length).toBeGreaterThan(5)
    const oa = events
      .map((v) => new ICAL.Event(v))
      .find((e) => /US-7/.test(e.summary) && /Office-action/.test(e.summary))!
    expect(oa.startDate.isDate).toBe(true)
    expect(oa.startDate.toString()).toBe('2026-04-06')
    expect(oa.uid).toMatch(/@chuhai\.docket$/)
    expect(oa.description).toMatch(/Legal basis: 35 USC 133/)
    expect(oa.description).toMatch(/Status: unverified/)
    expect(oa.description).toMatch(/Note: event note: reissue; "quoted", with commas/)
    const alarms = oa.component
      .getAllSubcomponents('valarm')
      .map((a) => String(a.getFirstPropertyValue('trigger')))
    expect(alarms).toEqual(['-P30D', '-P7D'])
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/Chuhai/)
  })

  it('annuities --json: a forecast per year in the currency asked for', () => {
    const f = json<{
      currency: string
      years: { year: number; total: number; items: { matter: string; office: string }[] }[]
    }>(['docket', 'annuities', ...today, '--years', '3', '--currency', 'USD'])
    expect(f.currency).toBe('USD')
    expect(f.years.map((y) => y.year)).toEqual([2026, 2027, 2028])
    expect(f.years[0]!.items.map((x) => x.matter)).toEqual(expect.arrayContaining(['US-6', 'M1']))
  })

  it('net: core families × countries, with gaps against the markets (JSON, HTML, CSV)', () => {
    const net = json<{
      families: {
        family: string
        gaps: string[]
        countries: { office: string; status: string }[]
      }[]
    }>(['net', ...today, '--markets', 'US,EP,DE,JP,KR'])
    expect(net.families.map((f) => f.family)).toEqual(['F1'])
    const status = Object.fromEntries(net.families[0]!.countries.map((c) => [c.office, c.status]))
    expect(status).toMatchObject({
      US: 'via_pct',
      EP: 'via_pct',
      JP: 'via_pct',
      DE: 'via_pct',
      KR: 'none',
      CN: 'granted',
    })
    expect(net.families[0]!.gaps).toEqual(['KR'])
    const html = join(dir, 'net.html')
    expect(ok(['net', ...today, '--markets', 'US,KR', '--out', html])).toMatch(/wrote/)
    expect(readFileSync(html, 'utf8')).toMatch(/<table>.*F1.*outline:2px solid #cf222e/s)
    const csv = join(dir, 'net.csv')
    ok(['net', ...today, '--out', csv])
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe(
      'family,title,office,status,matters,expiry,next_deadline,next_due,yearly_cost_CNY,gap',
    )
  })
})

describe('chuhai docket: bad input (exit code 2)', () => {
  it.each([
    [
      ['docket', 'add-matter', '--office', 'XX', '--title', 'T'],
      /--office: unknown office "XX"; valid offices: US, EP, CN, JP/,
    ],
    [
      ['docket', 'add-matter', '--office', 'US', '--title', 'T', '--filing-date', '2025-02-29'],
      /--filing-date: "2025-02-29" is not a valid date \(February 2025 has 28 days\)/,
    ],
    [
      ['docket', 'add-matter', '--id', 'US-7', '--office', 'US', '--title', 'T'],
      /matter "US-7" already exists/,
    ],
    [
      ['docket', 'add-event', '--matter', 'M99', '--type', 'grant', '--date', '2026-01-01'],
      /unknown matter "M99"; known matters: M1, M2, US-7/,
    ],
    [
      ['docket', 'add-event', '--matter', 'M1', '--type', 'rejection', '--date', '2026-01-01'],
      /Allowed choices are filing, publication, search_report, office_action, response, grant, lapse/,
    ],
    [
      [
        'docket',
        'add-event',
        '--matter',
        'M1',
        '--type',
        'office_action',
        '--date',
        '2026-01-01',
        '--response-months',
        'two',
      ],
      /--response-months: expected a whole number from 1 to 36/,
    ],
    [['docket', 'list', '--upcoming', '-5'], /--upcoming: expected a whole number/],
    [['docket', 'list', '--today', '2026-13-01'], /--today: "2026-13-01" is not a valid date/],
    [['net', '--markets', 'US,QQ'], /--markets: unknown office "QQ"; valid offices: US, EP, CN/],
  ])('%j', (args, message) => {
    const run = runCli([...args, '--db', db])
    expect(run.stderr).toMatch(message)
    expect(run.code).toBe(2)
  })
})
