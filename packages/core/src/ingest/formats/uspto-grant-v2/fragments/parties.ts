import { personName, type Parties, type Party } from '../../../../model/party.js'
import { emptyParties } from '../../../../model/patent.js'
import { child, children, descendants } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { countryCode, pdat, prune } from './common.js'

/**
 * Reads `B700`: inventors (B720/B721), assignees (B730/B731 with the B732US assignee type as
 * `roleCode`), attorneys or agents (B740/B741) and examiners (B745: B746 primary, B747 assistant,
 * as `roleCode` `primary`/`assistant`). ST.32 grants name no separate applicants.
 */
export function readParties(sdobi: XmlElement | undefined): Parties {
  const parties = emptyParties()
  const b700 = child(sdobi, 'B700')
  for (const el of children(b700)) {
    switch (el.name) {
      case 'B720':
        parties.inventors.push(...partiesIn(el))
        break
      case 'B730': {
        const roleCode = pdat(el, 'B732US')
        parties.assignees.push(...partiesIn(el).map((p) => prune({ ...p, roleCode })))
        break
      }
      case 'B740':
        parties.agents.push(...partiesIn(el))
        break
      case 'B745':
        for (const role of children(el)) {
          const roleCode = ROLES[role.name]
          if (roleCode) {
            parties.examiners.push(...partiesIn(role).map((p) => ({ ...p, roleCode })))
          }
        }
        break
      default:
        break
    }
  }
  return parties
}

const ROLES: Readonly<Record<string, string>> = { B746: 'primary', B747: 'assistant' }

function partiesIn(el: XmlElement): Party[] {
  return descendants(el, 'PARTY-US')
    .map(readParty)
    .filter((p): p is Party => p !== undefined)
}

/**
 * One `PARTY-US`: `NAM` holds an organisation (`ONM`) or a person (`FNM` given names, `SNM`
 * surname, `SFX` suffix); `ADR` the city, state and country. US addresses print a state and no
 * country, so a state without a country means `US`.
 */
export function readParty(party: XmlElement): Party | undefined {
  const nam = child(party, 'NAM')
  const adr = child(party, 'ADR')
  const state = pdat(adr, 'STATE')
  const place = prune({
    country: countryCode(pdat(adr, 'CTRY')) ?? (state ? 'US' : undefined),
    city: pdat(adr, 'CITY'),
    state,
  })
  const organization = pdat(nam, 'ONM')
  if (organization) {
    return { name: organization, kind: 'organization', ...place }
  }
  const lastName = pdat(nam, 'SNM')
  const firstName = pdat(nam, 'FNM')
  const suffix = pdat(nam, 'SFX')
  const name = personName(lastName, firstName)
  if (!name) {
    return undefined
  }
  return prune<Party>({
    name: suffix ? `${name}, ${suffix}` : name,
    kind: 'person',
    lastName,
    firstName,
    ...place,
  })
}
