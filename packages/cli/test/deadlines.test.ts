import { describe, expect, it } from 'vitest'
import { runCli } from './helpers/run-cli.js'

interface DeadlinesJson {
  deadlines: {
    office: string
    event: string
    due: string
    raw_due: string
    basis: string
    source: string
    status: string
    rules_version: string
    notes: string[]
    days_left: number
  }[]
  rules_version: string
  warnings: string[]
}

function json(args: readonly string[]): DeadlinesJson {
  const run = runCli(['deadlines', ...args, '--json', '--today', '2026-11-25'])
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as DeadlinesJson
}

describe('chuhai deadlines', () => {
  it('--json: deadlines with due, raw_due, basis, source, status and the rules version', () => {
    const out = json(['--priority-date', '2025-05-20', '--offices', 'US,EP,CN'])
    expect(out.rules_version).toMatch(/^\d{4}\.\d+\.\d+$/)
    const us = out.deadlines.find((d) => d.office === 'US' && d.event === 'national_phase')
    expect(us).toMatchObject({ due: '2027-11-22', raw_due: '2027-11-20', status: 'verified' })
    expect(us?.basis).toMatch(/35 USC 371/)
    expect(us?.source).toMatch(/https?:\/\//)
    expect(us?.rules_version).toBe(out.rules_version)
    expect(us?.days_left).toBe(362)
    const cn = out.deadlines.find((d) => d.office === 'CN' && d.event === 'national_phase_late')
    expect(cn).toMatchObject({ due: '2028-01-20', raw_due: '2028-01-20' })
    const ep = out.deadlines.find((d) => d.office === 'EP' && d.event === 'national_phase')
    expect(ep?.due).toBe('2027-12-20')
    expect(out.deadlines.filter((d) => d.office === 'WO').map((d) => d.event)).toEqual([
      'pct_filing',
      'pct_publication',
      'pct_demand',
    ])
  })

  it('US paris_priority moves past Independence Day and the weekend', () => {
    const out = json(['--priority-date', '2024-07-04', '--offices', 'US'])
    const d = out.deadlines.find((x) => x.event === 'paris_priority')
    expect(d).toMatchObject({ due: '2025-07-07', raw_due: '2025-07-04' })
    expect(d?.notes[0]).toMatch(/Independence Day/)
  })

  it('--pct-filing-date sets the trigger of filing-date periods; --isr-date the demand', () => {
    const out = json([
      '--priority-date',
      '2025-05-20',
      '--pct-filing-date',
      '2026-05-08',
      '--isr-date',
      '2027-02-15',
      '--offices',
      'JP',
    ])
    expect(out.deadlines.find((d) => d.event === 'exam_request')?.due).toBe('2029-05-08')
    expect(out.deadlines.find((d) => d.event === 'pct_demand')?.raw_due).toBe('2027-05-15')
    expect(out.warnings.join(' ')).not.toMatch(/no international filing date/)
  })

  it('prints a readable table, with Chinese labels under --lang zh', () => {
    const en = runCli([
      'deadlines',
      '--priority-date',
      '2025-05-20',
      '--offices',
      'CN',
      '--today',
      '2026-11-25',
    ])
    expect(en.code).toBe(0)
    expect(en.stdout).toMatch(/DUE\s+RAW\s+OFFICE\s+EVENT\s+STATUS/)
    expect(en.stdout).toMatch(/2028-01-20\s+CN\s+national_phase_late\s+verified/)
    const zh = runCli([
      'deadlines',
      '--priority-date',
      '2025-05-20',
      '--offices',
      'CN',
      '--lang',
      'zh',
    ])
    expect(zh.code).toBe(0)
    expect(zh.stdout).toMatch(/到期日\s+原始期限\s+局\s+事件\s+状态/)
    expect(zh.stdout).toMatch(/延迟进入国家阶段/)
    expect(zh.stdout).toMatch(/国家知识产权局/)
  })
})

describe('chuhai deadlines: bad input (exit code 2, a message with the rule)', () => {
  it.each([
    [
      ['--priority-date', '2025-02-30'],
      /--priority-date: "2025-02-30" is not a valid date \(February 2025 has 28 days\)/,
    ],
    [
      ['--priority-date', '2025-05-20', '--pct-filing-date', '2026-04-31'],
      /--pct-filing-date: "2026-04-31" is not a valid date/,
    ],
    [
      ['--priority-date', '2025-05-20', '--offices', 'US,XX'],
      /--offices: unknown office "XX"; valid offices: US, EP, UP, CN, .*WO/,
    ],
    [
      ['--priority-date', '2025-05-20', '--offices', 'FR'],
      /FR has no PCT national route.*European phase \(EP\) at 31 months.*--offices EP/,
    ],
    [
      ['--priority-date', '2025-05-20', '--pct-filing-date', '2026-06-10'],
      /PCT Rule 26bis\.3.*--restoration/,
    ],
    [
      ['--priority-date', '2025-05-20', '--pct-filing-date', '2026-09-01', '--restoration'],
      /more than 2 months.*cannot be restored \(PCT Rule 26bis\.3\(a\)\)/,
    ],
    [['--offices', 'US'], /required option '--priority-date/],
    [['--priority-date', '2025-05-20', '--lang', 'fr'], /Allowed choices are en, zh/],
  ])('%j', (args, message) => {
    const run = runCli(['deadlines', ...args])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
  })

  it('FR is accepted on the Paris route', () => {
    const out = json(['--priority-date', '2025-05-20', '--offices', 'FR', '--route', 'paris'])
    expect(out.deadlines.map((d) => `${d.office} ${d.event}`)).toEqual(['FR paris_priority'])
  })

  it('a late PCT filing with restoration requested is computed with a warning', () => {
    const out = json([
      '--priority-date',
      '2025-05-20',
      '--pct-filing-date',
      '2026-06-10',
      '--restoration',
      '--offices',
      'US',
    ])
    expect(out.warnings.join(' ')).toMatch(
      /restoration by the receiving Office \(PCT Rule 26bis\.3\)/,
    )
  })
})
