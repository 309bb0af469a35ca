import { createError } from '../errors.js'
import type { DocketStore } from '../docket/docket-store.js'
import type { DocketEvent, Matter } from '../docket/matter.js'

/**
 * The reference `DocketStore`: plain arrays, same contract as the SQLite adapter. For tests
 * and for running the conformance suite against its own cases.
 */
export function createMemoryDocketStore(): DocketStore {
  const matters: Matter[] = []
  const events: { event: DocketEvent; seq: number }[] = []
  let matterSeq = 0
  let eventSeq = 0
  let open = true
  const check = (): void => {
    if (!open) {
      throw new Error('the docket store is closed')
    }
  }
  return {
    id: 'memory',
    addMatter(input) {
      check()
      matterSeq += 1
      while (input.id === undefined && matters.some((m) => m.id === `M${matterSeq}`)) {
        matterSeq += 1
      }
      const id = input.id ?? `M${matterSeq}`
      if (matters.some((m) => m.id === id)) {
        return Promise.reject(createError('DOCKET_DUPLICATE_MATTER', id))
      }
      const matter: Matter = { ...input, id, targets: [...input.targets] }
      matters.push(matter)
      return Promise.resolve(matter)
    },
    getMatter: (id) => (check(), Promise.resolve(matters.find((m) => m.id === id))),
    listMatters: () => (check(), Promise.resolve([...matters])),
    addEvent(input) {
      check()
      if (!matters.some((m) => m.id === input.matterId)) {
        const known = matters.map((m) => m.id)
        return Promise.reject(createError('DOCKET_UNKNOWN_MATTER', input.matterId, known))
      }
      eventSeq += 1
      const event: DocketEvent = { ...input, id: `E${eventSeq}` }
      events.push({ event, seq: eventSeq })
      return Promise.resolve(event)
    },
    listEvents(matterId) {
      check()
      const found = events
        .filter(({ event: e }) => matterId === undefined || e.matterId === matterId)
        .sort((a, b) =>
          a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.seq - b.seq,
        )
        .map(({ event }) => event)
      return Promise.resolve(found)
    },
    close() {
      open = false
      return Promise.resolve()
    },
  }
}
