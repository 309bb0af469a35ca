import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { miniGrant } from './helpers/mini-grant.js'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

const dir = tempDir('chuhai-hints-')

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

interface HintsJson {
  status: string
  reason?: string
  claim?: number
  hints?: {
    publicationNumber: string
    coveredElements: number
    totalElements: number
    elements: { element: { index: number; text: string }; status: string; matchedTerms: string[] }[]
  }[]
}

function hintsOf(args: readonly string[], env: Record<string, string> = {}): HintsJson {
  const run = runCli(['check', 'eligibility', '--jurisdictions', 'US', '--json', ...args], env)
  expect(run.code, run.stderr).toBe(0)
  return (JSON.parse(run.stdout) as { novelty_hints: HintsJson }).novelty_hints
}

/** A paraphrase of claim 1 of US 11,147,202 B2 ("Wheeled hand truck", v4-5-B2.xml). */
const HAND_TRUCK = file(
  'hand-truck.txt',
  `1. A hand truck with wheels, comprising:
(a) a foot plate with a front end and a rear end;
(b) a retainer flange with a left end and a right end;
(c) a left pin and sleeve pivotally mounting a left segment of the flange on the foot plate so that the left segment can move upward to a clearance elevation;
(d) a right pin and sleeve pivotally mounting a right segment of the flange on the foot plate so that the right segment can move upward to the clearance elevation;
(e) left and right stops fixed to the left and right segments and extending downward; and
(f) left and right front sockets at the foot plate, positioned to receive the stops when the segments pivot sideways.
`,
)

describe('chuhai check eligibility: novelty hints', () => {
  it('without a database says so in one line and still succeeds', () => {
    const env = { CHUHAI_DB: join(dir, 'absent.db') }
    const run = runCli(
      ['check', 'eligibility', '--claims', HAND_TRUCK, '--jurisdictions', 'US'],
      env,
    )
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n').filter((l) => l.includes('Nearest prior art'))
    expect(lines).toEqual([
      expect.stringMatching(/^Nearest prior art: not searched, no database at .*absent\.db/u),
    ])
    expect(hintsOf(['--claims', HAND_TRUCK], env)).toMatchObject({ status: 'unavailable' })
    const none = runCli(['check', 'eligibility', '--claims', HAND_TRUCK, '--hints', '0'], env)
    expect(none.stdout).not.toContain('Nearest prior art')
  })

  it('rejects a bad --hints or --before as a usage error', () => {
    const bad = runCli(['check', 'eligibility', '--claims', HAND_TRUCK, '--before', '2020-02-30'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--before 2020-02-30: expected a date YYYY-MM-DD')
    expect(runCli(['check', 'eligibility', '--claims', HAND_TRUCK, '--hints', 'x']).code).toBe(2)
  })

  it('finds an ingested grant by its claim, in English and Chinese', () => {
    const db = join(dir, 'mini.db')
    writeFileSync(join(dir, 'mini.xml'), miniGrant('09000001'))
    expect(ingestJson([join(dir, 'mini.xml'), '--db', db]).run.code).toBe(0)
    const claim = file('mini.txt', '1. A robot comprising: a joint actuator; and a torque sensor.')
    const run = runCli(['check', 'eligibility', '--claims', claim, '--db', db, '--lang', 'zh'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('最接近的现有技术（新颖性提示）')
    expect(run.stdout).toContain('并非新颖性或创造性意见')
    expect(run.stdout).toMatch(/1\. US-9000001-B2（2015-01-06）.*公开3个特征中的3个/u)
  })
})

const GRANTS = 'data/go-uspto/pkg/uspto/test-data/grant'
const shared = hasShared(GRANTS) ? describe : describe.skip

shared(`novelty hints on real USPTO grants ${hasShared(GRANTS) ? '' : NO_SHARED}`, () => {
  const db = join(dir, 'grants.db')

  it('puts US 11,147,202 B2 first for a paraphrase of its claim 1, most elements disclosed', () => {
    const { run, summary } = ingestJson([sharedPath(GRANTS), '--db', db])
    expect(run.code).toBe(0)
    expect(summary.documents).toBe(8)
    const section = hintsOf(['--claims', HAND_TRUCK, '--db', db, '--hints', '3'])
    expect(section.status).toBe('searched')
    const [top, second] = section.hints!
    expect(top!.publicationNumber).toBe('US-11147202-B2')
    expect(top!.totalElements).toBe(7)
    expect(top!.coveredElements).toBeGreaterThanOrEqual(6)
    expect(top!.elements[0]).toMatchObject({ element: { index: 0 }, status: 'yes' })
    expect(second!.coveredElements).toBeLessThan(top!.coveredElements)

    const text = runCli(['check', 'eligibility', '--claims', HAND_TRUCK, '--db', db])
    expect(text.stdout).toContain('Nearest prior art (novelty hints)')
    expect(text.stdout).toContain('not a novelty or inventive-step opinion')
    expect(text.stdout).toMatch(/1\. US-11147202-B2 \(2021-10-19\) Wheeled hand truck — \d of 7/u)
  })

  it('--before leaves out documents published on or after the date', () => {
    const section = hintsOf(['--claims', HAND_TRUCK, '--db', db, '--before', '2021-10-19'])
    expect(section.hints!.map((h) => h.publicationNumber)).not.toContain('US-11147202-B2')
  })
})
