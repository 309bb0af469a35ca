import type { LegalEvent, LegalStatus } from '../model/legal-event.js'
import type { PatentRecord } from '../model/patent.js'
import { normaliseLegalStatus } from '../rules/legal-status/normalise-status.js'
import type { LegalStatusReader } from '../store/legal-status-store.js'
import type { PublicationNumber } from '../model/publication-number.js'
import type {
  IngestCheckpoint,
  PatentStore,
  StoreStats,
  UpsertOptions,
  UpsertSummary,
} from '../store/patent-store.js'

/** Compares records without `source.file`/`source.offset`, keys sorted (key order is no change). */
function identity(record: PatentRecord): string {
  const source = { ...record.source, file: undefined, offset: undefined }
  return JSON.stringify({ ...record, source }, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  )
}

type Bucket = StoreStats['byCountry'][number]

function countBy(records: readonly PatentRecord[], key: (r: PatentRecord) => string): Bucket[] {
  const counts = new Map<string, number>()
  for (const r of records) {
    counts.set(key(r), (counts.get(key(r)) ?? 0) + 1)
  }
  return [...counts].map(([k, count]) => ({ key: k, count }))
}

/** Identity of a legal event within its publication (as the SQLite store keys it). */
function eventKey(e: LegalEvent): string {
  return JSON.stringify([
    e.code,
    e.date ?? '',
    e.effectiveDate ?? '',
    e.country ?? '',
    e.state ?? '',
    e.text ?? '',
  ])
}

/**
 * A reference `PatentStore` in memory: the conformance suite's oracle and a strict fake for
 * service tests. Records are cloned in and out, so callers never share objects with it. It also
 * keeps legal events (`UpsertOptions.legal`) and reads their status like the SQLite store.
 */
export function createMemoryPatentStore(): PatentStore & LegalStatusReader {
  const records = new Map<string, PatentRecord>()
  const checkpoints = new Map<string, IngestCheckpoint>()
  const legal = new Map<string, Map<string, LegalEvent>>()
  const eventsOf = (id: string): LegalEvent[] => [...(legal.get(id)?.values() ?? [])]

  function apply(batch: readonly PatentRecord[], options?: UpsertOptions): UpsertSummary {
    const next = new Map(records)
    const summary = { inserted: 0, replaced: 0, unchanged: 0 }
    for (const record of batch) {
      const stored = next.get(record.id)
      const older =
        stored?.source.produced !== undefined &&
        record.source.produced !== undefined &&
        stored.source.produced > record.source.produced
      if (stored && (older || identity(stored) === identity(record))) {
        summary.unchanged++
        continue
      }
      summary[stored ? 'replaced' : 'inserted']++
      next.set(record.id, structuredClone(record))
    }
    // Commit only after the whole batch was read: a failure above leaves everything as it was.
    records.clear()
    next.forEach((r, id) => records.set(id, r))
    for (const set of options?.legal ?? []) {
      const events = legal.get(set.publication) ?? new Map<string, LegalEvent>()
      set.events.forEach((e) => events.set(eventKey(e), structuredClone(e)))
      legal.set(set.publication, events)
    }
    if (options?.checkpoint) {
      checkpoints.set(options.checkpoint.source, { ...options.checkpoint })
    }
    return summary
  }

  return {
    id: 'memory',
    upsert(batch: readonly PatentRecord[], options?: UpsertOptions): Promise<UpsertSummary> {
      // The executor turns a throw (a record that cannot be read) into a rejection.
      return new Promise((resolve) => resolve(apply(batch, options)))
    },
    get: (id) => Promise.resolve(structuredClone(records.get(id))),
    findByNumber(pn: PublicationNumber): Promise<PatentRecord[]> {
      // The id is the canonical number: `US-10000000-B2`.
      const prefix = `${pn.country}-${pn.number}`
      const found = [...records.values()].filter((r) =>
        pn.kind === undefined
          ? r.id === prefix || r.id.startsWith(`${prefix}-`)
          : r.id === `${prefix}-${pn.kind}`,
      )
      const date = (r: PatentRecord): string => r.publication.date ?? ''
      found.sort((a, b) => date(b).localeCompare(date(a)) || b.id.localeCompare(a.id))
      return Promise.resolve(structuredClone(found))
    },
    remove: (ids) => Promise.resolve(ids.filter((id) => records.delete(id)).length),
    count: () => Promise.resolve(records.size),
    stats() {
      const all = [...records.values()]
      return Promise.resolve({
        documents: all.length,
        byCountry: countBy(all, (r) => r.id.split('-')[0] ?? 'unknown'),
        byKind: countBy(all, (r) => r.id.split('-')[2] ?? 'unknown'),
        byYear: countBy(all, (r) => r.publication.date?.slice(0, 4) ?? 'unknown'),
        byType: countBy(all, (r) => r.documentType),
      })
    },
    getCheckpoint: (source) => Promise.resolve(checkpoints.get(source)),
    saveCheckpoint(checkpoint) {
      checkpoints.set(checkpoint.source, { ...checkpoint })
      return Promise.resolve()
    },
    legalStatus(ids) {
      const out = new Map<string, LegalStatus>()
      for (const id of ids) {
        const status = normaliseLegalStatus(
          { publication: id, country: id.slice(0, 2), granted: records.get(id)?.stage === 'grant' },
          eventsOf(id),
        )
        if (status) {
          out.set(id, status)
        }
      }
      return Promise.resolve(out)
    },
    legalEvents(id) {
      const date = (e: LegalEvent): string => e.effectiveDate ?? e.date ?? ''
      return Promise.resolve(eventsOf(id).sort((a, b) => date(a).localeCompare(date(b))))
    },
    close: () => Promise.resolve(),
  }
}
