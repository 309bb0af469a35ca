import {
  earliestPriorityDate,
  familyKeys,
  type LocalizedText,
  type PatentRecord,
} from '@chuhai/core/ingest'
import type { PartyRole } from '../schema/tables.js'
import { chineseSearchForm } from './chinese-search-form.js'
import type { WriteStatements } from './statements.js'

const PARTY_ROLES = [
  ['applicant', 'applicants'],
  ['assignee', 'assignees'],
  ['inventor', 'inventors'],
  ['agent', 'agents'],
  ['examiner', 'examiners'],
] as const satisfies readonly (readonly [PartyRole, keyof PatentRecord['parties']])[]

/**
 * Writes one record's rows: the publication, then every detail row. `doc` reuses the surrogate
 * key of a replaced version (so the FTS rowid is stable); `null` allocates a new one.
 * `skeleton` is the record's `recordSkeleton`, the JSON of the `record` column.
 * Returns the record's `doc`. The caller holds the transaction and indexes FTS afterwards.
 */
export function insertRecord(
  s: WriteStatements,
  record: PatentRecord,
  hash: string,
  doc: number | null,
  skeleton: string,
): number {
  const { publication: pub, application: app, source, family } = record
  // Number columns come from the canonical id (the key `get` uses), so `findByNumber` with a
  // parsed number finds exactly what `get` finds with the formatted id.
  const [country = pub.country, number = pub.number, kind = null] = record.id.split('-')
  const { lastInsertRowid } = s.insertPublication.run(
    doc,
    record.id,
    country,
    number,
    kind,
    pub.date ?? null,
    app?.country ?? null,
    app?.number ?? null,
    app?.date ?? null,
    record.documentType,
    record.stage,
    record.grantDate ?? null,
    family?.docdb ?? null,
    family?.inpadoc ?? null,
    record.claimCount ?? null,
    source.format,
    source.file ?? null,
    source.offset ?? null,
    source.produced ?? null,
    hash,
    skeleton,
    earliestPriorityDate(record) ?? null,
  )
  const d = Number(lastInsertRowid)
  insertTexts(s, d, record)
  insertDetails(s, d, record)
  return d
}

function insertTexts(s: WriteStatements, d: number, record: PatentRecord): void {
  const text = (field: 'title' | 'abstract' | 'description', i: number, t: LocalizedText): void => {
    s.insertText.run(d, field, i, t.lang, t.text, chineseSearchForm(t.lang, t.text))
  }
  record.titles.forEach((t, i) => text('title', i, t))
  record.abstracts.forEach((t, i) => text('abstract', i, t))
  record.descriptions.forEach((t, i) => text('description', i, t))
  record.claims.forEach((set, setSeq) => {
    set.claims.forEach((c, i) => {
      // Claim numbers are integers, so `[1,2]` is already the JSON a stringify would give.
      const dependsOn = `[${c.dependsOn.join(',')}]`
      const cancelled = c.cancelled === undefined ? null : Number(c.cancelled)
      s.insertClaim.run(
        d,
        setSeq,
        i,
        set.lang,
        c.number,
        c.text,
        dependsOn,
        Number(c.independent),
        cancelled,
        chineseSearchForm(set.lang, c.text),
      )
    })
  })
}

function insertDetails(s: WriteStatements, d: number, record: PatentRecord): void {
  for (const [role, list] of PARTY_ROLES) {
    record.parties[list].forEach((p, i) =>
      s.insertParty.run(d, role, i, p.name, p.kind, p.country ?? null),
    )
  }
  record.classifications.forEach((c, i) =>
    s.insertClassification.run(d, i, c.scheme, c.symbol, c.role ?? null),
  )
  record.citations.forEach((c, i) => {
    const doc = c.document
    s.insertCitation.run(
      d,
      i,
      c.documentRef ?? null,
      doc?.country ?? null,
      doc?.number ?? null,
      doc?.kind ?? null,
      doc?.date ?? null,
      c.npl ?? null,
      c.category,
    )
  })
  record.relatedDocuments.forEach((r, i) => {
    const doc = r.document
    s.insertRelated.run(
      d,
      i,
      r.relation,
      doc.country,
      doc.number,
      doc.kind ?? null,
      doc.date ?? null,
    )
  })
  record.priorityClaims.forEach((p, i) =>
    s.insertPriority.run(d, i, p.country, p.number, p.date ?? null, p.kind ?? null),
  )
  for (const key of familyKeys(record)) {
    s.insertFamilyKey.run(key, d)
  }
}
