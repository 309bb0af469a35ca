import { formatPublicationId, parsePublicationNumber, type SearchFilters } from '@chuhai/core'
import type { SqliteDb } from '../driver.js'
import type { DocMeta } from './doc-meta.js'
import { classRange } from './keyword-resolver.js'

const ymd = (iso: string): number => Number(iso.slice(0, 10).replaceAll('-', ''))

/** The document predicate of a search's filters (applied before ranking picks its top k). */
export function acceptFilter(
  meta: DocMeta,
  filters: SearchFilters | undefined,
  db: SqliteDb,
): (doc: number) => boolean {
  const tests: ((d: number) => boolean)[] = [(d) => meta.has(d)]
  if (filters) {
    const dates = filters.beforeOn === 'publication' ? meta.published : meta.priority
    if (filters.before !== undefined) {
      const before = ymd(filters.before)
      tests.push((d) => dates[d]! > 0 && dates[d]! < before)
    }
    if (filters.after !== undefined) {
      const after = ymd(filters.after)
      tests.push((d) => dates[d]! >= after)
    }
    if (filters.countries?.length) {
      const set = new Set(filters.countries.map((c) => c.toUpperCase()))
      tests.push((d) => set.has(meta.country(d) ?? ''))
    }
    if (filters.kinds?.length) {
      const set = new Set(filters.kinds.map((c) => c.toUpperCase()))
      tests.push((d) => set.has(meta.kind(d) ?? ''))
    }
    if (filters.status?.length) {
      const set = new Set<string>(filters.status)
      tests.push((d) => set.has(meta.stage(d) ?? ''))
    }
    if (filters.classifications?.length) {
      const docs = new Set<number>()
      const stmt = db.prepare(
        "SELECT doc FROM classifications WHERE scheme IN ('cpc', 'ipc') AND symbol >= ? AND symbol < ?",
      )
      for (const prefix of filters.classifications) {
        for (const r of stmt.iterate(...classRange(prefix)) as IterableIterator<{ doc: number }>) {
          docs.add(r.doc)
        }
      }
      tests.push((d) => docs.has(d))
    }
    if (filters.applicants?.length) {
      const docs = new Set<number>()
      const stmt = db.prepare(
        "SELECT doc FROM parties WHERE role IN ('applicant', 'assignee') AND name LIKE ? ESCAPE '\\'",
      )
      for (const name of filters.applicants) {
        const like = `%${name.trim().replace(/[\\%_]/gu, (c) => `\\${c}`)}%`
        for (const r of stmt.iterate(like) as IterableIterator<{ doc: number }>) {
          docs.add(r.doc)
        }
      }
      tests.push((d) => docs.has(d))
    }
    if (filters.excludePublications?.length) {
      const ids = new Set(
        filters.excludePublications.map((raw) => {
          const pn = parsePublicationNumber(raw)
          return pn ? formatPublicationId(pn) : raw
        }),
      )
      // A number given without a kind excludes every kind of it.
      const bare = new Set([...ids].filter((id) => id.split('-').length === 2))
      tests.push((d) => {
        const id = meta.id(d)!
        return !ids.has(id) && !bare.has(id.split('-').slice(0, 2).join('-'))
      })
    }
    if (filters.excludeFamilies?.length) {
      const families = new Set(filters.excludeFamilies)
      tests.push((d) => !families.has(meta.family(d) ?? ''))
    }
  }
  // No filters: the one test itself (a Boolean match of a million documents passes through it).
  return tests.length === 1 ? tests[0]! : (d) => tests.every((t) => t(d))
}
