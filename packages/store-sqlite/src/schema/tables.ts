import type { Generated } from 'kysely'

/**
 * The typed schema Kysely reads through (house style R4). Column names are SQL's snake_case;
 * `doc` is the integer surrogate key every detail table and the FTS index refer to.
 * Booleans are stored as 0/1, dates as ISO `YYYY-MM-DD` text.
 */
export interface Database {
  publications: PublicationsTable
  texts: TextsTable
  claims: ClaimsTable
  parties: PartiesTable
  classifications: ClassificationsTable
  citations: CitationsTable
  related_documents: RelatedDocumentsTable
  priority_claims: PriorityClaimsTable
  ingest_checkpoints: IngestCheckpointsTable
  family_keys: FamilyKeysTable
}

/** One publication: the searchable bibliographic columns plus the record skeleton. */
export interface PublicationsTable {
  doc: Generated<number>
  /** Canonical id `US-10000000-B2` (unique). */
  id: string
  country: string
  number: string
  kind: string | null
  pub_date: string | null
  app_country: string | null
  app_number: string | null
  app_date: string | null
  document_type: string
  stage: string
  grant_date: string | null
  family_docdb: string | null
  family_inpadoc: string | null
  /** Earliest priority date (`earliestPriorityDate`): the effective date for prior art. */
  priority_date: string | null
  claim_count: number | null
  source_format: string
  source_file: string | null
  source_offset: number | null
  source_produced: string | null
  /** sha1 (hex) of the canonical JSON without `source.file`/`source.offset`. */
  content_hash: string
  /** The record as JSON with every `text` of titles, abstracts, descriptions and claims emptied. */
  record: string
}

/** Which list of the record a `texts` row belongs to. */
export type TextField = 'title' | 'abstract' | 'description'

/** Titles, abstracts and descriptions: the text is stored here once. */
export interface TextsTable {
  doc: number
  field: TextField
  /** Position in the record's list. */
  seq: number
  lang: string
  text: string
  /** Simplified-Chinese search form of Chinese text when it differs (migration 11), else null. */
  search_text: string | null
}

/** One claim; `set_seq` is the claim set (language) position, `seq` the claim's position in it. */
export interface ClaimsTable {
  doc: number
  set_seq: number
  seq: number
  lang: string
  number: number
  text: string
  /** JSON array of claim numbers. */
  depends_on: string
  independent: number
  cancelled: number | null
  /** Simplified-Chinese search form (migration 11), else null. */
  search_text: string | null
}

/** The role a party plays on a publication. */
export type PartyRole = 'applicant' | 'assignee' | 'inventor' | 'agent' | 'examiner'

/** Applicants, assignees, inventors, agents and examiners. */
export interface PartiesTable {
  doc: number
  role: PartyRole
  seq: number
  name: string
  kind: string
  country: string | null
}

/** CPC, IPC, USPC… symbols. */
export interface ClassificationsTable {
  doc: number
  seq: number
  scheme: string
  symbol: string
  role: string | null
}

/** Backward citations; `cited_ref` is the canonical id of a cited patent document. */
export interface CitationsTable {
  doc: number
  seq: number
  cited_ref: string | null
  cited_country: string | null
  cited_number: string | null
  cited_kind: string | null
  cited_date: string | null
  npl: string | null
  category: string
}

/** Continuity data and other related documents. */
export interface RelatedDocumentsTable {
  doc: number
  seq: number
  relation: string
  country: string
  number: string
  kind: string | null
  date: string | null
}

/** Paris Convention / PCT priority claims. */
export interface PriorityClaimsTable {
  doc: number
  seq: number
  country: string
  number: string
  date: string | null
  kind: string | null
}

/** Ingest progress per source file (see `IngestCheckpoint`). */
export interface IngestCheckpointsTable {
  source: string
  size: number
  mtime_ms: number
  committed_offset: number
  documents: number
  complete: number
}

/** Family keys of a publication (`familyKeys`): what local family computation joins on. */
export interface FamilyKeysTable {
  key: string
  doc: number
}
