/**
 * Schema steps of families, priority dates and Chinese search forms (issue 3, offices-tables;
 * versions 10–19). Appended to `MIGRATIONS`; released steps are never edited. Structural type, so
 * that this file does not import `migrations.ts` (which imports it).
 */

// SQL twin of `familyKey` (core/family/family-keys.ts) for the rows already stored: upper-cased,
// common separators removed. New rows get their keys from `familyKeys` on the write path.
const keyOf = (country: string, number: string): string =>
  `upper(${country}) || ':' || upper(replace(replace(replace(replace(replace(replace(${number}, ' ', ''), '/', ''), ',', ''), '.', ''), '-', ''), '_', ''))`

// The FTS content view of migration 3 (fts.ts), reading each text's search form where it has one.
const searchConcat = (table: string, field: string | undefined, order: string): string =>
  `(SELECT group_concat(coalesce(x.search_text, x.text), char(10) ORDER BY ${order}) FROM ${table} x ` +
  `WHERE x.doc = p.doc${field ? ` AND x.field = '${field}'` : ''})`

export const OFFICES_TABLES_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 10,
    name: 'create-families',
    sql: `
ALTER TABLE publications ADD COLUMN priority_date TEXT;
UPDATE publications SET priority_date = coalesce(
  (SELECT min(pc.date) FROM priority_claims pc WHERE pc.doc = publications.doc),
  app_date);
CREATE INDEX publications_priority_date ON publications(priority_date);
CREATE INDEX publications_family_docdb ON publications(family_docdb) WHERE family_docdb IS NOT NULL;
CREATE TABLE family_keys (
  key TEXT NOT NULL,
  doc INTEGER NOT NULL REFERENCES publications(doc) ON DELETE CASCADE,
  PRIMARY KEY (key, doc)
) STRICT, WITHOUT ROWID;
CREATE INDEX family_keys_doc ON family_keys(doc);
INSERT OR IGNORE INTO family_keys (key, doc)
  SELECT ${keyOf('country', 'number')}, doc FROM priority_claims;
INSERT OR IGNORE INTO family_keys (key, doc)
  SELECT ${keyOf('country', 'number')}, doc FROM related_documents WHERE relation = 'provisional';
INSERT OR IGNORE INTO family_keys (key, doc)
  SELECT CASE WHEN p.app_number IS NOT NULL THEN ${keyOf('p.app_country', 'p.app_number')}
              ELSE 'PUB:' || p.id END, p.doc
  FROM publications p WHERE NOT EXISTS (SELECT 1 FROM family_keys k WHERE k.doc = p.doc);`,
  },
  {
    // Chinese text is stored as written; its Simplified form (when it differs) is what the
    // full-text index reads, so Traditional and Simplified match each other. Rows stored before
    // have no search form: the view falls back to the text, exactly what was indexed then.
    version: 11,
    name: 'chinese-search-forms',
    sql: `
ALTER TABLE texts ADD COLUMN search_text TEXT;
ALTER TABLE claims ADD COLUMN search_text TEXT;
DROP VIEW fts_source;
CREATE VIEW fts_source (doc, title, abstract, claims, description) AS
SELECT p.doc,
  ${searchConcat('texts', 'title', 'x.seq')},
  ${searchConcat('texts', 'abstract', 'x.seq')},
  ${searchConcat('claims', undefined, 'x.set_seq, x.seq')},
  ${searchConcat('texts', 'description', 'x.seq')}
FROM publications p;`,
  },
]
