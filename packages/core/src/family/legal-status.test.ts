import { describe, expect, it } from 'vitest'
import type { LegalStatus } from '../model/legal-event.js'
import { legalStatusFromStore } from './legal-status.js'

describe('legalStatusFromStore', () => {
  it('passes stored statuses with their event and date, and leaves ids without data out', async () => {
    const stored: LegalStatus = {
      publication: 'EP-3000000-B1',
      status: 'lapsed',
      since: '2024-03-01',
      event: { code: 'PG25', description: 'Lapsed in a contracting state' },
      basis: 'rule',
      rulesVersion: 'test',
    }
    const reader = legalStatusFromStore({
      legalStatus: (ids) =>
        Promise.resolve(
          new Map(ids.filter((id) => id === stored.publication).map((id) => [id, stored])),
        ),
    })
    const got = await reader.statusOf(['EP-3000000-B1', 'US-1-B1'])
    expect([...got.keys()]).toEqual(['EP-3000000-B1'])
    expect(got.get('EP-3000000-B1')).toEqual({
      status: 'lapsed',
      source: 'legal-status',
      date: '2024-03-01',
      event: { code: 'PG25', description: 'Lapsed in a contracting state' },
    })
  })
})
