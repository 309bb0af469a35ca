import { describe, expect, it } from 'vitest'
import type { DocketEvent, Matter } from './matter.js'
import { protectionNet } from './protection-net.js'

const clock = { now: () => Date.parse('2026-01-15T12:00:00Z') }
const m = (x: Partial<Matter> & Pick<Matter, 'id' | 'office' | 'family'>): Matter => ({
  title: 'Robot',
  core: true,
  targets: [],
  ...x,
})

describe('protectionNet', () => {
  it('core families × countries: granted, pending, via EP, via PCT, gaps; expiry and yearly cost', () => {
    const matters = [
      m({ id: 'C1', office: 'CN', family: 'F1', filingDate: '2024-05-21' }),
      m({
        id: 'W1',
        office: 'WO',
        family: 'F1',
        filingDate: '2025-05-20',
        priorityDate: '2024-05-21',
        targets: ['US', 'JP'],
      }),
      m({
        id: 'E1',
        office: 'EP',
        family: 'F1',
        filingDate: '2025-05-20',
        priorityDate: '2024-05-21',
      }),
      m({ id: 'U2', office: 'US', family: 'F2', filingDate: '2016-03-01', core: false }),
    ]
    const events: DocketEvent[] = [{ id: 'E1', matterId: 'C1', type: 'grant', date: '2025-09-02' }]
    const net = protectionNet(
      matters,
      events,
      { markets: ['US', 'EP', 'DE', 'JP', 'KR'], currency: 'CNY' },
      { clock },
    )
    expect(net.rows.map((r) => r.family)).toEqual(['F1'])
    const cell = (o: string) => net.rows[0]!.cells.find((c) => c.office === o)!
    expect(cell('US')).toMatchObject({ status: 'via_pct', matterIds: ['W1'] })
    expect(cell('US').next).toMatchObject({ kind: 'national_phase', due: '2026-11-23' })
    expect(cell('DE')).toMatchObject({ status: 'via_ep', expiry: '2045-05-20' })
    expect(cell('KR').status).toBe('none')
    expect(cell('CN')).toMatchObject({ status: 'granted', expiry: '2044-05-21' })
    expect(cell('CN').yearlyCost).toBeGreaterThan(0)
    expect(net.rows[0]!.gaps).toEqual(['KR'])
    expect(net.offices).toEqual(['US', 'EP', 'DE', 'JP', 'KR', 'CN', 'WO'])
  })

  it('a lapsed matter is a gap; without core matters every family shows (with a warning)', () => {
    const matters = [
      m({ id: 'U1', office: 'US', family: 'F1', filingDate: '2015-01-05', core: false }),
    ]
    const events: DocketEvent[] = [{ id: 'E1', matterId: 'U1', type: 'lapse', date: '2024-01-05' }]
    const net = protectionNet(matters, events, { markets: ['US'], currency: 'USD' }, { clock })
    expect(net.rows[0]!.cells[0]!.status).toBe('lapsed')
    expect(net.rows[0]!.gaps).toEqual(['US'])
    expect(net.warnings).toContain('no matter is marked --core: the net shows every family')
  })
})
