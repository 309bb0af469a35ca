import type { Parties, Party } from '../../../../model/party.js'
import { children } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import type { MapContext } from '../context.js'
import { readParty } from './party.js'

function push(list: Party[], el: XmlElement, field: string, ctx: MapContext, role?: string): void {
  const party = readParty(el, role)
  if (party) {
    list.push(party)
  } else {
    ctx.warn(field, 'skipped a party without a name')
  }
}

/**
 * Maps `parties` (DTD v4.0–v4.2) or `us-parties` (v4.3+): applicants, inventors and agents.
 * Before the `inventors` element existed, inventors were applicants with
 * `app-type="applicant-inventor"`; they are listed as both. `roleCode` holds the applicant's
 * `applicant-authority-category` (else `app-type`) and the agent's `rep-type`.
 */
export function mapParties(el: XmlElement, parties: Parties, ctx: MapContext): void {
  const inventorsBefore = parties.inventors.length
  const applicantInventors: XmlElement[] = []
  for (const section of children(el)) {
    switch (section.name) {
      case 'applicants':
      case 'us-applicants':
        for (const a of children(section)) {
          if (a.name !== 'applicant' && a.name !== 'us-applicant') {
            continue
          }
          const role = a.attrs['applicant-authority-category'] ?? a.attrs['app-type']
          push(parties.applicants, a, `${section.name}/${a.name}`, ctx, role)
          if (a.attrs['app-type'] === 'applicant-inventor') {
            applicantInventors.push(a)
          }
        }
        break
      case 'inventors':
        for (const i of children(section, 'inventor')) {
          push(parties.inventors, i, 'inventors/inventor', ctx)
        }
        break
      case 'agents':
        for (const a of children(section, 'agent')) {
          push(parties.agents, a, 'agents/agent', ctx, a.attrs['rep-type'])
        }
        break
      default:
        break
    }
  }
  if (parties.inventors.length === inventorsBefore) {
    for (const a of applicantInventors) {
      push(parties.inventors, a, 'applicants/applicant', ctx)
    }
  }
}

/** Maps `assignees/assignee`; the assignee type (`role`, e.g. `02`) becomes `roleCode`. */
export function mapAssignees(el: XmlElement, parties: Parties, ctx: MapContext): void {
  for (const a of children(el, 'assignee')) {
    push(parties.assignees, a, 'assignees/assignee', ctx)
  }
}

/** Maps `examiners`: `roleCode` is `primary` or `assistant`. */
export function mapExaminers(el: XmlElement, parties: Parties, ctx: MapContext): void {
  for (const e of children(el)) {
    if (e.name === 'primary-examiner' || e.name === 'assistant-examiner') {
      push(parties.examiners, e, `examiners/${e.name}`, ctx, e.name.replace('-examiner', ''))
    }
  }
}
