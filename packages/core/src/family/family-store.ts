import type { PatentRecord } from '../model/patent.js'

/** A stored publication as the family and citation views need it. */
export interface FamilyCandidate {
  readonly id: string
  readonly keys: readonly string[]
  readonly docdbFamily?: string
}

/**
 * The read port behind `resolveFamily` and `resolveCitations`. Adapters answer from indexes
 * (family keys, DOCDB family id, cited ids); tenancy is applied by callers before the store.
 */
export interface FamilyStore {
  /** The record with canonical id `id`. */
  get(id: string): Promise<PatentRecord | undefined>
  /** Records by id, in any order; unknown ids are left out. */
  getMany(ids: readonly string[]): Promise<PatentRecord[]>
  /** Publications having any of the family keys. */
  withKeys(keys: readonly string[]): Promise<FamilyCandidate[]>
  /** Publications of a DOCDB simple family. */
  withDocdbFamily(family: string): Promise<FamilyCandidate[]>
  /**
   * Stored ids of cited references: each canonical id maps to the stored id of the same
   * publication (exact id, or the same number when one side has no kind code).
   */
  resolveIds(ids: readonly string[]): Promise<ReadonlyMap<string, string>>
  /** Stored publications whose backward citations name `id` (or its number without kind). */
  citing(id: string): Promise<string[]>
}
