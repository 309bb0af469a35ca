import type { PatentRecord } from '../model/patent.js'

/**
 * The keys that tie a publication to its family: one per application it claims priority from
 * (`US:62900001`), the US provisional applications it claims the benefit of, or, when it claims
 * none, its own application (`US:16123456`) so that the A1 and B2 of one application share a
 * family. A publication with neither gets `PUB:<id>`, a family of its own.
 *
 * Each number is brought to one canonical form with its filing date (`familyKey`), so that the
 * spellings of one application in different sources meet: DOCDB `EP 10167109`, EPODOC
 * `EP20100167109`, USPTO `62/900,001` and DOCDB `US201962900001P` (ADR 0019).
 */
export function familyKeys(record: PatentRecord): string[] {
  const keys = new Set<string>()
  for (const p of record.priorityClaims) {
    keys.add(familyKey(p.country, p.number, p.date))
  }
  for (const r of record.relatedDocuments) {
    if (r.relation === 'provisional') {
      keys.add(familyKey(r.document.country, r.document.number, r.document.date))
    }
  }
  keys.delete('')
  if (keys.size === 0) {
    const app = record.application
    keys.add((app && familyKey(app.country, app.number, app.date)) || `PUB:${record.id}`)
  }
  return [...keys].sort()
}

/**
 * The canonical key of an application: `COUNTRY:SERIAL`, `''` when the number has no letter or
 * digit. The serial is the number upper-cased without separators and without a repeated country
 * code (`US201962900001P`); with the filing date known, a
 * leading four-digit filing year is dropped (EPODOC `NL19981010536` → `1010536`, DOCDB
 * `US201113167395` → `13167395`, `AU2024265697` → `265697`) and then a leading two-digit year of
 * an eight-digit number (DOCDB `EP10167109` → `167109`, as EPODOC's `EP20100167109` gives). A
 * final letter after a digit (a check character `X`, the DOCDB `P` of US provisionals) and
 * leading zeros are dropped. Without a date only the last two steps apply. The SQL twin is
 * migration 100 (store-sqlite `offices-migrations.ts`): change both together.
 *
 * @example familyKey('EP', '20100167109', '2010-06-24') // 'EP:167109'
 */
export function familyKey(country: string, number: string, date?: string): string {
  const cc = country.toUpperCase()
  let n = number.toUpperCase().replace(/[^A-Z0-9]/g, '')
  if (!n) {
    return ''
  }
  if (n.length > 3 && n.startsWith(cc) && /[0-9]/.test(n.charAt(2))) {
    n = n.slice(2)
  }
  if (date && /^\d{4}-/.test(date)) {
    if (n.length >= 9 && n.startsWith(date.slice(0, 4))) {
      n = n.slice(4)
    }
    if (n.length === 8 && n.startsWith(date.slice(2, 4))) {
      n = n.slice(2)
    }
  }
  if (/[0-9][A-Z]$/.test(n)) {
    n = n.slice(0, -1)
  }
  n = n.replace(/^0+(?=.)/, '')
  return `${cc}:${n}`
}
