import { expect } from 'vitest'
import { ChuhaiError } from '../errors.js'
import type { DocketStore } from '../docket/docket-store.js'
import type { NewMatter } from '../docket/matter.js'

/** One conformance case. */
export interface DocketStoreCase {
  readonly name: string
  run(store: DocketStore): Promise<void>
}

/** A matter to add, with overrides. */
export function newMatter(overrides: Partial<NewMatter> = {}): NewMatter {
  return {
    family: 'F1',
    office: 'CN',
    title: '足式机器人激光雷达避障',
    applicationNumber: 'CN202510123456.7',
    filingDate: '2025-05-20',
    priorityDate: undefined,
    core: true,
    targets: [],
    ...overrides,
  }
}

async function rejectsWith(
  promise: Promise<unknown>,
  code: string,
  message: RegExp,
): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ChuhaiError)
  expect((error as ChuhaiError).code).toBe(code)
  expect((error as ChuhaiError).message).toMatch(message)
}

/** The cases every `DocketStore` passes. */
export const DOCKET_STORE_CASES: readonly DocketStoreCase[] = [
  {
    name: 'assigns M1, M2 … and keeps every field (unicode, optional fields, targets)',
    async run(store) {
      const a = await store.addMatter(newMatter())
      const b = await store.addMatter(
        newMatter({
          office: 'WO',
          applicationNumber: undefined,
          filingDate: undefined,
          priorityDate: '2025-05-20',
          core: false,
          targets: ['US', 'EP'],
        }),
      )
      expect([a.id, b.id]).toEqual(['M1', 'M2'])
      expect(await store.getMatter('M1')).toEqual({ ...newMatter(), id: 'M1' })
      const m2 = await store.getMatter('M2')
      expect(m2).toMatchObject({
        office: 'WO',
        core: false,
        targets: ['US', 'EP'],
        priorityDate: '2025-05-20',
      })
      expect(m2?.filingDate).toBeUndefined()
      expect(m2?.applicationNumber).toBeUndefined()
      expect((await store.listMatters()).map((m) => m.id)).toEqual(['M1', 'M2'])
    },
  },
  {
    name: 'keeps a given id and refuses a duplicate',
    async run(store) {
      expect((await store.addMatter(newMatter({ id: 'US-A' }))).id).toBe('US-A')
      await rejectsWith(
        store.addMatter(newMatter({ id: 'US-A' })),
        'DOCKET_DUPLICATE_MATTER',
        /US-A/,
      )
      expect((await store.addMatter(newMatter())).id).toMatch(/^M\d+$/)
    },
  },
  {
    name: 'an unknown matter is undefined; an event for it is refused with the known ids',
    async run(store) {
      expect(await store.getMatter('M9')).toBeUndefined()
      await rejectsWith(
        store.addEvent({ matterId: 'M9', type: 'grant', date: '2027-01-01' }),
        'DOCKET_UNKNOWN_MATTER',
        /known matters: \(none/,
      )
      await store.addMatter(newMatter())
      await rejectsWith(
        store.addEvent({ matterId: 'M9', type: 'grant', date: '2027-01-01' }),
        'DOCKET_UNKNOWN_MATTER',
        /"M9".*known matters: M1/,
      )
    },
  },
  {
    name: 'events get E1, E2 … and list by date, then in the order added',
    async run(store) {
      await store.addMatter(newMatter())
      await store.addMatter(newMatter({ id: 'X', office: 'US' }))
      await store.addEvent({
        matterId: 'M1',
        type: 'office_action',
        date: '2026-09-01',
        responseMonths: 2,
        note: '第一次审查意见',
      })
      await store.addEvent({
        matterId: 'X',
        type: 'office_action',
        date: '2026-03-01',
        due: '2026-06-01',
      })
      await store.addEvent({ matterId: 'M1', type: 'publication', date: '2026-03-01' })
      await store.addEvent({ matterId: 'M1', type: 'response', date: '2026-03-01' })
      const all = await store.listEvents()
      expect(all.map((e) => e.id)).toEqual(['E2', 'E3', 'E4', 'E1'])
      expect(all[0]).toEqual({
        id: 'E2',
        matterId: 'X',
        type: 'office_action',
        date: '2026-03-01',
        due: '2026-06-01',
        responseMonths: undefined,
        note: undefined,
      })
      const m1 = await store.listEvents('M1')
      expect(m1.map((e) => e.type)).toEqual(['publication', 'response', 'office_action'])
      expect(m1[2]).toMatchObject({ responseMonths: 2, note: '第一次审查意见' })
    },
  },
]
