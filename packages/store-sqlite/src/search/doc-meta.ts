import type { SqliteDb } from '../driver.js'

/**
 * Per-publication columns that filters, family collapsing and facets read for every candidate,
 * held in arrays indexed by `doc` (the store's integer key, which is also the index's document
 * number). Dates are `YYYYMMDD` integers, 0 when unknown.
 */
export interface DocMeta {
  readonly limit: number
  readonly ids: (string | undefined)[]
  readonly priority: Int32Array
  readonly published: Int32Array
  readonly country: (string | undefined)[]
  readonly kind: (string | undefined)[]
  readonly stage: (string | undefined)[]
  readonly family: (string | undefined)[]
  readonly title: (string | undefined)[]
}

const ymd = (iso: string | null): number => (iso ? Number(iso.slice(0, 10).replaceAll('-', '')) : 0)

/** Reads the columns of every publication. */
export function loadDocMeta(db: SqliteDb): DocMeta {
  const max = (
    db.prepare('SELECT coalesce(max(doc), 0) AS m FROM publications').get() as { m: number }
  ).m
  const limit = max + 1
  const meta: DocMeta = {
    limit,
    ids: new Array<string | undefined>(limit),
    priority: new Int32Array(limit),
    published: new Int32Array(limit),
    country: new Array<string | undefined>(limit),
    kind: new Array<string | undefined>(limit),
    stage: new Array<string | undefined>(limit),
    family: new Array<string | undefined>(limit),
    title: new Array<string | undefined>(limit),
  }
  const rows = db
    .prepare(
      `SELECT p.doc, p.id, p.country, p.kind, p.stage, p.pub_date,
         coalesce(p.priority_date, p.app_date, p.pub_date) AS prio,
         coalesce(p.family_docdb, p.family_inpadoc,
                  (SELECT min(k.key) FROM family_keys k WHERE k.doc = p.doc), p.id) AS family,
         (SELECT t.text FROM texts t WHERE t.doc = p.doc AND t.field = 'title'
           ORDER BY (t.lang = 'en') DESC, t.seq LIMIT 1) AS title
       FROM publications p`,
    )
    .iterate() as IterableIterator<{
    doc: number
    id: string
    country: string
    kind: string | null
    stage: string
    pub_date: string | null
    prio: string | null
    family: string
    title: string | null
  }>
  for (const r of rows) {
    meta.ids[r.doc] = r.id
    meta.priority[r.doc] = ymd(r.prio)
    meta.published[r.doc] = ymd(r.pub_date)
    meta.country[r.doc] = r.country
    meta.kind[r.doc] = r.kind ?? undefined
    meta.stage[r.doc] = r.stage
    meta.family[r.doc] = r.family
    meta.title[r.doc] = r.title ?? undefined
  }
  return meta
}
