import type { SqliteDb } from '../driver.js'

/**
 * Per-publication columns that filters, family collapsing and facets read for every candidate,
 * indexed by `doc` (the store's integer key, which is also the index's document number). Dates
 * are `YYYYMMDD` integers, 0 when unknown. Strings are decoded when asked for (ADR 0024).
 */
export interface DocMeta {
  readonly limit: number
  readonly priority: Int32Array
  readonly published: Int32Array
  /** Whether a publication has this `doc`. */
  has(doc: number): boolean
  id(doc: number): string | undefined
  country(doc: number): string | undefined
  /**
   * A test equal to `country(doc) === country` that compares stored codes (no string per
   * document); false for absent documents.
   */
  countryTest(country: string): (doc: number) => boolean
  kind(doc: number): string | undefined
  stage(doc: number): string | undefined
  /** The family key (DOCDB, INPADOC, smallest computed key, else the id). */
  family(doc: number): string | undefined
}

/** The columns packed into a few arrays, as stored (ADR 0024). */
export interface PackedDocMeta {
  readonly limit: number
  /** Ids, UTF-8, concatenated; doc `d`'s is `[idStarts[d], idStarts[d + 1])` (empty: no doc). */
  readonly idBytes: Uint8Array
  readonly idStarts: Uint32Array
  readonly familyBytes: Uint8Array
  readonly familyStarts: Uint32Array
  /** Country, kind and stage of doc `d` at `3d … 3d + 2`: 1 + index in `strings`, 0 for none. */
  readonly codes: Uint16Array
  readonly strings: readonly string[]
  readonly priority: Int32Array
  readonly published: Int32Array
}

const ymd = (iso: string | null): number => (iso ? Number(iso.slice(0, 10).replaceAll('-', '')) : 0)

/** Packs strings by doc into one UTF-8 array and offsets. */
class StringColumn {
  readonly #encoder = new TextEncoder()
  readonly starts: Uint32Array
  #bytes = new Uint8Array(1 << 16)
  #at = 0
  #last = 0

  constructor(limit: number) {
    this.starts = new Uint32Array(limit + 1)
  }

  set(doc: number, value: string): void {
    // Docs arrive ascending; gaps (no publication) get empty ranges.
    this.starts.fill(this.#at, this.#last + 1, doc + 1)
    const need = this.#at + value.length * 3
    if (need > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.#bytes.length * 2))
      grown.set(this.#bytes.subarray(0, this.#at))
      this.#bytes = grown
    }
    this.#at += this.#encoder.encodeInto(value, this.#bytes.subarray(this.#at)).written
    this.starts[doc + 1] = this.#at
    this.#last = doc + 1
  }

  finish(): Uint8Array {
    this.starts.fill(this.#at, this.#last + 1)
    return this.#bytes.slice(0, this.#at)
  }
}

/** Reads the columns of every publication from the tables (a full scan; ADR 0024 stores them). */
export function computeDocMeta(db: SqliteDb): PackedDocMeta {
  const max = (
    db.prepare('SELECT coalesce(max(doc), 0) AS m FROM publications').get() as { m: number }
  ).m
  const limit = max + 1
  const ids = new StringColumn(limit)
  const families = new StringColumn(limit)
  const codes = new Uint16Array(limit * 3)
  const priority = new Int32Array(limit)
  const published = new Int32Array(limit)
  const strings: string[] = []
  const codeOf = new Map<string, number>()
  const code = (s: string | null): number => {
    if (s === null) {
      return 0
    }
    let c = codeOf.get(s)
    if (c === undefined) {
      strings.push(s)
      c = strings.length
      codeOf.set(s, c)
    }
    return c
  }
  const rows = db
    .prepare(
      `SELECT p.doc, p.id, p.country, p.kind, p.stage, p.pub_date,
         coalesce(p.priority_date, p.app_date, p.pub_date) AS prio,
         coalesce(p.family_docdb, p.family_inpadoc,
                  (SELECT min(k.key) FROM family_keys k WHERE k.doc = p.doc), p.id) AS family
       FROM publications p ORDER BY p.doc`,
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
  }>
  for (const r of rows) {
    ids.set(r.doc, r.id)
    families.set(r.doc, r.family)
    priority[r.doc] = ymd(r.prio)
    published[r.doc] = ymd(r.pub_date)
    codes[r.doc * 3] = code(r.country)
    codes[r.doc * 3 + 1] = code(r.kind)
    codes[r.doc * 3 + 2] = code(r.stage)
  }
  if (strings.length >= 0xffff) {
    throw new Error(`doc meta: ${strings.length} distinct countries, kinds and stages`)
  }
  return {
    limit,
    idBytes: ids.finish(),
    idStarts: ids.starts,
    familyBytes: families.finish(),
    familyStarts: families.starts,
    codes,
    strings,
    priority,
    published,
  }
}

/** Read access to packed columns. */
export function docMetaView(p: PackedDocMeta): DocMeta {
  const decoder = new TextDecoder()
  const text = (bytes: Uint8Array, starts: Uint32Array, d: number): string | undefined =>
    d >= 0 && d < p.limit && starts[d + 1]! > starts[d]!
      ? decoder.decode(bytes.subarray(starts[d], starts[d + 1]))
      : undefined
  const coded = (d: number, k: number): string | undefined =>
    d >= 0 && d < p.limit ? p.strings[p.codes[d * 3 + k]! - 1] : undefined
  return {
    limit: p.limit,
    priority: p.priority,
    published: p.published,
    has: (d) => d >= 0 && d < p.limit && p.idStarts[d + 1]! > p.idStarts[d]!,
    id: (d) => text(p.idBytes, p.idStarts, d),
    family: (d) => text(p.familyBytes, p.familyStarts, d),
    country: (d) => coded(d, 0),
    countryTest: (country) => {
      const code = p.strings.indexOf(country) + 1
      const codes = p.codes
      const limit = p.limit
      return code === 0 ? () => false : (d) => d >= 0 && d < limit && codes[d * 3] === code
    },
    kind: (d) => coded(d, 1),
    stage: (d) => coded(d, 2),
  }
}

/** The title shown for each of `docs` (English first), read only for the documents shown. */
export function readTitles(db: SqliteDb, docs: readonly number[]): (string | undefined)[] {
  const stmt = db.prepare(
    `SELECT text FROM texts WHERE doc = ? AND field = 'title'
     ORDER BY (lang = 'en') DESC, seq LIMIT 1`,
  )
  return docs.map((d) => (stmt.get(d) as { text: string } | undefined)?.text)
}
