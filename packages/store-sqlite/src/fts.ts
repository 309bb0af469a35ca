import type { SqliteDb } from './driver.js'

/**
 * Full-text index over title, abstract, claims and description (ADR 0004, ADR 0018).
 *
 * Since migration 90 the index is a regular FTS5 table in its own file (`fts/fts-file.ts`),
 * written by an index thread from `fts_log`; what follows describes the first design, whose DDL
 * (`CREATE_FTS_SQL`) migration 3 still runs before migration 90 drops it.
 *
 * External content: the FTS5 table stores only the inverted index; its content is the view
 * `fts_source`, which assembles each publication's text from `texts` and `claims`, so text is
 * stored once and `snippet()`/`highlight()` work. External content is not kept in sync by SQLite:
 * the write path calls `index` with the record it has just written and `unindex` before deleting a
 * publication's rows. `index` joins the texts in JS exactly as the view joins the stored rows
 * (newline-separated, in record order), because feeding FTS5 from the view cost 40% more; `unindex`
 * reads the view, so the tokens removed are the tokens once added. A test runs FTS5's
 * `integrity-check` against the view after inserts, replacements and removals.
 *
 * Every language goes into the same columns. Chinese, Japanese and Korean need segmentation
 * (jieba) or a trigram index before `unicode61` can match them: that is a later migration.
 */
export const FTS_TABLE = 'patent_fts'

/** Porter stemming over unicode61 tokens, diacritics folded (`résumé` matches `resume`). */
export const FTS_TOKENIZE = 'porter unicode61 remove_diacritics 2'

/**
 * Pending-term buffer before FTS5 writes a segment. The default (1 MiB) flushes a segment every
 * ~15 grants; 32 MiB flushes once or twice per batch. With `FTS_AUTOMERGE` this made raw FTS5
 * inserts 1.3–1.6× faster (ADR 0004).
 */
export const FTS_HASH_SIZE = 32 * 1024 * 1024

/**
 * Segments per level before an automatic merge. The default 4 merges often during bulk loads;
 * 8 trades a little query speed (more segments until `optimize`) for faster ingest.
 */
export const FTS_AUTOMERGE = 8

const concat = (table: string, field: string | undefined, order: string): string =>
  `(SELECT group_concat(x.text, char(10) ORDER BY ${order}) FROM ${table} x WHERE x.doc = p.doc` +
  `${field ? ` AND x.field = '${field}'` : ''})`

/** DDL of the content view and the FTS5 table, run by the migrations. */
export const CREATE_FTS_SQL = `
CREATE VIEW fts_source (doc, title, abstract, claims, description) AS
SELECT p.doc,
  ${concat('texts', 'title', 'x.seq')},
  ${concat('texts', 'abstract', 'x.seq')},
  ${concat('claims', undefined, 'x.set_seq, x.seq')},
  ${concat('texts', 'description', 'x.seq')}
FROM publications p;
CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5(
  title, abstract, claims, description,
  content = 'fts_source', content_rowid = 'doc',
  tokenize = '${FTS_TOKENIZE}'
);
INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rank) VALUES ('hashsize', ${FTS_HASH_SIZE});
INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rank) VALUES ('automerge', ${FTS_AUTOMERGE});
`

/**
 * Ids of publications matching an FTS5 `MATCH` expression, best first (bm25). A diagnostic and
 * test helper: user queries go through the search port, which compiles its AST to this syntax.
 */
export function ftsMatchIds(db: SqliteDb, match: string, limit: number): string[] {
  return db
    .prepare(
      `SELECT p.id FROM ${FTS_TABLE} f JOIN publications p ON p.doc = f.rowid ` +
        `WHERE ${FTS_TABLE} MATCH ? ORDER BY f.rank LIMIT ?`,
    )
    .all(match, limit)
    .map((row) => (row as { id: string }).id)
}
