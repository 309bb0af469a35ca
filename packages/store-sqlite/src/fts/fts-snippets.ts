import type { SqliteDb, SqliteStatement } from '../driver.js'
import { FTS_TOKENIZE } from '../fts.js'

/** The connection-private FTS5 table that snippets are cut from (schema `temp`). */
const SNIPPET_TABLE = 'chuhai_snippets'

/**
 * `snippet()` for the contentless index (ADR 0018). The index file holds no text, and FTS5 cuts
 * snippets from the text of the table that matched, so the hits of one page are indexed again,
 * with the same tokenizer, in a private in-memory external-content table over the stored text
 * (`fts_source`), and the snippets are taken from there with the same query. A page of 20 grants
 * is ~1 MB of text: tens of milliseconds, about what `snippet()` itself costs, since it tokenises
 * each matched column again anyway.
 */
export class FtsSnippets {
  readonly #db: SqliteDb
  #fill: SqliteStatement | undefined
  #clear: SqliteStatement | undefined
  readonly #select = new Map<string, SqliteStatement>()

  constructor(db: SqliteDb) {
    this.#db = db
  }

  /**
   * Snippets of `columns` (indexes into title, abstract, claims, description) for the
   * publications `docs` that match `match`: one row per document, `doc` plus `s0`, `s1`, … in the
   * order of `columns`, each the column's snippet between `open` and `close` marks.
   */
  snippets(
    match: string,
    docs: readonly number[],
    columns: readonly number[],
    open: string,
    close: string,
  ): Record<string, unknown>[] {
    if (docs.length === 0) {
      return []
    }
    this.#prepare()
    const key = `${columns.join(',')}|${open}|${close}`
    let select = this.#select.get(key)
    if (!select) {
      select = this.#db.prepare(
        `SELECT rowid AS doc, ${columns
          .map((c, i) => `snippet(${SNIPPET_TABLE}, ${c}, '${open}', '${close}', '…', 32) AS s${i}`)
          .join(', ')} FROM temp.${SNIPPET_TABLE} WHERE ${SNIPPET_TABLE} MATCH ?`,
      )
      this.#select.set(key, select)
    }
    this.#fill!.run(JSON.stringify(docs))
    try {
      return select.all(match) as Record<string, unknown>[]
    } finally {
      this.#clear!.run()
    }
  }

  #prepare(): void {
    if (this.#fill) {
      return
    }
    this.#db.exec(`
CREATE TEMP VIEW IF NOT EXISTS ${SNIPPET_TABLE}_source AS
  SELECT doc, title, abstract, claims, description FROM main.fts_source;
CREATE VIRTUAL TABLE IF NOT EXISTS temp.${SNIPPET_TABLE} USING fts5(
  title, abstract, claims, description,
  content = '${SNIPPET_TABLE}_source', content_rowid = 'doc',
  tokenize = '${FTS_TOKENIZE}'
);`)
    this.#fill = this.#db.prepare(
      `INSERT INTO temp.${SNIPPET_TABLE} (rowid, title, abstract, claims, description)
       SELECT doc, title, abstract, claims, description FROM ${SNIPPET_TABLE}_source
       WHERE doc IN (SELECT value FROM json_each(?))`,
    )
    this.#clear = this.#db.prepare(
      `INSERT INTO temp.${SNIPPET_TABLE} (${SNIPPET_TABLE}) VALUES ('delete-all')`,
    )
  }
}
