import { describe, expect, it } from 'vitest'
import type { LegalStatus } from '../model/legal-event.js'
import type { PatentRecord } from '../model/patent.js'
import type { LegalStatusReader } from '../store/legal-status-store.js'
import { buildPatentRecord } from '../testing/factories.js'
import { familyKeys } from './family-keys.js'
import type { FamilyStore } from './family-store.js'
import { summarizeLegalStatus } from './legal-status.js'
import { resolveFamily } from './resolve-family.js'

const lapsed: LegalStatus = {
  publication: 'EP-3000000-B1',
  status: 'lapsed',
  since: '2024-03-01',
  event: { code: 'PG25', description: 'Lapsed in a contracting state' },
  basis: 'rule',
  rulesVersion: 'test',
}

describe('summarizeLegalStatus', () => {
  it('keeps the status, the date it took effect and the event that set it', () => {
    expect(summarizeLegalStatus(lapsed)).toEqual({
      status: 'lapsed',
      source: 'legal-status',
      date: '2024-03-01',
      event: { code: 'PG25', description: 'Lapsed in a contracting state' },
    })
    const bare: LegalStatus = { ...lapsed, event: undefined, since: undefined, basis: 'term' }
    expect(summarizeLegalStatus(bare)).toEqual({
      status: 'lapsed',
      source: 'legal-status',
    })
  })
})

describe('resolveFamily reads statuses through the one legal-status port', () => {
  const shared = { priorityClaims: [{ country: 'US', number: '62000001', date: '2019-01-02' }] }
  const records: PatentRecord[] = [
    buildPatentRecord({ id: 'EP-3000000-B1', ...shared }),
    buildPatentRecord({ id: 'US-10000000-B2', ...shared }),
  ]
  const families: FamilyStore = {
    get: (id) => Promise.resolve(records.find((r) => r.id === id)),
    getMany: (ids) => Promise.resolve(records.filter((r) => ids.includes(r.id))),
    withKeys: (keys) =>
      Promise.resolve(
        records
          .map((r) => ({ id: r.id, keys: familyKeys(r) }))
          .filter((c) => c.keys.some((k) => keys.includes(k))),
      ),
    withDocdbFamily: () => Promise.resolve([]),
    resolveIds: () => Promise.resolve(new Map()),
    citing: () => Promise.resolve([]),
  }
  const reader: Pick<LegalStatusReader, 'legalStatus'> = {
    legalStatus: (ids) =>
      Promise.resolve(
        new Map(ids.filter((id) => id === lapsed.publication).map((id) => [id, lapsed])),
      ),
  }

  it('gives members with stored data their status and the others a derived one', async () => {
    const view = await resolveFamily(families, 'US-10000000-B2', { legalStatus: reader })
    const status = Object.fromEntries(view!.members.map((m) => [m.id, m.status]))
    expect(status['EP-3000000-B1']).toEqual(summarizeLegalStatus(lapsed))
    expect(status['US-10000000-B2']).toMatchObject({ status: 'granted', source: 'derived' })
  })

  it('derives every status without a reader', async () => {
    const view = await resolveFamily(families, 'US-10000000-B2')
    expect(view!.members.map((m) => m.status.source)).toEqual(['derived', 'derived'])
  })
})
