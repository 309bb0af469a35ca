import type { Party, Parties } from '../../../../model/party.js'
import { emptyParties } from '../../../../model/patent.js'
import type { ApsSection } from '../sections.js'
import { sectionsNamed } from '../sections.js'
import { fieldText, valueOf, type TaggedField } from '../tagged-lines.js'
import { textCountry, textParty } from '../us-text.js'

/** Assignee type codes (`COD`) of individuals: 04 US individual, 05 foreign individual. */
const INDIVIDUAL_CODES = new Set(['04', '05'])

/** `LREP` codes: `FRM` the firm, the others attorneys and agents by name. */
const REP_CODES = new Set(['FRM', 'FR2', 'AAT', 'ATT', 'AGT', 'NAM'])

/**
 * Maps APS parties: `INVT` inventors and `ASSG` assignees (`NAM`, `CTY`, `STA`, `CNT`, and the
 * assignee type `COD`), `LREP` representatives (`FRM` firm; `FR2`, `AAT`, `ATT`, `AGT` persons),
 * and the examiners `EXP` (primary) and `EXA` (assistant) of `PATN`.
 */
export function readParties(sections: readonly ApsSection[]): Parties {
  const parties = emptyParties()
  sectionsNamed(sections, 'INVT').forEach((s, i) => {
    push(parties.inventors, located(s.fields, 'person', i + 1))
  })
  sectionsNamed(sections, 'ASSG').forEach((s, i) => {
    const code = valueOf(s.fields, 'COD')
    const kind = code && INDIVIDUAL_CODES.has(code) ? 'person' : 'organization'
    push(parties.assignees, located(s.fields, kind, i + 1, code))
  })
  const reps = sectionsNamed(sections, 'LREP').flatMap((s) =>
    s.fields.filter((f) => REP_CODES.has(f.code)),
  )
  reps.forEach((f, i) => {
    const kind = f.code === 'FRM' ? 'organization' : 'person'
    push(parties.agents, textParty(fieldText(f), kind, {}, { sequence: i + 1 }))
  })
  const patn = sections.find((s) => s.name === 'PATN')?.fields ?? []
  for (const code of ['EXP', 'EXA']) {
    for (const f of patn.filter((x) => x.code === code)) {
      push(parties.examiners, textParty(fieldText(f), 'person'))
    }
  }
  return parties
}

function located(
  fields: readonly TaggedField[],
  kind: 'person' | 'organization',
  sequence: number,
  roleCode?: string,
): Party | undefined {
  return textParty(
    valueOf(fields, 'NAM') ?? '',
    kind,
    {
      city: valueOf(fields, 'CTY'),
      state: valueOf(fields, 'STA'),
      country: textCountry(valueOf(fields, 'CNT')),
    },
    { roleCode, sequence },
  )
}

function push(list: Party[], party: Party | undefined): void {
  if (party) {
    list.push(party)
  }
}
