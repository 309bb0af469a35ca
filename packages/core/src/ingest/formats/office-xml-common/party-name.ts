import type { Party } from '../../../model/party.js'

/** Words that mark a legal person in a name printed without structure. */
const ORGANISATION =
  /\b(?:GMBH|AG|AKTIENGESELLSCHAFT|GESELLSCHAFT|KABUSHIKI|KAISHA|SOCI[EÉ]T[EÉ]|COMPAGNIE|ETABLISSEMENTS|KG|KGAA|INC|CORP|CORPORATION|COMPANY|CO|LTD|LIMITED|LLC|LLP|PLC|S\.?A\.?S?|S\.?P\.?A|S\.?R\.?L|B\.?V|N\.?V|OY|AB|A\/S|AS|SE|ASA|KK|UNIVERSIT\w*|INSTITUT\w*|FOUNDATION|STIFTUNG|CENTRE|CENTER|LABORATOR\w*|ASSOCIATION|SOCIETY|HOLDINGS?|INDUSTR\w*|TECHNOLOG\w*|GROUP|PARTNERS|PATENT\w*|CABINET|KANZLEI|COUNCIL|MINIST\w*|GOVERNMENT|HOSPITAL|ACADEMY)\b|株式会社|有限公司|公司|大学|研究所|研究院|集团/i

/**
 * A party from a name printed as one string (EPO `snm`, DOCDB `name`): `LAST, First` for people,
 * the firm name for organisations. `person` forces the person reading (inventors are always
 * natural persons); otherwise company words make an organisation, a `LAST, First` shape a person,
 * and anything else stays `unknown`.
 */
export function partyFromPrintedName(
  printed: string,
  extra: Partial<Party> = {},
  person = false,
): Party | undefined {
  const name = printed.replace(/\s+/g, ' ').replace(/,\s*$/, '').trim()
  if (!name) {
    return undefined
  }
  const comma = /^([^,]+),\s*(.+)$/.exec(name)
  const kind: Party['kind'] = person
    ? 'person'
    : ORGANISATION.test(name)
      ? 'organization'
      : comma
        ? 'person'
        : 'unknown'
  const out: Party = { name, kind }
  if (kind === 'person' && comma) {
    out.lastName = (comma[1] ?? '').trim()
    out.firstName = (comma[2] ?? '').trim()
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v !== undefined && v !== '') {
      ;(out as Record<string, unknown>)[k] = v
    }
  }
  return out
}
