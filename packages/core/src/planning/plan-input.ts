import { createError } from '../errors.js'
import type { KnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { OFFICE_CODES, isOfficeCode, type OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { Invention } from './invention.schema.js'
import type { PlanningData } from './planning-data.js'

/** The offices a plan can target: every office of the knowledge base except WO and UP. */
export function plannableOffices(kb: KnowledgeBase): OfficeCode[] {
  return OFFICE_CODES.filter((c) => {
    const kind = kb.office(c).kind
    return kind === 'national' || kind === 'regional'
  })
}

/**
 * The markets of a plan: `--markets` (or the invention's `markets`), upper-cased, deduplicated,
 * without the office of first filing. Throws `RULE_UNKNOWN_OFFICE` listing the valid markets,
 * or `PLAN_INVALID_INPUT` when none are left.
 */
export function resolveMarkets(
  kb: KnowledgeBase,
  given: readonly string[] | undefined,
  field: string,
  priorityOffice: string,
  warn: (message: string) => void,
): OfficeCode[] {
  const valid = plannableOffices(kb)
  const markets: OfficeCode[] = []
  for (const raw of given ?? []) {
    const code = raw.trim().toUpperCase()
    if (!isOfficeCode(code) || !valid.includes(code)) {
      const hint = code === 'UP' ? ' (the Unitary Patent is planned under EP)' : ''
      throw createError('RULE_UNKNOWN_OFFICE', `${field}${hint}`, raw, valid)
    }
    if (code === priorityOffice) {
      warn(`${code} is the office of first filing: left out of the comparison`)
    } else if (!markets.includes(code)) {
      markets.push(code)
    }
  }
  if (markets.length === 0) {
    throw createError(
      'PLAN_INVALID_INPUT',
      field,
      'no target markets: give --markets US,EP,JP or "markets" in the invention file',
    )
  }
  return markets
}

/** The EP states validated after grant: the invention's, else the data's default list. */
export function resolveEpStates(data: PlanningData, invention: Invention): string[] {
  const known = Object.keys(data.costs.ep.states)
  const states = (invention.epStates ?? data.costs.ep.defaultStates).map((s) => s.toUpperCase())
  for (const s of states) {
    if (!known.includes(s)) {
      throw createError(
        'PLAN_INVALID_INVENTION',
        'epStates',
        `no validation data for ${JSON.stringify(s)}; known states: ${known.join(', ')}`,
      )
    }
  }
  return [...new Set(states)]
}

/** The first-filing office: the invention's `priorityOffice`, default `CN`. */
export function resolvePriorityOffice(invention: Invention): OfficeCode {
  const code = (invention.priorityOffice ?? 'CN').toUpperCase()
  if (!isOfficeCode(code)) {
    throw createError('RULE_UNKNOWN_OFFICE', 'priorityOffice', code, OFFICE_CODES)
  }
  return code
}
