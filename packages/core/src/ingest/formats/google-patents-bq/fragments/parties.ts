import { emptyParties, type PatentRecord } from '../../../../model/patent.js'
import type { Party } from '../../../../model/party.js'
import type { FieldReader, JsonObject } from '../../../json/field-reader.js'

/**
 * Inventors and assignees. BigQuery gives the names as printed (`inventor`, `assignee`) and
 * harmonised ones with a country (`*_harmonized`); the printed names are kept, the country is
 * taken from the harmonised entry at the same position when the lists line up.
 */
export function parties(r: FieldReader, obj: JsonObject): PatentRecord['parties'] {
  const out = emptyParties()
  out.inventors = partyList(r, obj, 'inventor', 'person')
  out.assignees = partyList(r, obj, 'assignee', 'organization')
  out.examiners = r
    .objects(obj, 'examiner')
    .map((e) => r.string(e, 'name'))
    .filter((n) => n !== '')
    .map((name, i) => ({ name, kind: 'person' as const, sequence: i }))
  return out
}

function partyList(r: FieldReader, obj: JsonObject, key: string, kind: Party['kind']): Party[] {
  const printed = r.strings(obj, key)
  const harmonized = r.objects(obj, `${key}_harmonized`)
  const names =
    printed.length > 0 ? printed : harmonized.map((h) => r.string(h, 'name')).filter(Boolean)
  const aligned = printed.length === 0 || printed.length === harmonized.length
  return names.map((name, i) => {
    const party: Party = { name, kind, sequence: i }
    const country = aligned ? r.string(harmonized[i] ?? {}, 'country_code').toUpperCase() : ''
    if (/^[A-Z]{2}$/.test(country)) {
      party.country = country
    }
    return party
  })
}
