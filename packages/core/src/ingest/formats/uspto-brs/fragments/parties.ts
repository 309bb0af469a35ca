import type { Parties, Party } from '../../../../model/party.js'
import { emptyParties } from '../../../../model/patent.js'
import { fieldText, groupRecords, valueOf, type TaggedField } from '../../uspto-aps/tagged-lines.js'
import { textCountry, textParty } from '../../uspto-aps/us-text.js'

/** Assignee type codes (`ASTC`) of individuals: 04 US individual, 05 foreign individual. */
const INDIVIDUAL_CODES = new Set(['04', '05'])

/**
 * Maps BRS parties. Each party is a run of fields sharing a two-letter prefix, opened by its
 * name: applicants `AANM`, inventors `INNM`, assignees `ASNM` (type code `ASTC`), each with
 * city `..CI`, state `..ST` and country `..CO`. Representatives are `LRFM` (firm) and the other
 * `LR..` names; examiners `EXP` (primary) and `EXA` (assistant).
 */
export function readParties(fields: readonly TaggedField[]): Parties {
  const parties = emptyParties()
  parties.applicants.push(...located(fields, 'AA', () => undefined))
  parties.inventors.push(...located(fields, 'IN', () => undefined, 'person'))
  parties.assignees.push(...located(fields, 'AS', (g) => valueOf(g, 'ASTC')))
  fields
    .filter((f) => f.code.startsWith('LR'))
    .forEach((f, i) => {
      const kind = f.code === 'LRFM' ? 'organization' : 'person'
      push(parties.agents, textParty(fieldText(f), kind, {}, { sequence: i + 1 }))
    })
  for (const code of ['EXP', 'EXA']) {
    for (const f of fields.filter((x) => x.code === code)) {
      push(parties.examiners, textParty(fieldText(f), 'person'))
    }
  }
  return parties
}

function located(
  fields: readonly TaggedField[],
  prefix: string,
  roleOf: (group: readonly TaggedField[]) => string | undefined,
  fallback?: 'person',
): Party[] {
  const out: Party[] = []
  const groups = groupRecords(fields, `${prefix}NM`, (c) => c.startsWith(prefix))
  for (const g of groups) {
    const roleCode = roleOf(g)
    const kind =
      fallback ?? (roleCode && INDIVIDUAL_CODES.has(roleCode) ? 'person' : 'organization')
    const place = {
      city: valueOf(g, `${prefix}CI`),
      state: valueOf(g, `${prefix}ST`),
      country: textCountry(valueOf(g, `${prefix}CO`)),
    }
    push(
      out,
      textParty(valueOf(g, `${prefix}NM`) ?? '', kind, place, {
        roleCode,
        sequence: out.length + 1,
      }),
    )
  }
  return out
}

function push(list: Party[], party: Party | undefined): void {
  if (party) {
    list.push(party)
  }
}
