import type { SqliteDb, SqliteStatement } from '../driver.js'

const insert = (db: SqliteDb, table: string, columns: string): SqliteStatement =>
  db.prepare(
    `INSERT INTO ${table} (${columns}) VALUES (${columns
      .split(',')
      .map(() => '?')
      .join(', ')})`,
  )

/** Every statement of the write path, prepared once per connection (house style: hot path). */
export interface WriteStatements {
  readonly begin: SqliteStatement
  readonly commit: SqliteStatement
  readonly rollback: SqliteStatement
  /** `doc`, `content_hash`, `source_produced` of one id. */
  readonly current: SqliteStatement
  readonly insertPublication: SqliteStatement
  readonly deletePublication: SqliteStatement
  readonly insertText: SqliteStatement
  readonly insertClaim: SqliteStatement
  readonly insertParty: SqliteStatement
  readonly insertClassification: SqliteStatement
  readonly insertCitation: SqliteStatement
  readonly insertRelated: SqliteStatement
  readonly insertPriority: SqliteStatement
  readonly insertFamilyKey: SqliteStatement
  /** 1 when a stored publication has an abstract, description or claims. */
  readonly hasFullText: SqliteStatement
  readonly saveCheckpoint: SqliteStatement
}

/** The row `WriteStatements.current` returns. */
export interface CurrentRow {
  readonly doc: number
  readonly content_hash: string
  readonly source_produced: string | null
}

/** Prepares the write statements. */
export function prepareWriteStatements(db: SqliteDb): WriteStatements {
  return {
    // Deferred: the transaction's first statement is a write to the main file (its fts_log
    // entry), which takes that file's write lock up front, waiting on busy_timeout, as IMMEDIATE
    // would; IMMEDIATE would also lock the attached index file (ADR 0018).
    begin: db.prepare('BEGIN'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
    current: db.prepare('SELECT doc, content_hash, source_produced FROM publications WHERE id = ?'),
    insertPublication: insert(
      db,
      'publications',
      'doc, id, country, number, kind, pub_date, app_country, app_number, app_date, ' +
        'document_type, stage, grant_date, family_docdb, family_inpadoc, claim_count, ' +
        'source_format, source_file, source_offset, source_produced, content_hash, record, ' +
        'priority_date',
    ),
    deletePublication: db.prepare('DELETE FROM publications WHERE doc = ?'),
    insertText: insert(db, 'texts', 'doc, field, seq, lang, text, search_text'),
    insertClaim: insert(
      db,
      'claims',
      'doc, set_seq, seq, lang, number, text, depends_on, independent, cancelled, search_text',
    ),
    insertParty: insert(db, 'parties', 'doc, role, seq, name, kind, country'),
    insertClassification: insert(db, 'classifications', 'doc, seq, scheme, symbol, role'),
    insertCitation: insert(
      db,
      'citations',
      'doc, seq, cited_ref, cited_country, cited_number, cited_kind, cited_date, npl, category',
    ),
    insertRelated: insert(
      db,
      'related_documents',
      'doc, seq, relation, country, number, kind, date',
    ),
    insertPriority: insert(db, 'priority_claims', 'doc, seq, country, number, date, kind'),
    insertFamilyKey: insert(db, 'family_keys', 'key, doc'),
    hasFullText: db.prepare(
      "SELECT (EXISTS (SELECT 1 FROM texts WHERE doc = ? AND field != 'title') " +
        'OR EXISTS (SELECT 1 FROM claims WHERE doc = ?)) AS yes',
    ),
    saveCheckpoint: db.prepare(
      `INSERT INTO ingest_checkpoints (source, size, mtime_ms, committed_offset, documents, complete)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (source) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
         committed_offset = excluded.committed_offset, documents = excluded.documents,
         complete = excluded.complete`,
    ),
  }
}
