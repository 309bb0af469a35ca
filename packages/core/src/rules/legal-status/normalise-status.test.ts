import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LegalEvent } from '../../model/legal-event.js'
import { parseDocument } from '../../ingest/parse-document.js'
import { epoOps } from '../../ingest/formats/epo-ops/parser.js'
import { hasShared, NO_SHARED, sharedPath } from '../../testing/shared-data.js'
import { normaliseLegalStatus, statusAsOf } from './normalise-status.js'
import { STATUS_RULES } from './status-rules.js'

const ep = { publication: 'EP-1-B1', country: 'EP', granted: true }
const ev = (code: string, date: string, more: Partial<LegalEvent> = {}): LegalEvent => ({
  code,
  date,
  country: 'EP',
  ...more,
})

describe('normaliseLegalStatus', () => {
  it('lets the latest decisive event set the status, with the event and its date', () => {
    const status = normaliseLegalStatus(ep, [
      ev('STAA', '2019-10-25', { text: 'STATUS: THE PATENT HAS BEEN GRANTED' }),
      ev('17P', '2017-01-01'),
      ev('STAA', '2017-02-03', { text: 'STATUS: EXAMINATION IS IN PROGRESS' }),
    ])
    expect(status).toMatchObject({
      status: 'granted',
      since: '2019-10-25',
      basis: 'rule',
      rule: 'ep-staa-granted',
      rulesVersion: STATUS_RULES.version,
    })
    expect(status?.event?.code).toBe('STAA')
  })

  it('keeps national lapses of an EP patent out of its own status and lists the states', () => {
    const status = normaliseLegalStatus(ep, [
      ev('26N', '2003-12-19'),
      ev('PG25', '2004-01-01', { state: 'CH', effectiveDate: '2003-02-12' }),
      ev('GBPC', '2011-07-27', {
        description: 'GB: EUROPEAN PATENT CEASED THROUGH NON-PAYMENT OF RENEWAL FEE',
      }),
    ])
    expect(status).toMatchObject({
      status: 'granted',
      rule: 'ep-no-opposition',
      lapsedIn: ['CH', 'GB'],
    })
  })

  it('maps withdrawal, refusal and revocation, and discontinuation by stage', () => {
    const one = (code: string, granted = false, text?: string) =>
      normaliseLegalStatus({ publication: 'X', country: 'EP', granted }, [
        ev(code, '2020-01-01', { text }),
      ])?.status
    expect(one('18D')).toBe('withdrawn')
    expect(one('18R')).toBe('refused')
    expect(one('27W', true)).toBe('revoked')
    expect(one('STAA', false, 'STATUS: THE APPLICATION IS DEEMED TO BE WITHDRAWN')).toBe(
      'withdrawn',
    )
    const ca = (granted: boolean) =>
      normaliseLegalStatus({ publication: 'CA-1-A1', country: 'CA', granted }, [
        { code: 'FZDE', date: '2017-08-06', country: 'CA', description: 'DISCONTINUED' },
      ])?.status
    expect([ca(false), ca(true)]).toEqual(['withdrawn', 'lapsed'])
    expect(one('PGFP')).toBeUndefined()
  })

  it('reads US status events and falls back to wording for unknown codes', () => {
    const us = { publication: 'US-1-B2', country: 'US', granted: true }
    expect(
      normaliseLegalStatus(us, [
        { code: 'STCF', date: '2017-04-19', country: 'US', text: 'PATENTED CASE' },
        {
          code: 'STCH',
          date: '2022-01-01',
          country: 'US',
          text: 'PATENT EXPIRED DUE TO NONPAYMENT OF MAINTENANCE FEES UNDER 37 CFR 1.362',
        },
      ])?.status,
    ).toBe('lapsed')
    expect(
      normaliseLegalStatus(us, [
        { code: 'ZZZZ', date: '2020-01-01', country: 'US', description: 'PATENT REVOKED BY COURT' },
      ]),
    ).toMatchObject({ status: 'revoked', basis: 'keyword', rule: 'kw-revoked' })
  })

  it('turns a granted patent past 20 years from filing into expired', () => {
    const granted = normaliseLegalStatus(ep, [ev('GRAA', '2002-01-01')])!
    expect(statusAsOf(granted, '1999-11-08', '2026-12-02')).toMatchObject({
      status: 'expired',
      since: '2019-11-08',
      basis: 'term',
    })
    expect(statusAsOf(granted, '2010-06-24', '2026-12-02').status).toBe('granted')
  })

  const legal = 'data/patent_client/patent_client/_sync/epo/ops/legal/fixtures/example_1.xml'
  ;(hasShared(legal) ? it : it.skip)(
    `EP1000000 from real INPADOC events: granted, lapsed in states ${hasShared(legal) ? '' : NO_SHARED}`,
    () => {
      const out = parseDocument(readFileSync(sharedPath(legal)), { parsers: [epoOps] })
      const set = out.legal?.[0]
      const status = normaliseLegalStatus(
        { publication: set!.publication, country: 'EP', granted: false },
        set!.events,
      )
      expect(status?.status).toBe('granted')
      expect(status?.lapsedIn).toContain('GB')
      expect(status?.lapsedIn).toContain('CH')
    },
  )
})
