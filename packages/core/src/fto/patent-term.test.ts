import { describe, expect, it } from 'vitest'
import { emptyParties, type PatentRecord } from '../model/patent.js'
import { patentTermAsOf } from './patent-term.js'

function record(
  over: Partial<PatentRecord> & { country?: string; filed?: string; granted?: string },
): PatentRecord {
  const country = over.country ?? 'US'
  return {
    id: `${country}-1234567-B2`,
    publication: {
      country,
      number: '1234567',
      kind: over.stage === 'application' ? 'A1' : 'B2',
      date: over.granted ?? '2010-01-05',
    },
    ...(over.filed ? { application: { country, number: '11111111', date: over.filed } } : {}),
    documentType: 'utility',
    stage: 'grant',
    ...(over.stage === 'application' ? {} : { grantDate: over.granted ?? '2010-01-05' }),
    priorityClaims: [],
    titles: [],
    abstracts: [],
    descriptions: [],
    claims: [],
    parties: emptyParties(),
    classifications: [],
    citations: [],
    relatedDocuments: [],
    source: { format: 'test' },
    ...over,
  }
}

describe('patentTermAsOf', () => {
  it('US: 20 years from filing plus term adjustment; in force but estimated (fees)', () => {
    const t = patentTermAsOf(
      record({ filed: '2005-03-01', term: { extensionDays: 100 } }),
      '2014-01-01',
    )
    expect(t).toMatchObject({ status: 'in-force', expiry: '2025-06-09', estimated: true })
    expect(t.basis.join(' ')).toContain('100 days of patent term adjustment')
  })

  it('US filed before 8 June 1995: the later of 17 years from grant and 20 from filing', () => {
    const t = patentTermAsOf(record({ filed: '1994-01-01', granted: '2001-06-05' }), '2015-01-01')
    expect(t.expiry).toBe('2018-06-05')
    expect(t.status).toBe('in-force')
  })

  it('US: a continuation runs from its parent’s filing date; a terminal disclaimer makes it an estimate', () => {
    const t = patentTermAsOf(
      record({
        filed: '2008-01-01',
        term: { terminalDisclaimer: true },
        relatedDocuments: [
          {
            relation: 'continuation',
            document: { country: 'US', number: '10000001', date: '2003-05-05' },
          },
        ],
      }),
      '2024-01-01',
    )
    expect(t).toMatchObject({ status: 'expired', expiry: '2023-05-05', estimated: true })
    expect(t.basis.join(' ')).toMatch(/parent 10000001.*terminal disclaimer/su)
  })

  it('US design: 14 years from grant (15 when filed from 13 May 2015)', () => {
    expect(
      patentTermAsOf(
        record({ documentType: 'design', filed: '2010-01-01', granted: '2012-01-03' }),
        '2020-01-01',
      ).expiry,
    ).toBe('2026-01-03')
    expect(
      patentTermAsOf(
        record({ documentType: 'design', filed: '2016-01-01', granted: '2017-01-03' }),
        '2020-01-01',
      ).expiry,
    ).toBe('2032-01-03')
  })

  it('EP: 20 years from filing; a published application is pending with claims that may change', () => {
    expect(
      patentTermAsOf(record({ country: 'EP', filed: '2001-02-03' }), '2022-01-01'),
    ).toMatchObject({ status: 'expired', expiry: '2021-02-03' })
    const pending = patentTermAsOf(
      record({ country: 'EP', filed: '2015-02-03', stage: 'application' }),
      '2020-01-01',
    )
    expect(pending).toMatchObject({ status: 'pending', estimated: true })
  })

  it('a lapse event before the date makes it lapsed; an SPC extends the expiry', () => {
    const r = record({ country: 'EP', filed: '2001-02-03' })
    expect(
      patentTermAsOf(r, '2015-01-01', [{ date: '2012-03-01', type: 'lapse', source: 'register' }])
        .status,
    ).toBe('lapsed')
    const spc = patentTermAsOf(r, '2022-01-01', [
      { date: '2019-01-01', type: 'spc', until: '2025-06-30', source: 'SPC DE 12 2019 000 001' },
    ])
    expect(spc).toMatchObject({ status: 'in-force', expiry: '2025-06-30' })
  })

  it('published after the as-of date: not public then, status unknown', () => {
    expect(
      patentTermAsOf(record({ filed: '2005-01-01', granted: '2012-01-03' }), '2011-06-01').status,
    ).toBe('unknown')
  })
})
