import { createError, parsePublicationNumber, type PatentStore } from '@chuhai/core/ingest'

/**
 * The stored id for a publication number in any common spelling; a kind that is not stored falls
 * back to the same number with a kind of the same letter, then to the number alone when the
 * stored publication has no kind (scraped data). Throws NUMBER_INVALID or NOT_FOUND.
 */
export async function lookupId(store: PatentStore, number: string): Promise<string> {
  const pn = parsePublicationNumber(number)
  if (!pn) {
    throw createError('NUMBER_INVALID', number)
  }
  let found = await store.findByNumber(pn)
  if (found.length === 0 && pn.kind) {
    const all = await store.findByNumber({ country: pn.country, number: pn.number })
    found = all.filter((r) => r.publication.kind?.[0] === pn.kind?.[0] || !r.publication.kind)
  }
  const record = found[0]
  if (!record) {
    throw createError('NOT_FOUND', `publication ${number} in the database`)
  }
  return record.id
}
