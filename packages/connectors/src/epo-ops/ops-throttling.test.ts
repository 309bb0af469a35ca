import { describe, expect, it } from 'vitest'
import { classifyOpsRejection } from './ops-rejection.js'
import { parseOpsNumber } from './ops-number.js'
import { opsCategory, parseThrottlingControl } from './ops-throttling.js'

describe('parseThrottlingControl', () => {
  it('reads the recorded header', () => {
    expect(
      parseThrottlingControl(
        'idle (images=green:200, inpadoc=green:60, other=green:1000, retrieval=green:200, search=green:30)',
      ),
    ).toEqual({
      system: 'idle',
      services: {
        images: { colour: 'green', perMinute: 200 },
        inpadoc: { colour: 'green', perMinute: 60 },
        other: { colour: 'green', perMinute: 1000 },
        retrieval: { colour: 'green', perMinute: 200 },
        search: { colour: 'green', perMinute: 30 },
      },
    })
    expect(parseThrottlingControl('idle (images=black:0, search=red:5)')?.services.images).toEqual({
      colour: 'black',
      perMinute: 0,
    })
    expect(parseThrottlingControl(undefined)).toBeUndefined()
    expect(parseThrottlingControl('garbage')).toBeUndefined()
  })

  it('maps REST paths to OPS throttling services', () => {
    expect(opsCategory('published-data/search?q=x')).toBe('search')
    expect(opsCategory('published-data/publication/epodoc/EP1/biblio')).toBe('retrieval')
    expect(opsCategory('family/publication/epodoc/EP1/biblio')).toBe('inpadoc')
    expect(opsCategory('legal/publication/epodoc/EP1')).toBe('inpadoc')
    expect(opsCategory('number-service/application/original/x/docdb')).toBe('other')
  })
})

describe('classifyOpsRejection', () => {
  const headers = (h: Record<string, string>) => (name: string) => h[name]
  it('tells throttling, quota and expired tokens apart', () => {
    expect(
      classifyOpsRejection(
        403,
        headers({ 'x-rejection-reason': 'AnonymousQuotaPerMinute' }),
        '',
        0,
      ),
    ).toEqual({ kind: 'throttled', waitMs: 60_000, reason: 'rejected: AnonymousQuotaPerMinute' })
    expect(
      classifyOpsRejection(
        403,
        headers({ 'x-rejection-reason': 'ThrottlingControlQuota', 'retry-after': '216383' }),
        '',
        0,
      ),
    ).toMatchObject({ kind: 'throttled', waitMs: 216_383 })
    expect(
      classifyOpsRejection(403, headers({ 'x-rejection-reason': 'RegisteredQuotaPerWeek' }), '', 0)
        ?.kind,
    ).toBe('quota')
    expect(
      classifyOpsRejection(400, headers({}), '<message>invalid_access_token</message>', 0),
    ).toEqual({ kind: 'token-expired' })
    expect(
      classifyOpsRejection(403, headers({}), '<code>CLIENT.RobotDetected</code>', 0)?.kind,
    ).toBe('throttled')
    expect(
      classifyOpsRejection(403, headers({}), '<message>Forbidden</message>', 0),
    ).toBeUndefined()
  })
})

describe('parseOpsNumber', () => {
  it('reads common spellings into EPODOC', () => {
    expect(parseOpsNumber('EP 1 000 000 A1')).toMatchObject({
      epodoc: 'EP1000000.A1',
      stem: 'EP1000000A1',
    })
    expect(parseOpsNumber('ep-1000000')).toMatchObject({ epodoc: 'EP1000000', kind: undefined })
    expect(parseOpsNumber('WO2013/121230A1')).toMatchObject({ epodoc: 'WO2013121230.A1' })
    expect(() => parseOpsNumber('not a number')).toThrow(/not a publication number/)
  })
})
