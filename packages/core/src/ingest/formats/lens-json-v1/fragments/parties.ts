import { emptyParties, type PatentRecord } from '../../../../model/patent.js'
import type { Party } from '../../../../model/party.js'
import type { JsonObject, LensReader } from '../lens-fields.js'

// Legal-form words that mark an organisation in the names Lens extracts.
const ORGANIZATION =
  /\b(?:INC|LTD|LLC|LLP|CORP|CORPORATION|CO|COMPANY|GMBH|AG|SA|S\.A\.|SAS|SPA|BV|NV|PLC|KK|AB|OY|AS|LIMITED|UNIV|UNIVERSITY|INSTITUTE|INST|FOUNDATION|HOSPITAL|GROUP|HOLDINGS?|TECHNOLOGY|TECHNOLOGIES)\b|公司|大学|研究院|研究所|株式会社/iu

/**
 * Applicants, inventors, agents and current owners (as assignees). Lens gives extracted names
 * and a residence country; inventors are people, others are organisations when the name carries a
 * legal form, otherwise `unknown`.
 */
export function parties(r: LensReader, biblio: JsonObject | undefined): PatentRecord['parties'] {
  const block = r.object(biblio, 'parties', 'biblio.parties')
  const out = emptyParties()
  out.applicants = list(r, block, 'applicants', undefined)
  out.inventors = list(r, block, 'inventors', 'person')
  out.agents = list(r, block, 'agents', undefined)
  out.assignees = list(r, block, 'owners_all', undefined)
  return out
}

function list(
  r: LensReader,
  block: JsonObject | undefined,
  key: string,
  kind: Party['kind'] | undefined,
): Party[] {
  return r.objects(block, key, `biblio.parties.${key}`).flatMap((p, i) => {
    const name = r.string(r.object(p, 'extracted_name'), 'value')
    if (!name) {
      return []
    }
    const party: Party = {
      name,
      kind: kind ?? (ORGANIZATION.test(name) ? 'organization' : 'unknown'),
      sequence: i,
    }
    const country = (r.string(p, 'residence') || r.string(p, 'extracted_country')).toUpperCase()
    if (/^[A-Z]{2}$/.test(country)) {
      party.country = country
    }
    return [party]
  })
}
