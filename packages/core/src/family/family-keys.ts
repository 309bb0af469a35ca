import type { PatentRecord } from '../model/patent.js'

/**
 * The keys that tie a publication to its family: one per application it claims priority from
 * (`US:62900001`), the US provisional applications it claims the benefit of, or, when it claims
 * none, its own application (`US:16123456`) so that the A1 and B2 of one application share a
 * family. A publication with neither gets `PUB:<id>`, a family of its own.
 *
 * Numbers are compared as written by the source with separators removed and letters upper-cased:
 * sources that spell the same application differently (DOCDB `US201962900001P`, USPTO `62/900,001`)
 * do not meet here — the DOCDB family id, where given, bridges them (ADR 0008).
 */
export function familyKeys(record: PatentRecord): string[] {
  const keys = new Set<string>()
  for (const p of record.priorityClaims) {
    keys.add(familyKey(p.country, p.number))
  }
  for (const r of record.relatedDocuments) {
    if (r.relation === 'provisional') {
      keys.add(familyKey(r.document.country, r.document.number))
    }
  }
  if (keys.size === 0) {
    keys.add(
      record.application
        ? familyKey(record.application.country, record.application.number)
        : `PUB:${record.id}`,
    )
  }
  keys.delete('')
  return [...keys].sort()
}

/** `US`, `62/900,001` → `US:62900001`; `''` when the number has no letter or digit. */
export function familyKey(country: string, number: string): string {
  const n = number.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return n ? `${country.toUpperCase()}:${n}` : ''
}
