import { personName, type Parties, type Party } from '../../../../model/party.js'
import { emptyParties } from '../../../../model/patent.js'
import { child, children } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { countryCode, prune, value } from './common.js'

/**
 * Reads the parties of a PAP: `inventors` (first-named-inventor and inventor), `assignee`s (with
 * `assignee-type` as `roleCode`) and the `correspondence-address` as the agent. Pre-grant
 * publications of these years name no examiner and no separate applicant.
 */
export function readParties(bib: XmlElement | undefined): Parties {
  const parties = emptyParties()
  for (const el of children(child(bib, 'inventors'))) {
    const inventor = readPerson(child(el, 'name'), place(el))
    if (inventor) {
      parties.inventors.push(inventor)
    }
  }
  for (const el of children(bib, 'assignee')) {
    const where = address(child(el, 'address'))
    const organization = value(el, 'organization-name')
    const assignee = organization
      ? { name: organization, kind: 'organization' as const, ...where }
      : readPerson(child(el, 'name'), where)
    if (assignee) {
      parties.assignees.push(prune({ ...assignee, roleCode: value(el, 'assignee-type') }))
    }
  }
  const agent = readCorrespondent(child(bib, 'correspondence-address'))
  if (agent) {
    parties.agents.push(agent)
  }
  return parties
}

/** Where a party lives or has its address. */
export type Place = Pick<Party, 'country' | 'city' | 'state'>

/** Residence (`residence-us` with state, `residence-non-us`), else the postal address. */
function place(inventor: XmlElement): Place {
  const residence = child(inventor, 'residence')
  const home = child(residence, 'residence-us') ?? child(residence, 'residence-non-us')
  if (home) {
    const state = value(home, 'state')
    return prune({
      country: countryCode(value(home, 'country-code')) ?? (state ? 'US' : undefined),
      city: value(home, 'city'),
      state,
    })
  }
  return address(child(inventor, 'address'))
}

function address(adr: XmlElement | undefined): Place {
  return prune({
    country: countryCode(value(adr, 'country/country-code') ?? value(adr, 'country-code')),
    city: value(adr, 'city'),
    state: value(adr, 'state'),
  })
}

/** `name`: prefix, given and middle names, family name, suffix (`Savage, James A., III`). */
export function readPerson(name: XmlElement | undefined, where: Place): Party | undefined {
  const lastName = value(name, 'family-name')
  const given = [value(name, 'given-name'), value(name, 'middle-name')].filter(Boolean).join(' ')
  const firstName = given || undefined
  const display = personName(lastName, firstName)
  if (!display) {
    return undefined
  }
  const suffix = value(name, 'name-suffix')
  return prune<Party>({
    name: suffix ? `${display}, ${suffix}` : display,
    kind: 'person',
    lastName,
    firstName,
    ...where,
  })
}

const ORGANIZATION =
  /\b(?:LLP|L\.L\.P|LLC|L\.L\.C|P\.?C|P\.?A|P\.?L\.?L\.?C|INC|CORP(?:ORATION)?|CO|LTD|GMBH|AG|GROUP|OFFICES?|ASSOCIATES|LAW|PATENTS?|DEPARTMENT|UNIVERSITY|COMPANY)\b|&/i

/**
 * The correspondence address: `name-1` is the firm or the person, `name-2` a second line that
 * is either the rest of the name or an attention line (`Attn: Patent Group`), which is dropped.
 */
function readCorrespondent(ca: XmlElement | undefined): Party | undefined {
  const first = value(ca, 'name-1')
  const second = value(ca, 'name-2')
  const joined = [first, second && !/^(?:attn|attention|c\/o)\b/i.test(second) ? second : undefined]
    .filter(Boolean)
    .join(' ')
  if (!joined) {
    return undefined
  }
  return prune<Party>({
    name: joined,
    kind: ORGANIZATION.test(joined) ? 'organization' : 'unknown',
    ...address(child(ca, 'address')),
  })
}
