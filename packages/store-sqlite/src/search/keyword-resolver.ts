import {
  normalizeCpc,
  parsePublicationNumber,
  formatPublicationId,
  type DateRangeNode,
  type KeywordNode,
  type KeywordResolver,
} from '@chuhai/core'
import type { SqliteDb } from '../driver.js'
import type { DocMeta } from './doc-meta.js'

const ymd = (iso: string | undefined, open: number): number =>
  iso === undefined ? open : Number(iso.replaceAll('-', ''))

/** Matches keyword and date clauses against the store's tables and the in-memory columns. */
export class SqliteKeywordResolver implements KeywordResolver {
  readonly #db: SqliteDb
  readonly #meta: DocMeta

  constructor(db: SqliteDb, meta: DocMeta) {
    this.#db = db
    this.#meta = meta
  }

  resolve(node: KeywordNode | DateRangeNode): Uint32Array {
    const test = this.#columnTest(node)
    if (test) {
      return this.#scan(test)
    }
    switch (node.field) {
      case 'cc':
      case 'pd':
      case 'prd':
        return new Uint32Array(0) // decided by #columnTest
      case 'cpc':
      case 'ipc':
        return this.#docs(
          `SELECT DISTINCT doc FROM classifications WHERE scheme = ? AND symbol >= ? AND symbol < ?`,
          node.field,
          ...classRange(node.value),
        )
      case 'pa':
      case 'in': {
        const roles = node.field === 'pa' ? ['applicant', 'assignee'] : ['inventor']
        return this.#docs(
          `SELECT DISTINCT doc FROM parties WHERE role IN (${roles.map(() => '?').join(', ')}) AND name LIKE ? ESCAPE '\\'`,
          ...roles,
          `%${node.value.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`,
        )
      }
      case 'pn': {
        const pn = parsePublicationNumber(node.value)
        if (!pn) {
          return new Uint32Array(0)
        }
        const id = formatPublicationId(pn)
        return pn.kind
          ? this.#docs('SELECT doc FROM publications WHERE id = ?', id)
          : this.#docs(
              'SELECT doc FROM publications WHERE country = ? AND number = ?',
              pn.country,
              pn.number,
            )
      }
    }
  }

  /** Country and date clauses are decided per document on the in-memory columns. */
  test(node: KeywordNode | DateRangeNode): ((doc: number) => boolean) | undefined {
    const test = this.#columnTest(node)
    const meta = this.#meta
    return test && ((d) => d < meta.limit && meta.has(d) && test(d))
  }

  #columnTest(node: KeywordNode | DateRangeNode): ((doc: number) => boolean) | undefined {
    if (node.kind === 'date') {
      const dates = node.field === 'pd' ? this.#meta.published : this.#meta.priority
      const from = ymd(node.from, 0)
      const to = ymd(node.to, 99999999)
      return (d) => {
        const date = dates[d]!
        return date > 0 && date >= from && date <= to
      }
    }
    if (node.field === 'cc') {
      return this.#meta.countryTest(node.value.toUpperCase())
    }
    return undefined
  }

  #scan(test: (doc: number) => boolean): Uint32Array {
    const out: number[] = []
    for (let d = 0; d < this.#meta.limit; d++) {
      if (this.#meta.has(d) && test(d)) {
        out.push(d)
      }
    }
    return Uint32Array.from(out)
  }

  #docs(sql: string, ...params: unknown[]): Uint32Array {
    const docs = (this.#db.prepare(sql).all(...params) as { doc: number }[]).map((r) => r.doc)
    return Uint32Array.from(docs).sort()
  }
}

/**
 * The symbol range a CPC/IPC prefix covers, in the store's normalised spelling (`G06N 3/08`):
 * `G06N` → [`G06N`, `G06O`), `G06N3/08` → [`G06N 3/08`, `G06N 3/09`).
 */
export function classRange(prefix: string): [string, string] {
  const raw = prefix.trim().toUpperCase()
  const full = /\d\/\d/u.test(raw) ? normalizeCpc(raw) : undefined
  const group = /^([A-HY]\d\d[A-Z])\s*(\d+)\/?$/u.exec(raw)
  const from = full ?? (group ? `${group[1]} ${Number(group[2])}/` : raw.replace(/\s+/gu, ''))
  const last = from.charCodeAt(from.length - 1)
  return [from, from.slice(0, -1) + String.fromCharCode(last + 1)]
}
