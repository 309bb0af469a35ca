import { createError } from '../../errors.js'
import type { KnowledgeBase } from '../jurisdictions/knowledge-base.js'
import { OFFICE_CODES, isOfficeCode, type OfficeCode } from '../jurisdictions/office-codes.js'
import { dateProblem } from './calendar-date.js'
import type { DeadlineRequest, Route } from './deadline.js'

/** The offices computed when none are given: the IP5. */
export const DEFAULT_OFFICES: readonly OfficeCode[] = ['US', 'EP', 'CN', 'JP', 'KR']

/** Input fields, so callers can name them their way in messages (`--priority-date`). */
export type DeadlineInputField =
  | 'priorityDate'
  | 'pctFilingDate'
  | 'isrDate'
  | 'offices'
  | 'receivingOffice'
  | 'restorationRequested'

/** What a caller asks for; everything but the priority date is optional. */
export interface DeadlineInput {
  /** Earliest priority date (or the international filing date where no priority is claimed). */
  readonly priorityDate: string
  readonly pctFilingDate?: string | undefined
  /** Transmittal date of the ISR and written opinion. */
  readonly isrDate?: string | undefined
  /** Office codes, any case. Default is `DEFAULT_OFFICES` (US, EP, CN, JP, KR). */
  readonly offices?: readonly string[] | undefined
  /** PCT receiving Office. Default is `WO` (the International Bureau). */
  readonly receivingOffice?: string | undefined
  /** `paris`, `pct` or `all`. Default is `all`. */
  readonly route?: 'all' | Route | undefined
  /** Restoration of priority was requested at the receiving Office. Default is `false`. */
  readonly restorationRequested?: boolean | undefined
  /** Names for the fields in error messages. Default is the field name. */
  readonly labels?: Partial<Record<DeadlineInputField, string>> | undefined
}

/** The label of a field in messages. */
export function fieldLabel(input: DeadlineInput, field: DeadlineInputField): string {
  return input.labels?.[field] ?? field
}

function checkDate(input: DeadlineInput, field: DeadlineInputField, value: string | undefined) {
  const problem = value === undefined ? undefined : dateProblem(value)
  if (value !== undefined && problem) {
    throw createError('RULE_INVALID_DATE', fieldLabel(input, field), value, problem)
  }
  return value
}

function office(input: DeadlineInput, field: DeadlineInputField, raw: string): OfficeCode {
  const code = raw.trim().toUpperCase()
  if (!isOfficeCode(code)) {
    throw createError('RULE_UNKNOWN_OFFICE', fieldLabel(input, field), raw, OFFICE_CODES)
  }
  return code
}

/**
 * Checks and normalises an input: real dates in order, known offices, a PCT route for every
 * office when the PCT route is asked for. Throws `RULE_INVALID_DATE`, `RULE_UNKNOWN_OFFICE` or
 * `RULE_NO_PCT_ROUTE` with a message that names the field and the rule.
 */
export function validateDeadlineInput(input: DeadlineInput, kb: KnowledgeBase): DeadlineRequest {
  const priorityDate = checkDate(input, 'priorityDate', input.priorityDate)!
  const pctFilingDate = checkDate(input, 'pctFilingDate', input.pctFilingDate)
  const isrDate = checkDate(input, 'isrDate', input.isrDate)
  for (const [field, date] of [
    ['pctFilingDate', pctFilingDate],
    ['isrDate', isrDate],
  ] as const) {
    if (date !== undefined && date < priorityDate) {
      const detail = `it is before the priority date ${priorityDate}`
      throw createError('RULE_INVALID_DATE', fieldLabel(input, field), date, detail)
    }
  }
  const offices = [
    ...new Set((input.offices ?? DEFAULT_OFFICES).map((o) => office(input, 'offices', o))),
  ]
  const receivingOffice = office(input, 'receivingOffice', input.receivingOffice ?? 'WO')
  if (kb.office(receivingOffice).kind === 'unitary') {
    const valid = OFFICE_CODES.filter((c) => kb.office(c).kind !== 'unitary')
    throw createError(
      'RULE_UNKNOWN_OFFICE',
      fieldLabel(input, 'receivingOffice'),
      receivingOffice,
      valid,
    )
  }
  const route = input.route ?? 'all'
  const routes: Route[] = route === 'all' ? ['paris', 'pct'] : [route]
  if (routes.includes('pct')) {
    for (const code of offices) {
      const file = kb.office(code)
      const { kind, explanation } = file.pct.route.value
      if ((kind === 'via' || kind === 'none') && file.kind !== 'international') {
        const basis = file.pct.route.basis ? ` (${file.pct.route.basis})` : ''
        throw createError('RULE_NO_PCT_ROUTE', code, `${explanation}${basis}`)
      }
    }
  }
  return {
    priorityDate,
    pctFilingDate,
    isrDate,
    offices,
    receivingOffice,
    routes,
    restorationRequested: input.restorationRequested ?? false,
  }
}
