/**
 * Schema steps of issue 3's offices work (block 100–109, ADR 0019). Appended to `MIGRATIONS`;
 * released steps are never edited. Structural type, so that this file does not import
 * `migrations.ts` (which imports it).
 */

// Separators removed from application numbers (the SQL stand-in for `[^A-Z0-9]`).
const SEPARATORS = [' ', '/', ',', '.', '-', '_', '(', ')', ':', ';', "'", '#', '+', char(9)]

function char(code: number): string {
  return String.fromCharCode(code)
}

const stripped = (column: string): string =>
  SEPARATORS.reduce(
    (sql, sep) => `replace(${sql}, ${sep === "'" ? "''''" : `'${sep}'`}, '')`,
    `upper(${column})`,
  )

export const OFFICES_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    // Family keys in their canonical form (`familyKey` of core/family/family-keys.ts: filing year
    // dropped, check letter and leading zeros dropped), so that DOCDB, EPODOC and office
    // spellings of one application meet. Rebuilt for every stored row, step by step as
    // `familyKey` does it; new rows get theirs from `familyKeys` on the write path.
    version: 100,
    name: 'canonical-family-keys',
    sql: `
CREATE TEMP TABLE family_key_parts (doc INTEGER NOT NULL, country TEXT NOT NULL, n TEXT NOT NULL, d TEXT);
INSERT INTO family_key_parts (doc, country, n, d)
  SELECT doc, upper(country), ${stripped('number')}, date FROM priority_claims
  UNION ALL
  SELECT doc, upper(country), ${stripped('number')}, date FROM related_documents
   WHERE relation = 'provisional';
INSERT INTO family_key_parts (doc, country, n, d)
  SELECT p.doc, upper(p.app_country), ${stripped('p.app_number')}, p.app_date FROM publications p
   WHERE p.app_number IS NOT NULL AND p.app_country IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM family_key_parts k WHERE k.doc = p.doc AND k.n != '');
UPDATE family_key_parts SET n = substr(n, 3)
 WHERE length(n) > 3 AND substr(n, 1, 2) = country AND substr(n, 3, 1) GLOB '[0-9]';
UPDATE family_key_parts SET n = substr(n, 5)
 WHERE d GLOB '[0-9][0-9][0-9][0-9]-*' AND length(n) >= 9 AND substr(n, 1, 4) = substr(d, 1, 4);
UPDATE family_key_parts SET n = substr(n, 3)
 WHERE d GLOB '[0-9][0-9][0-9][0-9]-*' AND length(n) = 8 AND substr(n, 1, 2) = substr(d, 3, 2);
UPDATE family_key_parts SET n = substr(n, 1, length(n) - 1) WHERE n GLOB '*[0-9][A-Z]';
UPDATE family_key_parts SET n = CASE WHEN ltrim(n, '0') = '' AND n != '' THEN '0' ELSE ltrim(n, '0') END;
DELETE FROM family_keys;
INSERT OR IGNORE INTO family_keys (key, doc)
  SELECT country || ':' || n, doc FROM family_key_parts WHERE n != '';
INSERT OR IGNORE INTO family_keys (key, doc)
  SELECT 'PUB:' || p.id, p.doc FROM publications p
   WHERE NOT EXISTS (SELECT 1 FROM family_keys k WHERE k.doc = p.doc);
DROP TABLE family_key_parts;`,
  },
]
