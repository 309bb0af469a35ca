import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimsGrant } from './helpers/claims-grant.js'
import { runCli, tempDir } from './helpers/run-cli.js'

const dir = tempDir('chuhai-invalidity-')
const db = join(dir, 'inv.db')

const ASSERTED = claimsGrant({
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
const MOTOR = claimsGrant({
  number: '07111111',
  title: 'Battery powered inspection robot',
  filed: '2005-01-01',
  published: '2008-01-01',
  claims: ['A robot comprising a battery and an electric motor.'],
  description:
    'An inspection robot in which a battery drives an electric motor that turns the wheels.',
})
const CAMERA = claimsGrant({
  number: '07222222',
  title: 'Robot head with camera',
  filed: '2006-01-01',
  published: '2009-01-06',
  claims: ['A robot head comprising a camera.'],
  description: 'A camera is mounted on the head of the robot to inspect pipes.',
})
const LATER = claimsGrant({
  number: '09333333',
  title: 'Inspection robot with battery, motor and camera',
  filed: '2013-01-01',
  published: '2015-06-02',
  claims: [
    'A robot comprising a battery, an electric motor driven by the battery and a camera on the head.',
  ],
  description:
    'An inspection robot: a battery drives an electric motor; a camera is mounted on the head of the robot.',
})
const NO_CLAIMS = claimsGrant({
  number: '07444444',
  title: 'Lamp',
  claims: [],
  description: 'A lamp with a bulb.',
})
const path = join(dir, 'corpus.xml')
writeFileSync(path, [ASSERTED, MOTOR, CAMERA, LATER, NO_CLAIMS].join(''))
const ingest = runCli(['ingest', path, '--db', db, '--json'])

interface InvalidityJson {
  asserted: { publication_number: string; priority_date: string; claims: number[] }
  results: {
    publication_number: string
    anticipates: boolean
    claims: { number: number; elements: { id: string; met: string }[] }[]
  }[]
  combinations: {
    claim: number
    primary: string
    secondary: string
    from_primary: string[]
    from_secondary: string[]
  }[]
}

describe('chuhai invalidity', () => {
  it('charts earlier documents only and proposes the pair that covers every element', () => {
    expect(ingest.code, ingest.stderr).toBe(0)
    const run = runCli(['invalidity', 'US 9,123,456 B2', '--db', db, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout) as InvalidityJson
    expect(out.asserted).toMatchObject({
      publication_number: 'US-9123456-B2',
      priority_date: '2012-03-01',
      claims: [1],
    })
    const ids = out.results.map((r) => r.publication_number)
    expect(ids).toEqual(expect.arrayContaining(['US-7111111-B2', 'US-7222222-B2']))
    expect(ids).not.toContain('US-9333333-B2') // published after the priority date
    expect(ids).not.toContain('US-9123456-B2')
    expect(out.results.every((r) => !r.anticipates)).toBe(true)
    expect(out.combinations[0]).toMatchObject({
      claim: 1,
      primary: 'US-7111111-B2',
      secondary: 'US-7222222-B2',
      from_secondary: ['1c'],
    })
  })

  it('pasted claims with a priority date; a patent without claims gets a clear message', () => {
    const claims = join(dir, 'claims.txt')
    writeFileSync(
      claims,
      '1. A robot comprising: a battery; an electric motor; and a camera on the head.',
    )
    const pasted = runCli([
      'invalidity',
      '--claims',
      claims,
      '--priority-date',
      '2010-01-01',
      '--db',
      db,
      '--json',
    ])
    expect(pasted.code, pasted.stderr).toBe(0)
    expect((JSON.parse(pasted.stdout) as InvalidityJson).results.length).toBeGreaterThan(0)
    const none = runCli(['invalidity', 'US7444444B2', '--db', db])
    expect(none.code).toBe(3)
    expect(none.stderr).toContain('US-7444444-B2 has no claims in the database')
    expect(runCli(['invalidity', 'US1234', '--claims', claims, '--db', db]).code).toBe(2)
  })
})
