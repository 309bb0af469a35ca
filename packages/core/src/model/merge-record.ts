import type { PatentRecord } from './patent.js'

const LISTS = [
  'priorityClaims',
  'titles',
  'abstracts',
  'descriptions',
  'claims',
  'classifications',
  'citations',
  'relatedDocuments',
] as const

/**
 * Merges a partial record (`source.partial`: DOCDB/OPS bibliographic data, one OPS full-text
 * section, a bare family member) into the stored version of the same publication: every field
 * the incoming record has replaces the stored one, every field it lacks (an empty list, an absent
 * value) keeps the stored one; family ids are merged; parties are taken per role. The result keeps
 * the stored record's provenance when that one was complete, and is partial only if both were.
 * With no stored record, or when the incoming record is complete, returns `incoming` unchanged.
 */
export function mergePartialRecord(
  stored: PatentRecord | undefined,
  incoming: PatentRecord,
): PatentRecord {
  if (!stored || !incoming.source.partial || stored.id !== incoming.id) {
    return incoming
  }
  const out: PatentRecord = { ...stored, ...withoutUndefined(incoming) }
  for (const key of LISTS) {
    const list = incoming[key] as readonly unknown[]
    if (list.length === 0) {
      ;(out as Record<string, unknown>)[key] = stored[key]
    }
  }
  const parties = { ...stored.parties }
  for (const [role, list] of Object.entries(incoming.parties) as [
    keyof PatentRecord['parties'],
    PatentRecord['parties'][keyof PatentRecord['parties']],
  ][]) {
    if (list.length > 0) {
      parties[role] = list
    }
  }
  out.parties = parties
  if (stored.family || incoming.family) {
    out.family = { ...stored.family, ...incoming.family }
  }
  if (stored.stage !== 'unknown' && incoming.stage === 'unknown') {
    out.stage = stored.stage
  }
  if (stored.documentType !== 'unknown' && incoming.documentType === 'unknown') {
    out.documentType = stored.documentType
  }
  out.publication = { ...stored.publication, ...withoutUndefined(incoming.publication) }
  out.source = stored.source.partial ? incoming.source : stored.source
  return out
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined) {
      out[k] = v
    }
  }
  return out as Partial<T>
}
