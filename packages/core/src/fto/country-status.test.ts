import { describe, expect, it } from 'vitest'
import { buildPatentRecord } from '../testing/factories.js'
import { statusInCountry } from './country-status.js'

const US = buildPatentRecord() // granted 2018-06-19, filed 2016-01-04
const EP = buildPatentRecord({
  id: 'EP-3000000-B1',
  application: { country: 'EP', number: '16150000', date: '2016-01-04' },
})

describe('statusInCountry', () => {
  it('without a stored status: the term rules decide and say it is an estimate', () => {
    const term = statusInCountry(US, 'US', 'national', '2020-01-01', undefined)
    expect(term).toMatchObject({ status: 'in-force', estimated: true, source: 'term-rules' })
    expect(term.basis.at(-1)).toMatch(/no stored legal status/u)
  })

  it('a stored lapse before the date ends it; after the date it does not apply yet', () => {
    const stored = {
      status: 'withdrawn',
      date: '2019-02-01',
      source: 'legal-status',
      event: { code: 'STCB', description: 'ABANDONED' },
    } as const
    const after = statusInCountry(US, 'US', 'national', '2020-01-01', stored)
    expect(after).toMatchObject({ status: 'lapsed', estimated: false, source: 'legal-status' })
    expect(after.basis.at(-1)).toMatch(/withdrawn since 2019-02-01 \(STCB ABANDONED\)/u)
    const before = statusInCountry(US, 'US', 'national', '2019-01-01', stored)
    expect(before.status).toBe('in-force')
    expect(before.basis.at(-1)).toMatch(/after the as-of date/u)
  })

  it('a stored grant replaces the fee assumption; the expiry still comes from the term', () => {
    const term = statusInCountry(US, 'US', 'national', '2020-01-01', {
      status: 'granted',
      date: '2018-06-19',
      source: 'legal-status',
    })
    expect(term).toMatchObject({ status: 'in-force', estimated: false, expiry: '2036-01-04' })
    expect(term.basis.join(' ')).not.toMatch(/assumed paid/u)
    expect(
      statusInCountry(US, 'US', 'national', '2037-01-01', {
        status: 'granted',
        source: 'legal-status',
      }).status,
    ).toBe('expired')
  })

  it('a European patent lapsed in one state: dated state events first, else lapsedIn', () => {
    const stored = { status: 'granted', source: 'legal-status', lapsedIn: ['DE'] } as const
    const de = statusInCountry(EP, 'DE', 'EP', '2020-01-01', stored)
    expect(de).toMatchObject({ status: 'lapsed', estimated: true })
    expect(statusInCountry(EP, 'FR', 'EP', '2020-01-01', stored).status).toBe('in-force')
    const events = [{ date: '2021-03-01', type: 'lapse', state: 'DE', source: 'PG25' }] as const
    expect(statusInCountry(EP, 'DE', 'EP', '2020-01-01', stored, events).status).toBe('in-force')
    expect(statusInCountry(EP, 'DE', 'EP', '2022-01-01', stored, events)).toMatchObject({
      status: 'lapsed',
      estimated: false,
    })
    // The EP patent as a whole (route national to EP) is not lapsed by a state event.
    expect(statusInCountry(EP, 'EP', 'national', '2022-01-01', stored, events).status).toBe(
      'in-force',
    )
  })
})
