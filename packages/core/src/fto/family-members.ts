import type { FamilyStore } from '../family/family-store.js'
import { resolveFamily } from '../family/resolve-family.js'
import type { PatentRecord } from '../model/patent.js'

/** Members of one family FTO charts at most (an extended family can reach thousands). */
export const FTO_MAX_FAMILY_MEMBERS = 300

/**
 * Every stored member of a record's family, the record included, through the families service
 * (`resolveFamily`): the DOCDB simple family where the source gave one, plus every publication
 * connected through shared priorities (the computed simple and extended families). Records are
 * read once: the family walk and the caller share them.
 */
export async function familyRecords(
  families: FamilyStore,
  record: PatentRecord,
  maxMembers = FTO_MAX_FAMILY_MEMBERS,
): Promise<PatentRecord[]> {
  const cache = new Map<string, PatentRecord>([[record.id, record]])
  const reading: FamilyStore = {
    ...bind(families),
    async get(id) {
      return cache.get(id) ?? (await families.get(id))
    },
    async getMany(ids) {
      const missing = ids.filter((id) => !cache.has(id))
      for (const r of missing.length > 0 ? await families.getMany(missing) : []) {
        cache.set(r.id, r)
      }
      return ids.map((id) => cache.get(id)).filter((r): r is PatentRecord => r !== undefined)
    },
  }
  const view = await resolveFamily(reading, record.id, { maxMembers })
  if (!view) {
    return [record]
  }
  return view.members.map((m) => cache.get(m.id)).filter((r): r is PatentRecord => r !== undefined)
}

function bind(store: FamilyStore): FamilyStore {
  return {
    get: (id) => store.get(id),
    getMany: (ids) => store.getMany(ids),
    withKeys: (keys) => store.withKeys(keys),
    withDocdbFamily: (family) => store.withDocdbFamily(family),
    resolveIds: (ids) => store.resolveIds(ids),
    citing: (id) => store.citing(id),
  }
}
